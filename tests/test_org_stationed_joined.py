"""Two organisation shapes of the s14-org corpus audit (issue 14): offices a body keeps in
another place, "body + 驻 + place + office" (the tagger reads 驻 as a verb and the name was cut
to the body, or missed), and two names joined by a conjunction where the tagger ended the first
name at the conjunction (they were read as one body). Names and sentences invented for these
tests."""

from __future__ import annotations

from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_body_and_its_stationed_office_are_one_name():
    assert "青岭省人民政府驻深圳办事处" in orgs("青岭省人民政府驻深圳办事处主任王建林出席签约仪式。")


def test_a_country_and_its_consulate_are_one_name():
    assert "乌拉圭驻武汉总领事馆" in orgs("乌拉圭驻武汉总领事馆总领事卡洛斯出席开幕式。")


def test_an_office_named_without_its_body_in_a_credit():
    assert "驻釜山总领事馆" in orgs("来源:(驻釜山总领事馆)")


def test_no_office_without_a_place_or_an_office_word():
    assert not any("驻" in o for o in orgs("他常驻北京办公多年。"))
    assert not any("驻" in o for o in orgs("驻村工作队队长张华走访农户。"))


def test_a_generic_opener_names_no_one_office():
    assert not any(o.endswith("总领事馆") for o in orgs("代表团拜访了多国驻沪总领事馆。"))


def test_a_place_and_a_company_joined_by_a_conjunction_are_two_names():
    got = orgs("代表团先后考察了浙江安吉县和深圳云帆公司。")
    assert "深圳云帆公司" in got and not any("和" in o for o in got)
    got = orgs("代表团参观了苏州工业园区和ABTEC公司。")
    assert "ABTEC公司" in got and not any("和" in o for o in got)


def test_a_body_the_tagger_ran_onto_the_conjunction_is_cut_there():
    got = orgs("华南一建与航科集团有着多年的合作。")
    assert {"华南一建", "航科集团"} <= got and not any("与" in o for o in got)


def test_a_conjunction_inside_one_name_stays():
    assert "青岭大学经济与管理学院" in orgs("青岭大学经济与管理学院院长张华出席。")
    assert "市文化和旅游局" in orgs("市文化和旅游局局长出席会议。")
    assert "北京协和医院" in orgs("北京协和医院专家到场义诊。")


def test_a_level_body_named_by_two_fields_stays_one_name():
    assert "自治区工业和信息化厅" in orgs("自治区工业和信息化厅副厅长白明表示")
    assert "省工业和信息化厅" in orgs("省工业和信息化厅厅长出席。")
