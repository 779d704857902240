"""Roads named on real pages: a locative the tagger runs onto a road's name ("平安路上",
"某某北路口": the road, then "on" or "at the crossing of" it), and a place that only opens a
road's name ("台北|中路", "硚口路": a city's or a district's short form that is part of the
road's name, no place of its own; "某某市|解放路" written in full stays a place of its own).

The word lists are ``place.road_heads`` and ``place.road_locatives`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.normalize import to_simplified


def _place_patterns() -> dict:
    return lexicon().patterns["place"]


def is_road(name: str) -> bool:
    """Whether ``name`` is a road's name: a stem of two characters or more before a road's head.

    >>> is_road("台北中路"), is_road("荣乌高速"), is_road("中路"), is_road("青岚村")
    (True, True, False, False)
    """
    simple = to_simplified(name)
    head = next((h for h in _place_patterns()["road_heads"] if simple.endswith(h)), None)
    return head is not None and len(simple) - len(head) >= 2


def road_end(word: str) -> int | None:
    """Where a road's name ends in a tagged word that runs a locative onto it ("平安路上",
    "龙华北路口", "中兴路北"): right before the locative. ``None`` where the word is no road
    and locative ("中山北路", a direction inside the name; "岔路口", no stem of its own).

    >>> road_end("青岚路上"), road_end("青岚北路口"), road_end("青岚路北")
    (3, 4, 3)
    >>> road_end("青岚北路"), road_end("岔路口"), road_end("青岚村口")
    (None, None, None)
    """
    simple = to_simplified(word)
    locative = next((x for x in _place_patterns()["road_locatives"] if simple.endswith(x)), None)
    if locative is None:
        return None
    stem = simple[: -len(locative)]
    return len(stem) if is_road(stem) else None


def opens_road(place: str, road: str) -> bool:
    """Whether a place that opens a road's name is only part of that name ("台北" of
    "台北中路", "硚口" of "硚口路", "上海" of "上海大街"): a short form of a division before a
    road's head. A division written in full ("某某市|解放路") stays a place the road lies in.

    >>> opens_road("台北", "台北中路"), opens_road("上海", "上海大街"), opens_road("南京市", "南京市中山路")
    (True, True, False)
    >>> opens_road("台北", "台北市")
    False
    """
    return is_road(road) and road.startswith(place) and not gaz_full(to_simplified(place))
