"""Session 26 (s26-trad): science parks on Taiwan and Hong Kong pages.

A science park (科學園區, 科學園) is named by the place before the word: "屏東科學園區" (the
county's science park, real-pages-16 h04), "香港科學園" (real-pages-23 f07). The tagger cuts them
"屏東/LOC|科學|園區", and 園區 alone is a park's word only after a place the gazetteer does not
list as a city (``place.kinds_named_by_name``), so neither was a place; 科學城 and 科技城 were
heads already (``place.heads``). Sentences quoted from the tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _read(nlp, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    result = analyse_document(nlp, "t.txt", text)
    mentions = {(m.label, m.text) for m in result.mentions}
    located = {
        (result.mentions[r.head].text, result.mentions[r.tail].text) for r in result.relations if r.type == "located_in"
    }
    return mentions, located


def test_a_taiwan_countys_science_park_is_a_place_in_the_county(nlp):
    text = (
        "屏東縣長周春米表示，六塊厝產業園區緊鄰屏東科技產業園區與屏東科學園區，已形成新興產業聚落，兼具交通便利"
        "的優勢，未來將發揮群聚效應，吸引更多優質企業進駐。"
    )
    mentions, located = _read(nlp, text)
    assert ("PLACE", "屏東科學園區") in mentions
    assert ("屏東科學園區", "屏東") in located
    assert ("PLACE", "科學園區") not in mentions  # the word alone names no park


def test_hong_kongs_science_park_is_a_place(nlp):
    text = (
        "【點新聞報道】香港科技園公司(科技園公司)與11間先進製造策略夥伴企業今日(28日)舉行簽署儀式,各企業計劃於"
        "香港科學園或創新園設立研發中心、營運及生產基地等不同項目。"
    )
    mentions, _ = _read(nlp, text)
    assert ("PLACE", "香港科學園") in mentions
    assert ("ORG", "香港科學園") not in mentions
