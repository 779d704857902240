"""``located_in`` missed at session 34's start (s34-locorg): divisions the tagger ran into one
place word (a province's short form and a county, a city and its county, on four pages) had no
division's code after the first, so no rule read the chain the text writes (the county in the
province). Each division of a word that is nothing but divisions in a row, each inside the one
before, is now that division. The tagger's words are given as it wrote them on such pages (it
glues these runs rarely and by context); the divisions are other than those pages'.
"""

from __future__ import annotations

from conftest import located_pairs

from kg.nlp.entities.division_runs import division_run_candidates
from kg.nlp.entities.selection import recognise
from kg.nlp.words import Word


def _words(*parts: tuple[str, str]) -> list[Word]:
    out, at = [], 0
    for text, tag in parts:
        out.append(Word(at, at + len(text), text, tag))
        at += len(text)
    return out


def _places(text: str, words: list[Word]) -> dict[str, str | None]:
    return {text[c.start : c.end]: c.attrs.get("admin_name") for c in recognise(text, words) if c.label == "PLACE"}


def test_each_division_of_a_run_is_that_division():
    parts = [("今年", "TIME"), (",", "w"), ("青海互助土族自治县", "LOC"), ("紧紧", "d"), ("围绕", "v")]
    parts += [("项目", "n"), ("建设", "vn"), ("年", "n"), ("活动", "n"), ("。", "w")]
    text = "".join(p for p, _ in parts)
    places = _places(text, _words(*parts))
    assert places.get("青海") == "青海省"
    assert places.get("互助土族自治县") == "互助土族自治县"


def test_a_city_and_its_county_and_a_province_short_form_before_its_banner():
    cs = division_run_candidates(_words(("乐山市沐川县", "LOC"), ("在", "p")))
    assert [(c.start, c.end, c.attrs["admin_name"]) for c in cs] == [(0, 3, "乐山市"), (3, 6, "沐川县")]
    cs = division_run_candidates(_words(("内蒙古乌审旗", "LOC")))
    assert [c.attrs["admin_name"] for c in cs] == ["内蒙古自治区", "乌审旗"]
    # a province's short form that is also a district's (河北区) reads as the one holding the county
    cs = division_run_candidates(_words(("河北阜城县", "LOC")))
    assert [c.attrs["admin_name"] for c in cs] == ["河北省", "阜城县"]


def test_no_chain_no_divisions():
    # a city and a county of another province, a division and a word, one division alone
    assert division_run_candidates(_words(("大同古城", "LOC"))) == []
    assert division_run_candidates(_words(("北京上海", "LOC"))) == []
    assert division_run_candidates(_words(("乐山市", "LOC"), ("沐川县", "LOC"))) == []
    # the run must be the tagger's place word, not a name
    assert division_run_candidates(_words(("乐山市沐川县", "ORG"))) == []


def test_a_county_in_brackets_after_its_city_lies_in_it(nlp):
    got = located_pairs(nlp, "广州的企业家们表示,在政策支持下,来乐山(沐川)投资,是企业扩大规模的优先选择。")
    assert ("沐川", "乐山") in got
    # a county in brackets after a city that does not hold it: a partner, no containment
    got = located_pairs(nlp, "广州的企业家们表示,在政策支持下,来乐山(敦煌)投资,是企业扩大规模的优先选择。")
    assert ("敦煌", "乐山") not in got
