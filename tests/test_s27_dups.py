"""One thing kept as two in one document, session 27 (benchmarks/audits/s27-dups).

A company named in full and in a short form that leaves words out of it (real-pages-30 r04,
-23 f03, f10), and a division named in full and by a bare short form the gazetteer does not
read, or reads as another division (real-pages-30 r11, -26 b02, -28 d03). Each test reads a
whole tuning page and checks which of its names resolution makes one thing, and which not.
"""

from __future__ import annotations

import pytest
from conftest import page_unit_keys

from kg.resolve.company_contractions import contracts
from kg.resolve.project_contractions import opens


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        # 其中由河南农开基金管理公司、南阳市产投集团投资共同投资建设的南阳市艾草产业园项目 (and the
        # full names 河南农开投资基金管理有限公司, 南阳市产业投资集团有限公司 elsewhere on the page)
        ("real-pages-30:r04.txt", "ORG:河南农开投资基金管理有限公司", "ORG:河南农开基金管理公司"),
        ("real-pages-30:r04.txt", "ORG:南阳市产业投资集团有限公司", "ORG:南阳市产投集团"),
        # 4月28日上午,我县与深圳市华晖集团有限公司签约仪式在九江市举行 … 华晖集团
        ("real-pages-23:f03.txt", "ORG:深圳市华晖集团有限公司", "ORG:华晖集团"),
        # 德邦公司始终专注于有机微量元素 (湖南德邦生物科技股份有限公司 in the lead)
        ("real-pages-23:f10.txt", "ORG:湖南德邦生物科技股份有限公司", "ORG:德邦公司"),
    ],
)
def test_a_company_and_its_contracted_short_form_are_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[short] == units[full]


def test_the_two_investors_of_one_sentence_stay_two(nlp) -> None:
    units = page_unit_keys(nlp, "real-pages-30:r04.txt")
    assert units["ORG:南阳市产投集团"] != units["ORG:河南农开基金管理公司"]


def test_a_group_is_no_short_form_of_its_member() -> None:
    # real-pages-12 k12 names the group 尧柏集团 and its member 和田尧柏公司 (尧柏集团和田公司): two bodies
    assert not contracts("尧柏集团", "和田尧柏公司")
    assert not contracts("尧柏集团", "尧柏集团和田公司")
    # a numbered unit of a group is another unit
    assert not contracts("中铁四局集团", "中铁十四局集团有限公司")


def test_a_group_and_its_member_stay_two_on_their_page(nlp) -> None:
    units = page_unit_keys(nlp, "real-pages-12:k12.txt")
    assert units["ORG:尧柏集团"] != units["ORG:和田尧柏公司"]


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        # 記者蔣彤雲/新竹報導 … 新竹縣長楊文科 (the gazetteer reads no 新竹: 新竹县 and 新竹市 share it)
        ("real-pages-30:r11.txt", "PLACE:新竹县", "PLACE:新竹"),
        # 橫跨台北、新北、基隆三市的基隆捷運，昨天由新北市與基隆市政府共同舉辦 (the gazetteer reads 新北 as
        # a district of 常州)
        ("real-pages-26:b02.txt", "PLACE:新北市", "PLACE:新北"),
        # 聯合報／ 記者李宗祐／嘉義即時報導 … 嘉義縣
        ("real-pages-28:d03.txt", "PLACE:嘉县", "PLACE:嘉义"),
    ],
)
def test_a_division_and_its_bare_short_form_are_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[short] == units[full]


def test_a_short_form_the_page_does_not_name_in_full_keeps_its_reading(nlp) -> None:
    # b02 names 台北 and 基隆 by their short forms, each read by the gazetteer: they stay
    # those cities, and 新北 does not take 台北's key
    units = page_unit_keys(nlp, "real-pages-26:b02.txt")
    assert units["PLACE:台北"] == "PLACE|code:7101"
    assert units["PLACE:新北"] != units["PLACE:台北"]


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        # 在主会场开工的海门中心总部经济项目总投资50亿元 … 海门中心项目位于北部新城总部经济核心区
        ("real-pages-31:s03.txt", "PROJECT:海门中心总部经济项目", "PROJECT:海门中心项目"),
        # 主要有南山口240万千瓦抽水蓄能、鲁能格尔木… … 南山口240万千瓦抽水蓄能电站项目总投资171亿元
        ("real-pages-30:r08.txt", "PROJECT:南山口240万千瓦抽水蓄能电站项目", "PROJECT:南山口240万千瓦抽水蓄能"),
        # 举行青海河南20兆瓦光伏电站开工仪式 … 青海河南20兆瓦光伏电站并网发电特许权项目,位于黄南州河南县托叶玛
        ("real-pages-28:d10.txt", "PROJECT:青海河南20兆瓦光伏电站并网发电特许权项目", "PROJECT:青海河南20兆瓦光伏电站"),
    ],
)
def test_a_project_named_by_the_opening_of_its_full_name_is_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[short] == units[full]


def test_an_opening_without_its_class_word_or_with_another_phase_is_another_project() -> None:
    assert not opens("某某大道", "某某大道延伸段", 6)  # a road and its extension
    assert not opens("某某产业园项目", "某某产业园二期项目", 6)
    # real-place2 p08: 阿图什市人民医院分院建设项目 and its 配套项目 are two works of one hospital
    assert not opens("阿图什市人民医院分院建设项目", "阿图什市人民医院分院配套项目", 6)
    assert opens("某某中心项目", "某某中心总部经济项目", 6)
