"""One organisation kept as two in one document, session 31 (benchmarks/audits/s31-dups).

A body named in full and by an abbreviation that keeps the first and last characters of its name
and some characters between, in order (kg/resolve/org_initials.py, ``org.initials``): "天物集团" for
"天津物产集团" (real-pages-39 ba06), "中铁集团" for "中国铁路工程集团有限公司" (real-amount d01),
"歐盟" for "歐洲聯盟" (real-pages-29 e05), "高市經發局" for "高雄市經發局" (real-pages-24 w07),
"交行" for "交通銀行" (real-org o08). Each test reads a whole tuning page; the others check the
bodies that must stay apart: a level body beside another body of its place (市委 / 市发改委), a
branch, a sister body ("浙江大学" / "浙江工业大学").
"""

from __future__ import annotations

import pytest
from conftest import page_unit_keys

from kg.resolve.org_initials import abbreviates_initials


@pytest.mark.parametrize(
    ("page", "full", "short"),
    [
        # 天津物产集团总经理刘伟平到静海考察 … 指出,天物集团作为一家世界500强企业
        ("real-pages-39:ba06.txt", "ORG:天津物产集团", "ORG:天物集团"),
        # 中铁集团投资22亿元开发建设妈祖城 … 中国铁路工程集团有限公司与莆田市政府已正式签订协议
        ("real-amount:d01.txt", "ORG:中国铁路工程集团有限公司", "ORG:中铁集团"),
        # 積極推動澳門與歐洲聯盟(「歐盟」)的雙邊關係發展
        ("real-pages-29:e05.txt", "ORG:欧洲联盟", "ORG:欧盟"),
        # 高市經發局聯手南科、加工處招商 … 高雄市經發局聯手南科管理局、經濟部加工處舉辦
        ("real-pages-24:w07.txt", "ORG:高雄市经发局", "ORG:高市经发局"),
        # 在交通銀行服務鄂州高質量發展現場推進會上,交行與鄂州城控 … 簽訂
        ("real-org:o08.txt", "ORG:交通银行", "ORG:交行"),
    ],
)
def test_an_abbreviation_and_its_full_name_are_one(nlp, page: str, full: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[full] == units[short]


def test_a_bank_is_not_its_branch(nlp) -> None:
    # 1月22日,交通銀行鄂州分行正式成立 … 交行省分行黨委書記 (the bank's province branch)
    units = page_unit_keys(nlp, "real-org:o08.txt")
    assert units["ORG:交行"] != units["ORG:交通银行鄂州分行"]
    assert units["ORG:交行省分行"] != units["ORG:交通银行鄂州分行"]


def test_a_city_committee_is_not_another_body_of_its_city(nlp) -> None:
    # 副主任金国军、付乃恂,市发改委、市商务委、市规资局、市住建委 … (and the page's 市委)
    units = page_unit_keys(nlp, "real-pages-32:t07.txt")
    assert units["ORG:市委"] not in {units["ORG:市发改委"], units["ORG:市商务委"], units["ORG:市住建委"]}


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("浙江大学", "浙江工业大学"),  # seeds 002: two universities
        ("重庆银行", "重庆三峡银行"),  # real-pages-2 q09: two banks
        ("安康市委", "安康市发改委"),  # real-pages-30 r05: the city's committee and its commission
        ("工行", "工商银行什邡支行"),  # real-pages-31 s11: the bank and a branch
        ("北京市投资促进局", "北京市通州区投资促进局"),  # real-pages-28 d01: a district's body
        ("中南大学湘雅医院", "中南大学湘雅二医院"),  # real-meet2 m10: another hospital
    ],
)
def test_bodies_of_their_own_are_no_abbreviations(short: str, full: str) -> None:
    assert not abbreviates_initials(short, full)
