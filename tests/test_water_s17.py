"""Rivers, sites and villages as places (issue 14, audited in ``benchmarks/audits/s17-water``):
a river named where the text speaks of its water ("提高某某河的防洪能力", "某河流域…治理工程", "某县
某河某江河口"), a natural site that opens the name of a work done there ("某某峡博物馆项目", "某山头
旅游综合开发"), a village the tagger runs into the park named after it ("某县某某村葡萄产业园").
Every name here is made up; none is from a page.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _resolved(nlp, text: str):
    ents, rels = resolve([analyse_document(nlp, "d0.txt", text)])
    label = {e.id: e.label for e in ents}
    places = {e.label for e in ents if e.type == "PLACE"}
    located = {(label[r.head], label[r.tail]) for r in rels if r.type == "located_in"}
    return places, located


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("工程建成后将提高青禾河的防洪能力,保障沿岸群众安全。", "青禾河"),
        ("结合文化资源、扁担河生态资源统筹谋划。", "扁担河"),
        ("受来水影响,板凳河沿线水位上涨。", "板凳河"),
        ("游客纷纷打卡雁栖河畔的花海。", "雁栖河"),
        ("游客打卡黄桷河畔景点。", "黄桷河"),
        ("游客在红旗渠畔的村中散步。", "红旗渠"),
    ],
)
def test_a_river_is_named_where_the_text_speaks_of_its_water(nlp, text, river):
    places, _ = _resolved(nlp, text)
    assert river in places


def test_a_river_opening_its_works_holds_them(nlp):
    places, located = _resolved(nlp, "以鹭河流域(下游段)水环境综合治理工程为代表的水利项目加快推进。")
    assert "鹭河" in places
    assert ("鹭河流域(下游段)水环境综合治理工程", "鹭河") in located


def test_two_rivers_at_a_mouth_are_two_places_and_neither_holds_the_other(nlp):
    places, located = _resolved(nlp, "展馆位于松岭县白鹭河苍江河口东侧。")
    assert {"白鹭河", "苍江"} <= places
    assert ("苍江", "白鹭河") not in located and ("白鹭河", "苍江") not in located


@pytest.mark.parametrize(
    ("text", "site", "work"),
    [
        ("我宣布,云栖峡博物馆项目顺利开工。", "云栖峡", "云栖峡博物馆项目"),
        ("会议听取了鹰嘴山头旅游综合开发项目进展情况。", "鹰嘴山头", "鹰嘴山头旅游综合开发项目"),
    ],
)
def test_a_site_opens_the_name_of_the_work_done_there(nlp, text, site, work):
    places, located = _resolved(nlp, text)
    assert site in places
    assert (work, site) in located


def test_words_for_hills_and_rivers_in_general_are_no_site_or_river(nlp):
    places, _ = _resolved(nlp, "各地要做好沿河两岸的巡查,加强沟渠沿线巡查,在河上游设置警示牌,登山公园暂停开放。")
    assert not places & {"沿河", "沟渠", "河", "登山"}


def test_a_village_run_into_its_park_is_a_place_and_holds_the_park(nlp):
    # the tagger writes "石门头村菇/LOC": the village and the first character of the brand
    places, located = _resolved(nlp, "岚皋县四季镇石门头村菇乡情香菇产业园已投产。")
    assert "石门头村" in places
    assert ("岚皋县四季镇石门头村菇乡情香菇产业园", "石门头村") in located


def test_a_town_named_after_a_village_is_no_village(nlp):
    places, _ = _resolved(nlp, "在松岭县南坪村镇东坡村的大棚里,游客正在采摘。")
    assert "南坪村" not in places


def test_a_village_its_own_word_before_its_park_stays_a_place(nlp):
    places, located = _resolved(nlp, "省领导来到岚皋县桃坪村猕猴桃产业园察看长势。")
    assert "桃坪村" in places
    assert ("岚皋县桃坪村猕猴桃产业园", "桃坪村") in located
