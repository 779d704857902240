"""An empty source credit followed by the page's next field (s16-byline, issue 14): the field's
label is no outlet ("来源:发布时间:…" read 发布 as an organisation, "来源: 打印正文" 打印正文), and a
credit that names its outlet still gives it. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_org_round3 import orgs


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("来源:发布时间:2023-05-01 10:02\n5月1日,云州县举行项目开工仪式。", "发布"),
        ("来源: 发布时间:2023-05-01 10:02\n5月1日,云州县举行项目开工仪式。", "发布"),
        ("发布日期:2016-06-08 浏览: 作者: 来源: 打印正文\n5月1日,云州县举行项目开工仪式。", "打印正文"),
        ("來源:點擊數:1024\n5月1日,雲州縣舉行項目開工儀式。", "點擊數"),
    ],
)
def test_an_empty_credit_names_no_outlet(nlp, text, not_org):
    assert not_org not in orgs(nlp, text)


def test_a_credit_that_names_its_outlet_still_gives_it(nlp):
    text = "来源:溪南日报 发布时间:2023-05-01 10:02\n5月1日,云州县举行项目开工仪式。"
    assert "溪南日报" in orgs(nlp, text)
