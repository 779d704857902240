"""The candidate span of a mention, the word type, and word-list helpers shared by every source."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from kg.nlp.words import Word
from kg.normalize import simplified_aligned

ALL_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_CLAUSE_END = re.compile(r"[”。，；！？!?;,]")


# How much each source is trusted where two give overlapping spans of one length.
SOURCE_RANK = {
    "bylines": 5,
    "titles": 4,
    "gazetteer": 3,
    "head_words": 3,
    "statistical": 2,
    "counted_list": 3,  # the list's closing says what its items are ("…等5里")
    "learned": 1,
}


@dataclass
class Candidate:
    """A possible mention: ``[start, end)`` in the article text, with its type and source."""

    start: int
    end: int
    label: str
    source: str
    score: float
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def named_without_opening(
    text: str, candidates: list[Candidate], labels: tuple[str, ...], opening: Callable[[str, str], int], **marks: Any
) -> list[Candidate]:
    """``candidates`` of ``labels`` with no ``without_place`` name yet, where ``opening`` (given
    the simplified name and the label) finds a length that opens the name and is no part of it,
    get the rest as their ``without_place`` name (an alias of the entity) and ``marks`` beside it.
    The mention keeps its span: what opens it is still read (a place, a zone).

    >>> found = named_without_opening("某区某某公司", [Candidate(0, 6, "ORG", "t", 0.6)], ("ORG",), lambda n, _: 2)
    >>> [c.attrs for c in found]
    [{'without_place': '某某公司'}]
    """
    out = []
    for c in candidates:
        cut = 0
        if c.label in labels and not c.attrs.get("without_place"):
            cut = opening(simplified_aligned(text[c.start : c.end]), c.label)
        out.append(replace(c, attrs={**c.attrs, "without_place": text[c.start + cut : c.end], **marks}) if cut else c)
    return out


# First characters per guarded group of a word list's pattern (see :func:`longest_first_pattern`).
_FIRST_CHARS_PER_GROUP = 60


@cache
def longest_first_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds the words of a list, the longest where several start at one place.

    It matches exactly what ``"|".join(words sorted longest first)`` matches, but that flat
    alternation is slow: Python's ``re`` tries its thousands of alternatives one after the
    other at every position. Here the words share their prefixes (a trie: "大同" is tried
    once for 大同市, 大同县 …), a longer continuation is tried before the word ends (so the
    longest word wins, as in the flat form), and character-class lookaheads reject a
    position where no word starts with one test, and otherwise pick the group of first
    characters to try, instead of hundreds of comparisons.

    >>> rx = longest_first_pattern(("大同", "大同市", "大同县", "同市"))
    >>> [m.group(0) for m in rx.finditer("大同市和大同的同市")]
    ['大同市', '大同', '同市']
    """
    trie: dict[str | None, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[None] = {}  # a word ends here

    def continuations(node: dict[str | None, dict]) -> str:
        branches = [re.escape(ch) + continuations(node[ch]) for ch in sorted(k for k in node if k is not None)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if None in node:
            # A word ends here; the greedy "?" tries the longer words first.
            body = ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
        return body

    def one_of(chars: list[str]) -> str:
        return "(?=[" + "".join(re.escape(ch) for ch in chars) + "])"

    firsts = sorted(k for k in trie if k is not None)
    groups = []
    for i in range(0, len(firsts), _FIRST_CHARS_PER_GROUP):
        chunk = firsts[i : i + _FIRST_CHARS_PER_GROUP]
        groups.append(one_of(chunk) + "(?:" + "|".join(re.escape(ch) + continuations(trie[ch]) for ch in chunk) + ")")
    pattern = one_of(firsts) + "(?:" + "|".join(groups) + ")" if firsts else ""
    if None in trie:
        pattern = "(?:" + pattern + ")?"  # the empty word: matches where no other does
    return re.compile(pattern)


def word_at(words: list[Word], offset: int) -> int | None:
    """Index of the word that contains character ``offset``."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        s, e = words[mid].start, words[mid].end
        if offset < s:
            hi = mid
        elif offset >= e:
            lo = mid + 1
        else:
            return mid
    return None


@cache
def words_by_last_char(heads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Words (head words, titles) grouped by their last character, longest first (a word end
    is looked up, not compared with every word).

    >>> words_by_last_char(("市长", "副市长", "局长", "书记"))["长"]
    ('副市长', '市长', '局长')
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for h in sorted(heads, key=len, reverse=True):
        if h:
            groups[h[-1]].append(h)
    return {k: tuple(v) for k, v in groups.items()}


@cache
def words_by_first_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Words (titles, head words) grouped by their first character, each group in the order of
    ``words``: the first word of a group that a text holds at a position is the first of all
    ``words`` it holds there (a position is looked up, not compared with every word).

    >>> words_by_first_char(("副市长", "市长", "市委书记"))["市"]
    ('市长', '市委书记')
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in groups.items()}
