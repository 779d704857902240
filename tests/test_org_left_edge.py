"""The left edge of an organisation's name (issue 14, corpus audit of s10-names: names that
took in the words before them on pages of five sites): a unit described before the name
("医联体单位|某某县中医医院"), a locative ("活动|中|某某市委会"), people joined by 和
("省政协领导|和|某某大学"), a name that opens with 中国 ("某某科学城|中国科学院某某研究所").
Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {name for name, label in mentions(text) if label == "ORG"}


def test_a_unit_described_before_the_name_is_no_part_of_it():
    got = orgs("医院向医联体单位青溪县中医医院捐赠了一批设备。")
    assert "青溪县中医医院" in got
    assert not {o for o in got if o.endswith("青溪县中医医院") and o != "青溪县中医医院"}


def test_a_locative_bounds_a_name_on_the_left():
    got = orgs("活动中青溪市委会每场派出专家5名。")
    assert not {o for o in got if o.startswith("活动")}


def test_people_joined_by_he_to_a_body_are_no_part_of_its_name():
    got = orgs("充分体现了省政协领导和青溪医科大学各位专家的关怀。")
    assert not {o for o in got if "领导" in o}


def test_a_name_that_opens_with_zhongguo_starts_there():
    got = orgs("考察了上海张江科学城中国科学院光学研究所的实验室。")
    assert "中国科学院光学研究所" in got
