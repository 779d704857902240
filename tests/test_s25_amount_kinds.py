"""Session 25 (s25-amount): what a Taiwanese page says a public work costs.

Kinds read on the general real-pages sets' errors (``benchmarks/audits/s25-amount/``): the funds of a
work (經費) are the work's whoever budgets them ("市府編列工程經費…", "發包經費約…億餘元，市府自籌…"),
a headline and its lead may name the work with and without the city that opens its name, the funds
may be said spent ("總經費斥資…"), and the amount a contract is let for (發包經費) is the work's cost.
Every name here is invented. The pages are read as a build reads them (:func:`analyse_document`: a
page in traditional characters is Taiwan's, where a quoted 「…工程」 is a work's name).
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def amounts(nlp, text: str) -> set[tuple[str, float]]:
    """``(project as written, amount)`` of the ``invested_amount`` facts of a page."""
    result = analyse_document(nlp, "t.txt", text)
    return {
        (result.mentions[r.head].text, r.value["amount"])
        for r in result.relations
        if r.type == "invested_amount" and r.value
    }


def test_funds_a_city_budgets_are_the_works_named_in_its_ceremony(nlp):
    # the work is named only inside the ceremony's name, as 桃園市 and without it in the headline
    text = (
        "鷺汀區翠屏湖公園景觀改善工程動土儀式 澄岳市長松霖26日下午出席「澄岳市鷺汀區翠屏湖公園景觀改善工程"
        "開工動土典禮」。松市長說,市府自去年開始,採用新方法推動公園改造案。翠屏湖公園位於鷺汀區中心,公園內"
        "設施多已老舊,市府編列工程經費3,250萬元進行整體重建,預定於明年完工。"
    )
    assert {a for _, a in amounts(nlp, text)} == {32_500_000}


def test_the_amount_a_work_is_let_for_is_its_cost_though_a_body_opens_the_clause(nlp):
    text = (
        "澄岳市「市民活動中心南棟大樓新建統包工程」今(22)日上午在南棟基地舉行動土祈福儀式，由澄岳市長松霖親自"
        "主持典禮。市民活動中心南棟大樓以「打開城門 走進森林」為主題，發包經費約12億餘元，市府自籌近8億元並"
        "爭取內政部補助約4億元。"
    )
    assert ("市民活動中心南棟大樓新建統包工程", 1_200_000_000) in amounts(nlp, text)


def test_funds_said_spent_are_the_works_total(nlp):
    text = (
        "串聯澄岳科學園區的「澄岳市鷺汀區科學園區西向聯外道路工程」今(4)日通車。"
        "市長松霖表示,此路段總經費斥資18億元,不但可紓解車流,更是一條重要道路。"
    )
    assert ("澄岳市鷺汀區科學園區西向聯外道路工程", 1_800_000_000) in amounts(nlp, text)


def test_a_companys_own_investment_is_still_no_earlier_projects_total(nlp):
    # the guard: 投资 with an organisation as its subject stays the organisation's own amount
    text = "岚溪新材料产业园项目开工仪式在鹭汀区举行。澄岳能源有限公司计划投资120亿元，在鹭汀区布局氢能产业。"
    assert amounts(nlp, text) == set()


def test_funds_granted_are_still_no_works_total(nlp):
    # the guard: 經費 alone (a grant, a purchase) is no trigger; nor two different works' names one
    text = "「澄岳市鷺汀區翠屏湖步道改善工程」今日開工。鷺汀區獲補助經費1,680萬元，將用於「岚溪橋梁補強工程」。"
    assert amounts(nlp, text) == set()


# ----------------------------------------------------------------- a plant before its extension's name


def investors(nlp, text: str) -> set[tuple[str, str]]:
    """``(investor as written, project as written)`` of the ``invests_in`` facts of a page."""
    result = analyse_document(nlp, "t.txt", text)
    ms = result.mentions
    return {
        (ms[r.head].text, ms[r.tail].text) for r in result.relations if r.type == "invests_in" and r.tail is not None
    }


def test_a_plant_opening_its_own_phase_or_extension_is_no_investor(nlp):
    text = "岚溪热电厂工程扩建项目、澄岳电厂二期工程等项目正积极开展前期工作。"
    assert not any(h in ("岚溪热电厂", "澄岳电厂") for h, _ in investors(nlp, text))


def test_a_company_opening_its_projects_name_stays_its_investor(nlp):
    # the guard: a firm's phase ("…有限公司二期项目") and a plant's project that is no extension of it
    got = investors(nlp, "澄岳新材料有限公司年产5万吨锂电隔膜二期项目正式开工。")
    assert ("澄岳新材料有限公司", "澄岳新材料有限公司年产5万吨锂电隔膜二期项目") in got
