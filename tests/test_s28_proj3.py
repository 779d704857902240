"""Session 28 (s28-proj3): a project named by common words alone, held by its own frame.

The head-word source refuses a name with no proper noun (``_specific`` in
:mod:`kg.nlp.entities.head_words`) unless a frame says it is one project; s28-proj3 adds the frame
of what follows it: its own verb ("落户", "正在…建设") or its cost (",计划投资约…"), or 此次/本次
before it (``introduced_by_builder`` in :mod:`kg.nlp.entities.project_checks`). The name must stand
alone on its left (a clause's start, a list mark, 的): "吸引|更多优质某某项目|落户" is a class of
projects and "…和|某某平台建设项目" a part of a longer name. Sentences quoted from tuning pages.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _projects(nlp, text: str) -> set[str]:
    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def test_this_projects_settling_names_it(nlp):
    # real-pages-23 f03 (xiushui.net)
    text = "蒋文定说,此次茧丝绸全产业链项目落户修水,既是大家优势互补、强强联合的生动实践。"
    assert "茧丝绸全产业链项目" in _projects(nlp, text)


def test_a_works_being_built_at_a_lines_start(nlp):
    # real-pages-25 x07 (cqqj.gov.cn)
    text = "推动产业链式集群发展。\n东部新城水厂项目正在紧锣密鼓建设中,已完成总工程量的95%。"
    assert "东部新城水厂项目" in _projects(nlp, text)


def test_its_cost_after_it_names_it(nlp):
    # real-pages-30 r01 (新华社 via the big5 gateway), in traditional characters as the page is
    text = "曹妃甸區與世界500強企業、正威集團合作的裝備製造及系列産業項目,計劃投資約300億元。"
    assert "裝備製造及系列産業項目" in _projects(nlp, text)


def test_a_class_of_projects_drawn_in_is_none(nlp):
    # real-pages-24 w05: "更多优质央企项目" is a class (the left is the verb 吸引, not a frame)
    text = "积极提升承接载体水平,吸引更多优质央企项目落户北辰,持续巩固扩大区域经济发展基本盘。"
    assert not any("央企项目" in p for p in _projects(nlp, text))


def test_a_part_after_a_conjunction_is_no_name(nlp):
    # real-pages-17 i07: the name runs on to the left across 和; its tail alone is no project
    text = "投资3.29亿元基层人力资源和社会保障服务信息平台建设项目,投资1.2亿元的红城养老院建设项目。"
    assert "社会保障服务信息平台建设项目" not in _projects(nlp, text)
