"""PLACE kinds of session 17 (issue 14, audited in ``benchmarks/audits/s17-short``).

A title that opens with a level word (县领导, 市长, 州长, 市议员) is read into the word
before it as a place: "与会|县领导" as 与会县 (or 会县), "某某|州长" as 某某州. The span is no
place where its stem is a word that stands before a group title (与会, 参会), a person the
page names right after the same title ("州长某某", then "某某州长"), or a division's name with
its own level word ("某某区|市议员"). A real division before its head's title keeps its place.

The sentences and persons are made up; the divisions are real (the gazetteer reads them).
"""

from __future__ import annotations

import kg


def _places(text: str) -> set[str]:
    G = kg.build(text, progress=False)
    return set(G.entities[G.entities.type == "PLACE"].label)


def test_an_attending_word_before_county_leaders_is_no_county():
    places = _places("参会县领导一同观看了新产品演示,并听取了企业汇报。")
    assert not any(p.endswith("会县") for p in places)


def test_county_leaders_attending_are_no_county():
    places = _places("副县长与企业代表签订合作协议。与会县领导共同见证签约。")
    assert not any(p.endswith("会县") for p in places)


def test_a_governor_named_after_his_title_is_no_state():
    places = _places("秋明州州长卡洛夫会见代表团。卡洛夫州长表示,双方合作前景广阔。")
    assert "卡洛夫州" not in places


def test_a_countys_own_leaders_keep_the_county():
    assert "青川县" in _places("青川县领导出席了产业园开工仪式。")


def test_a_city_before_its_mayor_keeps_the_city():
    assert "北京市" in _places("北京市长出席了论坛开幕式。")


# A county named by its short form alone where the page names its city by the city's short
# form ("温州" for 温州市), not only in full.


def test_a_county_under_a_city_named_by_its_short_form():
    places = _places("多位温州客商来到我县考察,当天还与永嘉签订了友好合作协议。")
    assert "永嘉县" in places


def test_a_chain_of_short_forms_names_the_county():
    assert "桂阳县" in _places("郴州桂阳扎实推进烟叶产业提质增效。")


def test_a_county_short_form_without_its_city_stays_out():
    assert "永嘉县" not in _places("当天,考察团还与永嘉签订了友好合作协议。")


def test_a_word_that_is_another_citys_county_stays_out():
    places = _places("温州客商与本地企业共叙友谊,共谋发展。")
    assert not any(p.startswith("友谊") for p in places)
