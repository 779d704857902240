"""Places of session 19's place round (issue 14, audited in ``benchmarks/audits/s19-place``):
the town or township that opens a project's or a body's name right after the divisions the name
opens with ("某市|某某镇|某某产业园项目", "某市|某区|某某镇人民政府") is a place of its own, placed
in the division before it. The divisions are real (the gazetteer's); every town is made up.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _graph(nlp, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    ents, rels = resolve([analyse_document(nlp, "d0.txt", text)])
    label = {e.id: e.label for e in ents}
    places = {e.label for e in ents if e.type == "PLACE"}
    located = {(label.get(r.head), label.get(r.tail)) for r in rels if r.type == "located_in"}
    return places, located


@pytest.mark.parametrize(
    ("text", "town", "county"),
    [
        ("东至县青岙乡人民政府与一家农业公司签订合作协议。", "青岙乡", "东至县"),
        ("泾川县柳塘镇中心小学举行开学典礼。", "柳塘镇", "泾川县"),
        ("江苏省建德市柳塘镇供销专业合作社正式成立。", "柳塘镇", "建德市"),
    ],
)
def test_a_town_after_its_divisions_opening_a_body_is_a_place_in_them(nlp, text, town, county):
    places, located = _graph(nlp, text)
    assert town in places
    assert (town, county) in located


def test_a_town_after_a_city_and_a_district_opening_a_body_is_placed_in_the_district(nlp):
    places, located = _graph(nlp, "近日,宣城市宣州區沙溪鎮人民政府與一家企業簽訂光伏發電項目協議。")
    assert "沙溪镇" in {p.replace("鎮", "镇") for p in places}
    assert any(t == "宣州区" or t == "宣州區" for h, t in located if h and "沙溪" in h and len(h) <= 4)


def test_a_class_word_of_towns_after_a_county_is_no_place(nlp):
    # the guard: "中心镇" and "重点镇" are kinds of town, no town's name
    places, _ = _graph(nlp, "泾川县中心镇建设项目和岷县重点镇供水工程同时开工。")
    assert not {p for p in places if p.endswith("镇")}
