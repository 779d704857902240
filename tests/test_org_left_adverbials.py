"""An organisation's name found from its head word ends on the left at a time word or a
locative before it (the s12-org audit: 3 pages of 3 sites): "今(4)日上午|某某联谊会" (a part of the
day the tagger reads as a noun), "现在|某某小学", "严峻形势|下|某某公司". Sentences and names
invented for these tests."""

from __future__ import annotations

import pytest
from test_org_round3 import orgs

from kg.normalize import to_simplified


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("今(5)日上午全國青年創業聯誼會捐助縣政府100萬元。", "全国青年创业联谊会", "(5)日上午全国青年创业联谊会"),
        ("现在金桥实验学校的老师们正在备课。", "金桥实验学校", "现在金桥实验学校"),
        ("对严峻形势下远丰川达公司取得的成绩表示肯定。", "远丰川达公司", "严峻形势下远丰川达公司"),
    ],
)
def test_a_time_word_or_a_locative_bounds_a_body_on_the_left(nlp, text, org, not_org):
    found = {to_simplified(o) for o in orgs(nlp, text)}
    assert org in found
    assert not_org not in found
