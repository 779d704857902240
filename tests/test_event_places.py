"""One event named in one document with and without its place, found kept as two meetings by the
fourteenth corpus audit of meetings (issue 14, benchmarks/audits/s14-meet): a headline that
writes the opening county in its short form, a headline that drops the country and county before
the edition of one half of the lead's "X暨Y", a later sentence that drops the city written in
brackets inside the lead's name (kg/resolve/event_merges.py, ``merge_event_editions``;
``[meeting] place_openers`` of ontology/patterns/resolution.toml).

The names are written for the kind (no page's names).
"""

from __future__ import annotations

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve.event_merges import merge_event_editions
from kg.resolve.keys import UnionFind


def _merged(*names: str) -> bool:
    ms = [MentionRecord(0, 0, 1, n, n, "MEETING", "head_words", 0.7) for n in names]
    ks = [f"MEETING|{n}" for n in names]
    uf = UnionFind()
    merge_event_editions(DocumentResult("d.txt", ms, [], 1), ks, uf)
    return len({uf.find(k) for k in ks}) == 1


def test_the_county_in_full_and_in_its_short_form():
    assert _merged("慈利县第三届樱花文化旅游节", "慈利第三届樱花文化旅游节")


def test_a_half_of_a_joint_name_after_the_country_and_the_county():
    assert _merged("中国·慈利第五届樱花文化旅游节暨全国山地越野赛", "第五届樱花文化旅游节")


def test_a_city_in_brackets_inside_the_name():
    assert _merged("2019年中国(常德)招商环境说明会暨项目签约仪式", "2019年中国招商环境说明会暨项目签约仪式")


def test_brackets_that_hold_no_place_stay():
    assert not _merged("全市招商推介会(工业专场)", "全市招商推介会(农业专场)")


def test_two_joint_names_sharing_a_half_stay_two():
    assert not _merged("全县森林防火工作会议暨安全生产推进会", "全县森林防火工作会议暨秸秆禁烧推进会")
