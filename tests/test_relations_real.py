"""Relations on sentences of the kinds real local-news pages write (issue 14): amounts given
as a series before a list, projects named after a chain of places, trips to a town."""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def relations_of(nlp, text: str, rtype: str) -> set[tuple]:
    """``(type, head text, tail text | amount, qualifier)`` of the facts of type ``rtype``."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    out = set()
    for r in doc._.relations:
        if r.type != rtype:
            continue
        if r.tail is not None:
            out.add((r.type, name(r.head), name(r.tail)))
        else:
            out.add((r.type, name(r.head), r.value["amount"], r.value["qualifier"]))
    return out


def test_a_series_of_amounts_before_a_list_gives_one_amount_per_item(nlp):
    text = "此外，总投资分别为11亿元、6亿元的康乐佳苑养老项目和永兴田园综合体项目已签约落户。"
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "康乐佳苑养老项目", 1100000000, "exact") in got
    assert ("invested_amount", "永兴田园综合体项目", 600000000, "exact") in got
    # Two amounts for three names: who has which is not said, so no amount at all.
    text = "总投资分别为11亿元、6亿元的康乐佳苑养老项目、永兴田园综合体项目和冷链物流中心项目已签约。"
    assert relations_of(nlp, text, "invested_amount") == set()


def test_a_chain_of_places_opening_a_project_name_places_it_in_the_innermost(nlp):
    text = "4月26日上午，嘉兴市秀洲区王店镇智能化电气设备制造项目开工。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "嘉兴市秀洲区王店镇智能化电气设备制造项目", "王店镇") in got
    assert ("located_in", "王店镇", "秀洲区") in got
    # A body named after its chain: the town's government is in the town the article names.
    got = relations_of(nlp, "林投公司与谷城县茨河镇政府签订了投资框架协议。茨河镇位于谷城县东部。", "located_in")
    assert ("located_in", "谷城县茨河镇政府", "茨河镇") in got
    # A word ending in 镇 after a county is no town ("城镇化"): the project stays in the county.
    got = relations_of(nlp, "平川县城镇化示范项目开工。", "located_in")
    assert not any(t.endswith("镇") for _, _, t in got)


def test_the_stops_of_a_trip_to_a_town_are_in_the_town(nlp):
    text = "8月17日，县长王刚到回龙镇调研，先后深入华夏建陶产业园、鸿发水泥项目建设工地，了解项目进展。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "华夏建陶产业园", "回龙镇") in got
    assert ("located_in", "鸿发水泥项目", "回龙镇") in got
    # A town that is only visited, with no stops named after it, places nothing.
    got = relations_of(nlp, "8月17日，县长王刚到回龙镇调研，听取鸿发水泥项目汇报。", "located_in")
    assert ("located_in", "鸿发水泥项目", "回龙镇") not in got


def test_an_investor_before_an_amount_with_de_invests_in_the_project_named_after_it(nlp):
    text = "日前，由华远新能源有限公司计划投资8亿元的年产5万吨储能电池项目在东海县签约。"
    got = relations_of(nlp, text, "invests_in")
    assert ("invests_in", "华远新能源有限公司", "年产5万吨储能电池项目") in got
    assert ("invested_amount", "年产5万吨储能电池项目", 800000000, "planned") in relations_of(
        nlp, text, "invested_amount"
    )


def test_an_amount_before_a_building_verb_and_de_is_the_named_projects(nlp):
    text = "由华远新能源有限公司投资5亿元建设的年产5万吨储能电池项目开工。"
    got = relations_of(nlp, text, "invested_amount")
    assert got == {("invested_amount", "年产5万吨储能电池项目", 500000000, "exact")}
    # What the verb builds with 的 is a building of its own, not the project named later.
    text = "华远公司计划投资3亿元建设的厂房已封顶，年产5万吨储能电池项目同步推进。"
    assert relations_of(nlp, text, "invested_amount") == set()


def test_a_project_that_builds_the_site_opening_its_name_is_not_inside_it(nlp):
    for text in (
        "东湖路(蓼北路-双板桥路)新建工程开工。",
        "青岚山田园小镇建设项目由湖南青岚山文化旅游开发有限公司投资建设。",
    ):
        got = relations_of(nlp, text, "located_in")
        assert not any(h.endswith(("工程", "项目")) for _, h, _ in got), got
    # A project with a name of its own after the park is in the park.
    got = relations_of(nlp, "回龙工业园标准化厂房项目开工。", "located_in")
    assert ("located_in", "回龙工业园标准化厂房项目", "回龙工业园") in got


def test_each_item_of_a_list_that_settles_in_a_place_is_there(nlp):
    text = "此外，康乐佳苑养老项目和永兴田园综合体项目等已签约落户东海经济开发区。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "康乐佳苑养老项目", "东海经济开发区") in got
    assert ("located_in", "永兴田园综合体项目", "东海经济开发区") in got
    got = relations_of(nlp, "年产5万吨储能电池项目、光伏组件项目将落户东海经济开发区。", "located_in")
    assert ("located_in", "年产5万吨储能电池项目", "东海经济开发区") in got
    # A county that hosts companies is not inside what it hosts.
    got = relations_of(nlp, "东海县已入驻光伏组件项目。", "located_in")
    assert not any(h == "东海县" for _, h, _ in got)


def test_a_name_after_located_in_a_park_with_an_inside_word_is_in_the_park(nlp):
    text = "8月14日，位于高河街道金东产业园内的华瑞科技有限公司正在进行厂房吊装工作。"
    got = relations_of(nlp, text, "located_in")
    assert ("located_in", "华瑞科技有限公司", "高河街道金东产业园") in got
    got = relations_of(nlp, "位于东海经济开发区内的华远新能源有限公司已投产。", "located_in")
    assert ("located_in", "华远新能源有限公司", "东海经济开发区") in got


def test_the_count_of_a_heading_closed_by_a_colon_does_not_make_the_first_item_a_sum(nlp):
    text = "集中开工项目3个：1.年产5万吨储能电池项目，总投资5亿元；2.光伏组件项目，总投资3亿元。"
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "年产5万吨储能电池项目", 500000000, "exact") in got
    assert ("invested_amount", "光伏组件项目", 300000000, "exact") in got
    # The count right before the colon, no item after it: the amount is the sum.
    assert relations_of(nlp, "全县签约项目5个：总投资23亿元，涉及新能源等领域。", "invested_amount") == set()


def test_the_company_not_the_host_government_signs_for_the_project(nlp):
    text = "3月12日，华远新能源有限公司与广灵县人民政府签订了年产5万吨储能电池项目投资协议。"
    got = relations_of(nlp, text, "invests_in")
    assert got == {("invests_in", "华远新能源有限公司", "年产5万吨储能电池项目")}
    # A body that is no company before the host: nobody is said to invest.
    text = "3月12日，市财政局与广灵县政府签订了年产5万吨储能电池项目投资协议。"
    assert relations_of(nlp, text, "invests_in") == set()


def test_a_series_of_amounts_after_a_comma_gives_one_amount_per_item_of_the_list_before(nlp):
    text = "此次开工的项目分别是年产5万吨储能电池项目、光伏组件项目，总投资分别为1.2亿元和3亿元。"
    got = relations_of(nlp, text, "invested_amount")
    assert got == {
        ("invested_amount", "年产5万吨储能电池项目", 120000000, "exact"),
        ("invested_amount", "光伏组件项目", 300000000, "exact"),
    }
    # Three names, two amounts: no item's amount is said.
    text = "年产5万吨储能电池项目、光伏组件项目和冷链物流园项目，总投资分别为1.2亿元和3亿元。"
    assert relations_of(nlp, text, "invested_amount") == set()


def test_a_project_named_where_the_reporter_stood_takes_the_amount_of_a_later_sentence_naming_it(nlp):
    text = (
        "近日，记者在丰田镇保林村伟兴机械项目建设现场看到，现场一片繁忙景象。"
        "据了解，伟兴机械项目占地面积50亩，计划总投资2.2亿元。"
    )
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "丰田镇保林村伟兴机械项目", 220000000, "planned") in got
    # A later sentence about something else (a park) gives the project no amount.
    text = (
        "近日，记者在丰田镇保林村伟兴机械项目建设现场看到，现场一片繁忙景象。"
        "据了解，该园区占地面积50亩，计划总投资2.2亿元。"
    )
    assert relations_of(nlp, text, "invested_amount") == set()


def test_at_least_words_before_the_unit_and_floors_give_an_at_least_amount(nlp):
    text = "年产5万吨储能电池项目总投资10余亿元。光伏组件项目计划总投资不低于20亿元。"
    got = relations_of(nlp, text, "invested_amount")
    assert ("invested_amount", "年产5万吨储能电池项目", 1000000000, "at_least") in got
    assert ("invested_amount", "光伏组件项目", 2000000000, "at_least") in got
