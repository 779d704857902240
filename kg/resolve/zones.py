"""Zones and parks named twice in one document: "县工业园区" after "某某县工业园区" (the level
word for the county the document names), "某某工业园" for "某某工业园区" (the area word left off),
"某某新区" after "某省某某新区" or "某某工业园区" after "某某县工业园区" (the place that opens the
name, or its level word, left off: ``place.prefixed_zone_heads``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.gazetteer import Gazetteer, load_gazetteer
from kg.resolve.keys import LEVELS, UnionFind, clean, patterns

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
    merge_zone_prefix_forms(r, ks, uf)
    merge_page_zones(r, ks, uf)


def merge_page_zones(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """A zone named by its kind alone (``attrs["page_zone"]``: "高新区", "县开发区") is the one zone
    of that kind its article names in full ("某某高新区", "某某高新技术产业开发区" for 高新区,
    "某某经济技术开发区" for 经开区 or 开发区); with none it stays the page's own zone.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> from kg.resolve.keys import mention_key
    >>> names = [("高新区", True), ("青禾高新技术产业开发区", False), ("经开区", True), ("甲乙经济技术开发区", False)]
    >>> ms = [MentionRecord(0, 0, 1, n, n, "PLACE", "head_words", 0.6, {"page_zone": z}) for n, z in names]
    >>> r = DocumentResult("d.txt", ms, [], 1)
    >>> ks = [mention_key(r, m) for m in ms]
    >>> uf = UnionFind()
    >>> merge_page_zones(r, ks, uf)
    >>> uf.find(ks[0]) == uf.find(ks[1]), uf.find(ks[2]) == uf.find(ks[3])
    (True, True)
    """
    from kg.nlp.entities.place_forms import zone_family

    levels = tuple(patterns()["place"]["zone_levels"])
    for m, k in zip(r.mentions, ks, strict=True):
        if not m.attrs.get("page_zone"):
            continue
        kind = clean(m.norm)
        family = zone_family(kind[1:] if kind[:1] in levels and len(kind) > 3 else kind)
        # the zones of its own article (a paper's page holds other articles' zones)
        zones = {
            uf.find(v)
            for x, v in zip(r.mentions, ks, strict=True)
            if x.label == "PLACE"
            and x.article == m.article
            and any(_names_kind(clean(x.norm), f, levels) for f in family)
        }
        if len(zones) == 1:
            uf.union(k, zones.pop(), "place.page_zone", r.doc)


def _names_kind(name: str, kind: str, levels: tuple[str, ...]) -> bool:
    """``name`` is a zone of ``kind`` named by a stem or a level word ("某某经开区", "县经开区")."""
    stem = name[: -len(kind)] if name.endswith(kind) else ""
    return len(stem) >= 2 or stem in levels and stem != ""


def merge_zone_prefix_forms(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """A zone, park or site named once with the place that opens its name and once without it
    is one: "某省某某新区" / "某某新区", "某市某某公园" / "某某公园", "某某县工业园区" / "某某工业园区"
    (the level word left off), "某某经济技术开发区" / "某某开发区" (``place.zone_short_kinds``). The
    place is a division of the gazetteer (full or short form; at most two, "某市某县") or a town
    the document names; the short form keeps a stem of two characters or more before its head.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> from kg.resolve.keys import mention_key
    >>> names = [("四川青川新区", "PLACE"), ("青川新区", "PLACE"), ("洪湖市华山工业园区", "PROJECT"),
    ...          ("洪湖华山工业园区", "PLACE"), ("南京经济技术开发区", "PLACE"), ("南京开发区", "PLACE"),
    ...          ("海升湿地公园", "PLACE"), ("湿地公园", "PLACE")]
    >>> ms = [MentionRecord(0, 0, 1, n, n, t, "head_words", 0.7) for n, t in names]
    >>> r = DocumentResult("d.txt", ms, [], 1)
    >>> ks = [mention_key(r, m) for m in ms]
    >>> uf = UnionFind()
    >>> merge_zone_prefix_forms(r, ks, uf)
    >>> [uf.find(ks[i]) == uf.find(ks[i + 1]) for i in range(0, 8, 2)]
    [True, True, True, False]
    """
    p = patterns()["place"]
    heads = tuple(sorted(p["prefixed_zone_heads"], key=len, reverse=True))
    short_kinds = p["zone_short_kinds"]
    gaz = load_gazetteer()
    # the towns the document names open a park's name with or without their level word
    # ("杏林镇" / "杏林|某某工业园"); other places of the document (roads, zones) open none
    towns = tuple(p["town_heads"])
    places = {clean(m.norm) for m in r.mentions if m.label == "PLACE" and clean(m.norm).endswith(towns)}
    places |= {n[: -len(t)] for n in places for t in towns if n.endswith(t)}
    # per name with its kind shortened, the keys of each type ("PLACE", "PROJECT") it was read as
    zones: dict[str, dict[str, str]] = {}
    for m, k in zip(r.mentions, ks, strict=True):
        name = clean(m.norm)
        if m.label in ("PLACE", "PROJECT") and name.endswith(heads):
            short = _short_kind(name, short_kinds)
            if (other := zones.setdefault(short, {}).get(m.label)) is not None and other != k:
                uf.union(other, k, "place.zone_short_kind", r.doc)  # "某某经济技术开发区" / "某某开发区"
            zones[short].setdefault(m.label, k)
    levels = tuple(p["zone_levels"])
    for short, keys in zones.items():
        head = next(h for h in heads if short.endswith(h))
        if len(short) - len(head) < 2:
            continue  # "开发区", "新区": a bare kind is the short form of no one zone
        longer = [n for n in zones if n != short and _opened_by_place(n, short, gaz, places, levels)]
        if len(longer) == 1:
            for label, k in keys.items():
                long_keys = zones[longer[0]]
                uf.union(k, long_keys.get(label) or next(iter(long_keys.values())), "place.zone_without_prefix", r.doc)


def _short_kind(name: str, short_kinds: dict[str, str]) -> str:
    """``name`` with its kind shortened ("某某经济技术开发区" -> "某某开发区"), or ``name``."""
    long = next((x for x in sorted(short_kinds, key=len, reverse=True) if name.endswith(x)), None)
    return name[: -len(long)] + short_kinds[long] if long else name


def _opened_by_place(long: str, short: str, gaz: Gazetteer, places: set[str], levels: tuple[str, ...]) -> bool:
    """``long`` is ``short`` opened by a place ("四川|青川新区") or with a division's level word
    inside ("洪湖|市|华山工业园区" for "洪湖华山工业园区")."""
    if long.endswith(short):
        return _is_place_prefix(long[: -len(short)], gaz, places)
    for i in range(2, min(len(short) - 1, 6)):
        level = long[i : i + 1]
        if level in levels and long[:i] == short[:i] and long[i + 1 :] == short[i:]:
            return bool(gaz.lookup(long[: i + 1]))
    return False


def _is_place_prefix(prefix: str, gaz: Gazetteer, places: set[str]) -> bool:
    """``prefix`` is a division or two ("四川", "泉州惠安"), or a place the document names."""

    def place(x: str) -> bool:
        return len(x) >= 2 and (bool(gaz.lookup(x)) or x in places)

    return place(prefix) or any(place(prefix[:i]) and place(prefix[i:]) for i in range(2, len(prefix) - 1))


def _division_of_level(prefix: str, level: str, places: dict[str, str], gaz: Gazetteer) -> bool:
    """``prefix`` is a division of that level: in the gazetteer, or a place of the document
    under a former level word ("子长县", now a city)."""
    return len(prefix) >= 2 and prefix.endswith(level) and (bool(gaz.lookup(prefix)) or prefix in places)


def _kind_of(name: str) -> str:
    """The zone kind that ends ``name`` ("某某硅工业园区" -> "工业园区"), or ``name``."""
    kinds = sorted(patterns()["place"]["zone_kinds"], key=len, reverse=True)
    return next((x for x in kinds if name.endswith(x)), name)
