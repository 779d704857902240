"""How amounts are read and when they are a sum, session 15 corpus audit of issue 14
(benchmarks/audits/s15-amount).

Two kinds of real news. Words between the trigger and the number that the amount grammar did
not allow, so the project's total went unread: an estimate (总投资估算为, 总投资概算, 总投资初步
估算), 金额 after 投资 (总投资金额约), 高达, two qualifiers in a row (投资总额预计约), a qualifier
after a currency written before the number (人民币约). And a count of projects whose class words
stand between the count and its head (五项大型基建项目, 37项重大水利工程, 4个超大型数据中心项目):
the amount after it is the sum of the count, which had been given to one project named nearby.
Sentences of the kinds, names invented."""

from __future__ import annotations

import pytest
from conftest import invested_amounts as amounts

from kg.nlp.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "amount", "qualifier", "currency"),
    [
        ("该项目投资总额预计约3.2亿元", 320_000_000, "approx", "CNY"),
        ("项目总投资概算2.8亿元", 280_000_000, "exact", "CNY"),
        ("本项目总投资估算为5600万元", 56_000_000, "exact", "CNY"),
        ("项目总投资初步估算4.5亿元", 450_000_000, "exact", "CNY"),
        ("项目总投资金额约为人民币16亿元", 1_600_000_000, "approx", "CNY"),
        ("该项目投资高达12亿元", 1_200_000_000, "exact", "CNY"),
        ("计划投资金额逾8亿元", 800_000_000, "at_least", "CNY"),
        ("公司拟投资人民币约2亿元", 200_000_000, "approx", "CNY"),
    ],
)
def test_words_between_the_trigger_and_the_number(text: str, amount: int, qualifier: str, currency: str) -> None:
    (a,) = find_amounts(text)
    assert (round(a.amount), a.qualifier, a.currency, a.scope) == (amount, qualifier, currency, "project")


def test_an_estimated_total_goes_to_the_project(nlp):
    text = "青岩湿地生态修复工程近日开工建设。该工程总投资概算2.3亿元，计划工期两年。"
    assert ("青岩湿地生态修复工程", 230_000_000) in amounts(nlp, text)


def test_two_qualifiers_in_a_row_still_give_the_total(nlp):
    text = "白鹭湾康养小镇项目正式签约。该项目投资总额预计约6.5亿元，占地300亩。"
    assert ("白鹭湾康养小镇项目", 650_000_000) in amounts(nlp, text)


def test_a_count_with_class_words_before_its_head_is_a_sum(nlp):
    text = "今年以来，南湖数字产业园已签约落户5个超大型数据中心项目，计划总投资300多亿元。"
    assert not any(amount == 30_000_000_000 for _, amount in amounts(nlp, text))


def test_a_count_of_works_named_by_their_class_is_a_sum(nlp):
    text = "今年新开工的12项重大水利工程，涵盖防洪工程、供水工程和东岭水库扩容工程等，投资规模超过900亿元。"
    assert not any(amount == 90_000_000_000 for _, amount in amounts(nlp, text))


def test_one_project_described_with_yige_is_no_sum(nlp):
    text = "该镇将打造一个现代农业示范园项目。青禾现代农业示范园项目总投资3亿元，占地800亩。"
    assert ("青禾现代农业示范园项目", 300_000_000) in amounts(nlp, text)


def test_a_count_the_project_is_one_of_is_no_sum(nlp):
    text = "东坡湾文旅综合开发项目是全市计划实施的86个重点建设项目之一，项目占地约3000亩，总投资52亿元。"
    assert ("东坡湾文旅综合开发项目", 5_200_000_000) in amounts(nlp, text)


def test_a_count_whose_items_follow_leaves_each_item_its_amount(nlp):
    text = "这次签约的两个光伏发电项目分别是远山集团投资30亿元建设800MW农光互补光伏电站项目，规划容量800MW。"
    assert ("800MW农光互补光伏电站项目", 3_000_000_000) in amounts(nlp, text)


def test_a_count_inside_a_quoted_campaign_name_is_no_sum(nlp):
    text = "青湖中心小学迁建项目是全市“两创两比、八项攻坚”项目工程，规划总建筑面积1.2万平方米，计划总投资4800万元。"
    assert ("青湖中心小学迁建项目", 48_000_000) in amounts(nlp, text)
