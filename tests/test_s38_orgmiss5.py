"""Session 38 (s38-orgmiss5): firms named by their short names in a list the text closes as firms.

"考察了甲乙食品、鑫丙洋模塑、林丁翔模具、华宇光电科技等企业", "招引了甲乙技术、华宇光电、丙丁机床等一大批优质
企业", "其中甲乙、华宇科技等8家企業": a "、" list closed by a class word of firms (``org.listed_bodies``,
:func:`kg.nlp.entities.listed_bodies.listed_bodies`) names firms; two items make one where one is a body
already, a quantity or a quality may stand before the class, and a person the tagger reads at the
start of an item that goes on past it ("鑫丙洋/PER|模塑") is the firm's brand. A list of trades
("金融、建筑、制造等企业"), of persons, an item that is a business word alone after the clause's verb
("考察了开创|食品" -> no "食品") give no new body, and a first item that a body ends is cut past the clause's
verb ("走访了|甲乙集团", "邀请|市人大常委会").
Sentences written for these tests (甲乙 / 丙丁 placeholders).
"""

from __future__ import annotations

from test_entities import mentions


def test_a_person_read_in_a_firm_item_does_not_hide_it() -> None:
    found = mentions("代表团先后考察了甲乙食品、鑫丙洋模塑、林丁翔模具、华宇光电科技等企业。")
    assert ("鑫丙洋模塑", "ORG") in found
    assert ("林丁翔模具", "ORG") in found
    assert ("鑫丙洋", "PERSON") not in found


def test_a_quantity_and_a_quality_before_the_class_close_a_list_of_firms() -> None:
    found = mentions("去年成功招引了甲乙技术、华宇光电、丙丁机床等一大批优质企业。")
    assert ("甲乙技术", "ORG") in found
    assert ("丙丁机床", "ORG") in found


def test_two_items_with_one_body_and_a_count_of_firms_are_firms() -> None:
    found = mentions("其中甲乙、华宇科技等8家企業表達投資意願。")
    assert ("甲乙", "ORG") in found
    assert ("华宇科技", "ORG") in found


def test_no_body_from_trades_persons_a_bare_business_word_or_a_named_body() -> None:
    assert not [m for m in mentions("也愿意与当地的金融、建筑、制造、商贸等企业合作。") if m[1] == "ORG"]
    assert not [m for m in mentions("将带动现代五金、电子信息等300多家企业落户。") if m[1] == "ORG"]
    assert not [m for m in mentions("市长甲乙、副市长丙丁等企业代表出席") if m[1] == "ORG"]
    found = mentions("调研组走访了甲乙集团、丙丁公司等多家企业。")
    assert ("调研组走访了甲乙集团", "ORG") not in found
    assert ("甲乙集团", "ORG") in found
    found = mentions("邀请市人大常委会、市政协、市委政法委等多家单位旁听庭审。")
    assert ("邀请市人大常委会", "ORG") not in found
    assert ("市人大常委会", "ORG") in found
