"""Session 30 (s30-invest): a firm that invests an amount as the subject of a sentence naming no
project invests in, and gives the amount to, the project a sentence before names after the firm
itself (kg/nlp/relations/invests_own.py, rule ``investor_own_project``; the amount through
``kg.nlp.relations.investment.project_for``). Sentences from the tuning pages real-pages-37 a11,
real-pages-36 x12 and real-proj3 a03 (traditional script as the pages write it)."""

from __future__ import annotations

from conftest import invested_amounts
from test_project_clauses import investors

# real-pages-37 a11: the project named in one sentence, its firm investing in the next
A11 = (
    "第一階段是一季度項目現場拉練、實地觀摩湖北大運高端智能整車擴能項目。"
    "湖北大運汽車有限公司投資20億元,占地160畝,建築面積20萬平方米,主要建設國内一流的智能化、數字化整車生産線和總裝車間,"
    "對生産線進行智能化、數字化改造升級,配套建設商品車停車場等。"
)
# real-pages-36 x12: the plant's extension named two sentences before the firm's amount
X12 = (
    "黃修權表示,望隼科技要在苗栗落地生根,把苗栗當成總部基地,感謝苗栗縣政府的全力協助,才能讓望隼科技擴廠進行得如此快速與順利。"
    "石安指出,望隼科技這次在竹南擴廠總投資金額約50億元,預估可以創造超過1千個就業機會。"
)


def test_a_firm_investing_as_subject_invests_in_its_own_named_project_before(nlp):
    assert ("湖北大运汽车有限公司", "湖北大运高端智能整车扩能项目") in investors(nlp, A11)
    assert ("望隼科技", "望隼科技扩厂") in investors(nlp, X12)


def test_the_amount_of_a_firm_as_subject_goes_to_its_own_named_project(nlp):
    assert ("湖北大运高端智能整车扩能项目", 2_000_000_000) in invested_amounts(nlp, A11)
    assert ("望隼科技扩厂", 5_000_000_000) in invested_amounts(nlp, X12)


def test_a_project_not_named_after_the_firm_gets_neither_the_firm_nor_its_amount(nlp):
    # real-proj3 a03: the firm invests on its own account; the projects before are others'
    text = (
        "湖北金鉴生物有限公司将建10万级洁净车间,新建体外诊断试剂研发及新型冠状病毒抗原检测试剂盒生产线项目。"
        "真奥金银花药业有限公司将投资1.5亿元,扩建制剂、提取和口服液车间及仓储。"
    )
    assert not any(org == "真奥金银花药业有限公司" for org, _ in investors(nlp, text))
    assert not any(amount == 150_000_000 for _, amount in invested_amounts(nlp, text))
