"""Spending words as the trigger of a project's total, session 15 corpus audit of issue 14
(benchmarks/audits/s15-amount2).

One kind of real news: a spending word instead of 投资: 斥资 (Taiwanese and news style) and 投入,
with the project the money builds after the amount ("斥资3亿元兴建某某中心", "投入8000万元实施某某
工程", "斥资6亿元的某某馆"); alone they also name money put into a programme or a village, no
project's total, so they count only with the project after them (计划投入/总投入 name the total as
计划投资/总投资 do). Sentences of the kind, names invented."""

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
