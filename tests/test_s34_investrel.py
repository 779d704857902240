"""Session 34 (s34-investrel): the investor of "由X…投资" where a word stands between the investor and
the verb the by-rule did not read (kg/nlp/relations/invest_slots.py ``by_predicate_re``, rule
``investor_by``): a role before 投资 ("由X负责投资建设"), a lump sum for the amount ("由X投巨资兴建的P"),
a comma after the amount ("P由X拟投资约2亿元,建设…") and the partners a lead investor joins ("由X联合Y、Z
投资建设": each invests). Placeholder names; the shapes are those of four tuning pages of four sites."""

from __future__ import annotations

from test_project_clauses import investors


def test_a_role_before_touzi_names_the_investor(nlp):
    got = investors(nlp, "其中,投资规模最大的东湖县丙丁国际博览城项目,由甲乙投资集团有限公司负责投资建设。")
    assert ("甲乙投资集团有限公司", "东湖县丙丁国际博览城项目") in got


def test_a_role_before_building_alone_names_a_builder_not_an_investor(nlp):
    # "负责建设" with no 投资: the firm may be the contractor
    got = investors(nlp, "东湖县丙丁国际博览城项目由甲乙建工集团有限公司负责建设。")
    assert ("甲乙建工集团有限公司", "东湖县丙丁国际博览城项目") not in got


def test_a_lump_sum_stands_for_the_amount(nlp):
    got = investors(nlp, "由甲乙股份有限公司投巨资兴建的丙丁文化城项目,静态投资20亿元,7月30日开工。")
    assert ("甲乙股份有限公司", "丙丁文化城项目") in got


def test_a_comma_may_stand_between_the_amount_and_its_verb(nlp):
    got = investors(nlp, "丙丁车技表演馆项目由甲乙文化投资有限公司拟投资约2亿元,建设车技表演场所及配套设施。")
    assert ("甲乙文化投资有限公司", "丙丁车技表演馆项目") in got


def test_a_lead_investor_and_the_partners_it_joins_each_invest(nlp):
    text = "丙丁新能源精密制造项目位于东湖高新区,由甲乙控股有限公司联合戊己材料有限公司、庚辛汽车有限公司投资建设。"
    got = investors(nlp, text)
    for firm in ("甲乙控股有限公司", "戊己材料有限公司", "庚辛汽车有限公司"):
        assert (firm, "丙丁新能源精密制造项目") in got


def test_a_partner_of_another_work_is_no_investor(nlp):
    # 联合 closes its own clause (联合设计); the builder after the comma does not invest
    text = "丙丁新能源精密制造项目由甲乙控股有限公司联合设计,戊己建设集团有限公司施工建设。"
    got = investors(nlp, text)
    assert ("甲乙控股有限公司", "丙丁新能源精密制造项目") not in got
    assert ("戊己建设集团有限公司", "丙丁新能源精密制造项目") not in got
