"""Session 31 (s31-refind): a project the page names elsewhere, found again where its amount stands
(kg/nlp/entities/amount_refinds.py). The page names it first with its place, then gives the money
in another form, which no rule tagged: the amount was lost. Sentences from the tuning pages
real-pages-17 i07, real-pages-24 w11 and real-proj3 a02 (three sites), and what must stay as it was."""

from __future__ import annotations

from conftest import invested_amounts
from test_project_clauses import investors

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def mention_spans(nlp, text: str) -> list[tuple[str, str]]:
    """``(text, type)`` of every mention of one article, in order."""
    (art,) = segment_document("t.txt", text)
    return [(art.text[m.start : m.end], m.label) for m in analyse_article(nlp, art)._.mentions]


# real-pages-17 i07: "某街道“某某”改造项目" first; the amount's form has no place
I07 = (
    "11月24日,广元市2017年四季度第一批项目集中开工旺苍分会场开工仪式在我县陈家岭街道“三供一业”改造项目实施工地举行。"
    "据了解,本次集中开工的重点项目涵盖了基础设施、产业发展、民生及社会事业等多个领域,共计9个重点项目,计划总投资达25.6亿元。"
    "其中包括投资10亿元的“三供一业”改造项目,投资5亿元的博骏公学教育项目。"
)
# real-proj3 a02: "某县某某产业园" in a list first; "某某产业园项目投资N元" later
A02 = (
    "其中,武穴市中化学新祥云新材料、蕲春县中电建绿色建材基地、浠水县联投装配式绿色建材产业园等3个项目投资过百亿元。\n\n"
    "中电建绿色建材基地项目投资140亿元,主要生产销售建筑骨料等非金属矿产品,达产后可实现年销售收入46.9亿元;"
    "联投装配式绿色建材产业园项目投资120亿元,主要生产大型桥梁、隧道、高铁、高速公路等建筑工程装配式预制构件。"
)
# real-pages-24 w11: the headline's form without 项目, the amount's with 项目 after "投资N元建设的"
W11 = (
    "6月17日上午,陇县举行招商引资暨项目签约大会,陇县液态羊奶及奶酪等乳制品加工、秦粤奶山羊养殖基地、"
    "白酒主题文化产业园等总投资27.5亿元13个招商引资项目成功签约。"
    "其中,由天津圣乳滋生物科技有限公司投资10亿元建设的陇县液态羊奶及奶酪等乳制品加工项目,"
    "计划分三期建设日产300 吨的液态羊奶生产线。"
)


def test_a_known_project_without_its_place_after_the_amount_takes_it(nlp):
    assert ("“三供一业”改造项目", 1_000_000_000) in invested_amounts(nlp, I07)
    assert ("博骏公学教育项目", 500_000_000) in invested_amounts(nlp, I07)


def test_a_known_project_before_the_amounts_trigger_takes_it(nlp):
    got = invested_amounts(nlp, A02)
    assert ("联投装配式绿色建材产业园项目", 12_000_000_000) in got
    assert ("中电建绿色建材基地项目", 14_000_000_000) in got


def test_a_known_project_with_its_class_word_after_amount_and_verb_takes_amount_and_investor(nlp):
    assert ("陇县液态羊奶及奶酪等乳制品加工项目", 1_000_000_000) in invested_amounts(nlp, W11)
    assert ("天津圣乳滋生物科技有限公司", "陇县液态羊奶及奶酪等乳制品加工项目") in investors(nlp, W11)


def test_no_name_is_refound_where_no_amount_stands(nlp):
    # the first form stays as it was read; the project's other form in a sentence with no amount is not tagged
    text = I07 + "“三供一业”改造项目实施后将惠及千余户职工家庭。"
    spans = mention_spans(nlp, text)
    assert ("陈家岭街道“三供一业”改造项目", "PROJECT") in spans
    assert sum(1 for name, label in spans if name == "“三供一业”改造项目" and label == "PROJECT") == 1
