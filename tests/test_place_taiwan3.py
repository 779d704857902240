"""Taiwan's 里 villages, years of the ROC calendar and one-character county forms (issue 14,
corpus audit s15-taiwan). The divisions and village names are real (twaddr's lists, as the
gazetteer reads them); the people, events and sentences are made up."""

from __future__ import annotations

from test_place_taiwan2 import _places


def located(nlp, raw: str) -> set[tuple[str, str]]:
    """(head, tail) of each ``located_in`` of a whole document (its Taiwan setting read)."""
    from kg.nlp.document import analyse_document
    from kg.normalize import to_simplified

    result = analyse_document(nlp, "t.txt", raw)
    text = [to_simplified(m.text) for m in result.mentions]
    return {(text[r.head], text[r.tail]) for r in result.relations if r.type == "located_in"}


def test_a_listed_village_after_its_district_is_a_place_in_the_district(nlp):
    text = "新北市板橋區文化里昨日舉辦環境清潔日，志工們清掃街道與公園，守護台灣的家園"
    assert "文化里" in _places(text)
    assert ("文化里", "板桥区") in located(nlp, text)


def test_a_listed_village_before_its_head_is_a_place():
    found = _places("台灣基隆市政府舉辦市政座談會，會中中山里長王小明反映路面坑洞，市府承諾改善")
    assert "中山里" in found


def test_a_common_word_before_a_locative_is_no_village():
    found = _places("台灣屏東縣東港鎮漁民表示，大海里有很多魚，今年漁獲量比去年增加")
    assert "大海里" not in found


def test_a_village_named_like_a_municipality_is_not_placed_in_it(nlp):
    text = "台灣澎湖縣馬公市舉辦揭牌典禮，長安里里長陳大明、重慶里里長林小華到場參與"
    assert "重庆里" in _places(text)
    assert not any(t == "重庆市" for h, t in located(nlp, text) if h == "重庆里")


def test_one_listed_village_is_not_cut_out_of_another():
    # "正南里|里長": the village is 正南里, not the 南里里 its last characters also spell
    found = _places("台灣新北市表揚資深里長，最資深的是中和區正南里里長游大同，服務已逾三十年")
    assert "正南里" in found and "南里里" not in found


def test_a_year_of_the_roc_calendar_is_no_place():
    found = _places("台灣屏東縣政府表示，縣府自民國99年起辦理補助，體育館為民國71年興建，已使用多年")
    assert not any("民国" in name for name in found)


def test_a_county_by_one_character_is_the_county(nlp):
    text = "台灣由中央與縣府補助興建的屏縣里港鄉某某村活動中心今日啟用，屏東縣長到場祝賀"
    found = _places(text)
    assert found["屏县"].startswith("71") and "屏县里港乡" not in found
    assert ("里港乡", "屏县") in located(nlp, text)  # (屏县 is 屏东县: its code above)


def test_a_county_by_one_character_needs_a_taiwan_page():
    # 嘉县 names 嘉义县 only where the page is Taiwan's or in traditional characters
    found = _places("某省某市召开会议，嘉县代表发言，会议部署了春耕生产工作")
    assert not found.get("嘉县", "").startswith("71")
