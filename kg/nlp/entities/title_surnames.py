"""Rare surnames right after a job title: the post vouches for a name the surname list lacks."""

from __future__ import annotations

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def title_surname(text: str, words: list[Word], pos: int) -> bool:
    """Whether the character at ``pos``, right after a title, is a rare surname
    (``person.title_surnames``) that opens the tagger's cut or misread name: the post vouches for
    a person where the surname list does not ("副州长|字/PER|某海/PER|、", "副县长|籍/n|某利/LOC|,",
    "原主席|别/d|某/v|学/v|出席"). The surname stands alone, opens the tagger's one word of three
    characters read as a name, a place or a noun ("副主任|达某塔/LOC|宣布"), or opens a noun or
    verb of two characters that only a list of officials makes a name (:func:`kg.nlp.entities.titles._listed_official`:
    "秘书长|招某/v|,|市台办主任…"); an adverb or a longer word is none ("书记|别再/d").

    >>> from kg.nlp.words import words_of
    >>> title_surname("籍明远,", words_of([("籍", "n"), ("明远", "a"), (",", "w")]), 0)
    True
    >>> title_surname("别再说", words_of([("别再", "d"), ("说", "v")]), 0)
    False
    """
    if text[pos : pos + 1] not in lexicon().patterns["person"]["title_surnames"]:
        return False
    wi = word_at(words, pos)
    if wi is None or words[wi].start != pos:
        return False
    w = words[wi]
    return len(w.text) == 1 or (w.tag in ("PER", "LOC", "nr", "nz", "n") and len(w.text) == 3) or _is_listed(w)


def given_words(words: list[Word], start: int, end: int) -> bool:
    """Whether every word of the tagger that overlaps ``[start, end)`` (a rare surname's given
    name) is a content word (``person.title_surname_given_tags``): "别/d|某/v|学/v" may be a name,
    "别/d|忘/v|了/xc" is none.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("别", "d"), ("忘", "v"), ("了", "xc")])
    >>> given_words(ws, 1, 3), given_words(ws, 1, 2)
    (False, True)
    """
    tags = frozenset(lexicon().patterns["person"]["title_surname_given_tags"])
    return all(w.tag in tags for w in words if w.end > start and w.start < end)


def _is_listed(w: Word) -> bool:
    """A two-character verb or noun the tagger reads whole (``person.word_names.listed_tags``): the
    titles' list check decides whether a list of officials makes it a name ("秘书长|招某/v|,|市台办主任…")."""
    return len(w.text) == 2 and w.tag in lexicon().patterns["person"]["word_names"]["listed_tags"]
