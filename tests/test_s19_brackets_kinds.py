"""Names that hold a bracket, session 19's bracket round (issue 14, audited in
``benchmarks/audits/s19-brackets``): a park whose name holds the place it lies in
("某商(某县)科技产业园", "某西(某县)国际物流港", "某荷(某县)产业合作园") is found whole and placed
in the bracket's division, also where a word after it ("负责人") or the project whose name it opens
("…物流港|南区项目") kept the head words from it; a project's phase in brackets after its name
("某某建设项目(二期)") stays in the name. The divisions are real (the gazetteer's); every park,
company and project is made up.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _graph(nlp, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    ents, rels = resolve([analyse_document(nlp, "d0.txt", text)])
    label = {e.id: e.label for e in ents}
    types = {e.label: e.type for e in ents}
    facts = {(r.type, label.get(r.head, ""), label.get(r.tail, "")) for r in rels}
    return types, facts


def test_a_park_with_its_county_in_brackets_before_its_head_is_found_and_placed(nlp):
    types, facts = _graph(nlp, "出席活动的有客商代表陈立群、闽商(宁化)科技产业园负责人林晓东等。")
    assert types.get("闽商(宁化)科技产业园") in ("PLACE", "PROJECT")
    assert ("located_in", "闽商(宁化)科技产业园", "宁化县") in facts


def test_a_bracketed_park_opening_a_project_name_is_the_place_of_the_project(nlp):
    types, facts = _graph(nlp, "在开工仪式主会场——桂西(隆安)国际物流港南区项目现场,副市长宣布项目开工。")
    assert types.get("桂西(隆安)国际物流港") == "PLACE"
    assert ("located_in", "桂西(隆安)国际物流港南区项目", "桂西(隆安)国际物流港") in facts
    assert ("located_in", "桂西(隆安)国际物流港", "隆安县") in facts


def test_a_cooperation_park_with_its_county_in_brackets_is_a_place_in_it(nlp):
    types, facts = _graph(nlp, "当地以中丹(桐乡)产业合作园等载体为核心,加速集聚高端要素资源。")
    assert types.get("中丹(桐乡)产业合作园") == "PLACE"
    assert ("located_in", "中丹(桐乡)产业合作园", "桐乡市") in facts


def test_a_phase_in_brackets_after_a_project_stays_in_its_name(nlp):
    types, facts = _graph(nlp, "睢县道路桥梁工程建设项目(二期):总投资3.1亿元,年度计划投资2亿元。")
    assert types.get("睢县道路桥梁工程建设项目(二期)") == "PROJECT"
    assert "睢县道路桥梁工程建设项目" not in types


def test_a_bracket_that_holds_no_place_makes_no_park(nlp):
    # the guard: a bracket of a note, not of a place, opens no park's name
    types, _facts = _graph(nlp, "闽商(暂定名)科技产业园负责人林晓东介绍了园区规划。")
    assert not any(name.startswith("闽商(暂定名)") and types[name] == "PLACE" for name in types)
    types, _facts = _graph(nlp, "记者林晓东(宁化)报道:当地工业园今年新增企业12家。")
    assert not any("(宁化)" in name and name.endswith("工业园") for name in types)


def test_a_company_whose_name_the_tagger_read_as_a_person_before_the_bracket_is_whole(nlp):
    # "康利英/PER|(|成都|)創新科技公司/w": the name word before the bracket opens the company alone
    types, facts = _graph(nlp, "加快盤活閒置資産。在康利英(成都)創新科技公司,市長察看拋光工藝。")
    assert types.get("康利英(成都)创新科技公司") == "ORG"
    assert "康利英" not in types
