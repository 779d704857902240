"""Places and ``located_in`` of the kinds that recur on the pages of session 11's place pool
(issue 14, audited in ``benchmarks/audits/s11-loc``): a town, township, street or village that
opens the name of a company or a body ("某某镇某某有限公司", "某某街道党工委") places it, though
the tagger reads the whole name as one word; a town's industrial concentration zone or small
business park ("某某镇工业集中区", "某某镇小微园") is one place, named by the town, and in it.
Every name here is made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places

from kg.nlp.entities.town_prefix import town_opening


def test_a_town_that_opens_a_company_name_places_the_company(nlp):
    text = "调研组一行先后来到柳河镇宏达建材有限公司、青禾乡丰盛农机专业合作社等地调研。"
    found = located_pairs(nlp, text)
    assert ("柳河镇宏达建材有限公司", "柳河镇") in found
    assert ("青禾乡丰盛农机专业合作社", "青禾乡") in found
    assert {"柳河镇", "青禾乡"} <= places(text)


def test_a_town_before_a_company_with_a_province_in_its_name_is_its_place(nlp):
    # the province in the company's own name is where it was registered; the town is where it is
    found = located_pairs(nlp, "县领导先后来到青禾镇河北宏达饮品有限公司调研生产情况。")
    assert ("青禾镇河北宏达饮品有限公司", "青禾镇") in found


def test_a_street_or_town_before_its_own_body_places_the_body(nlp):
    assert ("柳河街道党工委", "柳河街道") in located_pairs(nlp, "柳河街道党工委书记王明说,辖区企业发展势头良好。")
    assert ("青禾镇人民政府", "青禾镇") in located_pairs(nlp, "该公司与青禾镇人民政府签订合作协议。")


def test_words_for_the_countryside_or_a_themed_town_open_no_place():
    assert town_opening("美丽乡村建设有限公司") is None  # 乡村 is the countryside, not a 乡
    assert town_opening("特色小镇运营有限公司") is None  # a themed town is a site, no township
    assert town_opening("县城关镇建材有限公司") is None  # the level word opens a body of the county
    assert town_opening("青禾乡公所") == 3  # the township's office opens with the township (s11-loc2)
    assert town_opening("柳河镇宏达建材有限公司") == 3
    assert town_opening("东柳河镇街道办事处") == 6  # the longest town: a street, not 镇 and 街道


def test_a_town_names_its_industrial_concentration_zone(nlp):
    text = "这标志着柳河镇工业集中区汽车配件产业建设迈上新台阶。"
    assert "柳河镇工业集中区" in places(text)
    assert ("柳河镇工业集中区", "柳河镇") in located_pairs(nlp, text)


def test_a_town_names_its_small_business_park_which_the_district_holds_too(nlp):
    text = "企业从外地搬迁至南浔区青禾镇小微园,当年即投产。"
    found = located_pairs(nlp, text)
    assert {("青禾镇小微园", "青禾镇"), ("青禾镇", "南浔区")} <= found


def test_a_county_before_the_kind_of_park_is_the_countys_parks_no_one_park():
    assert "安吉县小微企业园" not in places("安吉县小微企业园建设计划出炉,到2025年建成小微园30个。")


def test_a_name_opened_by_a_county_and_its_town_lies_in_both_but_a_village_after_the_town_holds_it(nlp):
    # "某县|某镇|某园…项目": the county opens the name; the town after it holds the project too,
    # though a named site follows the town inside the name
    found = located_pairs(nlp, "今年，柳河县青禾镇龙潭生态园建设项目开工。")
    assert {("柳河县青禾镇龙潭生态园建设项目", "柳河县"), ("柳河县青禾镇龙潭生态园建设项目", "青禾镇")} <= found
    # a county, town and village: the county and the village, not the town right before the
    # village (session 28, s28-loc2: the golds leave that town out or optional on every page)
    found = located_pairs(nlp, "柳河县青禾镇东庄村食用菌种植基地迎来丰收。")
    assert {("柳河县青禾镇东庄村食用菌种植基地", x) for x in ("柳河县", "东庄村")} <= found
    assert ("柳河县青禾镇东庄村食用菌种植基地", "青禾镇") not in found
    # a site after the county is no town: the project is not placed in the park it rebuilds
    found = located_pairs(nlp, "柳河县滨河公园改造提升项目年底完工。")
    assert ("柳河县滨河公园改造提升项目", "滨河公园") not in found
