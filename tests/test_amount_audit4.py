"""Spending words, counts of projects and projects named in their ceremony, session 15 corpus
audit of issue 14 (benchmarks/audits/s15-amount2).

Three kinds of real news. A spending word instead of 投资: 斥资 (Taiwanese and news style) and 投入,
with the project the money builds after the amount ("斥资3亿元兴建某某中心", "投入8000万元实施某某
工程", "斥资6亿元的某某馆"); alone they also name money put into a programme or a village, no
project's total, so they count only with the project after them (计划投入/总投入 name the total as
计划投资/总投资 do). And a count of projects that makes the amount their sum, written in ways the
sum words did not read: closing the list the amount describes ("总投资27亿元的A、B、C三个项目"), after
有 ("开工的项目有10个"), or with a space ("10 个项目"). And a project named only inside its
ceremony's name ("某某项目开工仪式在某地举行。该项目总投资3亿元"): 该项目 points back to it.
Sentences of the kinds, names invented."""

from __future__ import annotations

import pytest
from conftest import invested_amounts as amounts


@pytest.mark.parametrize(
    ("text", "project", "amount"),
    [
        ("青山县政府斥资2.5亿元兴建青山县全民健身中心项目，预计明年完工。", "青山县全民健身中心项目", 250_000_000),
        ("南溪市斥资3.2亿元执行南溪大排水系治理工程，工程今日动工。", "南溪大排水系治理工程", 320_000_000),
        ("该区投入资金8600万元实施梧桐河生态修复工程，全长12公里。", "梧桐河生态修复工程", 86_000_000),
        ("绿谷科技园项目计划投入6.5亿元，建设标准厂房20栋。", "绿谷科技园项目", 650_000_000),
        ("青禾农业示范园项目总投入1.2亿元，占地500亩。", "青禾农业示范园项目", 120_000_000),
    ],
)
def test_a_spending_word_gives_the_project_built_its_total(nlp, text: str, project: str, amount: int) -> None:
    assert (project, amount) in amounts(nlp, text)


def test_spending_on_a_programme_is_no_total_of_the_project_named_before(nlp):
    text = "青禾农业示范园项目进展顺利，镇里投入300万元完善园区周边道路。"
    assert not any(amount == 3_000_000 for _, amount in amounts(nlp, text))


def test_spending_on_a_list_is_no_item_total(nlp):
    text = "县政府斥资5000万元新建石桥村文化广场项目和柳溪村便民服务中心项目。"
    assert not any(amount == 50_000_000 for _, amount in amounts(nlp, text))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an amount before a list that a count closes: the list's sum
        ("日前，某市总投资27.6亿元的青石物流城、金桥冷链市场、申兴建材市场三个项目集中开工。", 2_760_000_000),
        ("某县推出了总投资逾5亿元的百合产业园项目、蔬菜加工、市场体系建设等8个项目进行招商。", 500_000_000),
        # a count after 有, and a count written with a space
        ("绿湖现代产业园集中开工的项目有12个，计划总投资28.6亿元，其中工业项目8个。", 2_860_000_000),
        ("白沙县青禾现代农业示范园项目集中签约，12 个项目集中签约，总投资达 41.5 亿元。", 4_150_000_000),
    ],
)
def test_a_count_of_projects_makes_the_amount_a_sum(nlp, text: str, amount: int) -> None:
    assert not any(value == amount for _, value in amounts(nlp, text))


def test_items_with_amounts_of_their_own_before_a_count_keep_them(nlp):
    text = "总投资5亿元的青松产业园项目、总投资3亿元的白桦物流园项目等5个项目集中开工。"
    assert {("青松产业园项目", 500_000_000), ("白桦物流园项目", 300_000_000)} <= amounts(nlp, text)


def test_a_project_having_several_parts_is_no_count_of_projects(nlp):
    text = "青禾现代农业示范园项目有3个地块，总投资3亿元，占地800亩。"
    assert ("青禾现代农业示范园项目", 300_000_000) in amounts(nlp, text)


@pytest.mark.parametrize(
    ("text", "project", "amount"),
    [
        (
            "与此同时，青松木材加工项目开工仪式在白塔乡举行。该项目位于白塔乡工业区，计划总投资3亿元，分3期建设。",
            "青松木材加工项目",
            300_000_000,
        ),
        (
            "3月5日，由华农集团投资建设的北岭万头奶牛生态牧场项目签约仪式在县城举行。该项目规划4个养殖场，总投资12亿元。",
            "北岭万头奶牛生态牧场项目",
            1_200_000_000,
        ),
    ],
)
def test_a_project_named_in_its_ceremony_takes_the_total_of_the_next_sentence(
    nlp, text: str, project: str, amount: int
) -> None:
    assert (project, amount) in amounts(nlp, text)


def test_a_ceremony_project_takes_no_amount_the_next_sentence_does_not_point_back(nlp):
    text = "青松木材加工项目开工仪式在白塔乡举行。白塔乡工业区总投资3亿元，已入驻企业12家。"
    assert not any(amount == 300_000_000 for _, amount in amounts(nlp, text))
