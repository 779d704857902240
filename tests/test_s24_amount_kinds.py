"""Session 24 (s24-amount): the money relations on real pages.

Kinds read on the general real-pages sets' errors and the pool's A half
(``benchmarks/audits/s24-amount/``): a company that opens a project's name is its investor only when
the name is whole (it ends in a project's head word) and the company is no partner named after 与;
a total over several projects is no item's (a count after 达,
a list closed by 等项目, a list of names too long for 80 characters, a list "A、B" in the amount's
own clause); a bare 亿/万 with a verb that builds right after it ("投资2亿建设的"); an amount of
亿 and 万 with a thousands separator ("2亿1,552万元"). Every name here is invented.
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def facts(nlp, text: str, rtype: str) -> set[tuple]:
    """``(head text, tail text | amount)`` of the facts of type ``rtype``."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    return {
        (name(r.head), name(r.tail) if r.tail is not None else r.value["amount"])
        for r in doc._.relations
        if r.type == rtype
    }


# ----------------------------------------------------------------- a company's name before a project


def test_a_company_before_a_name_cut_short_is_no_investor(nlp):
    # the entity stage reads "…公司年产2万吨白酒" (cut at the list's 、): no project's whole name
    text = "广西岚溪酒业公司年产2万吨白酒、黄酒、养生酒生产线第三期技改项目正在施工建设……\n一个个项目相继落地。"
    assert not any(h == "广西岚溪酒业公司" for h, _ in facts(nlp, text, "invests_in"))


def test_the_partner_of_a_signing_named_before_its_project_is_no_prefix_investor(nlp):
    text = "其中,与岚溪集团300万吨重质碳酸钙超细微粉项目、与澄岳科技有限公司电子商务产业园项目在推介大会上签约。"
    got = facts(nlp, text, "invests_in")
    assert ("岚溪集团", "岚溪集团300万吨重质碳酸钙超细微粉项目") not in got
    assert ("澄岳科技有限公司", "澄岳科技有限公司电子商务产业园项目") not in got


def test_a_company_opening_a_whole_project_name_and_one_that_invests_stay_investors(nlp):
    # the guards: a whole name with its head word, and the shapes that state the investor
    got = facts(nlp, "澄岳新材料有限公司年产5万吨锂电隔膜项目正式开工。", "invests_in")
    assert got == {("澄岳新材料有限公司", "澄岳新材料有限公司年产5万吨锂电隔膜项目")}
    text = "由澄岳新材料有限公司投资建设的年产5万吨锂电隔膜项目正式开工。"
    assert ("澄岳新材料有限公司", "年产5万吨锂电隔膜项目") in facts(nlp, text, "invests_in")


# ----------------------------------------------------------------- a total over several projects


def test_a_count_after_da_makes_the_amount_a_sum(nlp):
    text = "临港片区开工竣工项目达42个，投资总额达131亿元，其中钧禾石化项目本月正式投产。"
    assert not any(a == 13100000000 for _, a in facts(nlp, text, "invested_amount"))


def test_a_list_closed_by_deng_xiangmu_takes_no_item_amount(nlp):
    text = "沐川湾妇女儿童医院等项目集中开工 总投资达16.09亿元"
    assert facts(nlp, text, "invested_amount") == set()


def test_a_long_counted_list_after_an_amount_is_the_lists_sum(nlp):
    text = (
        "大会现场进行了项目发布，总投资63.75亿元的岚溪产能置换、集中式独立储能示范、栖岚高端汽车模具、"
        "年产60万吨新型功能肥料、零碳数字设施农业产业园、璟澜仓储物流产业基地等12个项目现场签约。"
    )
    assert facts(nlp, text, "invested_amount") == set()


def test_two_names_in_the_amounts_own_clause_share_it(nlp):
    text = "作为重点板块，翠溆智慧城、湄屿创新城吸引集聚投资超百亿元；"
    assert facts(nlp, text, "invested_amount") == set()


def test_a_single_project_and_items_with_their_own_amounts_keep_them(nlp):
    # the guards: one project's total, and items each with an amount of its own before the count
    assert facts(nlp, "沐川湾妇女儿童医院项目开工，总投资达16.09亿元。", "invested_amount") == {
        ("沐川湾妇女儿童医院项目", 1609000000)
    }
    got = facts(nlp, "总投资5亿元的璟澜置地广场、总投资3亿元的沐川湾酒店等5个项目开工。", "invested_amount")
    assert got == {("璟澜置地广场", 500000000), ("沐川湾酒店", 300000000)}


# ----------------------------------------------------------------- how the amount is written


def test_a_bare_unit_before_a_verb_that_builds_is_an_amount(nlp):
    text = "岚溪环境资源有限公司投资2亿建设的5万吨/年固废处置项目正式投产。"
    assert facts(nlp, text, "invested_amount") == {("5万吨/年固废处置项目", 200000000)}
    assert facts(nlp, text, "invests_in") == {("岚溪环境资源有限公司", "5万吨/年固废处置项目")}


def test_a_bare_unit_with_no_verb_that_builds_is_no_amount(nlp):
    # the guard: a year's spending and an output value are no project's total
    assert facts(nlp, "澄岳集团2022年投资3亿，年产值超过10亿。", "invested_amount") == set()


def test_yi_and_wan_with_a_thousands_separator(nlp):
    text = (
        "县政府19日正式启动“岚溪乡大排旁堤岸复建工程”，以全面提升沿岸防洪能力。"
        "该工程总经费约2亿1,552万元，工期540日历天。"
    )
    assert facts(nlp, text, "invested_amount") == {("岚溪乡大排旁堤岸复建工程", 215520000)}
