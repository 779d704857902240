"""Projects, session 16 second project round of issue 14 (benchmarks/audits/s16-proj2): a park's
phase named as a project, "某某产业园二期项目".

A project head word that names a facility (产业园, 科技园, 基地, 数据中心, 生产线) followed by a phase
and 项目/工程 is one project, the facility's phase; the gold names it whole ("某某产业园二期项目",
"某某生产线二期项目"). The left walk from 项目 stopped at the facility's head when only a phase stood
between, so the name was cut to the park (and the phase's total given to the park) or lost. Once
whole, the park that opens the name is no place the project lies in: it is the project's own park,
and the gold places a phase where the park lies. Sentences of the kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import located_pairs, recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_parks_phase_is_one_project_with_its_total(nlp):
    text = "由江南控股集团投资的鹿鸣电子产业园二期项目投资额为4.5亿元。"
    assert "鹿鸣电子产业园二期项目" in projects(text)
    assert "鹿鸣电子产业园" not in projects(text)
    assert amounts(nlp, text) == {("鹿鸣电子产业园二期项目", 450_000_000)}


def test_a_parks_phase_after_a_site_word():
    found = projects("当天,航拍位于某区的天成食品产业园二期项目现场,厂房正在建设。")
    assert found == {"天成食品产业园二期项目"}


def test_a_facilitys_phase_works_keep_their_name():
    assert "鹿鸣数据中心一期工程" in projects("鹿鸣数据中心一期工程日前竣工,总投资3亿元。")


def test_a_projects_own_head_before_the_phase_still_names_the_project():
    # "某某项目|二期工程竣工": the project's phase completing, the name is the project's
    assert projects("鹿鸣电子产业园项目二期工程竣工投产。") == {"鹿鸣电子产业园项目"}
    assert projects("该产业园二期项目计划投资3亿元。") == set()


def test_the_phase_is_not_placed_in_its_own_park(nlp):
    got = located_pairs(nlp, "其中,鹿鸣电子产业园二期项目、鹿鸣物流园项目已完成签约。")
    assert not any(t == "鹿鸣电子产业园" for h, t in got)
    # a project of its own that a park opens still lies in the park
    got = located_pairs(nlp, "青溪工业园区星耀新材料有限公司年产5万吨涂料项目正式开工。")
    assert any(t == "青溪工业园区" for h, t in got)
