"""Projects, session 16 corpus audit of issue 14 (benchmarks/audits/s16-proj): a project that opens
its clause with who invests in it after it.

A signing or opening report describes each project in turn by its name, then who invests in it,
then its figures: "某某综合回收项目由某公司投资建设，总投资1亿元", "某某科技城是由某集团投资20亿元
建设". Such names are often made of trade words alone (no place, no company), or open with a word
the tagger reads as a verb, so no source took them, and their total and investor were lost. The
clause fixes both edges: the name starts where the clause does and ends at 由. A name needs a
project's head word, or a facility's with a proper noun; a bare 该项目 names nothing new; 由X承建
(the contractor) and 由X建设 are no such frame. Sentences of the kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised
from test_project_clauses import investors


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_trade_named_project_before_its_investor(nlp):
    text = "据悉,铝灰渣资源化综合利用项目由青岚环保科技有限公司投资建设,总投资约1.5亿元,用地30亩。"
    assert "铝灰渣资源化综合利用项目" in projects(text)
    assert ("青岚环保科技有限公司", "铝灰渣资源化综合利用项目") in investors(nlp, text)
    assert amounts(nlp, text) == {("铝灰渣资源化综合利用项目", 150_000_000)}


def test_a_name_opening_with_a_verb_like_word(nlp):
    text = "启航智能装备产业园项目由星瀚控股集团投资建设,落户城东工业园。"
    assert "启航智能装备产业园项目" in projects(text)
    assert ("星瀚控股集团", "启航智能装备产业园项目") in investors(nlp, text)


def test_the_signing_words_before_the_name_are_no_part_of_it():
    found = projects("本次签约项目智能温控阀门生产项目由恒锐机电有限公司投资,计划年内开工。")
    assert "智能温控阀门生产项目" in found
    assert not any(name.startswith("本次") or name.startswith("签约") for name in found)


def test_a_facility_with_a_proper_noun_and_an_amount():
    assert "青峰山康养小镇" in projects("青峰山康养小镇是由鸿远集团投资12亿元建设,项目建设用地600亩。")
    assert "青峰山康养小镇" in projects("据悉,青峰山康养小镇由鸿远集团倾力打造,占地600亩。")


def test_generic_words_and_contractors_name_no_project():
    assert projects("该项目由青岚环保科技有限公司投资建设,总投资约1.5亿元。") == set()
    assert projects("重点项目由县城投公司投资建设。") == set()
    assert "污水管网改造工程" not in projects("污水管网改造工程由中建某局承建,工期一年。")
