"""Words of one character twice that the tagger reads as a person's name ("隆隆", "旺旺")."""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def reduplicated_state(words: list[Word], i: int) -> bool:
    """The tagger's person of one character twice ("隆隆", "旺旺") run straight into a word that
    such a word of sound or state qualifies (``person.reduplicated_next_tags``: "隆隆|的|礼炮声",
    "隆隆|轰鸣", "旺旺|来"). A name of that shape stands before a mark or a word that follows
    names (``person.right_boundaries``: "由|某某|为其策划" keeps it, as does a title or a word of
    address before it, which vouch for it).

    >>> from kg.nlp.words import words_of
    >>> reduplicated_state(words_of([("隆隆", "PER"), ("轰鸣", "v")]), 0)
    True
    >>> reduplicated_state(words_of([("婷婷", "PER"), ("说", "v")]), 0)
    False
    """
    w = words[i].text
    if len(w) != 2 or w[0] != w[1] or i + 1 >= len(words):
        return False
    person = lexicon().patterns["person"]
    nxt = words[i + 1]
    return (
        nxt.start == words[i].end
        and nxt.tag in person["reduplicated_next_tags"]
        and not nxt.text.startswith(tuple(person["right_boundaries"]))
    )
