"""Session 29 (s29-place): the building an event is held in, and natural sites opening a project's name.

- An event's venue ("在|某某县委大楼|举行", "于|某某会展|举行", "在|某某世博中心|召开") is one PLACE
  (:mod:`kg.nlp.entities.venue_frames`); the tagger's glued preposition, a room after the venue
  and a body read over it go.
- A natural site that only the tagger reads (洲, 岛, 山, 口…) opening a project's name, or after the
  project's town or village, is a place (:func:`kg.nlp.entities.prefixes._site_opens_project`).

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import mentions, places


def test_county_committee_building_is_the_venue() -> None:
    # real-pages-35 w10
    found = mentions("2026年海南省屯昌县两会新闻发布会在屯昌县委大楼举行。")
    assert ("屯昌县委大楼", "PLACE") in found
    assert "屯昌县" in places("2026年海南省屯昌县两会新闻发布会在屯昌县委大楼举行。")


def test_expo_centre_is_a_place_not_a_body() -> None:
    # real-pages-35 w06: the tagger reads 上海世博中心/ORG
    found = mentions("招商引资项目推介会暨签约仪式在上海世博中心召开,来自上海、台湾")
    assert ("上海世博中心", "PLACE") in found
    assert ("上海世博中心", "ORG") not in found


def test_glued_preposition_is_no_place() -> None:
    # real-pages-32 t03: the tagger writes 于湾/LOC|仔|会展
    found = places("香港秋季电子产品展今日(13日)起一连四日于湾仔会展举行,同场更有")
    assert "湾仔会展" in found
    assert "于湾" not in found


def test_room_after_the_building_is_cut_off() -> None:
    # real-pages-30 r12: the tagger reads the building and its hall as one ORG
    found = mentions("澎湖科技大学与国立成功大学今(4)日于澎科大海洋科技大楼国际会议厅举行合作备忘录签署仪式")
    assert ("澎科大海洋科技大楼", "PLACE") in found
    assert not any(name.endswith("会议厅") for name, _ in found)


def test_hotel_borrowed_for_an_event_after_jia() -> None:
    # real-pages-31 s07: "假" (borrowed) before the venue, the city kept apart
    found = mentions("香港文汇报讯 肇庆市日前假洲际酒店举办2013年港澳新春招商联谊会")
    assert ("洲际酒店", "PLACE") in found
    assert ("肇庆市", "PLACE") in found
    assert not any(label == "ORG" and "洲际酒店" in name for name, label in found)


def test_common_word_venue_and_ceremony_name_are_left() -> None:
    # a single common word names no one site; "开幕礼" opens the event's name (real-pages-20 l12)
    assert not places("座谈会在会议中心召开")
    found = mentions("薛永恒当日在香港数据技术中心开幕礼暨香港科技园公司与全球国际货运有限公司签约仪式上致辞")
    assert ("香港数据技术中心", "PLACE") not in found


def test_island_opening_a_project() -> None:
    # real-pages-34 v07
    found = mentions("总投资86亿元的天星洲港口物流园项目,由中交集团投资建设")
    assert ("天星洲", "PLACE") in found
    assert ("天星洲港口物流园项目", "PROJECT") in found


def test_island_after_its_town_in_a_project() -> None:
    # real-pages-13 m02
    found = places("我市分别与世茂集团签订福清市沙埔镇目屿岛旅游度假项目")
    assert {"沙埔镇", "目屿岛"} <= found


def test_hill_opening_a_project_but_no_firm_short_form() -> None:
    # real-pages-29 e07; "大同锡" (a firm's short form the tagger reads LOC) stays inside its project
    assert "仰山" in places("罗文江实地察看了仰山生态修复项目、子珍大道建设")
    assert "大同锡" not in places("大同锡纯半导体材料项目开工")


def test_projects_of_an_event_in_a_county_building_lie_in_the_county() -> None:
    # the venue is where the event was; the projects its list names lie in the county named in it
    # (made-up firms; the shape of tests/test_located_s17_lists.py)
    from conftest import built_located

    got = built_located(
        "5月8日,总投资20亿元的新能源项目合作协议签约仪式在崇仁县县行政中心举行。"
        "县委书记王某某出席签约仪式。\n"
        "据了解,这次签约的两个项目分别是青松集团投资12亿元建设的农光互补光伏电站项目、白杨公司建设的储能电站项目。"
    )
    assert ("农光互补光伏电站项目", "崇仁县") in got
    assert ("农光互补光伏电站项目", "崇仁县县行政中心") not in got


def test_hotel_lent_in_the_afternoon() -> None:
    # real-meet q09: "於下午假…举行": the time and 假 (lent) stand before the venue's name
    found = mentions("启动暨签约仪式於下午假澳门威尼斯人度假村酒店举行,行政长官崔世安和")
    assert ("澳门威尼斯人度假村酒店", "PLACE") in found
    assert not any(name.startswith(("下午", "假")) for name, _ in found)


def test_country_opening_a_ranking_is_no_place() -> None:
    # real-pages-31 s03, -21 m04: no gold scores 中国 inside 中国500强; the country alone stays
    assert "中国" not in places("同时积极引进世界500强和中国500强等区域性总部")
    assert "中国" not in places("今天我们又成功的引进了中国500强知名企业")
    assert "中国" in places("中国的发展离不开世界")
