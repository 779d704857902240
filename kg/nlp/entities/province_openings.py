"""A province written before a city's or a county's own body: "湖北宜昌市委", "河北省唐山市政府",
"山东省寿光市人民政府". News opens the body with its province the way it writes an administrative
chain; the body is the city's (宜昌市委), and the province a place of its own (GUIDE: an
administrative chain is two places). The golds of the tuning sets name no such body with its
province (session 28, s28-org: real-pages-6 u01, -30 r01, -31 s01, -34 v10), while a city
before its district's body stays ("天津市蓟州区委", "广州市番禺区政府").

Only a province (a 省 or an autonomous region, in full or short form; municipalities such as
天津 stay, they are the city), right before a city or county the gazetteer places inside it,
right before a level body of ``org.province_dropped_before`` ("委", "政府", "人大常委会"…): a
firm or a department after the chain keeps its name as written ("广西桂平市某某有限公司").
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.place_forms import lies_in
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import simplified_aligned


def without_province_openings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that open with a province before a city's or county's level body start
    at the city or county; the others as they are.

    >>> text = "湖北宜昌市委副书记出席"
    >>> [(text[c.start : c.end], c.label) for c in without_province_openings(text, [Candidate(0, 6, "ORG", "t", 0.6)])]
    [('宜昌市委', 'ORG'), ('湖北', 'PLACE')]
    >>> text = "天津市蓟州区委书记出席"
    >>> [text[c.start : c.end] for c in without_province_openings(text, [Candidate(0, 7, "ORG", "t", 0.6)])]
    ['天津市蓟州区委']
    """
    out = []
    for c in candidates:
        cut = province_opening(simplified_aligned(text[c.start : c.end])) if c.label == "ORG" else 0
        if not cut:
            out.append(c)
            continue
        out.append(replace(c, start=c.start + cut))
        # the province stands as a place: it was a nested mention of the whole name before
        d = next(
            d
            for d in load_gazetteer().lookup(simplified_aligned(text[c.start : c.start + cut]))
            if d.level == "province"
        )
        admin = {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name}
        out.append(Candidate(c.start, c.start + cut, "PLACE", "gazetteer", 0.8, admin))
    return out


def province_opening(name: str) -> int:
    """The length of the province that opens ``name`` (simplified) before a city's or county's
    level body, or 0.

    >>> province_opening("湖北宜昌市委"), province_opening("河北省唐山市政府")
    (2, 3)
    >>> province_opening("广西桂平市联胜食品有限公司"), province_opening("天津市蓟州区人民政府")
    (0, 0)
    >>> province_opening("湖北省政府"), province_opening("湖北宜昌市发改委")
    (0, 0)
    """
    heads = tuple(lexicon().patterns["org"]["province_dropped_before"])
    rx, gaz = gazetteer_regex(), load_gazetteer()
    first = rx.match(name)
    if first is None:
        return 0
    province = first.group(0)
    if not any(d.level == "province" and d.name.endswith(("省", "自治区")) for d in gaz.lookup(province)):
        return 0
    inner = rx.match(name, first.end())
    if inner is None or name[inner.end() :] not in heads:
        return 0
    division = inner.group(0)
    if not any(d.level in ("city", "county") for d in gaz.lookup(division)) or not lies_in(division, province):
        return 0
    return first.end()
