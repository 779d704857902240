"""``located_in`` of organisations missed at session 32's start (s32-locorg), on sentences of
the tuning pages:

- a level's body named by its place in one mention that the tagger built across two words
  ("广东/LOC 省委书记/n", "延庆/LOC 县委书记/n") or read as one word with a town's name
  ("横山镇委/ORG"): no place is nested in the name, yet a full place-name prefix places a body
  (GUIDE.md): ``place_prefix`` reads the place off the name (located_body_prefix.py).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_provincial_committee_built_across_the_words_is_in_the_province(nlp):
    # real-pages-41 bc07
    got = located_pairs(
        nlp,
        "12月28日上午,粤北地区现场会在清远召开。会后,清远市举行10大重点项目动工仪式,广东省委书记汪洋、"
        "省长黄华华和出席现场会的各有关领导出席动工仪式。",
    )
    assert ("广东省委", "广东省") in got


def test_a_town_committee_is_in_the_town(nlp):
    # real-pages-17 i03: "横山镇委/ORG" is one word; a town is no division of the gazetteer
    got = located_pairs(
        nlp,
        "横山镇委书记郑基雄表示,横山镇坚持“制造业当家”的发展思路,紧盯在珠三角从事制造业的乡贤。",
    )
    assert ("横山镇委", "横山镇") in got


def test_a_city_committee_after_the_province_short_form_is_in_the_city(nlp):
    # real-pages-31 s01: "湖北|宜昌市|委": in the city, not in the province's short form
    got = located_pairs(nlp, "湖北宜昌市委副书记、市长张家胜出席开工仪式并宣布开工。")
    assert ("湖北宜昌市委", "宜昌市") in got
    assert ("湖北宜昌市委", "湖北") not in got


def test_a_county_under_its_level_word_before_a_reform(nlp):
    # real-pages-35 w09: 延庆县 is now 延庆区; the body is in the county the text names, once
    got = located_pairs(
        nlp,
        "“延庆的新能源产业将向高端化、集约化、集群化发展。”延庆县委书记孙文锴说。",
    )
    assert ("延庆县委", "延庆县") in got
    assert ("延庆县委", "延庆") not in got


def test_a_name_opening_with_no_place_before_its_body_is_not_read():
    # the body word must follow a place's full name or a town's: "全县委员", "城区委" (城区 is a
    # district's full name in a few cities, but 城 alone is one character), a bare "县委"
    from kg.ingest import segment_document
    from kg.nlp.entities.candidate import Candidate
    from kg.nlp.relations.located_body_prefix import opening_body_place
    from kg.nlp.relations.view import ArticleView

    for text in ("县委书记出席。", "全县委员会议。", "美丽乡村政府工作。"):
        art = next(iter(segment_document("x.txt", text)))
        view = ArticleView(art, [Candidate(0, len(text) - 1, "ORG", "t", 1.0, {})])
        assert opening_body_place(view, 0) is None, text
