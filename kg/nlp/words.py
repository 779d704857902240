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

import re
from collections.abc import Iterable, Sequence
from itertools import accumulate, islice, repeat
from typing import NamedTuple

# The marks that open and close a quoted part of the text, pairwise (“…”, 《…》).
QUOTES_OPEN = '“‘「『"《'
QUOTES_CLOSE = '”’」』"》'
# One Chinese character (the CJK Unified Ideographs block, where names are written).
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


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
    pairs = list(segments)
    return words_from([w for w, _ in pairs], [t for _, t in pairs], start)


def words_from(texts: Sequence[str], tags: Sequence[str], start: int = 0) -> list[Word]:
    """:func:`words_of` for the words and the tags as two lists (what the tokenizer has).

    >>> words_from(["大同", "市"], ["LOC", "n"])
    [Word(start=0, end=2, text='大同', tag='LOC'), Word(start=2, end=3, text='市', tag='n')]
    """
    ends = list(accumulate(map(len, texts), initial=start))
    # tuple.__new__ makes each Word in C; Word(...) would run its Python __new__ per word.
    return list(map(tuple.__new__, repeat(Word), zip(ends, islice(ends, 1, None), texts, tags, strict=False)))
