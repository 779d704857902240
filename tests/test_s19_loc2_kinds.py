"""``located_in`` kinds of session 19's second audit (``benchmarks/audits/s19-loc2``): a project
whose name opens with a chain of divisions ("某市某县某某项目") lies in the innermost one too, not
only in the first; a project that builds the place opening its name ("某某湿地公园项目", the park
named by a county's short form) lies where that place's name says, the county the article names.
A government office kept in another place ("某市政府驻某地办事处") lies in that place, not in its
owner's. Every project and office here is made up; the divisions are the gazetteer's.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_opened_by_a_city_and_its_county_is_in_the_county(nlp):
    found = located_pairs(nlp, "总投资8亿元的庆阳市华池县光热发电示范项目已签约。")
    assert ("庆阳市华池县光热发电示范项目", "华池县") in found
    assert ("华池县", "庆阳市") in found


def test_a_project_opened_by_a_province_city_and_county_is_in_the_county(nlp):
    found = located_pairs(nlp, "甘肃省庆阳市华池县2026年高标准农田建设项目近日开工。")
    assert ("甘肃省庆阳市华池县2026年高标准农田建设项目", "华池县") in found


def test_a_project_building_a_park_named_by_a_county_short_form_is_in_the_county(nlp):
    text = "霞浦县举行招商签约活动。签约仪式上,县里与某某集团签订霞浦滨海湿地公园项目。"
    found = located_pairs(nlp, text)
    assert ("霞浦滨海湿地公园项目", "霞浦") in found


def test_a_county_of_another_city_after_a_city_is_no_chain(nlp):
    # (guard) 清水县 lies in 天水市, not in 庆阳市: the name's chain stops at the city.
    found = located_pairs(nlp, "庆阳市清水县风能开发项目签约。")
    assert ("庆阳市清水县风能开发项目", "清水县") not in found


def test_a_project_building_a_park_without_a_division_is_placed_nowhere(nlp):
    # (guard) no division opens the park's name: the project is not placed by its name.
    found = located_pairs(nlp, "签约仪式上,县里与某某集团签订滨海湿地公园项目。")
    assert not {(h, t) for h, t in found if h == "滨海湿地公园项目"}


def test_a_government_office_kept_in_another_city_is_in_that_city(nlp):
    found = located_pairs(nlp, "铁岭市政府驻沈阳办事处主任出席了签约仪式。")
    assert ("铁岭市政府驻沈阳办事处", "沈阳") in found
    assert ("铁岭市政府驻沈阳办事处", "铁岭市") not in found


def test_a_government_office_without_a_station_stays_in_its_city(nlp):
    # (guard) no place after 驻: the body is its city's, placed there.
    found = located_pairs(nlp, "铁岭市政府办事处主任出席了签约仪式。")
    assert ("铁岭市政府办事处", "铁岭市") in found
