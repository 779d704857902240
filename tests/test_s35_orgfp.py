"""Session 35 (s35-orgfp): a place's centre named by the place alone is no body.

"某某市中心", "某某北部中心", "某某中心|总部经济项目": only a place (a direction or 市 at most between)
stands before 中心, so the name is a part of the place or a building named after it; the tagger's ORG
reading is dropped (:func:`kg.nlp.entities.place_centres.without_place_centres`). Bodies named 中心
say what they do (融媒体中心, 服务中心) and stay. Sentences written for these tests (某某 / 甲乙
placeholders; 漠河 only as a division of the gazetteer).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.place_centres import without_place_centres


def _span(text: str, name: str, label: str, source: str = "statistical") -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), label, source, 0.6)


def _kept_orgs(text: str, cands: list[Candidate]) -> list[str]:
    return [text[c.start : c.end] for c in without_place_centres(text, cands) if c.label == "ORG"]


def test_a_divisions_centre_is_no_body() -> None:
    text = "该项目距离漠河市中心约30公里,将发挥漠河北部中心的辐射作用。"
    cands = [_span(text, "漠河市中心", "ORG"), _span(text, "漠河北部中心", "ORG")]
    assert _kept_orgs(text, cands) == []


def test_a_centre_named_by_a_place_the_article_names_is_no_body() -> None:
    # the place is no division of the gazetteer: the article's own place candidate shows it, with its level
    text = "甲乙区中正公园位于甲乙市中心,甲乙中心总部经济项目同日开工。"
    cands = [
        _span(text, "甲乙区", "PLACE", "gazetteer"),
        _span(text, "甲乙市中心", "ORG"),
        _span(text, "甲乙市", "PLACE"),
        _span(text, "甲乙中心", "ORG"),
    ]
    assert _kept_orgs(text, cands) == []
    # the place itself stays; "甲乙市" read inside the downtown is no place the article names
    assert [text[c.start : c.end] for c in without_place_centres(text, cands)] == ["甲乙区"]


def test_a_city_read_before_its_downtown_stays_a_place() -> None:
    # guard: the gazetteer knows the city, so only the centre goes
    text = "该项目距离漠河市中心约30公里。"
    cands = [_span(text, "漠河市中心", "ORG"), _span(text, "漠河市", "PLACE", "gazetteer")]
    assert [(c.label, text[c.start : c.end]) for c in without_place_centres(text, cands)] == [("PLACE", "漠河市")]
    # guard: so does a city the article names elsewhere
    text = "甲乙市中心商圈热闹,甲乙市政府表示支持。"
    cands = [_span(text, "甲乙市中心", "ORG"), _span(text, "甲乙市", "PLACE")]
    cands.append(Candidate(text.rindex("甲乙市"), text.rindex("甲乙市") + 3, "PLACE", "statistical", 0.6))
    kept = [(c.label, c.start) for c in without_place_centres(text, cands)]
    assert kept == [("PLACE", 0), ("PLACE", text.rindex("甲乙市"))]


def test_centres_that_say_what_they_do_stay_bodies() -> None:
    text = "漠河市融媒体中心报道,漠河市体育中心、某某县政务服务中心和国家某某中心参加。"
    names = ["漠河市融媒体中心", "漠河市体育中心", "某某县政务服务中心", "国家某某中心"]
    cands = [_span(text, n, "ORG", "head_words") for n in names]
    assert _kept_orgs(text, cands) == names


def test_a_centre_before_no_place_stays() -> None:
    # guard: the words before 中心 name no place the article or the gazetteer knows
    text = "某某北部中心与丙丁中心签约。"
    cands = [_span(text, "某某北部中心", "ORG"), _span(text, "丙丁中心", "ORG")]
    assert _kept_orgs(text, cands) == ["某某北部中心", "丙丁中心"]


def test_the_pipeline_keeps_a_media_centre_of_a_division() -> None:
    found = {t for t, label in mentions("漠河市融媒体中心记者报道,漠河市体育中心举办比赛。") if label == "ORG"}
    assert {"漠河市融媒体中心", "漠河市体育中心"} <= found
