"""Session 29 (s29-proj): a project name holding a class marker is a class of projects, no project.

"很多", "代表", "方向", "重点", "招商引资", "行动" inside a name headed by 项目 make it a class or a
campaign's batch ("延慶很多新能源項目", "黔东南州代表项目", "北京方向实体项目", "平谷区“高大尚”重点产业
项目"); the head-word source's generic filter needs every word generic, so a place, a trade or a
quote beside the marker let the name through (``without_class_markers`` in
:mod:`kg.nlp.entities.generic_projects`). Sentences quoted from tuning pages.
"""

from __future__ import annotations

from pathlib import Path

from kg.nlp.document import analyse_document


def _projects(nlp, text: str) -> set[str]:
    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def _amounts(nlp, text: str) -> set[tuple[str, float]]:
    r = analyse_document(nlp, "t.txt", text)
    return {
        (r.mentions[x.head].text, x.value["amount"])
        for x in r.relations
        if x.type == "invested_amount" and x.value is not None
    }


def test_a_prefectures_representative_is_a_class_and_the_named_one_takes_the_amount(nlp):
    # real-pages-33 u03: the amount was read of "黔东南州代表项目"
    text = (
        "签约的项目中,“台江县年产20万吨再生资源综合循环利用项目”作为黔东南州代表项目进行线上签约,项目投资额11.35亿元。"
    )
    projects = _projects(nlp, text)
    assert "台江县年产20万吨再生资源综合循环利用项目" in projects
    assert not any("代表项目" in p for p in projects)
    assert ("台江县年产20万吨再生资源综合循环利用项目", 1135000000) in _amounts(nlp, text)


def test_many_new_energy_projects_are_no_project(nlp):
    # real-pages-35 w09 (hntv520.com), traditional characters as the page writes them
    text = "“之前延慶很多新能源項目都處于示范階段,這次這些項目簽約投產后,延慶不但有新能源發電項目。"
    assert not any("很多" in p for p in _projects(nlp, text))


def test_a_campaigns_batch_is_no_project(nlp):
    # real-pages-36 x07: the campaign's batch of 明光市 was one project
    text = "8月20日上午,滁州市市招商引资“秋季攻势”行动明光市项目在滁州集中签约。"
    assert not _projects(nlp, text)


def test_a_described_river_project_places_no_river_in_the_city(nlp):
    # real-pages-7 v03 (traditional, as written): the class phrase is dropped after the selection, so the
    # city inside it is not read and the paper's-city rule places no river there (a first try before the
    # selection added "竹竿河 -> 信阳市", which the gold does not state)
    # (the whole page: the paper's city, 信阳市, is read from it)
    text = (Path(__file__).parent / "fixtures" / "real-pages-7" / "texts" / "v03.txt").read_text(encoding="utf-8")
    assert "而實施的信陽市重點河道治理項目" in text
    r = analyse_document(nlp, "v03.txt", text)
    assert not any("重點" in m.text for m in r.mentions if m.label == "PROJECT")
    assert not [x for x in r.relations if x.type == "located_in" and r.mentions[x.head].text == "竹竿河"]


def test_a_key_projects_ceremony_keeps_the_site_project(nlp):
    # real-meet2 m15: "“高大尚”重点产业项目" is a class; the project whose site holds the ceremony stays
    text = "2月8日,2023年平谷区“高大尚”重点产业项目集中开工仪式,在马坊镇供销集团汽车产业综合物流园项目工地现场举行。"
    projects = _projects(nlp, text)
    assert not any("重点产业项目" in p for p in projects)
    assert any(p.endswith("汽车产业综合物流园项目") for p in projects)
