"""``located_in`` kinds of session 19's audit (``benchmarks/audits/s19-loc``): a body whose name
opens with the party's name and then a place ("中共某县委", "中共某县委宣传部", "中共某省委")
lies in that place, as "某县委" does; a group sent out from a place and named after it
("某县代表团", "某市考察团") is not placed there. Every body here is made up; the divisions are
the gazetteer's.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_party_body_is_in_the_county_after_the_party_name(nlp):
    found = located_pairs(nlp, "本次活动由中共泾源县委、泾源县人民政府主办。")
    assert ("中共泾源县委", "泾源县") in found


def test_a_party_department_and_a_province_committee_are_placed(nlp):
    found = located_pairs(nlp, "中共镇坪县委宣传部供图。中共青海省委、青海省人民政府印发了实施意见。")
    assert ("中共镇坪县委宣传部", "镇坪县") in found
    assert ("中共青海省委", "青海省") in found


def test_a_visiting_group_is_not_placed_where_it_comes_from(nlp):
    found = located_pairs(nlp, "展会期间,岚皋县代表团与企业对接洽谈,临泽县考察团参观了园区。")
    assert not {(h, t) for h, t in found if h.endswith(("代表团", "考察团"))}


def test_the_party_body_of_the_whole_country_is_placed_nowhere(nlp):
    found = located_pairs(nlp, "中共中央办公厅、国务院办公厅印发了通知。")
    assert not {(h, t) for h, t in found if h.startswith("中共")}
