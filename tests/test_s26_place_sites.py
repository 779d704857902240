"""Session 26 (s26-place): named sites whose head word is also a body's (馆, 中心) are places.

The tuning golds type every named memorial hall, exhibition or conference centre, residential
compound and oil field PLACE (never ORG alone); the head-word source and the tagger read them
as bodies (``place.halls``, ``place.named_sites``, :mod:`kg.nlp.entities.site_heads`). The sentences are from
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


def _places(text: str, context: set[str]) -> set[tuple[str, str]]:
    """Mentions of ``text`` read with the document's place names ``context`` (as the pipeline
    reads them: a division the page names is what makes its short form's run-on weak)."""
    from kg.ingest import normalize
    from kg.nlp.entities import recognise
    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    text = normalize(text)[0]
    words = words_of(make_segmenter("lac").segment(text))
    return {(text[c.start : c.end], c.label) for c in recognise(text, words, frozenset(context))}


def test_division_port_in_a_list_of_stops_is_a_place() -> None:
    # real-pages-21 m09: the page names 泸州市; "泸州港/LOC" is the city's port, no weak 泸州
    found = _places(
        "遂宁市党政代表团先后前往古蔺县二郎镇郎酒庄园项目、泸州金融商业中心、华为四川大数据中心、泸州港、泸州综合保税区",
        {"泸州市"},
    )
    assert ("泸州港", "PLACE") in found


def test_division_port_area_is_a_place() -> None:
    # real-pages-29 e01 (the page names 射阳县) and real-pages-28 d03 (traditional, a Taiwan page)
    assert ("射阳港区", "PLACE") in _places("提升射阳港区国家一类口岸对外开放力度", {"射阳县"})
    found = _places("考量馬稠後園區地價實惠，且位處台中港與高雄港之間，運輸地理位置優越。", {"高雄市", "台湾"})
    assert ("高雄港", "PLACE") in found


def test_division_run_on_into_other_words_stays_weak() -> None:
    # the guard: a division run on into words that are no place's ("大同锡|纯半导体…") is still
    # no place of its own (kg/nlp/entities/gazetteer.py _weak_place)
    from kg.nlp.entities.gazetteer import _weak_place

    assert _weak_place("泸州港", set(), frozenset({"泸州市"})) is False
    assert _weak_place("泸州酒业", set(), frozenset({"泸州市"})) is True


def _place_names(text: str) -> set[str]:
    return {name for name, label in mentions(text) if label == "PLACE"}


def test_river_or_region_opening_an_economic_belt_is_no_mention() -> None:
    # real-pages-29 e01, real-pages-27 c12 and c11: the golds name the belt (optional), not the
    # river, region or city that opens its name
    assert "淮河" not in _place_names("安全高效的环黄海经济圈枢纽港以及淮河生态经济带的入海门户进程中的重")
    assert "长江" not in _place_names("沙县将争取依托“一部一带”(即长江开放经济带和沿海开放经济带结合")
    found = _place_names("说,眉山是成渝地区双城经济圈、成都都市圈的重要组成部分")
    assert "眉山" in found  # (the city the sentence is about stays)
    assert not found & {"成渝地区", "成都"}


def test_belt_named_whole_stays_a_place() -> None:
    # real-pages-10 y05: the gold names 成渝经济圈 as a place; only openings before it are dropped
    assert "成渝经济圈" in _place_names("瞄准成渝经济圈、粤港澳大湾区等地区")
