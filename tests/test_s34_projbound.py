"""Session 34 (s34-projbound): the verbs of parties' dealings (签订, 签署, 接洽) and of having or setting up
(已有, 设) end a project's name like the other clause verbs of ``[project.clause_cuts] acting``
(:mod:`kg.nlp.entities.clause_cuts`): "总投资30亿元的某区人民政府与某某公司签订|某某项目" names the project after the
verb, not the signing parties; "某湾北岸已有|某某电厂一期工程"; "在某地设|生产基地" is no name. Sentences written with
made-up names.
"""

from __future__ import annotations

from conftest import project_names


def _cut(text: str, name: str) -> list[str]:
    from kg.nlp.entities.candidate import Candidate
    from kg.nlp.entities.clause_cuts import without_clause_verbs
    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    ws = words_of(make_segmenter("lac").segment(text))
    start = text.index(name)
    cands = [Candidate(start, start + len(name), "PROJECT", "head_words", 0.7)]
    return [text[c.start : c.end] for c in without_clause_verbs(ws, cands)]


def test_a_signing_clause_is_no_part_of_the_project(nlp):
    text = (
        "此次签约项目共7个,分别是:总投资30亿元的青禾经济技术开发区管委会与山东清源水务集团签订禾丰精酿啤酒项目;"
        "总投资5.8亿元的某某县人民政府与四川某某石油化工有限公司签订废旧轮胎集中处置及综合利用项目。"
    )
    assert project_names(nlp, text) == {"禾丰精酿啤酒项目", "废旧轮胎集中处置及综合利用项目"}


def test_signing_before_a_project_keeps_the_project(nlp):
    assert "青湖新城建设项目" in project_names(nlp, "会上,某某市政府分别与某某集团签订青湖新城建设项目框架协议。")


def test_the_verbs_cut_a_name_that_runs_over_them():
    text = "目前,东港湾北岸已有东港湾火电厂一期工程、某某气电一体化等项目。"
    assert _cut(text, "东港湾北岸已有东港湾火电厂一期工程") == ["东港湾火电厂一期工程"]
    text = "总投资15亿元的某某县人民政府与浙江某某集团有限公司签订禾丰产业园。"
    assert _cut(text, "某某县人民政府与浙江某某集团有限公司签订禾丰产业园") == ["禾丰产业园"]
    # what is left holds no proper noun: no name at all
    assert _cut("该公司在某某设生产基地,将充分发挥区位优势。", "某某设生产基地") == []
    assert _cut("电话和网上接洽230余次;对接洽谈项目43个。", "电话和网上接洽230余次") == []


def test_a_building_word_holding_the_character_stays():
    # 建设 and 设施 are words of their own, not the verb 设
    text = "某某县产业园区基础设施建设项目开工。"
    assert _cut(text, "某某县产业园区基础设施建设项目") == ["某某县产业园区基础设施建设项目"]
