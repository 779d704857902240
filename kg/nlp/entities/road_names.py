"""Roads named on real pages: a locative the tagger runs onto a road's name ("青岚路上",
"某某北路口": the road, then "on" or "at the crossing of" it).

The word lists are ``place.road_heads`` and ``place.road_locatives`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
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


def extended_road(text: str, words: list[Word], i: int) -> int | None:
    """The index of the word that opens a road's name whose extension ends right before the project
    head ``words[i]`` ("某某路|东延|项目", "某某路|向东延伸|工程": the road's works, named whole in the gold),
    or ``None``. The verb 延 would end a project's left walk and leave the bare head; the road's name
    is the nearest run of words before the extension that is a road (``is_road``), so a city before
    it is left to the walk ("某市|某某路向东延伸工程"). The extension is ``project.road_extension``
    of ``ontology/patterns/entities.toml``.

    >>> from kg.nlp.words import Word
    >>> t = "启动了青岚路向东延伸工程"
    >>> ws = [Word(0, 2, "启动", "v"), Word(2, 3, "了", "u"), Word(3, 6, "青岚路", "LOC"),
    ...       Word(6, 8, "向东", "d"), Word(8, 10, "延伸", "v"), Word(10, 12, "工程", "n")]
    >>> extended_road(t, ws, 5), extended_road("启动了工程", ws[:2] + [Word(3, 5, "工程", "n")], 2)
    (2, None)
    """
    head_start = words[i].start
    ext = re.search(lexicon().patterns["project"]["road_extension"], text[max(0, head_start - 8) : head_start])
    if ext is None:
        return None
    road_end = head_start - len(ext.group())
    k = next((k for k in range(i - 1, -1, -1) if words[k].start < road_end <= words[k].end), None)
    for m in range(k, max(-1, k - 3), -1) if k is not None else ():
        if m < k and words[m].end != words[m + 1].start:
            return None
        if is_road(text[words[m].start : road_end]):
            return m
    return None
