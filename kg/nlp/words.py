"""The tagged word that every rule of :mod:`kg.nlp` reads: offsets into the article text, the
word and its tag.

A :class:`Word` is a named tuple, so ``start, end, w, tag = word`` and ``word[2]`` keep
working where code still reads it by position.

>>> ws = words_of([("市长", "n"), ("张强", "PER")])
>>> ws[1]
Word(start=2, end=4, text='张强', tag='PER')
>>> ws[1].text == ws[1][2], ws[1] == (2, 4, "张强", "PER")
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Word(NamedTuple):
    """A word of the article: ``[start, end)`` in the text, the word, the segmenter's tag."""

    start: int
    end: int
    text: str
    tag: str


def words_of(segments: Iterable[tuple[str, str]], start: int = 0) -> list[Word]:
    """The words of ``(word, tag)`` pairs that follow one another from offset ``start``.

    >>> words_of([("大同", "LOC"), ("市", "n")], start=5)
    [Word(start=5, end=7, text='大同', tag='LOC'), Word(start=7, end=8, text='市', tag='n')]
    """
    out = []
    for w, t in segments:
        out.append(Word(start, start + len(w), w, t))
        start += len(w)
    return out
