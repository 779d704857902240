"""Session 36 (s36-orgmiss2): a page's source credit names its outlet whole.

"来自:某某网财经", "「本文来源:某某晨报」", "来源: 某某APP", "来源: 某某日报社大数据智慧全媒体": the credit
opens with 来自 as with 来源 (before a colon only), and the outlet's name runs to the blank, the closing
bracket or quote, or the line's end, an app's Latin tail and up to 16 characters included
(``org.source_credit``, :func:`kg.nlp.entities.bylines.source_credit_candidates`). Credits that name no
outlet ("来源:不详", "来自甲乙县的…" without a colon, "资金来源于…") still give none. Sentences written for
these tests (甲乙 / 丙丁 placeholders).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.bylines import source_credit_candidates


def _credited(text: str) -> list[str]:
    return [text[c.start : c.end] for c in source_credit_candidates(text)]


def test_a_credit_opened_by_laizi_names_its_outlet() -> None:
    text = "项目集中开工\n时间:2023-02-01 00:00:00来自:丙丁网财经\n伴随着工程机械一同鸣笛,重大项目建设开局。"
    assert _credited(text) == ["丙丁网财经"]
    assert ("丙丁网财经", "ORG") in mentions(text)


def test_a_credit_in_corner_quotes_ends_at_the_quote() -> None:
    text = "甲乙县27个重点项目集中动工\n\n「本文来源:甲乙晨报」\n\n27个重点项目集中破土动工。"
    assert _credited(text) == ["甲乙晨报"]
    assert ("甲乙晨报", "ORG") in mentions(text)


def test_an_apps_latin_tail_and_a_long_name_are_part_of_the_outlet() -> None:
    text = "2021-09-23 来源: 甲乙APP\n\n9月22日下午,甲乙区重点项目签约。"
    assert _credited(text) == ["甲乙APP"]
    text = "2022-05-21 00:06:07    来源:   丙丁日报社大数据智慧全媒体\n\n5月20日上午,二季度重大项目开工。"
    assert _credited(text) == ["丙丁日报社大数据智慧全媒体"]
    assert ("丙丁日报社大数据智慧全媒体", "ORG") in mentions(text)


def test_credits_that_name_no_outlet_give_none() -> None:
    assert _credited("来自甲乙县的企业家代表出席签约仪式。") == []
    assert _credited("本文来自:https://example.com/a.html\n") == []
    assert _credited("2023-01-02 来源:不详\n日前,甲乙县举行签约。") == []
    assert _credited("项目资金来源于甲乙银行贷款和自筹。") == []
    assert _credited("来源:发布时间:2024-01-26\n") == []


def test_credits_read_before_are_unchanged() -> None:
    text = "来源:甲乙融媒 编辑:王某 时间:2023-07-11 来源:丙丁网-丙丁日报 作者:李某"
    assert _credited(text) == ["甲乙融媒", "丙丁网", "丙丁日报"]
