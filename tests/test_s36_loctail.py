"""Session 36 (s36-loctail): hamlets, gullies, lakes, ports, kilns, caves and deserts that the
tagger alone reads, opening a project's name, are places (GUIDE.md: the local site that opens a
project's name is scored): :func:`kg.nlp.entities.prefixes._site_opens_project`,
``place.project_site_heads``. (The relation rules still take no bare name of the tagger's as a
place, ``ArticleView.is_place_name``: see benchmarks/audits/s36-loctail.)

Sentences written with placeholder names (no readable page names these sites).
"""

from __future__ import annotations

from test_place_forms import mentions, places


def test_hamlet_opening_a_mining_project() -> None:
    found = mentions("县委书记调研了张家屯铜矿开采项目。")
    assert ("张家屯", "PLACE") in found
    assert ("张家屯铜矿开采项目", "PROJECT") in found


def test_gully_opening_a_flood_works_with_its_phase() -> None:
    # the phase in brackets after 工程 still ends the name as a project's
    found = mentions("总投资9348万元的李家沟防洪治理工程(二期)正式开工建设。")
    assert ("李家沟", "PLACE") in found


def test_firm_short_form_and_school_stay_inside_the_project() -> None:
    # a firm's short form the tagger reads as a place, and a village school the project builds
    assert "大同锡" not in places("大同锡纯半导体材料项目开工")
    assert "王家窑" not in places("王家窑小学建设项目开工。")
