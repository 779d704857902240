"""Classes of projects and sums over several projects, round 2 of the corpus audit of issue 14
(session 10, benchmarks/audits/s10-proj): the class words of ``project.generic`` counted over
187 pages of 160 sites ("招商引资", "计划", "各", "合作", …), and a total that a count of
projects stands between a project and. Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_place_and_class_words_name_no_project():
    assert not any(n.endswith("招商引资项目") for n in projects("会上签约了保定市招商引资项目。"))
    assert not any(n.endswith("招商引资项目") for n in projects("灵丘县第二季度招商引资项目集中开工。"))


def test_a_named_project_keeps_its_class_words():
    # a word that says what is built keeps the name ("甲乙" is the project's own word)
    assert "甲乙智能制造项目" in projects("总投资5亿元的甲乙智能制造项目今天开工。")


def test_a_sum_after_a_count_of_projects_is_no_project_total(nlp):
    text = "随着宏达化工新材料项目的奠基，全县共集中开工38个项目。其中县级项目20个。项目总投资50.5亿元。"
    assert not any(a == 5_050_000_000 for _, a in amounts(nlp, text))
    text = "宏达化工新材料项目今天奠基。今年全区计划实施重点项目60个。目前，第一批开工了25个，总投资额88亿元。"
    assert not any(a == 8_800_000_000 for _, a in amounts(nlp, text))


def test_a_project_total_in_a_later_sentence_stays(nlp):
    # no count of projects between the project and its amount: the amount is its own
    text = "宏达化工新材料项目今天开工。项目总投资5亿元，占地300亩。"
    assert amounts(nlp, text) == {("宏达化工新材料项目", 500_000_000)}
    # a count in the project's own sentence is the class it belongs to, not a sum after it
    text = "会议要求加快推进宏达化工新材料项目等一批项目前期工作。该项目总投资6亿元。"
    assert amounts(nlp, text) == {("宏达化工新材料项目", 600_000_000)}
