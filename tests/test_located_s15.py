"""``located_in`` for a county written under its former level word and for a town's own bodies
named by the town's short form (issue 14, audited in ``benchmarks/audits/s15-loc``).

* "某市某县某镇" where the county is now a city or a district ("普宁县", now 普宁市): the
  county is one place, not a place inside its own current name, and the town after it is in it.
* "某某镇…某某中心小学、某某卫生院": a school, clinic or police station opened by the short form
  of a town the article names in full is in the town.

The towns, schools and projects are made up; the counties are real divisions (the rule reads
the gazetteer), none of them from a page of the pool.
"""

from __future__ import annotations

from conftest import located_pairs

import kg


def _built(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """The ``located_in`` facts (head, tail labels) and the place labels of a built graph."""
    G = kg.build(text, progress=False)
    rel = G.relations[G.relations.type == "located_in"]
    places = set(G.entities[G.entities.type == "PLACE"].label)
    return set(zip(rel.head_label, rel.tail_label, strict=True)), places


def test_a_county_under_its_former_level_word_holds_the_town_after_it():
    # 普宁县 is now the county-level city 普宁市: one place, not one inside the other
    found, places = _built("揭阳市普宁县青禾镇社区工厂吸纳就业200人。")
    assert {("青禾镇", "普宁县"), ("普宁县", "揭阳市")} <= found
    assert "普宁市" not in places
    assert not any("普宁市" in (head, tail) for head, tail in found)


def test_a_district_under_its_former_county_name_holds_the_town_after_it():
    found, places = _built("在西宁市湟中县青禾镇,一批项目集中开工。")
    assert {("青禾镇", "湟中县"), ("湟中县", "西宁市")} <= found
    assert "湟中区" not in places


def test_a_towns_school_and_clinic_named_by_its_short_form(nlp):
    text = "近年来,青禾镇加大教育投入,青禾中心小学综合楼和青禾卫生院新院区相继建成。"
    found = located_pairs(nlp, text)
    assert ("青禾中心小学", "青禾镇") in found


def test_the_town_named_in_full_only_as_a_prefix_counts(nlp):
    text = "石湾镇郭家小学校舍竣工。(石湾小学 供稿)"
    assert ("石湾小学", "石湾镇") in located_pairs(nlp, text)


def test_no_town_named_in_full_no_fact(nlp):
    text = "青禾中心小学综合楼建成启用。"
    assert not any(head == "青禾中心小学" for head, _ in located_pairs(nlp, text))


def test_a_short_form_that_also_names_a_county_places_nothing(nlp):
    # 凤台 is 凤台县's short form too: whose school 凤台中学 is, is not said
    text = "凤台镇位于某地。凤台中学举行开学典礼。"
    assert ("凤台中学", "凤台镇") not in located_pairs(nlp, text)


def test_a_company_is_no_town_body(nlp):
    text = "青禾镇加快发展工业,青禾机械有限公司新厂房投产。"
    assert ("青禾机械有限公司", "青禾镇") not in located_pairs(nlp, text)
