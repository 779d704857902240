"""A province written before a city's or county's own body: "湖北宜昌市委", "河北省唐山市政府",
"广东省汕头市潮南区委". News opens the body with its province the way it writes an administrative
chain; the golds name the body without the chain (宜昌市委, 唐山市政府, 潮南区委: GUIDE, an
administrative chain is places linked by ``located_in``), while a city before its district's
body stays ("天津市蓟州区委", "广州市番禺区政府": session 28, s28-org, on real-pages-6 u01,
-20 l09, -23 f05, -30 r01, -31 s01, -34 v10).

The mention keeps its span (the places inside it are read as before: "河北省|唐山市|政府" gives
唐山市 in 河北省); the body's name without the chain is its ``without_place`` name, an alias of
the entity. Only a province (a 省 or an autonomous region, in full or short form; a
municipality such as 天津 is the city) that opens a chain of divisions the gazetteer nests,
right before a level body of ``org.province_dropped_before`` ("委", "政府", "人大常委会"…): a firm
or a department after the chain keeps its name as written ("广西桂平市某某有限公司").
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate, named_without_opening
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import division_chain
from kg.nlp.gazetteer import load_gazetteer


def with_province_openings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that open with a province before a city's or county's level body get
    the body's name without the chain as their ``without_place`` name (where none is set).

    >>> text = "湖北宜昌市委副书记出席"
    >>> [c.attrs for c in with_province_openings(text, [Candidate(0, 6, "ORG", "t", 0.6)])]
    [{'without_place': '宜昌市委', 'province_chain': True}]
    >>> text = "天津市蓟州区委书记出席"
    >>> [c.attrs for c in with_province_openings(text, [Candidate(0, 7, "ORG", "t", 0.6)])]
    [{}]
    """
    return named_without_opening(
        text, candidates, ("ORG",), lambda name, _label: province_opening(name), province_chain=True
    )


def province_opening(name: str) -> int:
    """Where the innermost division's body starts in ``name`` (simplified) when a province opens
    a chain of divisions before a level body, or 0.

    >>> province_opening("湖北宜昌市委"), province_opening("河北省唐山市政府"), province_opening("广东省汕头市潮南区委")
    (2, 3, 6)
    >>> province_opening("广西桂平市某某食品有限公司"), province_opening("天津市蓟州区人民政府")
    (0, 0)
    >>> province_opening("湖北省政府"), province_opening("湖北宜昌市发改委")
    (0, 0)
    """
    head = next((h for h in lexicon().patterns["org"]["province_dropped_before"] if name.endswith(h)), None)
    if head is None:
        return 0
    chain = division_chain(name[: -len(head)])
    if chain is None:
        return 0
    gaz = load_gazetteer()
    first = name[chain[0][0] : chain[0][1]]
    if not any(d.level == "province" and d.name.endswith(("省", "自治区")) for d in gaz.lookup(first)):
        return 0
    return chain[-1][0]
