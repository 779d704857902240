"""``located_in`` on running prose of the kinds that the real pages of
``tests/fixtures/real-loc3`` write (issue 14): a county under the level word it had before a
reform ("某湖县" now a district), a company heading followed by a paragraph that opens with its
bare kind ("合作社成立于…，地处某镇"), "坐落在该县某镇园区的A和B", and a measure that ends in a
road's head ("4平方公里路网"). Names of companies and parks are made up; none is from a page.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places


def test_a_county_under_its_former_level_word_takes_what_settles_there(nlp):
    # 芜湖县 is now 湾沚区 and 松江县 now 松江区: the gazetteer lists the new names only
    assert ("宏远项目", "芜湖县") in located_pairs(nlp, "落户芜湖县的宏远项目总投资20亿元。")
    found = located_pairs(nlp, "明达公司位于松江县泗泾镇。")
    assert {("明达公司", "泗泾镇"), ("泗泾镇", "松江县")} <= found


def test_a_paragraph_opened_by_the_bare_kind_refers_to_the_company_heading_it(nlp):
    text = "桐城明远果业专业合作社\n\n  合作社成立于2013年3月,地处桐城市范岗镇,种植面积1209亩。"
    assert ("桐城明远果业专业合作社", "范岗镇") in located_pairs(nlp, text)
    text = "宏达机械有限公司\n\n公司成立于2009年,位于桐城市双港镇,主营农机。"
    assert ("宏达机械有限公司", "双港镇") in located_pairs(nlp, text)


def test_a_paragraph_that_opens_otherwise_places_no_heading(nlp):
    # the clause's subject is not the company: 种植基地 is
    text = "宏达机械有限公司\n\n种植基地成立于2009年,位于桐城市双港镇。"
    assert ("宏达机械有限公司", "双港镇") not in located_pairs(nlp, text)


def test_the_county_referred_to_and_a_towns_park_before_de(nlp):
    text = "坐落在该县琴溪镇园区的安商(泾县)工业园和闽商(泾县)科技产业园初具规模。"
    found = located_pairs(nlp, text)
    assert {("安商(泾县)工业园", "琴溪镇"), ("闽商(泾县)科技产业园", "琴溪镇")} <= found


def test_a_measure_of_kilometres_is_no_road():
    found = places("安商工业园4平方公里路网框架全面拉开。")
    assert not any(p.endswith("公里路") for p in found)


def test_an_industrial_cluster_zone_is_a_place_that_holds_its_companies(nlp):
    # 产业集聚区 is a zone's kind like 开发区: the tagger's ORG reading does not win
    text = "位于桐城机械电子产业集聚区的宏业电器公司工人正在加班。"
    assert "桐城机械电子产业集聚区" in places(text)
    assert ("宏业电器公司", "桐城机械电子产业集聚区") in located_pairs(nlp, text)


def test_a_company_that_invests_or_builds_in_a_place_has_its_works_there(nlp):
    assert ("宏远食品公司", "泾县") in located_pairs(nlp, "宏远食品公司在泾县再追加投资2亿元。")
    assert ("宏远食品公司", "泾县") in located_pairs(nlp, "宏远食品公司在泾县投资建设厂房。")
    # a company that meets in a place is not placed there
    assert ("宏远食品公司", "泾县") not in located_pairs(nlp, "宏远食品公司在泾县召开年会。")
