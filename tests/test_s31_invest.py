"""Session 31 (s31-invest): the investor of an investing clause stands outside the clause.

A clause with no subject of its own ("，拟在某镇投资5亿美元，分三期建设P", "，拟分两期投资10亿元用于P") takes
the company that opens its sentence, past a role, a speaker or a signing between them
(kg/nlp/relations/invests_clause.py, rule ``investor_clause``); 公司 at a sentence's start reaches a
firm named further back in its paragraph, a quote between; a one-character place (在荣) may stand
before 投资 (kg/nlp/relations/invests_own.py, invests_in.py). Sentences from the tuning pages
real-pages-38 p06, real-amount a11, real-proj2 r12 and real-pages-40 bb08
(traditional script as the pages write it)."""

from __future__ import annotations

from test_project_clauses import investors

# real-pages-38 p06: a role between the firm and its clause, a phasing before the verb
P06 = "據了解,臺灣長廣實業股份有限公司作為項目投資方,擬在后白鎮投資5億美元,分三期建設江蘇臺灣農業(句容)高新科技園區。"
# real-amount a11: a signing with the county's government between, 用于 as the verb
A11 = "日上集团今日公告,公司与华安县政府签署合作框架协议,拟分两期投资10亿元用于重工设备钢构及其配套生产项目。"
# real-proj2 r12: a partner and a time between the firm and its amount; the next clause builds a list
R12 = (
    "桥山集团将携手战略伙伴在未来5年内投资310亿元,在北大湖滑雪度假区整体开发项目战略合作中建设国家青少年滑雪训练基地、"
    "冰雪产业人才孵化研学教育基地与设备研发中心、四季文旅综合体等9个项目。"
)


def test_a_clause_with_no_subject_takes_the_company_that_opens_the_sentence(nlp):
    got = investors(nlp, P06)
    # names come back in simplified script
    assert any(org == "台湾长广实业股份有限公司" and p.startswith("江苏台湾农业(句容)高新科技园") for org, p in got)
    assert ("日上集团", "重工设备钢构及其配套生产项目") in investors(nlp, A11)


def test_the_clause_after_the_firms_own_amount_builds_each_item_of_its_list(nlp):
    got = investors(nlp, R12)
    assert ("桥山集团", "国家青少年滑雪训练基地") in got
    assert ("桥山集团", "冰雪产业人才孵化研学教育基地与设备研发中心") in got
    # the project the place names (在P战略合作中) is not built by the clause
    assert ("桥山集团", "北大湖滑雪度假区整体开发项目") not in got


# real-pages-40 bb08: the speaker's company named four sentences (a quote) before 公司; the place 荣 (荣昌)
BB08 = (
    "作为签约企业代表,广东华兴玻璃股份有限公司董事长李深华告诉记者:重庆是西部大开发重要战略支点、"
    "“一带一路”和长江经济带联结点,也是内陆开放高地;重庆正在全力推动实现民营经济的高质量新发展,发展态势良好;"
    "荣昌招商引资工作细、服务好,“荣昌效率”备受好评。这些都是我们看好重庆、投资荣昌的理由。"
    "公司将在荣投资18亿元,建设年产60万吨绿色智能轻量化日用玻璃生产项目,全面达产后,年税收将超过1.2亿元。"
)


def test_gongsi_reaches_the_firm_named_before_a_quote_in_its_paragraph(nlp):
    assert ("广东华兴玻璃股份有限公司", "年产60万吨绿色智能轻量化日用玻璃生产项目") in investors(nlp, BB08)


def test_gongsi_does_not_reach_a_firm_of_another_paragraph(nlp):
    text = BB08.replace("这些都是我们看好重庆、投资荣昌的理由。", "这些都是我们看好重庆、投资荣昌的理由。\n\n")
    assert ("广东华兴玻璃股份有限公司", "年产60万吨绿色智能轻量化日用玻璃生产项目") not in investors(nlp, text)
