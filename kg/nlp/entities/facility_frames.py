"""Facilities being built, named without a project head word: "某某大桥开工建设", "某某水库正式动工",
"某某农贸市场顺利封顶", "某某隧道建成通车".

A bridge, a reservoir, a school or a market is a project while it is built (the gold names them so:
"某某大桥", "某某水库", "某某小学"), yet its name ends in no project head word, and the same nouns
name standing facilities and bodies everywhere else ("某某医院院长", "在某某公园散步"). The clause
decides: the facility's name is the subject of a verb of its building that closes the clause
(``[project.facility] after``). The heads are kinds of facility, data in
``ontology/patterns/entities.toml``; the name must hold a proper noun before its head ("某某|大桥";
"新建|大桥", "该|水库" name none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.entities.shapes import _specific
from kg.nlp.words import Word
from kg.patterns import pattern_file


@dataclass(frozen=True)
class FacilityFrames:
    """``[project.facility]`` of ``ontology/patterns/entities.toml``, compiled once."""

    heads: tuple[str, ...]  # longest first
    after: re.Pattern[str]  # right after the head: a verb of its building that closes the clause
    before: re.Pattern[str]  # right before the name: a verb that builds it anew
    before_then: re.Pattern[str]  # right after such a name: the clause's end or its figures
    opens_after: re.Pattern[str]  # right before a name that opens its clause
    costs: re.Pattern[str]  # right after the head: what it is or where, then its total
    class_before: re.Pattern[str]  # right before: "等", the facility is a list's class
    amount_before: re.Pattern[str]  # right before: its investment and 的 ("总投资15亿元的|某某广场")
    amount_heads: tuple[str, ...]  # heads read as a project only after such an amount (longest first)
    not_inside: tuple[str, ...]  # words that end the left walk's name
    max_chars: int
    score: float


@cache
def facility_frames() -> FacilityFrames:
    p = pattern_file("entities")["project"]
    f = p["facility"]
    return FacilityFrames(
        heads=tuple(sorted(f["heads"], key=len, reverse=True)),
        after=re.compile(f["after"]),
        before=re.compile(f["before"]),
        before_then=re.compile(f["before_then"]),
        opens_after=re.compile(f["opens_after"]),
        costs=re.compile(f["costs"]),
        class_before=re.compile(f["class_before"]),
        amount_before=re.compile(f["amount_before"].replace("{amount}", p["frame"]["amount"])),
        amount_heads=tuple(sorted({*f["heads"], *f["amount_heads"]}, key=len, reverse=True)),
        not_inside=tuple(f["not_inside"]),
        max_chars=p["max_chars"],
        score=p["frame"]["score"],
    )


def built_facilities(text: str, words: list[Word]) -> list[Candidate]:
    """PROJECT candidates for facilities named as the subject of a verb of their building.

    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> t = "11月30日,青岭县柳塘大桥正式开工建设。"
    >>> ws = words_of(make_segmenter("lac").segment(t))
    >>> [t[c.start : c.end] for c in built_facilities(t, ws)]
    ['青岭县柳塘大桥']
    >>> t = "该大桥建成后将与市区相连。"
    >>> built_facilities(t, words_of(make_segmenter("lac").segment(t)))
    []
    """
    f = facility_frames()
    out: list[Candidate] = []
    for w in words:
        if not text.endswith(f.amount_heads, 0, w.end):
            continue  # (one C call for the whole tuple first: most words end in no head)
        own = text.endswith(f.heads, 0, w.end)
        head = next(h for h in f.amount_heads if text.endswith(h, 0, w.end))
        closes = own and f.after.match(text, w.end) is not None
        costed = own and f.costs.match(text, w.end) is not None
        if not closes and not costed and not f.before_then.match(text, w.end):
            continue
        head_start = w.end - len(head)
        hw = word_at(words, head_start)
        if hw is not None and words[hw].start < head_start and words[hw].tag not in lexicon().name_tags:
            continue  # "开放" ends in 放, "河道" in 道 only as ordinary words do
        start = left_edge(text, words, head_start, max_len=f.max_chars, label="PROJECT")
        if start >= head_start and hw is not None and words[hw].tag in ("LOC", "ORG", "nz") and words[hw].end == w.end:
            start = words[hw].start  # "某某大桥/LOC": the tagger read the whole name as one word
        # "新建某某铁路先行开工段|某某特大桥": a verb of building inside ends the name there
        walked = start
        start = max(
            [start]
            + [text.rfind(v, start, head_start) + len(v) for v in f.not_inside if text.rfind(v, start, head_start) >= 0]
        )
        cut = word_at(words, start)
        if cut is not None and words[cut].start < start:
            start = words[cut].end  # the cut ends inside a word: the name starts after it
        elif start > walked and cut is not None and words[cut].end - words[cut].start == 1:
            start = words[cut].end  # "先行开工|段|某某特大桥": a measure word after the verb
        if head_start - start < 2 or not _specific(text, words, start, head_start):
            continue  # "新建|大桥", "该|水库": no name; "(连|徐高铁)": a short form's part
        opens = costed and f.opens_after.search(text, max(0, start - 1), start) is not None
        # "总投资53.95亿元的|某某水库": what is invested in a facility makes it a project being built
        costs_before = f.amount_before.search(text, max(0, start - 40), start) is not None
        if not own and not costs_before:
            continue  # a square or a hall is a project only where its investment names it
        if not closes and not opens and not costs_before and not f.before.search(text, max(0, start - 6), start):
            continue  # no verb of its building after the name, no total of its own, no verb that builds it before
        if f.class_before.search(text, max(0, start - 2), start):
            continue  # "甲、乙等|抽水蓄能电站建成后": the class that closes a list
        out.append(Candidate(start, w.end, "PROJECT", "head_words", f.score, {"head": head, "frame": "facility"}))
    return out
