"""Taiwan's places read as mainland divisions of the same name (issue 14, corpus audit s13-tw2):
on a page that shows where a name is, the homonym there stands; a person called by surname and
post is no place. The divisions are real (the gazetteer's data); the people, villages and
events of the sentences are made up."""

from __future__ import annotations

from kg.nlp.document import document_setting
from kg.nlp.entities import recognise
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def _places(raw: str) -> dict[str, str]:
    """Each place of a page (as kg reads the page as a whole) and its division's code."""
    text, context, _ = document_setting(raw)
    words = words_of(make_segmenter("lac").segment(text))
    found = recognise(text, words, context)
    return {text[c.start : c.end]: str(c.attrs.get("admin_code", "")) for c in found if c.label == "PLACE"}


def test_a_district_is_the_one_of_the_city_the_page_names():
    # 中山区 is also 大连's, 大安区 also 自贡's: the city named on the page decides
    found = _places("臺北市議員林小明昨日在中山區和大安區會勘人行道，里長陳大華陪同說明")
    assert found["中山区"].startswith("71") and found["大安区"].startswith("71")
    mainland = _places("大连市中山区召开会议，部署冬季供暖工作")
    assert mainland["中山区"].startswith("21")


def test_a_district_named_by_one_direction_is_the_one_of_the_city_named():
    # Taiwan's 东区 is not looked up by name (Hong Kong and Macau have one), but the city decides
    found = _places("臺南市議員指出，東區某某里人口已突破一萬，里長呼籲增設活動中心")
    assert found["东区"].startswith("71")


def test_a_short_form_of_a_township_the_page_names_is_the_township():
    # 泰安 is 山东's 泰安市 too; the page names 苗栗縣泰安鄉
    found = _places("台灣苗栗縣泰安鄉公所昨日舉辦部落音樂會，鄉長表示泰安將持續推動觀光")
    assert found["泰安"].startswith("71")
    mainland = _places("山东泰安市举行招商推介会，泰安将持续推动文旅融合")
    assert mainland["泰安"].startswith("37")


def test_a_village_named_like_a_mainland_city_is_the_village():
    found = _places("台灣澎湖縣表揚特優里長，包括長春里王大明、福州里陳小華等人")
    assert "长春里" in found and "福州里" in found
    assert "长春" not in found and "福州" not in found
    # a page that names the city in full keeps it
    kept = _places("台灣旅行團昨日抵達長春市，長春里程碑式的合作")
    assert "长春里" not in kept


def test_a_surname_and_a_county_title_is_no_place():
    found = _places("南投縣長許淑華表示，許縣長一行隨後前往國姓鄉會勘道路")
    assert "许县长" not in found and {"南投县", "国姓乡"} <= set(found)
