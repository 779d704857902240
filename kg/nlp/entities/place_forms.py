"""Shapes of place names on real pages that the tagger cuts or runs on: a zone named only by
its kind and its host ("县经济开发区", "某某县工业园区"), a place run into the title after it
("某某县长", "某某|镇长"), a class of villages rather than one ("乡村振兴示范村").

The word lists are ``place.zone_kinds``, ``place.head_titles`` and ``place.class_heads`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.words import Word


def _place_patterns() -> dict:
    return lexicon().patterns["place"]


def zone_host(words: list[Word], i: int) -> int | None:
    """Where the name of the zone at word ``i`` starts, if the word is a zone named only by its
    kind ("工业园区", "经济开发区"): at the place or level word right before it ("象州县|工业园区",
    "县|经济开发区"). ``None`` where no host stands before it: the kind alone is no one place.

    >>> ws = [Word(0, 3, "某某县", "LOC"), Word(3, 7, "工业园区", "LOC")]
    >>> zone_host(ws, 1), zone_host(ws[1:], 0)
    (0, None)
    >>> zone_host([Word(0, 1, "县", "n"), Word(1, 6, "经济开发区", "LOC")], 1)
    0
    """
    if i == 0:
        return None
    before = words[i - 1]
    if before.end != words[i].start:
        return None
    p = _place_patterns()
    if before.text in p["zone_levels"]:
        return before.start  # "县|经济开发区": the county's own zone
    if before.tag == "LOC" and (before.text.endswith(tuple(p["admin_heads"])) or gaz_full(before.text)):
        return before.start  # "某某县|工业园区": the zone takes its county's name
    return None


def is_zone_kind(w: str) -> bool:
    """A word that names a kind of zone or park, not one ("产业集聚区", "开发区").

    >>> is_zone_kind("经济开发区"), is_zone_kind("云冈经济技术开发区")
    (True, False)
    """
    return w in _place_patterns()["zone_kinds"]


def titled_place(words: list[Word], i: int) -> tuple[int, int] | None:
    """The place's own span where the tagger ran it into the title after it or left its level
    word in the title: "某某县长/LOC" is 某某县 (and its 县长), "玉里/LOC 镇长/n" is 玉里镇.

    >>> titled_place([Word(0, 4, "花莲县长", "LOC")], 0)
    (0, 3)
    >>> titled_place([Word(0, 2, "玉里", "LOC"), Word(2, 4, "镇长", "n")], 0)
    (0, 3)
    >>> titled_place([Word(0, 3, "富里乡", "LOC"), Word(3, 5, "乡长", "n")], 0) is None
    True
    """
    titles = _place_patterns()["head_titles"]
    s, e, w, _t = words[i]
    title = next((x for x in titles if w.endswith(x) and len(w) - len(x) >= 2), None)
    if title is not None:
        return s, e - len(title) + 1  # "花莲县长": the level word closes the place, 长 is the title's
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and nxt.start == e and nxt.text in titles and not w.endswith(nxt.text[0]):
        return s, e + 1  # "玉里|镇长": the title's level word closes the place's name
    return None


def class_of_places(name: str) -> bool:
    """A village or town named only by its class ("乡村振兴示范村", "美丽宜居示范村",
    "驻镇帮镇扶村"): the name ends in a class word of ``place.class_heads``.

    >>> class_of_places("乡村振兴示范村"), class_of_places("某某镇扶村"), class_of_places("天湖村")
    (True, True, False)
    """
    heads = tuple(_place_patterns()["class_heads"])
    return name.endswith(heads)
