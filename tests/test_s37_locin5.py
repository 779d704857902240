"""Session 37 (s37-locin5): a project whose name opens with a local place (no park or zone) that
itself opens with a county the article names is in that county too
(:mod:`kg.nlp.relations.located_site_county`, rule ``site_county_opening``).

Sentences written for the test (no readable page names these sites).
"""

from __future__ import annotations

from test_relations import relations_of


def test_a_scenic_area_opened_by_the_county_places_the_project_in_the_county(nlp) -> None:
    text = "平武县召开重点项目推进会,平武虎牙湖景区旅游基础设施建设项目年内完工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "平武虎牙湖景区旅游基础设施建设项目", "平武") in got
    assert ("located_in", "平武虎牙湖景区旅游基础设施建设项目", "平武虎牙湖景区") in got


def test_the_county_not_named_in_full_places_nothing_more(nlp) -> None:
    # the short form alone on the page: the scenic area is all kg gives
    got = relations_of(nlp, "平武虎牙湖景区旅游基础设施建设项目年内完工。", "located_in")
    assert ("located_in", "平武虎牙湖景区旅游基础设施建设项目", "平武") not in got


def test_a_zone_opened_by_the_county_keeps_the_project_in_the_zone_alone(nlp) -> None:
    # GUIDE / the golds: what lies in a development zone lies in the zone, the zone in the county
    text = "平武县召开重点项目推进会,平武工业园区标准厂房项目年内完工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "平武工业园区标准厂房项目", "平武工业园区") in got
    assert ("located_in", "平武工业园区标准厂房项目", "平武") not in got
