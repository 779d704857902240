"""A division named on one page in full and by its bare short form (the audit s27-dups: one
place kept as two on 3 pages of 3 sites). The gazetteer does not read a short form that two
divisions share ("新竹" of 新竹县 and 新竹市, "嘉义" of 嘉义县 and 嘉义市), or reads it as another
division ("新北" as a district of 常州 beside 新北市): on a page that names one of those divisions
in full, and not the gazetteer's reading, the bare name is that division.

The mention is re-keyed to the division's key, not joined to its own key: a union of the bare
name's key ("PLACE|新竹", or 常州's 新北区) would chain the division with every other page's
reading of that name.

A county that has since become a district or a city is named on one page by its former name and
by its short form (the audit s30-dups: "潮安县" / "潮安" = 潮安区, "延庆县" / "延庆", "子长县" /
"子长" = 子长市; 3 pages of 3 sites): the gazetteer lists the new level only, so the former name
is read as a place with no code; it is the one division of the page with that short form.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer, short_form
from kg.resolve.keys import clean, resolution_patterns

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def rekey_short_forms(r: DocumentResult, ks: list[str]) -> list[str]:
    """``ks`` with each unlinked PLACE mention whose name is the short form of exactly one
    division the page names in full given that division's key. Not where the gazetteer reads the
    name as a province ("吉林" beside 吉林市) or as a division the page names too."""
    gaz = load_gazetteer()
    conf = resolution_patterns()["place"]
    former, renamed = conf["former_county_level"], tuple(conf["renamed_county_levels"])
    named: dict[str, set[str]] = defaultdict(set)
    # a former county's short form -> the keys of the districts or cities the page names by it
    counties: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(r.mentions, ks, strict=True):
        code = m.attrs.get("admin_code") if m.label == "PLACE" else None
        d = gaz.divisions.get(code) if code else None
        if d is not None and clean(m.norm) != (short := short_form(d.name)) and short:
            named[short].add(k)
        if d is None and m.label == "PLACE" and not m.attrs.get("country"):
            # (a bare short form left unread, "延慶" on a traditional page: its one reading)
            found = [x for x in gaz.lookup(clean(m.norm)) if x.short == clean(m.norm)]
            d = found[0] if len(found) == 1 else None
        if d is not None and d.level == "county" and d.short and d.name.endswith(renamed):
            counties[d.short + former].add(k)
    if not named and not counties:
        return ks
    out = list(ks)
    for i, (m, k) in enumerate(zip(r.mentions, ks, strict=True)):
        if m.label != "PLACE" or m.attrs.get("admin_code") or m.attrs.get("country"):
            continue
        if len(counties.get(clean(m.norm), ())) == 1 and not gaz.by_full_name.get(clean(m.norm)):
            # "潮安县" beside "潮安" (潮安区): the former county is the district the page names
            out[i] = next(iter(counties[clean(m.norm)]))
            continue
        fulls = named.get(clean(m.norm), set())
        readings = gaz.lookup(clean(m.norm))
        if len(fulls) != 1 or k in fulls or any(d.level == "province" for d in readings):
            continue
        # (the reading keyed by another name of the page: "新北区" named too, the bare name is ambiguous)
        others = {o for n, o in zip(r.mentions, ks, strict=True) if clean(n.norm) != clean(m.norm)}
        if any(f"PLACE|code:{d.code}" in others for d in readings):
            continue
        out[i] = next(iter(fulls))
    return out
