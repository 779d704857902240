"""Investors and amounts, session 13 corpus audit of issue 14 (benchmarks/audits/s13-amount).

A company that is the subject of investing an amount and then of building: "X投资10亿元建设Y",
"X总投资50亿元建设Y". The verb 投资 takes the amount, not the project; the building verb after it
names what X invests in (as "X计划投资12亿元，建设Y" already did). Sentences of the kind, names
invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from test_project_clauses import investors


def test_a_company_investing_an_amount_invests_in_what_it_then_builds(nlp):
    text = "蓝湾新材料有限公司投资8亿元建设年产5万吨环保涂料项目，占地200亩。"
    assert ("蓝湾新材料有限公司", "年产5万吨环保涂料项目") in investors(nlp, text)
    assert amounts(nlp, text) == {("年产5万吨环保涂料项目", 800_000_000)}


def test_a_company_s_total_investment_before_the_building_verb(nlp):
    text = "绿岭能源集团总投资12亿元建设风光储一体化示范项目。"
    assert ("绿岭能源集团", "风光储一体化示范项目") in investors(nlp, text)


def test_a_comma_may_stand_between_the_amount_and_the_building_verb(nlp):
    text = "华信物流有限公司投资6000万元，建设东岳冷链仓储中心项目。"
    assert ("华信物流有限公司", "东岳冷链仓储中心项目") in investors(nlp, text)


def test_a_company_building_a_list_invests_in_each_item_and_the_sum_is_no_item_s(nlp):
    text = "振禾能源集团有限公司总投资9亿元建设年产3万吨储能电池项目、年产2万套光伏支架项目。"
    got = investors(nlp, text)
    assert ("振禾能源集团有限公司", "年产3万吨储能电池项目") in got
    assert ("振禾能源集团有限公司", "年产2万套光伏支架项目") in got
    assert not amounts(nlp, text)


def test_a_project_right_after_the_verb_is_still_what_the_company_invests_in(nlp):
    text = "青禾食品有限公司投资年产10万吨果蔬罐头项目，总投资3亿元。"
    assert ("青禾食品有限公司", "年产10万吨果蔬罐头项目") in investors(nlp, text)


def test_an_amount_and_de_before_the_project_are_unchanged(nlp):
    text = "青禾食品有限公司投资3亿元的年产10万吨果蔬罐头项目正式开工。"
    assert ("青禾食品有限公司", "年产10万吨果蔬罐头项目") in investors(nlp, text)
