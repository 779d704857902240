"""Session 30 (s30-invest): a firm that invests an amount as the subject of a sentence naming no
project invests in, and gives the amount to, the project a sentence before names after the firm
itself (kg/nlp/relations/invests_own.py, rule ``investor_own_project``; the amount through
``kg.nlp.relations.investment.project_for``). A phasing or a bracketed note between the investor's
amount and its verb ("投资2.5亿元，分两期建设的P"), and 公司 at a clause's start standing for the company
named just before ("X有限公司总经理某某说，公司投资2.6亿元的P"). Sentences from the tuning pages
real-pages-37 a11, a06, a04, real-pages-36 x12, real-proj3 a03, real-proj3 b05 and real-pages-16 h11
(traditional script as the pages write it)."""

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


# real-pages-37 a06: the speaker's company as 公司; the investor named after 由 with a phasing before 建设的
A06 = (
    "“我们从上海来新疆考察了很多地方,最终落户伊宁园区。”伊犁惠宁生物科技有限公司总经理冯辉信心满满地说,"
    "公司投资2.6亿元的年产2万吨木糖醇生产加工项目,主要从玉米芯提取木糖醇,预计2024年建成并投入使用。"
    "由伊犁宏润食品有限责任公司投资2.5亿元,分两期建设的年产5万吨甜味剂综合生产加工项目,预计2024年9月竣工。"
)


def test_a_phasing_between_the_amount_and_the_verb_keeps_the_investor_and_the_amount(nlp):
    got = investors(nlp, A06)
    assert ("伊犁宏润食品有限责任公司", "年产5万吨甜味剂综合生产加工项目") in got
    # before: the phasing hid the verb, and 由X投资 took the project of the sentence before
    assert ("伊犁宏润食品有限责任公司", "年产2万吨木糖醇生产加工项目") not in got
    assert ("年产5万吨甜味剂综合生产加工项目", 250_000_000) in invested_amounts(nlp, A06)


def test_gongsi_at_a_clause_start_is_the_company_named_before(nlp):
    assert ("伊犁惠宁生物科技有限公司", "年产2万吨木糖醇生产加工项目") in investors(nlp, A06)
    # real-pages-37 a04: the company of the sentence before; a converted amount in brackets
    text = (
        "5月23日,梁河县与冕莱科技(云南)有限公司举行投资项目签约仪式。公司将在梁河投资4.95亿欧元(约合人民币35亿元),"
        "建设中草药种植基地、中草药科研中心、中医药康养、勐底大金塔文旅等项目。"
    )
    assert ("冕莱科技(云南)有限公司", "勐底大金塔文旅") in investors(nlp, text)


def test_a_firm_word_that_is_no_reference_invests_in_nothing(nlp):
    # real-proj3 b05: 企业 is no word of reference; real-pages-16 h11: 企业投资类项目 is a class of projects
    text = (
        "这家公司的总部在江苏宜兴,是全国麻纺织品行业龙头,"
        "企业千里迢迢从长三角来到穆棱投资建厂,看中的就是这里完整的亚麻产业链条。"
    )
    assert investors(nlp, text) == set()
    text = "本次开工25个重点项目,总投资额94.15亿元,其中,企业投资类项目17个,投资总额85.26亿元,政府投资类项目9个。"
    assert investors(nlp, text) == set()
