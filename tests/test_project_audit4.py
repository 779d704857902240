"""Projects, session 12 corpus audit of issue 14 (benchmarks/audits/s12-proj): three mechanisms that
recur across sites.

- A project named inside the ceremony that starts or signs it ("某某项目开工仪式在…举行") is a
  project mention of its own, not only part of the event's name.
- What a named project is said to be ("A项目是某县东西部协作帮扶项目，…", "作为某省援疆项目之一的A项目")
  is a description, no project; the total in the clause after it is A's.
- A verb that pushes a campaign of project building ("紧抓项目建设", "掀起项目建设热潮") is no part
  of a project's name.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_project_named_in_its_groundbreaking_ceremony_is_a_mention():
    found = projects("5月6日上午,青石县金穗农产品冷链物流园项目开工仪式在城东新区举行。")
    assert "青石县金穗农产品冷链物流园项目" in found
    found = projects("10月9日,鹤鸣科技年产2万吨新型建材项目签约仪式在县会议中心举行。")
    assert "鹤鸣科技年产2万吨新型建材项目" in found


def test_a_ceremony_of_a_class_of_projects_names_no_project():
    assert not projects("3月1日,全县第一季度重大项目集中开工仪式在工业园区举行。")


def test_a_class_before_zhiyi_is_no_project():
    found = projects("作为江东省产业援疆项目之一的华泰纺织10万锭棉纺项目当日开工建设。")
    assert "江东省产业援疆项目" not in found
    assert "华泰纺织10万锭棉纺项目" in found


def test_what_a_project_is_said_to_be_is_no_project():
    text = "据了解,金湖200MW农光互补光伏发电项目是青禾区和金湖县东西部协作定点帮扶项目,项目总投资8亿元。"
    found = projects(text)
    assert "金湖县东西部协作定点帮扶项目" not in found
    assert "金湖200MW农光互补光伏发电项目" in found


def test_two_projects_of_one_clause_without_a_copula_are_both_kept():
    found = projects("金湖200MW农光互补光伏发电项目与青禾乡肉牛育肥基地建设项目同时开工。")
    assert {"金湖200MW农光互补光伏发电项目", "青禾乡肉牛育肥基地建设项目"} <= found


def test_the_total_after_a_description_is_the_named_project_s(nlp):
    text = "其中,宏泰化工30万吨/年磷铵项目是国家级南江磷化工基地的主要建设项目之一,项目总投资27.2亿元。"
    assert amounts(nlp, text) == {("宏泰化工30万吨/年磷铵项目", 2_720_000_000)}


def test_a_campaign_verb_before_project_building_makes_no_name():
    assert not projects("今年以来,青山乡紧抓项目建设这个“牛鼻子”,经济指标稳步增长。")
    assert not projects("一声号令,齐鲁大地掀起项目建设热潮。")
    assert not projects("2021年,东港镇持续掀起项目建设热潮。")


def test_a_named_project_after_a_campaign_verb_keeps_its_name():
    found = projects("该县加快推进金穗农产品冷链物流园项目建设,力争年底投用。")
    assert "金穗农产品冷链物流园项目" in found
