"""``located_in`` kinds of session 27 (s27-loc), on sentences of the tuning pages:

- a special administrative region's name (香港, 澳门) opening a body, site or firm places it
  there, as a municipality's does, where the article names the region outside the name
  (``divisions_in_name``; real-pages-32 t02, -20 l12, -23 f07, -29 e05): the golds place every
  one, whatever its head word (海关, 总商会, 科学园); a region seen only inside an outlet's name
  places nothing (GUIDE: optional; real-proj3 a04, b04);
- a park's or area's party committee (党工委, 党委) is in it as its 管委会 is, and a business
  district (商务区) is an area a committee runs (``zone_body``; real-pages-23 f05, -25 x02,
  -32 t07).
"""

from __future__ import annotations

from conftest import located_pairs


def test_macao_bodies_of_any_head_word_are_in_macao(nlp):
    # real-pages-32 t02 (traditional on the page)
    got = located_pairs(
        nlp,
        "1月8日晚,中央政府駐澳門聯絡辦公室主任傅自應出席澳門廠商聯合會成立60周年會慶,並與澳門特區行政長官"
        "賀一誠、澳門海關關長黃文忠、澳門中華總商會會長馬有禮等共同主禮。",
    )
    assert ("澳门海关", "澳门") in got
    assert ("澳门中华总商会", "澳门") in got
    assert ("澳门厂商联合会", "澳门") in got


def test_a_hong_kong_outlet_on_a_mainland_page_places_nothing(nlp):
    # real-proj3 b04: the page names Hong Kong only inside the outlet's name
    got = located_pairs(nlp, "来源:香港商报网\n\n兰州新区举行重点项目集中开工仪式,共开工项目30个。\n")
    assert not any(h.startswith("香港商报") for h, _t in got)


def test_a_hong_kong_firm_project_built_elsewhere_is_not_in_hong_kong(nlp):
    # real-pages-29 e02: the project of a Hong Kong firm lies in the park its sentence names
    got = located_pairs(
        nlp,
        "据了解,香港邵氏锌硒茶酒是凤冈农业产业化星火计划项目,设在凤冈经济开发区彰教园区内,预计总投资5亿元以上。",
    )
    assert not any(h.endswith("茶酒") and t == "香港" for h, t in got)


def test_a_parks_party_committee_is_in_the_park(nlp):
    # real-pages-23 f05
    got = located_pairs(
        nlp,
        "县委书记、蕉华工业园区党委书记刘鸿涛等参加活动,县委副书记、县长、蕉华工业园区管委会主任刘裕君主持活动。",
    )
    assert ("蕉华工业园区党委", "蕉华工业园区") in got
    assert ("蕉华工业园区管委会", "蕉华工业园区") in got


def test_a_parks_working_committee_is_in_the_park_not_in_a_cut_name(nlp):
    # real-pages-25 x02: "党工委" is read whole, not "东港产业园党" + "工委"
    got = located_pairs(
        nlp,
        "县委书记、东港产业园党工委书记杨斌,县长、东港产业园管委会主任李安洪参加了会议。",
    )
    assert ("东港产业园党工委", "东港产业园") in got


def test_a_business_districts_committee_is_in_the_district(nlp):
    # real-pages-32 t07
    got = located_pairs(nlp, "副市长、虹桥商务区管委会主任许昆林出席并宣布项目开工,市政府副秘书长尚玉英出席。")
    assert ("虹桥商务区管委会", "虹桥商务区") in got


def test_a_town_party_committee_is_not_read_as_a_zones(nlp):
    # real-pages-17 i02: a town's committee stays in the town (place_prefix), no zone is made
    got = located_pairs(nlp, "弋江镇党委书记张三主持会议。")
    assert not any(t == "弋江镇党" for _h, t in got)


def test_a_run_on_body_name_makes_no_zone(nlp):
    # real-pages-28 d04: the entity stage runs the post into the committee's name
    got = located_pairs(nlp, "仪式由市委常委、市政府副市长昌邑滨海(下营)经济开发区党工委书记、管委会主任高文奎主持。")
    assert not any("副市长" in t for _h, t in got)
