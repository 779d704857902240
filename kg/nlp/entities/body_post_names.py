"""A body's post and its holder's two-character name read as an ordinary word ("某工商联|主席|某震/n|,")."""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def body_post_name(words: list[Word], wi: int, rest: str, body_before: bool) -> bool:
    """Whether the tagger's two-character noun or verb ``words[wi]``, right after a title that
    follows a body's name (``body_before``: "某市工商联/ORG|主席", "某商会/ORG|会长"), is the post
    holder's name: a mark of ``person.word_names.body_post_marks`` closes it ("主席|某震/n|,",
    "会长|某立/v|,"). A body's post names its holder next; what he does after it is a word of
    ``person.right_boundaries`` ("县委书记|强调|,", "总经理|介绍|,") and the tenure nouns of
    ``person.word_names.listed_not_names`` ("董事长|一职|,") are no names. The caller checks that
    the word opens with a surname and ends where the name ends.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("工商联", "ORG"), ("主席", "n"), ("余波", "n"), ("，", "w")])
    >>> body_post_name(ws, 2, "，", True), body_post_name(ws, 2, "，", False)
    (True, False)
    >>> ws = words_of([("县委", "ORG"), ("书记", "n"), ("强调", "v"), ("，", "w")])
    >>> body_post_name(ws, 2, "，", True)
    False
    """
    person = lexicon().patterns["person"]
    rule = person["word_names"]
    word = words[wi]
    if not body_before or len(word.text) != 2 or word.tag not in rule["listed_tags"]:
        return False
    if word.text in person["right_boundaries"] or word.text in rule["listed_not_names"]:
        return False
    return bool(rest) and rest[0] in rule["body_post_marks"]
