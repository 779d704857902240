"""Places and ``located_in`` on sentences of the kinds that the real pages of
``tests/fixtures/real-place2`` write (issue 14): an autonomous division by its own name and
its level word (a 州, a 县), a town and its village run together by the tagger, a town before
a list of its villages, "该公司位于…", a county introducing the list of its projects. The
names of towns, villages, companies and projects are made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places

from kg.nlp.gazetteer import level_form, load_gazetteer


def test_an_autonomous_division_by_its_own_name_and_level_word_is_that_division():
    gaz = load_gazetteer()
    # (the news writes 凉山州 for 凉山彝族自治州 and 长阳县 for 长阳土家族自治县)
    assert [d.name for d in gaz.lookup("凉山州")] == ["凉山彝族自治州"]
    assert [d.name for d in gaz.lookup("长阳县")] == ["长阳土家族自治县"]
    # never one that is another division's own name, and only for autonomous divisions
    assert all(len(gaz.lookup(f)) == 1 for f in gaz.level_forms)
    assert level_form("通州区", ("回族",)) is None and level_form("某某自治县", ("回族",)) is None


def test_an_autonomous_division_s_short_form_is_its_own_name_whole():
    gaz = load_gazetteer()
    # the nationalities are cut whole, not characters of the name that look like one
    assert [d.name for d in gaz.lookup("黔东南")] == ["黔东南苗族侗族自治州"]
    assert not any(d.name == "黔东南苗族侗族自治州" for d in gaz.lookup("黔东"))
    assert [d.name for d in gaz.lookup("西双版纳")] == ["西双版纳傣族自治州"]
    assert places("州考察团赴西双版纳考察热带农业。") >= {"西双版纳"}


def test_a_prefecture_written_with_its_level_word_is_a_place_in_the_province():
    found = places("省考察组赴四川省凉山州调研乡村振兴工作。")
    assert "凉山州" in found
    assert "凉山" not in found
    # one place, whether the text writes the short form or its level word with it
    found = places("长阳县召开项目推进会，长阳各乡镇负责人参加。")
    assert "长阳县" in found


def test_a_town_and_its_village_in_one_tagged_word_are_two_places(nlp):
    text = "工作组先后到清溪苗族乡石门村、白沙镇高岭村走访农户。"
    found = places(text)
    assert {"清溪苗族乡", "石门村"} <= found
    assert "清溪苗族乡石门村" not in found
    assert ("石门村", "清溪苗族乡") in located_pairs(nlp, text)


def test_a_town_before_a_list_of_villages_holds_each_village(nlp):
    got = located_pairs(nlp, "“松林田园”综合体项目协议投资12亿元，位于青松镇枫林村、柏树村、杨柳村。")
    assert {("枫林村", "青松镇"), ("柏树村", "青松镇"), ("杨柳村", "青松镇")} <= got
    assert {("“松林田园”综合体项目", "柏树村"), ("“松林田园”综合体项目", "杨柳村")} <= got
    # a list that goes on to a place of another kind (a town with its own village) stops there
    got = located_pairs(nlp, "调研组先后到青松镇枫林村、柏树村、红石乡白果村查看产业发展。")
    assert ("柏树村", "青松镇") in got
    assert ("白果村", "青松镇") not in got and ("红石乡", "青松镇") not in got


def test_the_company_a_clause_refers_back_to_is_where_it_says(nlp):
    text = "8月3日，远航智能装备有限公司员工在车间组装设备。该公司位于滨江高新技术产业开发区，年产值5亿元。"
    got = located_pairs(nlp, text)
    assert ("远航智能装备有限公司", "滨江高新技术产业开发区") in got
    # without a company before it, the reference places nothing (the zone itself may be read in
    # the district its name opens with: county_short_opening)
    got = located_pairs(nlp, "该公司位于滨江高新技术产业开发区，年产值5亿元。")
    assert not {(h, t) for h, t in got if t == "滨江高新技术产业开发区"}


def test_a_county_introducing_the_list_of_its_projects_places_each_project(nlp):
    text = (
        "本次推介会上，宁远县签约的3个项目分别是：宁远县石坪风电场建设项目，总投资8亿元；"
        "青峰山景区索道建设项目，总投资2亿元；翠湖康养小镇建设项目，总投资3亿元。"
    )
    got = located_pairs(nlp, text)
    assert ("青峰山景区索道建设项目", "宁远县") in got
    assert ("翠湖康养小镇建设项目", "宁远县") in got
    # a count of projects with no list after it places nothing
    got = located_pairs(nlp, "宁远县签约的3个项目总投资13亿元，涉及能源、文旅等领域。")
    assert not got


def test_a_place_that_opens_a_route_is_an_end_of_the_route_not_its_location(nlp):
    got = located_pairs(nlp, "永州-九嶷山旅游公路建设项目、宁远县东门大桥建设项目等12个项目集中开工。")
    assert not any(h.startswith("永州-") for h, t in got)
    # nor does the county of the next item inherit the route's end as its place
    assert ("宁远县东门大桥建设项目", "宁远县") in got
    assert ("宁远县东门大桥建设项目", "永州") not in got


def test_a_county_after_a_group_s_name_is_where_the_group_s_project_is(nlp):
    got = located_pairs(nlp, "华信建设集团宁远县滨江国际酒店项目、某某公司年产5万吨饲料项目成功签约。")
    assert ("华信建设集团宁远县滨江国际酒店项目", "宁远县") in got


def test_the_place_opening_a_ceremony_sentence_holds_the_projects_its_list_counts(nlp):
    text = (
        "5月8日，永州市宁远县举行二季度重点项目集中开工仪式，东门大桥、九嶷山游客中心建设项目等18个重点项目集中开工。"
    )
    got = located_pairs(nlp, text)
    assert ("九嶷山游客中心建设项目", "宁远县") in got
    # a sentence that does not open with the place says nothing of where the list lies
    text = "会上，宁远县发改局负责人介绍，东门大桥、九嶷山游客中心建设项目等18个项目进展顺利。"
    assert ("九嶷山游客中心建设项目", "宁远县") not in located_pairs(nlp, text)


def test_a_bare_park_word_that_brings_companies_in_speaks_of_the_park_named_last(nlp):
    text = (
        "青松现代农业产业园2015年启动建设，规划面积8平方公里。"
        "目前，园区已入驻远丰牧业有限公司、康源食品有限公司等企业。"
    )
    got = located_pairs(nlp, text)
    assert ("远丰牧业有限公司", "青松现代农业产业园") in got
    assert ("康源食品有限公司", "青松现代农业产业园") in got
    # with no park named before, the bare word places nothing
    assert not located_pairs(nlp, "目前，园区已入驻远丰牧业有限公司、康源食品有限公司等企业。")


def test_a_body_named_after_a_chain_of_divisions_is_in_the_innermost(nlp):
    got = located_pairs(nlp, "永州市宁远县委书记主持召开专题会议。")
    assert ("永州市宁远县委", "宁远县") in got
    assert ("宁远县", "永州市") in got
    assert ("永州市宁远县委", "永州市") not in got


def test_a_division_alone_in_brackets_inside_a_park_s_name_is_where_it_lies(nlp):
    got = located_pairs(nlp, "考察组参观了浙商(宁远)智能制造产业园。")
    assert ("浙商(宁远)智能制造产业园", "宁远") in got
    # a bracket that says more than the place is no location
    got = located_pairs(nlp, "考察组参观了长征国家文化公园(宁远段)展示园。")
    assert not any(t.startswith("宁远") for h, t in got)
