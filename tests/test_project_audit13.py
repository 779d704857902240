"""Projects, session 17 project-edges round of issue 14 (benchmarks/audits/s17-projedge): a
programme's or a campaign's class of projects, a clause's verb run into a project's left edge, and a
bare head word after a conjunction.

A government's or a campaign's programme word before the head names its list of works, no project
("区政府实事项目", "某县集中开复工项目", "“某某”攻坚项目": real-pages-10, 2 pages of 2 sites of the
audit's A). A verb of reporting, of winning a bid or of a visit stops a project's name on the left
("…方式报告|某县春季项目", "某某联合体中标|某某产业园项目", "一行先后到|甲家具、乙产业园区…":
real-pages-10, real-pages-11, 1 page of A). "某某大使及项目代表": the head after a conjunction is the
bare noun (real-pages-11). Sentences of the kind, names invented."""

from __future__ import annotations

import pytest
from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


@pytest.mark.parametrize(
    "text",
    [
        "会议听取了2023年区政府实事项目完成情况的汇报。",
        "会上听取了市政府民生实事候选项目情况汇报。",
        "此次青川县集中开复工项目共25个，总投资40亿元。",
        "全县以“真抓实干”攻坚项目建设，抓实招商引资。",
        "会议听取了2022年度青禾湾共同基金项目实施情况的汇报。",
    ],
)
def test_a_programmes_class_of_projects_is_no_project(text: str) -> None:
    assert projects(text) == set()


def test_a_named_project_of_the_same_sentence_stays() -> None:
    found = projects("青川县集中开复工项目中，青禾港物流产业园项目总投资8亿元。")
    assert found == {"青禾港物流产业园项目"}


def test_a_verb_of_reporting_ends_the_name_and_leaves_a_class() -> None:
    assert projects("县委书记通过视频连线方式报告青川县秋季项目进展。") == set()


def test_a_verb_of_winning_a_bid_ends_the_name() -> None:
    assert projects("某某建工联合体中标青禾港物流产业园项目。") == {"青禾港物流产业园项目"}


def test_a_visits_clause_is_cut_from_the_first_item() -> None:
    found = projects("调研组一行分别到青禾家具、宏达电商产业园区、丰源化肥、华泰食品等项目现场调研。")
    assert "青禾家具" in found
    assert not any("调研组" in p for p in found)


def test_a_head_after_a_conjunction_is_the_bare_noun() -> None:
    assert projects("会议邀请了厦门市招商大使及项目代表参加。") == set()
    assert projects("青禾港物流产业园项目及配套工程同步开工。") >= {"青禾港物流产业园项目"}
