"""Whose yuan a bare 元 is (kg.nlp.relations.page_currency): a page of Taiwan, Hong Kong or Macau
writes its own dollar as 元, a mainland page the renminbi. Sentences of the kind, with placeholder
names; the divisions of the place evidence are picked from the gazetteer by kind, not by name."""

from __future__ import annotations

import pytest

from kg.ingest import segment_document
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import analyse_article
from kg.nlp.relations.page_currency import local_currency


def currencies(nlp, text: str) -> list[tuple[int, str]]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    return sorted((r.value["amount"], r.value["currency"]) for r in doc._.relations if r.type == "invested_amount")


def _codes() -> tuple[str, str, str, str]:
    """A Taiwan county, Taiwan as a whole, a mainland county and Hong Kong, by kind."""
    gaz = load_gazetteer()
    taiwan = next(d for d in gaz.divisions.values() if d.code.startswith("71") and d.parent_code is None)
    county = next(d for d in gaz.divisions.values() if d.parent_code == taiwan.code)
    mainland = next(d for d in gaz.divisions.values() if d.level == "county" and d.code[:2] not in ("71", "81", "82"))
    return county.code, taiwan.code, mainland.code, "81"


def test_divisions_of_one_region_below_its_name_give_its_currency():
    county, taiwan, mainland, hong_kong = _codes()
    assert local_currency("某某公司投资20亿元", {county}) == "TWD"
    assert local_currency("某某公司投资20亿元", {county, taiwan}) == "TWD"
    # A mainland division, 人民币, or a second local currency: no clear evidence, CNY stays.
    assert local_currency("某某公司投资20亿元", {county, mainland}) is None
    assert local_currency("某某公司投资20亿元,另投资人民币1亿元", {county}) is None
    assert local_currency("某某公司投资20亿元,另捐出100万港元", {county}) is None


def test_the_region_named_as_a_whole_is_no_evidence():
    # Mainland pages name 台湾 and 香港 as whole regions (台商, 港资): the page may be anywhere.
    _, taiwan, _, hong_kong = _codes()
    assert local_currency("台湾某某公司投资20亿元", {taiwan}) is None
    assert local_currency("香港某某公司投资20亿元", {hong_kong}) is None
    assert local_currency("某某公司投资20亿元", set()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One local currency named on the page, nothing of the mainland: its 元 is that currency.
        ("某某科技公司今日宣布，年產2萬噸碳纖維項目總投資20億元，公司去年營收達新台幣50億元。", "TWD"),
        ("某某集团今日宣布，年产2万吨碳纤维项目总投资50亿元，另捐出1000万港元。", "HKD"),
        # A mainland county, 人民币, or two local currencies: CNY.
        ("某某集团今日宣布，在玛多县兴建的年产2万吨碳纤维项目总投资50亿元，另捐出1000万港元。", "CNY"),
        ("某某集团今日宣布，年产2万吨碳纤维项目总投资50亿元，另捐出人民币1000万元。", "CNY"),
        ("某某集团今日宣布，年产2万吨碳纤维项目总投资50亿元，另捐出1000万港元及2000万新台币。", "CNY"),
        # Taiwan named as a whole (a Taiwan firm's project) says nothing of where the page is.
        ("台湾某某公司投资的年产2万吨碳纤维项目总投资20亿元，预计明年完工。", "CNY"),
    ],
)
def test_a_bare_yuan_takes_the_page_currency(nlp, text, expected):
    got = currencies(nlp, text)
    assert [cur for amount, cur in got if amount >= 2_000_000_000] == [expected]


def test_local_currencies_written_after_the_number(nlp):
    text = (
        "年产2万吨碳纤维项目总投资50亿新台币。年产5万吨饲料加工项目投资5000万美金。年产1万吨纸箱项目总投资3亿澳门元。"
    )
    assert currencies(nlp, text) == [(50_000_000, "USD"), (300_000_000, "MOP"), (5_000_000_000, "TWD")]
