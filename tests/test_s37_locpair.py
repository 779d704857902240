"""Session 37 (s37-locpair): a local site the tagger alone reads, opening a project's name, places
the project (GUIDE.md scores the site that opens a project's name):
:func:`kg.nlp.relations.located_sites.site_opens_project`, read by ``place_prefix``.

Sentences written with placeholder names (no readable page names these sites).
"""

from __future__ import annotations

from test_relations import relations_of


def test_hamlet_opening_a_mining_project_places_it(nlp) -> None:
    got = relations_of(nlp, "县委书记调研了张家屯铜矿开采项目。", "located_in")
    assert ("located_in", "张家屯铜矿开采项目", "张家屯") in got


def test_gully_opening_flood_works_with_a_phase_places_them(nlp) -> None:
    got = relations_of(nlp, "总投资9348万元的李家沟防洪治理工程(二期)正式开工建设。", "located_in")
    assert ("located_in", "李家沟防洪治理工程(二期)", "李家沟") in got


def test_a_continent_opening_a_project_places_nothing(nlp) -> None:
    # "澳洲": the stem is a country's short form, the project is no project in Australia
    got = relations_of(nlp, "澳洲淡水龙虾育苗基地项目近日开工。", "located_in")
    assert not any(t == "澳洲" for _, _, t in got)


def test_a_brand_opening_a_project_places_nothing(nlp) -> None:
    # no site character at its end: the investor's brand, not a place
    got = relations_of(nlp, "某某高性能纤维项目捷报频传,正在向着年底试车目标冲刺。", "located_in")
    assert got == set()
