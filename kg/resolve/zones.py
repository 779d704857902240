"""Zones and parks named twice in one document: "县工业园区" after "某某县工业园区" (the level
word for the county the document names), "某某工业园" for "某某工业园区" (the area word left off)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.gazetteer import Gazetteer, load_gazetteer
from kg.resolve.keys import LEVELS, UnionFind, clean

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

# Zone kinds written with and without their last word ("工业园" / "工业园区").
_AREA_WORD = "区"


def merge_zone_forms_in_document(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """Merge the short forms of one zone in one document.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> from kg.resolve.keys import mention_key
    >>> names = ["灵丘县工业园区", "县工业园区", "某某硅工业园", "某某硅工业园区"]
    >>> ms = [MentionRecord(0, 0, 1, n, n, "PLACE", "head_words", 0.7) for n in names]
    >>> r = DocumentResult("d.txt", ms, [], 1)
    >>> ks = [mention_key(r, m) for m in ms]
    >>> uf = UnionFind()
    >>> merge_zone_forms_in_document(r, ks, uf)
    >>> uf.find(ks[0]) == uf.find(ks[1]), uf.find(ks[2]) == uf.find(ks[3]), uf.find(ks[0]) == uf.find(ks[2])
    (True, True, False)
    """
    from kg.nlp.entities.place_forms import is_zone_kind

    places = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PLACE"}
    gaz = load_gazetteer()
    for name, k in places.items():
        if name + _AREA_WORD in places and is_zone_kind(_kind_of(name + _AREA_WORD)):
            uf.union(k, places[name + _AREA_WORD], "place.zone_without_area_word", r.doc)
        if len(name) >= 3 and name[0] in LEVELS and is_zone_kind(name[1:]):
            # "县工业园区": the zone of the one division of that level the document's zones name
            longer = [
                b
                for b in places
                if b != name
                and b.endswith(name[1:])
                and _division_of_level(b[: len(b) - len(name) + 1], name[0], places, gaz)
            ]
            if len(longer) == 1:
                uf.union(k, places[longer[0]], "place.zone_level_word", r.doc)


def _division_of_level(prefix: str, level: str, places: dict[str, str], gaz: Gazetteer) -> bool:
    """``prefix`` is a division of that level: in the gazetteer, or a place of the document
    under a former level word ("子长县", now a city)."""
    return len(prefix) >= 2 and prefix.endswith(level) and (bool(gaz.lookup(prefix)) or prefix in places)


def _kind_of(name: str) -> str:
    """The zone kind that ends ``name`` ("某某硅工业园区" -> "工业园区"), or ``name``."""
    from kg.nlp.entities.lexicon_data import lexicon

    kinds = sorted(lexicon().patterns["place"]["zone_kinds"], key=len, reverse=True)
    return next((x for x in kinds if name.endswith(x)), name)
