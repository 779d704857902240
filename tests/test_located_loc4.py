"""The paper's own city (the one it calls 我市 / 本市 / 全市), of the kind that recurred on the
pages of session 10's place pool in round 4 (``benchmarks/audits/s10-place``): a city named
only as one of several a delegation visited ("赴甲、乙、丙招商") or only once inside an ordinary
word, on a page about a county of another city, is not the paper's city, and nothing is placed
in it. Every sentence here is made up; the divisions are the gazetteer's.
"""

from __future__ import annotations

from kg.nlp.document import _most_named_city, analyse_document


def test_cities_named_as_often_as_each_other_are_no_home_city():
    assert _most_named_city("全市……赴洛阳、开封招商", ["洛阳市", "开封市"]) is None
    assert _most_named_city("全市……洛阳……洛阳、开封", ["洛阳市", "洛阳市", "开封市"]) == "洛阳市"


def test_a_city_named_once_against_the_pages_counties_is_no_home_city():
    # the county lies in another city: the single mention is no reference to the paper's city
    assert _most_named_city("全市……栾川县……新乡", ["新乡市"], ["栾川县"]) is None
    # the county lies in that city: the single mention stands
    assert _most_named_city("全市……栾川县……洛阳", ["洛阳市"], ["栾川县"]) == "洛阳市"
    # no county named: nothing contradicts it
    assert _most_named_city("全市……洛阳", ["洛阳市"]) == "洛阳市"
    # the county of the city's own name, read from the same word, is no witness for it
    assert _most_named_city("全市……栾川县……新乡", ["新乡市"], ["新乡县", "栾川县"]) is None


def _located_tails(nlp, text: str) -> set[str]:
    res = analyse_document(nlp, "d.txt", text)
    return {
        res.mentions[r.tail].text
        for r in res.relations
        if r.type == "located_in" and r.tail is not None and r.rule == "home_city"
    }


def test_a_town_is_not_placed_in_the_cities_its_leaders_visited(nlp):
    text = (
        "青禾镇超额完成多项经济指标任务,多项指标增速排名全市前列。"
        "三年来,青禾镇党政主要领导多次组团赴洛阳、开封、郑州开展精准招商,累计引进12个产业项目。"
    )
    assert analyse_document(nlp, "d.txt", text).home_city is None
    assert not {"洛阳", "开封", "郑州"} & _located_tails(nlp, text)
