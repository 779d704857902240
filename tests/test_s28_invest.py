"""Session 28 (s28-invest): ``invests_in`` of several investors who share one verb phrase after 由
("由X、Y投资共同投资建设的P", "由X与Y共同投入经费"), and ``org_prefix`` refusing a company-prefixed
span that is no whole name of its own (a bare head, a list of firms, a name the entity stage cut
short). Sentences from the tuning pages real-pages-30 r04, real-pages-7 v02, real-pages-33 u06,
real-pages-18 j02, real-pages-15 g11 and real-pages-16 h04 (kg/nlp/relations/invests_in.py)."""

from __future__ import annotations

from test_project_clauses import investors


def test_several_investors_with_the_verb_twice_invest_in_the_project_after_de(nlp):
    # real-pages-30 r04: "投资共同投资建设的" stopped the verb match at the first 投资, and the
    # investors were given the earlier sentence's class 智慧型综合园区
    got = investors(
        nlp,
        "据了解,卧龙区此次签约的3个项目,投资总额26.7亿,涉及工业、智能终端、智慧型综合园区等行业领域。"
        "其中由河南农开基金管理公司、南阳市产投集团投资共同投资建设的南阳市艾草产业园项目,计划投资25亿元,"
        "主要建设艾草生物技术开发、保健食品、保健用品、艾制品、艾炙器具及科研、展示、体验、电商、仓储物流为一体的智慧型综合园区。",
    )
    assert ("河南农开基金管理公司", "南阳市艾草产业园项目") in got
    assert ("南阳市产投集团", "南阳市艾草产业园项目") in got
    assert not any(t == "智慧型综合园区" for _, t in got)


def test_several_investors_sharing_the_funds_invest_in_the_project_spoken_of(nlp):
    # real-pages-7 v02 (traditional script): "該項計畫由A與B共同投入經費" speaks of the project
    # of the sentence before
    got = investors(
        nlp,
        "8日福崗路西延道路新建工程舉行動土典禮，以近5億元打造銜接工業區的路網，不但能改善壅塞，"
        "更能提高用路人安全及產業發展。該項計畫由內政部國土管理署與南投縣政府共同投入經費，"
        "中央負擔3億7000多萬元，地方自籌1億2000多萬元，總經費近5億元。",
    )
    assert {t for _, t in got} == {"福岗路西延道路新建工程"}
    assert {h for h, _ in got} == {"内政部国土管理署", "南投县政府"}


def test_a_company_opening_a_list_of_firms_is_no_investor_of_the_merged_span(nlp):
    # real-pages-33 u06: the entity stage ran the list into one span; the link was a false one
    got = investors(
        nlp,
        "县盐化工业园的安徽华塑股份有限公司、泉盛化工有限公司、光大固废处置项目、安徽聚合辐化技术有限公司、"
        "安徽济东化工有限公司建设项目、安徽灵达高新材料有限公司建设项目等企业和项目现场,认真听取企业复工进展。",
    )
    assert not any(h == "安徽华塑股份有限公司" for h, _ in got)


def test_a_company_prefixed_name_cut_short_gives_no_investor(nlp):
    # real-pages-18 j02: the span ends at 基地 where the name goes on ("…研发基地|示范项目")
    got = investors(
        nlp,
        "调研中,梁润生、陈伟颂先后来到山东恒鹏卫品公司国家级弹性非织造布研发基地示范项目、"
        "广饶科力达石化公司产品结构优化提升项目等现场进行实地调研。",
    )
    assert not any(h == "山东恒鹏卫品公司" and t.endswith("研发基地") for h, t in got)
    # since session 36 (over_heads) the name is read whole, and the whole name keeps its prefix investor
    assert ("山东恒鹏卫品公司", "山东恒鹏卫品公司国家级弹性非织造布研发基地示范项目") in got
    # the whole name of the next item keeps its prefix investor (optional in the gold, right by GUIDE)
    assert ("广饶科力达石化公司", "广饶科力达石化公司产品结构优化提升项目") in got
    # real-pages-15 g11 (traditional): "…產業基地|建設專案"
    got = investors(
        nlp,
        "簡介儀式結束後,與會領導先後來到馬家窯初中建設專案、臨洮縣國家體育訓練基地(二期)建設專案,"
        "甘肅佛閣藏藥有限公司奇正藏藥醫藥產業基地建設專案等施工現場對集中開工專案現場進行了督查。",
    )
    assert not any(h.startswith("甘肃佛阁藏药") for h, _ in got)


def test_a_company_and_a_bare_head_is_no_project_of_its_own(nlp):
    # real-pages-16 h04: "某某新厂|基地" (the company and a head word) names no project to invest in
    got = investors(nlp, "以勒鋼鐵新廠基地占地約0.6公頃，總投資金額達新台幣2.7億元。")
    assert not any(t.endswith("基地") for _, t in got)
