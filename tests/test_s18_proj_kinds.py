"""Projects, session 18 project round of issue 14 (benchmarks/audits/s18-proj).

Taiwanese papers name a project by its 案 ("某某温泉区开发案", "某乡合宜住宅案", "某某商务旅馆开发案":
real-pages p12, real-pages-2 q12, 1 page of the audit's A; 3 sites); 案 alone (提案, 预算案, 本案) names
none. A county's year between the county and its works stays in the project's name ("某县2021年某某
综合治理工程": real-pages-10, real-pages-7, real-proj; the walk used to stop at the year and keep
nothing or the works alone). The verb of a place's clause ends a project's name on the left ("某市在蓉
设立|某某生产基地", "某镇成为|省某某基地": real-proj, real-amount, real-loc). Sentences of the kind,
names invented."""

from __future__ import annotations

import pytest
from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县府表示，青潭湖商务旅馆开发案将于明年招商。", "青潭湖商务旅馆开发案"),
        ("财政处的东峰乡合宜住宅案已完成规划。", "东峰乡合宜住宅案"),
        ("该园区是溪南高铁特定区开发案的第一块拼图。", "溪南高铁特定区开发案"),
        ("观光处提出北岸滨海休闲区规划案。", "北岸滨海休闲区规划案"),
    ],
)
def test_a_taiwanese_plan_of_building_is_a_project(text: str, name: str) -> None:
    assert projects(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "县议会审议该开发案。",
        "议员质疑本开发案的环评。",
        "县议会通过总预算案及追加预算案。",
        "县府今年列管的都市更新案共有12件。",
    ],
)
def test_a_bare_or_other_case_is_no_project(text: str) -> None:
    assert projects(text) == set()


def test_a_countys_year_stays_inside_the_name() -> None:
    found = projects("调研组先后深入青川县2021年黄土高原水土流失综合治理工程、禾丰物流产业园等地。")
    assert "青川县2021年黄土高原水土流失综合治理工程" in found
    assert "黄土高原水土流失综合治理工程" not in found


def test_a_countys_year_before_common_works_keeps_the_project() -> None:
    assert projects("青川县2021年棚户区改造项目通过验收。") == {"青川县2021年棚户区改造项目"}


@pytest.mark.parametrize(
    "text",
    [
        "青川县2021年重点项目共45个。",  # a class of the county's projects, no name
        "青川县2022年第一批重点项目集中开工。",
        "青川县2023年招商引资项目签约。",
    ],
)
def test_a_countys_year_before_a_class_names_nothing(text: str) -> None:
    assert projects(text) == set()


def test_a_year_that_opens_the_name_still_ends_it() -> None:
    assert projects("2020年禾坪乡高标准农田建设项目通过验收。") == {"禾坪乡高标准农田建设项目"}


def test_the_verb_of_a_places_clause_ends_the_name() -> None:
    assert projects("溪口镇成为省塑胶工业配套产品生产研发基地。") == set()
    assert projects("青川县设立青禾现代农业示范基地。") == {"青禾现代农业示范基地"}
