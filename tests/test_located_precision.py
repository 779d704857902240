"""``located_in`` precision on the kinds of session 17's audit (``benchmarks/audits/s17-locprec``):
a place that opens one item of a list of projects is that item's, not the list's (a province
opening the first item, a place opening a later item, a list whose items carry places of their
own), and a firm that deals with the paper's city is not placed in it by the sentence's framing
(a partner 与我市, a partner that signs 签订, a firm opened by another province or a special
region). Every name here is made up; the divisions are the gazetteer's.
"""

from __future__ import annotations

from conftest import located_pairs

from kg.nlp.document import analyse_document


def test_a_county_opening_the_first_item_of_a_closed_list_places_each_item(nlp):
    found = located_pairs(
        nlp,
        "5月8日,山西省安泽县重点项目集中开工,"
        "本次开工的安泽县红星玻璃厂扩建项目、青禾食品加工项目、东岭物流园项目等12个项目总投资30亿元。",
    )
    assert {("青禾食品加工项目", "安泽县"), ("东岭物流园项目", "安泽县")} <= found
    # items named after firms registered in the province or the city above it still share it
    found = located_pairs(
        nlp,
        "5月8日,山西省安泽县重点项目集中开工,本次开工的安泽县红星玻璃厂扩建项目、"
        "山西晋丰建材有限公司建材生产项目、临汾龙泰金属材料有限公司物流园项目等12个项目总投资30亿元。",
    )
    assert ("临汾龙泰金属材料有限公司物流园项目", "安泽县") in found


def test_a_province_opening_the_first_item_is_not_the_list_s(nlp):
    found = located_pairs(nlp, "大会现场发布了河北长丰钢材深加工项目、储能示范项目、金泰汽车模具项目等9个项目。")
    assert not {t for h, t in found if h in ("储能示范项目", "金泰汽车模具项目")}


def test_a_place_opening_a_later_item_names_that_item_only(nlp):
    found = located_pairs(
        nlp,
        "观摩团先后观摩了金泉光伏组件项目、平城区数字经济产业园项目、东方铸造技术改造项目、双鹤食品加工项目等项目。",
    )
    assert not {h for h, t in found if t.startswith("平城") and h in ("东方铸造技术改造项目", "双鹤食品加工项目")}
    found = located_pairs(
        nlp,
        "全省集中开工的项目包括:太原东湖大数据中心项目、大同新一代显示面板项目、晋中榆次高端芯片项目、长治装备产业园项目等。",
    )
    assert ("晋中榆次高端芯片项目", "大同") not in found and ("长治装备产业园项目", "大同") not in found


def test_items_that_carry_places_of_their_own_do_not_share_the_first_one(nlp):
    found = located_pairs(
        nlp, "此次开工的项目有安泽县星河小区项目、临汾市安泽县家园房产项目、安泽县钵盂农机制造项目等8个项目。"
    )
    assert ("安泽县钵盂农机制造项目", "临汾市") not in found
    assert ("安泽县星河小区项目", "安泽县") in found and ("安泽县钵盂农机制造项目", "安泽县") in found


def _home_city_facts(nlp, text: str) -> set[tuple[str, str]]:
    res = analyse_document(nlp, "d.txt", text)
    return {
        (res.mentions[r.head].text, res.mentions[r.tail].text)
        for r in res.relations
        if r.type == "located_in" and r.tail is not None and r.rule == "home_city"
    }


_CITY = "洛阳市召开重点项目推进会。洛阳市今年新签约项目42个。"


def test_a_partner_of_the_city_is_not_placed_in_it(nlp):
    text = _CITY + "10月12日,省电子信息集团与我市合作的青川科技有限公司显示模组项目举行奠基仪式。"
    heads = {h for h, _ in _home_city_facts(nlp, text)}
    assert "省电子信息集团" not in heads
    text = _CITY + "其中,我市最大的项目是由伊川县政府与苏州鸿雁纺织有限公司签订的年产5000万米面料项目。"
    assert "苏州鸿雁纺织有限公司" not in {h for h, _ in _home_city_facts(nlp, text)}


def test_a_firm_opened_by_another_province_or_region_is_not_placed_in_the_city(nlp):
    text = _CITY + "我市较大的外资项目有:香港鸿图国际投资有限公司投资的洛阳鸿图新能源有限公司,合同外资1200万美元。"
    heads = {h for h, _ in _home_city_facts(nlp, text)}
    assert "香港鸿图国际投资有限公司" not in heads


def test_a_province_s_short_form_opening_a_project_s_name_is_the_firm_s_registration(nlp):
    found = located_pairs(
        nlp, "我宣布,青山博物馆项目、广西佳丰胶合板项目、佰丰胶合板项目、广西闽丰木业胶合板项目顺利开工。"
    )
    assert not {h for h, t in found if t.startswith("广西")}
    found = located_pairs(nlp, "2023年中外知名企业四川行活动签约陕西隆兴精密制造生产基地等14个项目。")
    assert ("陕西隆兴精密制造生产基地", "陕西") not in found
    # even where the article names the province on its own; a county written before it places it
    found = located_pairs(nlp, "广西鹿山县多个胶合板项目集中开工。广西佳丰胶合板项目当天开工。")
    assert ("广西佳丰胶合板项目", "广西") not in found
