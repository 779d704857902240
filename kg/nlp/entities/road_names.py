"""Roads named on real pages: a locative the tagger runs onto a road's name ("青岚路上",
"某某北路口": the road, then "on" or "at the crossing of" it).

The word lists are ``place.road_heads`` and ``place.road_locatives`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


def _place_patterns() -> dict:
    return lexicon().patterns["place"]


def is_road(name: str) -> bool:
    """Whether ``name`` is a road's name: a stem of two characters or more before a road's head.

    >>> is_road("青岚中路"), is_road("青岚高速"), is_road("中路"), is_road("青岚村")
    (True, True, False, False)
    """
    simple = to_simplified(name)
    head = next((h for h in _place_patterns()["road_heads"] if simple.endswith(h)), None)
    return head is not None and len(simple) - len(head) >= 2


def road_end(word: str) -> int | None:
    """Where a road's name ends in a tagged word that runs a locative onto it ("青岚路上",
    "青岚北路口", "青岚路北"): right before the locative. ``None`` where the word is no road
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
