"""Session 26 (s26-place): named sites whose head word is also a body's (馆, 中心) are places.

The tuning golds type every named memorial hall, exhibition or conference centre, residential
compound and oil field PLACE (never ORG alone); the head-word source and the tagger read them
as bodies (``place.named_sites``, :mod:`kg.nlp.entities.named_sites`). The sentences are from
the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import mentions


def test_memorial_hall_visited_is_a_place() -> None:
    # real-pages-19 k09
    found = mentions("调研中,沈志江一行还来到朱德同志故居纪念馆,通过讲解员的介绍,")
    assert ("朱德同志故居纪念馆", "PLACE") in found
    assert ("朱德同志故居纪念馆", "ORG") not in found


def test_conference_centre_where_a_meeting_is_held_is_a_place() -> None:
    # real-pages-28 d06 (traditional characters; mentions are read simplified)
    found = mentions("隨後,市人大代表在天鵝湖國際會議中心召開座談會")
    assert ("天鹅湖国际会议中心", "PLACE") in found
    assert ("天鹅湖国际会议中心", "ORG") not in found


def test_exhibition_centre_of_an_expo_is_a_place() -> None:
    # real-pages-25 x10 (traditional characters; mentions are read simplified)
    found = mentions("11月5日, 第二届中國國際進口博覽會在上海國家會展中心開幕")
    assert ("上海国家会展中心", "PLACE") in found
    assert ("上海国家会展中心", "ORG") not in found


def test_oil_field_is_a_place() -> None:
    # real-pages-2 q10 (traditional characters)
    found = mentions("依託吉祥油田和吉木薩爾縣致密油作业区")
    assert ("吉祥油田", "PLACE") in found
    assert ("吉祥油田", "ORG") not in found


def test_compound_in_a_list_of_stops_is_a_place_and_the_factory_a_body() -> None:
    # real-pages-26 b11
    found = mentions("视察组先后来到延刚果业、四叶纸箱厂、雅苑小区、凤栖街道胡村关联产业集中区")
    assert ("雅苑小区", "PLACE") in found
    assert ("雅苑小区", "ORG") not in found
    assert ("四叶纸箱厂", "ORG") in found  # a factory is no site of this kind


def test_level_word_alone_before_the_head_names_no_site() -> None:
    # real-pages p04: "县会议中心" has no name of its own before the head (min_name)
    found = mentions("2023年12月招商引资项目集中签约仪式在县会议中心举行")
    assert ("县会议中心", "PLACE") not in found
