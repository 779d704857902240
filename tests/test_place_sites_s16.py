"""PLACE and ``located_in`` kinds of session 16 (issue 14, audited in ``benchmarks/audits/s16-sites``).

* A city's short form that is also an ordinary word ("各位来宾": guests; "百年大庆": a
  celebration) is no place unless the page shows the city (its full name, its province right
  before it, a zone's head right after it).
* The committee of an area that is no zone by kind ("某某新城管委会", "某某科学城管委会") names
  the area: the area is a place and the committee is in it.
* A company whose name opens with the short form of a prefecture-level city is in that city,
  where no other division shares the short form.
* A science or technology city named alone ("某某科学城", "某某科技城") is a place.

The sentences are made up; the cities are real divisions (the rule reads the gazetteer).
"""

from __future__ import annotations

import kg


def _built(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """The ``located_in`` facts (head, tail labels) and the place labels of a built graph."""
    G = kg.build(text, progress=False)
    rel = G.relations[G.relations.type == "located_in"]
    places = set(G.entities[G.entities.type == "PLACE"].label)
    return set(zip(rel.head_label, rel.tail_label, strict=True)), places


def test_guests_are_no_city():
    _, places = _built("主持人向到场的各位来宾介绍了青禾镇的发展情况,来宾们随后参观了展厅。")
    assert not any(p.startswith("来宾") for p in places)
    assert "青禾镇" in places


def test_a_celebration_is_no_city():
    _, places = _built("在商会成立百年大庆之际,理事会向会员赠送了纪念册。")
    assert "大庆市" not in places


def test_the_city_named_in_full_keeps_its_short_form():
    _, places = _built("来宾市政协组织委员赴来宾高新区视察,来宾的园区建设进展顺利。")
    assert "来宾市" in places


def test_the_province_before_the_short_form_shows_the_city():
    _, places = _built("在黑龙江大庆,一座年产百万吨的生物化工厂投产。")
    assert "大庆市" in places


def test_a_new_towns_committee_names_the_new_town():
    found, places = _built("副县长王立华,青江新城管委会副主任李晓东出席开工仪式。")
    assert "青江新城" in places
    assert ("青江新城管委会", "青江新城") in found


def test_a_science_citys_committee_names_it():
    found, places = _built("考察团在柳湾科学城管委会听取了园区规划情况汇报。")
    assert ("柳湾科学城管委会", "柳湾科学城") in found


def test_a_kind_of_new_town_names_none():
    found, places = _built("产业新城管委会主任王立华出席开工仪式。")
    assert "产业新城" not in places
    assert not any(tail == "产业新城" for _, tail in found)


def test_a_company_opened_by_a_citys_short_form_is_in_the_city():
    found, places = _built("仪式由青禾海工公司董事长王立华主持,宁德青禾投资集团副总经理张晓东致辞。")
    assert ("宁德青禾投资集团", "宁德市") in found


def test_a_short_form_shared_by_two_divisions_places_no_company():
    # 朝阳 is a city of 辽宁 and a district of 北京: which one, the name does not say
    found, _ = _built("朝阳青禾科技有限公司总经理王立华出席签约仪式。")
    assert not any(head == "朝阳青禾科技有限公司" for head, _ in found)


def test_a_university_is_no_company_of_its_citys_short_form():
    found, _ = _built("会上,兰州青禾学院院长王立华作了发言。")
    assert not any(head == "兰州青禾学院" for head, _ in found)


def test_the_short_form_among_other_cities_is_the_city():
    _, places = _built("钦州、贺州、来宾、崇左四市的代表参加了会议。")
    assert "来宾市" in places


def test_a_science_city_named_alone_is_a_place():
    found, places = _built("会议研究部署了柳湾科学城建设,并听取了关于青禾科技城建设情况的汇报。")
    assert {"柳湾科学城", "青禾科技城"} <= places


def test_a_city_of_science_is_no_place():
    _, places = _built("作为著名科技城市,这里吸引了大批人才。")
    assert not any(p.endswith("科技城") for p in places)
