"""A name the gazetteer looks up as a mainland division, read on a Taiwan page as Taiwan's homonym
whose parent the page names (kg.nlp.entities.taiwan_homonyms, audit s39-twplaces). The divisions
are picked from the gazetteer by kind, not by name; the sentences use placeholder names."""

from __future__ import annotations

from kg.nlp.document import analyse_document
from kg.nlp.entities.gazetteer import division_in_context
from kg.nlp.gazetteer import TAIWAN, Division, load_gazetteer


def _province(d: Division) -> Division:
    up = load_gazetteer().ancestors(d)
    return up[-1] if up else d


def _twin_county() -> tuple[Division, Division, Division]:
    """A county of Taiwan's own tree whose full name is also a mainland county's, that mainland
    county, and another county of the mainland one's province."""
    gaz = load_gazetteer()
    for tw in gaz.divisions.values():
        if gaz.parent(tw) is None or gaz.parent(tw).name != TAIWAN:
            continue
        mainland = [x for x in gaz.lookup(tw.name) if _province(x).name != TAIWAN and x.level == "county"]
        if mainland:
            m = mainland[0]
            other = next(
                x
                for x in gaz.divisions.values()
                if x.level == "county"
                and _province(x) == _province(m)
                and x.name != m.name
                and gaz.lookup(x.name) == [x]
            )
            return tw, m, other
    raise AssertionError("no county in both trees")


def _township_by_city_short_form() -> tuple[str, Division, Division]:
    """A short form that the gazetteer looks up as a mainland city and that, with a level word, is
    a Taiwan township's full name: (the form, the township, the mainland city)."""
    gaz = load_gazetteer()
    for name, found in sorted(gaz.by_name.items()):
        if len(found) != 1 or found[0].level != "city" or found[0].name == name or _province(found[0]).name == TAIWAN:
            continue
        towns = [t for lv in "乡镇" for t in gaz.homonyms(name + lv) if gaz.taiwan_township(t)]
        if len(towns) == 1:
            return name, towns[0], found[0]
    raise AssertionError("no such short form")


def test_a_county_of_both_trees_on_a_taiwan_page_is_taiwans():
    gaz = load_gazetteer()
    tw, mainland, other = _twin_county()
    found = division_in_context(gaz, tw.name, gaz.lookup(tw.name), frozenset({TAIWAN, tw.name}))
    assert found is not None and found.code == tw.code
    # A page that names another county of the mainland one's province means the mainland county.
    assert division_in_context(gaz, tw.name, gaz.lookup(tw.name), frozenset({TAIWAN, tw.name, other.name})) is None
    # Not a Taiwan page: the mainland county stands.
    assert division_in_context(gaz, tw.name, gaz.lookup(tw.name), frozenset({tw.name})) is None


def test_a_townships_short_form_stays_the_mainland_city():
    # Counted and left (audit s39-twplaces): a township by a mainland city's short form gains two
    # pages and loses two (a fragment of a local name read as the township).
    gaz = load_gazetteer()
    form, town, city = _township_by_city_short_form()
    county = gaz.parent(town)
    assert division_in_context(gaz, form, gaz.lookup(form), frozenset({TAIWAN, county.name})) is None


def _codes(nlp, text: str, name: str) -> set[str]:
    result = analyse_document(nlp, "t.txt", text)
    return {m.attrs.get("admin_code") for m in result.mentions if m.label == "PLACE" and m.norm == name}


def test_pipeline_reads_the_twin_county_on_a_taiwan_page(nlp):
    tw, mainland, other = _twin_county()
    text = f"{tw.name}长某某今日表示,台湾某某园区即将对外招标。"
    assert _codes(nlp, text, tw.name) == {tw.code}
    # On a page of the mainland county's province (another county of it named), the mainland county.
    text = f"{other.name}某某代表团赴{tw.name}调研考察,台湾某某公司代表陪同。"
    assert _codes(nlp, text, tw.name) == {mainland.code}


def test_a_place_the_relation_stage_adds_keeps_the_pages_division(nlp):
    # A headline's "某某縣府辦…" (the county inside a body's name, added by the place-prefix rule)
    # is the county the entity stage read on the page, not the mainland one looked up first.
    tw, _, _ = _twin_county()
    text = (
        f"活化某某園區 {tw.name}府辦假日年貨市集\n（中央社記者某某{tw.name}31日電）"
        f"位於台灣某某港區內的某某產業園區，{tw.name}府今起至2月底止舉辦市集。"
    )
    assert _codes(nlp, text, tw.name) == {tw.code}
