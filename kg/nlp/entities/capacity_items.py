"""A project named after its capacity and the several products it will make, listed with "、", 和 or
及 before one head word: "某某公司年产6万吨甲、乙系列产品项目", "年产1500万平方米某某卷材和2500吨某某涂料项目",
"年产800万平方米某某岩板和8万套某某橱柜生产线项目" (session 29, benchmarks/audits/s29-proj3).

The walk to a name's left edge stops at the list mark (or at the second item's capacity) and keeps only
the last product as the project, so the project, its amount and its investor land on a cut name. Where
the name opens with a capacity verb (``project.leading_verbs``: 年产, 年加工 …) and a quantity, the products
between the verb and the head are one project's: the golds name these projects whole (rp-35 w03,
real-amount d04, rp-29 e10, rp-31 s01, rp-32 t09, real-proj q05, q14, q18, real-proj2 r01, real-proj3
b01). The span is widened back to the verb (and over what stands before it in a name, the firm).

It is left alone where the products are projects of their own: an item that holds a head word
("年产A生产线、B项目"), a second capacity verb ("年产A改扩建和年产B生产线": real-proj q22), 的 or 等
(a clause or a list's close), a comma or bracket between, a firm, place or person inside (another
maker), or where the capacity name is itself an item of a "、" list ("…示范、某某模具、年产60万吨某某肥料、
某某产业园": real-pages-6 u09, each item its own project).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.names import left_edge
from kg.nlp.words import Word

# a clause's marks: the products' run never crosses one
_BREAKS = '，,。；;：:！？!?\n（()）“”"《》'
_MARKS = ("、", "和", "及")
_NAMED_TAGS = ("ORG", "LOC", "PER")


def _opening(text: str, words: list[Word], c: Candidate, verbs: tuple[str, ...], heads: tuple[str, ...]) -> int | None:
    """The start of the capacity verb that opens the products' run ending in ``c``, or None."""
    p = lexicon().patterns["project"]["capacity_items"]
    lo = max(0, c.start - p["max_chars"])
    window = text[lo : c.start]
    cut = max((window.rfind(b) for b in _BREAKS), default=-1)
    window_start = lo + cut + 1
    before = text[window_start : c.start]
    at = max((before.rfind(v) for v in verbs), default=-1)
    if at < 0:
        return None
    v_start = window_start + at
    verb = next(v for v in verbs if text.startswith(v, v_start))
    run = text[v_start + len(verb) : c.end]
    if not re.match(r"[0-9０-９.一二三四五六七八九十百千万]+", run):
        return None  # "产能置换": no capacity follows the verb
    items = text[v_start + len(verb) : c.start]
    if not any(m in run for m in _MARKS) or any(v in text[c.start : c.end] for v in verbs):
        return None  # no list, or the cut name opens with its own capacity ("年产A、年产B项目")
    if any(x in items for x in p["not_inside"]) or any(h in items for h in heads):
        return None  # "年产A生产线、B项目", "年产A、总投资X的B": projects of their own
    if any(v in items for v in verbs) or not text[c.start : c.end].endswith(heads):
        return None  # the cut name is a list's item with no head ("…、某公司5万吨某材"): no shared head
    # an item that names its maker before its capacity ("年产60万方甲、某公司5万吨乙项目") is a project of
    # its own: a later item may open with its quantity only
    if any(
        re.search(r"[0-9０-９]", part[1:]) and not re.match(r"[0-9０-９]", part)
        for part in re.split("[、和及]", run)[1:]
    ):
        return None
    for w in words:
        if v_start + len(verb) <= w.start and w.end <= c.start and w.tag in _NAMED_TAGS:
            return None  # another maker inside the run
    return v_start


def capacity_item_projects(text: str, words: list[Word], out: list[Candidate]) -> list[Candidate]:
    """``out`` with each PROJECT candidate that a capacity name's list cut widened back to its verb.

    >>> from kg.nlp.words import words_of
    >>> t = "甲乙公司年产6万吨丙酮、丁醇系列产品项目，总投资1亿元。"
    >>> ws = words_of([("甲乙公司", "ORG"), ("年产", "v"), ("6万吨", "m"), ("丙酮", "n"), ("、", "w"),
    ...                ("丁醇", "n"), ("系列", "n"), ("产品", "n"), ("项目", "n"), ("，", "w"), ("总投资", "n"),
    ...                ("1亿元", "m"), ("。", "w")])
    >>> c = Candidate(t.index("丁醇"), t.index("，"), "PROJECT", "head_words", 0.7)
    >>> [t[x.start : x.end] for x in capacity_item_projects(t, ws, [c])]
    ['甲乙公司年产6万吨丙酮、丁醇系列产品项目']
    >>> t = "甲、乙、年产6万吨丙酮、丁醇产业园等项目。"
    >>> c = Candidate(t.index("丁醇"), t.index("等"), "PROJECT", "head_words", 0.7)
    >>> ws = words_of([("甲", "n"), ("、", "w"), ("乙", "n"), ("、", "w"), ("年产", "v"), ("6万吨", "m"),
    ...                ("丙酮", "n"), ("、", "w"), ("丁醇", "n"), ("产业园", "n"), ("等", "u"), ("项目", "n"),
    ...                ("。", "w")])
    >>> [t[x.start : x.end] for x in capacity_item_projects(t, ws, [c])]
    ['丁醇产业园']
    """
    proj = lexicon().patterns["project"]
    verbs = tuple(proj["leading_verbs"])
    heads = tuple(proj["heads"])
    result: list[Candidate] = []
    for c in out:
        v_start = _opening(text, words, c, verbs, heads) if c.label == "PROJECT" else None
        if v_start is None:
            result.append(c)
            continue
        start = left_edge(text, words, v_start, label="PROJECT")
        if start > v_start:
            start = v_start
        if start > 0 and text[start - 1] == "、":
            result.append(c)  # the capacity name is an item of a list of projects
            continue
        result.append(replace(c, start=start, attrs={**c.attrs, "capacity_items": True}))
    return result
