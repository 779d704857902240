"""Candidate pairs for a relation and their features: what a learned pair scorer reads.

A candidate is a (head, tail) pair of mentions of one article: every pair of a head type and
a tail type inside a sentence, and every pair a rule proposed (a rule may read beyond the
sentence: headings, list scopes). Its features are plain and explainable: which rule proposed
it and at what confidence, the distance and what lies between (punctuation, clause breaks,
trigger words of ``relations.toml``, other places), the tail's level (province, city, county,
town, village, a site or park), whether the tail opens the head's name, whether it is the
paper's home city. :mod:`kg.learn.pair_model` weighs them with a model file of
``ontology/models/``.

>>> from kg.ingest import segment_document
>>> from kg.nlp.entities import Candidate
>>> from kg.nlp.relations import ArticleView
>>> (art,) = segment_document("t.txt", "该项目位于岚县。")
>>> view = ArticleView(art, [Candidate(0, 3, "PROJECT", "t", 1.0, {}),
...                          Candidate(5, 7, "PLACE", "t", 1.0, {"admin_code": "141127"})])
>>> (pair,) = candidate_pairs(view, [], "located_in")
>>> f = pair.features
>>> f["no_rule"], f["trigger_between"], f["tail_county"], f["gap_1_3"]
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.nlp.relations.name_divisions import foreign
from kg.nlp.relations.places import can_contain, is_park
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

#: Mention types a candidate pair may join, per relation: (head labels, tail labels).
PAIR_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "located_in": (("ORG", "PROJECT", "MEETING", "PLACE"), ("PLACE",)),
    "attended": (("PERSON",), ("MEETING",)),
}

_CLAUSE = re.compile(r"[，,；;。！？!?]")
_GAP_BINS = ((0, 0, "gap_0"), (1, 3, "gap_1_3"), (4, 10, "gap_4_10"), (11, 30, "gap_11_30"))


@dataclass
class Pair:
    """A candidate (head, tail) of one relation type, the rules that proposed it and its features."""

    head: int
    tail: int
    sentence: int
    rules: list[RawRelation] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def _words(table: str, *keys: str) -> tuple[str, ...]:
    t = triggers()[table]
    return tuple(w for k in keys if isinstance(t.get(k), list) for w in t[k])


def _sentence_of(view: ArticleView) -> dict[int, int]:
    return {i: k for k, idx in enumerate(view.by_sentence) for i in idx}


def candidate_pairs(
    view: ArticleView, relations: Iterable[RawRelation], rtype: str, sources: tuple[str, ...] = ("sentence", "rules")
) -> list[Pair]:
    """The candidates of ``rtype`` in the article, in a fixed order (rule pairs in the order of the
    rules' facts, then sentence pairs by sentence and offsets), each with its features.

    ``sources``: "sentence" (pairs of a head and a tail type inside a sentence) and/or "rules"
    (the pairs the rules' facts of ``rtype`` join, wherever they are).
    """
    heads, tails = PAIR_TYPES[rtype]
    pairs: dict[tuple[int, int], Pair] = {}
    if "rules" in sources:
        for r in relations:
            if r.type == rtype and r.tail is not None:
                pairs.setdefault((r.head, r.tail), Pair(r.head, r.tail, r.sentence)).rules.append(r)
    if "sentence" in sources:
        for k, idx in enumerate(view.by_sentence):
            ms = view.mentions
            for i in idx:
                if ms[i].label not in heads:
                    continue
                for j in idx:
                    if j == i or ms[j].label not in tails or (ms[j].start, ms[j].end) == (ms[i].start, ms[i].end):
                        continue
                    if ms[i].start >= ms[j].start and ms[i].end <= ms[j].end:
                        continue  # the head inside the tail: a place's own name part
                    pairs.setdefault((i, j), Pair(i, j, k))
    where = _sentence_of(view)
    out = list(pairs.values())
    # The tails the rules gave each head name (wherever the name stands in the article).
    placed: dict[str, set[int]] = {}
    for p in out:
        if p.rules:
            placed.setdefault(view.text(p.head), set()).add(p.tail)
    for p in out:
        p.features = features(view, p, where, rtype)
        others = placed.get(view.text(p.head), set()) - {p.tail}
        if others and not p.rules:
            p.features["head_placed_by_rules"] = 1.0
            if rtype == "located_in" and any(_above(view, p.tail, j) for j in others):
                p.features["tail_above_rules_place"] = 1.0
    return out


def _above(view: ArticleView, outer: int, inner: int) -> bool:
    """The division ``outer`` contains the division ``inner``."""
    a, b = view.division(outer), view.division(inner)
    return a is not None and b is not None and a.code != b.code and can_contain(view, outer, inner)


def _level(view: ArticleView, i: int) -> str:
    """The level of a place mention: province, city, county (the gazetteer), town, village (by
    the word it ends with), park, site (a place with a head word), or other."""
    d = view.division(i)
    if d is not None:
        return d.level
    text = view.text(i)
    if text.endswith(_words("located_in", "villages")):
        return "village"
    if text.endswith(_words("located_in", "towns")):
        return "town"
    if is_park(view, i):
        return "park"
    return "site" if view.mentions[i].attrs.get("head") else "other"


_RANK = {"province": 0, "city": 1, "county": 2, "park": 3, "town": 3, "village": 4, "site": 5, "other": 5}


def features(view: ArticleView, pair: Pair, where: dict[int, int], rtype: str) -> dict[str, float]:
    """The features of one candidate pair (names are stable: a model file weighs them by name)."""
    text = view.article.text
    h, t = view.mentions[pair.head], view.mentions[pair.tail]
    f: dict[str, float] = {}
    if pair.rules:
        first = pair.rules[0]
        f[f"rule:{first.rule}"] = 1.0
        f["rule_confidence"] = max(r.confidence for r in pair.rules)
        f["rules_agreeing"] = float(len({r.rule for r in pair.rules}) - 1)
    else:
        f["no_rule"] = 1.0
    f[f"head_{h.label}"] = 1.0
    kh, kt = where.get(pair.head), where.get(pair.tail)
    if kh is None or kh != kt:
        f["other_sentence"] = 1.0
        if kh is not None and kt is not None:  # a rule's pair across sentences: how far
            f["sentences_apart_1" if abs(kh - kt) == 1 else "sentences_apart_2_plus"] = 1.0
    inside = h.start <= t.start and t.end <= h.end
    if inside:
        f["tail_inside_head"] = 1.0
        if t.start == h.start:
            f["tail_opens_head"] = 1.0
        gap = ""
    else:
        a, b = (h, t) if h.end <= t.start else (t, h)
        gap = text[a.end : b.start] if a.end <= b.start else ""
        f["tail_first" if t.start < h.start else "head_first"] = 1.0
        n = len(gap)
        f["log_gap"] = math.log1p(n)
        f[next((name for lo, hi, name in _GAP_BINS if lo <= n <= hi), "gap_over_30")] = 1.0
        f["clause_breaks"] = float(min(len(_CLAUSE.findall(gap)), 5))
        if "\n" in gap:
            f["line_break_between"] = 1.0
        if "、" in gap:
            f["enumeration_between"] = 1.0
        if re.search(r"[:：]", gap):
            f["colon_between"] = 1.0
    if rtype == "located_in":
        _located_features(view, pair, gap, inside, kh, f)
    else:
        _attended_features(view, pair, gap, f)
    return f


def _located_features(
    view: ArticleView, pair: Pair, gap: str, inside: bool, head_sentence: int | None, f: dict[str, float]
) -> None:
    text = view.article.text
    h, t = view.mentions[pair.head], view.mentions[pair.tail]
    level = _level(view, pair.tail)
    f[f"tail_{level}"] = 1.0
    head_text, tail_names = view.text(pair.head), {view.text(pair.tail)}
    if d := view.division(pair.tail):
        tail_names |= {d.name, d.short or ""}
    tail_names.discard("")
    if not inside and any(head_text.startswith(n) for n in tail_names):
        f["head_name_opens_with_tail"] = 1.0
    elif not inside and any(n in head_text for n in tail_names):
        f["head_name_has_tail"] = 1.0
    if h.label == "PLACE":
        f[f"head_level_{_level(view, pair.head)}"] = 1.0
        if not can_contain(view, pair.tail, pair.head):
            f["cannot_contain"] = 1.0
    if t.attrs.get("nested"):
        f["tail_added_by_rule"] = 1.0
    if any(w in gap for w in _words("located_in", "triggers", "settle")):
        f["trigger_between"] = 1.0
    if text.endswith(_words("located_in", "slot", "triggers"), 0, t.start):
        f["tail_in_slot"] = 1.0
    if any(w in gap for w in _words("located_in", "visit", "inspect", "trip_does", "trip_stop")):
        f["visit_between"] = 1.0
    if any(w in gap for w in _words("located_in", "build_at", "place_first")):
        f["build_between"] = 1.0
    if re.match(r"\s*[:：]", text[t.end : t.end + 2]):
        f["tail_heading"] = 1.0
    line_start = text.rfind("\n", 0, t.start) + 1
    if not text[line_start : t.start].strip():
        f["tail_opens_line"] = 1.0
    d = view.division(pair.tail)
    if d is not None:
        if view.home_city and d.name == view.home_city:
            f["tail_home_city"] = 1.0
        if view.text(pair.tail) not in (d.name, d.short):
            f["tail_by_reference"] = 1.0  # 我市, 全县, 该区: the place is not named where it stands
        if foreign(view, pair.head, d):
            f["head_names_elsewhere"] = 1.0
    lo, hi = min(h.start, t.start), max(h.end, t.end)
    k = pair.sentence
    if 0 <= k < len(view.by_sentence):
        places = [j for j in view.by_sentence[k] if view.mentions[j].label == "PLACE" and j != pair.tail]
        between = [j for j in places if lo <= view.mentions[j].start and view.mentions[j].end <= hi and j != pair.head]
        if not inside and between:
            f["places_between"] = float(min(len(between), 3))
        ranks = [_RANK[_level(view, j)] for j in places if j != pair.head]
        if ranks:
            mine = _RANK[level]
            f["most_specific_place" if mine >= max(ranks) else "less_specific_place"] = 1.0
            nearest = min(
                places + [pair.tail],
                key=lambda j: (abs(view.mentions[j].start - h.start), view.mentions[j].start),
            )
            if nearest == pair.tail:
                f["nearest_place"] = 1.0
        else:
            f["only_place"] = 1.0
    # A finer place inside the head's name (某县某镇某村…项目): the head lies in that place, and
    # a coarser tail is the chain's business (县 holds 镇), not the head's. A mention inside the
    # head lies in the head's sentence (a mention is filed in the sentence that holds it whole).
    near = view.by_sentence[head_sentence] if head_sentence is not None else range(len(view.mentions))
    finer = [
        j
        for j in near
        if j not in (pair.head, pair.tail)
        and view.mentions[j].label == "PLACE"
        and h.start <= view.mentions[j].start
        and view.mentions[j].end <= h.end
        and (view.mentions[j].start, view.mentions[j].end) != (h.start, h.end)
        and _RANK[_level(view, j)] > _RANK[level]
    ]
    if finer and h.label != "PLACE":
        f["head_name_has_finer_place"] = 1.0


def _attended_features(view: ArticleView, pair: Pair, gap: str, f: dict[str, float]) -> None:
    text = view.article.text
    if any(w in gap for w in _words("attended", "triggers", "listed", "speaks", "presents")):
        f["trigger_between"] = 1.0
    if any(w in gap for w in _words("chaired", "triggers")):
        f["chair_between"] = 1.0
    t = view.mentions[pair.tail]
    after = text[t.end : t.end + 12]
    if any(w in after for w in _words("attended", "triggers", "listed")):
        f["trigger_after_meeting"] = 1.0
    k = pair.sentence
    if 0 <= k < len(view.by_sentence):
        meetings = [j for j in view.by_sentence[k] if view.mentions[j].label == "MEETING"]
        f["only_meeting" if len(meetings) <= 1 else "several_meetings"] = 1.0
