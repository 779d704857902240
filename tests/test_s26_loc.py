"""``located_in`` recall kinds of session 26 (s26-loc), on sentences of the tuning pages:

- a news site, app or channel named after a province or city is in it, as its paper is
  ("宁夏日报客户端", "青海新闻网", "浙江在线", "吉安新闻网": ``place_in_name``'s ``media_heads``;
  real-pages-24 w04, -26 b08, -27 c06, -29 e07); a county's short form only where the article
  names the county ("光明网" names no 光明区), a province's (for a site or app, not a paper) only
  where the article names the province outside the name ("香港商报网" on a Gansu page);
- a body or project named inside a meeting's or ceremony's name is read as a name of its own
  (``place_in_name``; real-pages-18 j06 and j10, -24 w08);
- a place the text calls a part of a wider one ("阜阳是皖北的中心龙头城市", "作为粤港澳大湾区中心
  城市之一, 澳门…", "作为蚌埠拥河发展的重要板块,淮上区…") lies in it (``place_part_of``,
  kg/nlp/relations/located_part.py; real-pages-23 f04, -25 x10, -29 e04).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_news_app_named_after_its_region_is_there(nlp):
    # real-pages-24 w04
    got = located_pairs(
        nlp,
        "发表时间:2023-02-18 19:44:23 来源:宁夏日报客户端\n\n"
        "自治区党委书记、人大常委会主任梁言顺出席并宣布:宁夏2023年一季度重大项目集中开工!\n",
    )
    assert ("宁夏日报客户端", "宁夏") in got


def test_a_news_site_of_a_dateline_is_in_its_province(nlp):
    # real-pages-26 b08
    got = located_pairs(nlp, "青海新闻网讯 4月12日,青海省委常委、副省长张建民来海东调研督导重点项目建设情况。")
    assert ("青海新闻网", "青海") in got


def test_an_online_outlet_and_its_paper_in_a_source_line(nlp):
    # real-pages-27 c06
    got = located_pairs(
        nlp,
        "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 正文\n"
        "2023-02-15 08:09:11 来源:浙江在线-浙江日报 记者 黄彦 通讯员 周叶舟 祝卿甫\n",
    )
    assert ("浙江在线", "浙江") in got
    assert ("浙江日报", "浙江") in got


def test_a_county_short_form_the_article_does_not_name_places_no_outlet(nlp):
    got = located_pairs(nlp, "2023-02-15 08:09:11 来源:光明网\n")
    assert not any(h == "光明网" for h, _t in got)


def test_a_city_called_the_centre_of_a_region_is_in_it(nlp):
    # real-pages-29 e04 (traditional on the page)
    got = located_pairs(nlp, "給予前所未有的支持。阜陽是皖北的中心龍頭城市。政治生態祥和。")
    assert ("阜阳", "皖北") in got


def test_a_region_named_after_zuowei_holds_the_place_after_the_comma(nlp):
    # real-pages-25 x10 (traditional on the page)
    got = located_pairs(
        nlp,
        "作爲粵港澳大灣區中心城市之一, 澳門可依托“一個中心、一個平台、一個基地”定位和“廣州—深圳—香港—澳門”"
        "科技創新走廊建設契機, 發揮重要作用。",
    )
    assert ("澳门", "粤港澳大湾区") in got


def test_a_district_called_a_block_of_its_city_is_in_it(nlp):
    # real-pages-23 f04
    got = located_pairs(
        nlp, "黄晓武强调,作为蚌埠拥河发展的重要板块,淮上区要拉高标杆、主动作为,以担当精神和过硬作风推进项目建设。"
    )
    assert ("淮上区", "蚌埠") in got


def test_a_part_of_two_wider_areas_listed_is_placed_in_neither(nlp):
    # real-pages-27 c11: the gold places 眉山 in no economic circle; the clause lists two areas
    got = located_pairs(nlp, "眉山是成渝地区双城经济圈、成都都市圈的重要组成部分,具有显著的区位优势。")
    assert not any(h == "眉山" and t.startswith("成渝") for h, t in got)


def test_a_city_that_is_no_part_of_a_province_is_not_placed_in_it(nlp):
    # both ends divisions: the gazetteer must hold the first in the second
    got = located_pairs(nlp, "玉林是广东的重要合作城市,两地往来密切。")
    assert ("玉林", "广东") not in got


def test_a_body_named_inside_a_meeting_name_is_in_its_county(nlp):
    # real-pages-18 j06
    got = located_pairs(nlp, "6月27日,第十九届东丰县人民政府2025年度第八次常务会议召开。")
    assert ("东丰县人民政府", "东丰县") in got


def test_a_project_named_inside_a_ceremony_name_is_in_its_district(nlp):
    # real-pages-18 j10 (traditional on the page): the park opening the rest of the name is the
    # work's own site (it builds it), the district is where it lies
    got = located_pairs(nlp, "龜山區中正公園景觀改善工程動土儀式\n桃園市長鄭文燦26日下午出席動土典禮。")
    assert ("龟山区中正公园景观改善工程", "龟山区") in got
    assert ("龟山区中正公园景观改善工程", "中正公园") not in got


def test_a_site_named_by_a_province_the_article_does_not_name_stays_unplaced(nlp):
    # real-pages-6 u06 (traditional on the page): the gold has no 香港 on this Gansu page
    got = located_pairs(nlp, "2023-08-24 09:12 来源:香港商報網\n")
    assert not any(h == "香港商报网" for h, _t in got)
