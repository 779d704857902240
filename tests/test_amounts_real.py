"""Amounts and investors as real pages write them (issue 14, gold-first set
``tests/fixtures/real-amount``): each kind of error seen there, on sentences of its kind
written for the test (no name from any page)."""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def facts(nlp, text: str) -> tuple[set[tuple[str, float]], set[tuple[str, str]]]:
    """(project, amount) and (investor, project) facts of ``text``."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    amounts = {(name(r.head), r.value["amount"]) for r in doc._.relations if r.type == "invested_amount"}
    investors = {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "invests_in"}
    return amounts, investors


def test_a_site_between_the_amount_and_the_building_verb(nlp):
    text = (
        "华辰科技拟投资4.2亿元，在高新区建设智能传感器生产基地项目；"
        "鑫源物流公司拟投资8000万元，在空港新区建设冷链仓储中心项目。"
    )
    amounts, investors = facts(nlp, text)
    assert ("智能传感器生产基地项目", 420_000_000) in amounts
    assert ("冷链仓储中心项目", 80_000_000) in amounts
    assert ("华辰科技", "智能传感器生产基地项目") in investors
    assert ("鑫源物流公司", "冷链仓储中心项目") in investors


def test_an_amount_before_a_building_verb_is_no_attribute(nlp):
    text = "继上月远航控股集团计划在新区投资60亿元建设数字经济产业园项目后，又一家企业入驻新区。"
    amounts, investors = facts(nlp, text)
    assert ("数字经济产业园项目", 6_000_000_000) in amounts
    assert ("远航控股集团", "数字经济产业园项目") in investors


def test_each_item_of_a_list_of_amounts_names_its_own_project(nlp):
    # The items whose names the entity stage does not keep get no amount, neither the
    # previous item's nor one of a project of an earlier sentence.
    text = (
        "全省集中开工重大项目300个，主要是基础设施工程、重大产业带动项目，总投资900亿元。"
        "总投资50亿元以上的项目有5个。其中，南北快速通道总投资120亿元、西湖湿地生态园总投资80亿元、"
        "年产5万吨高纯硅材料项目总投资60亿元、滨江新城综合管廊工程总投资55亿元。"
    )
    amounts, _ = facts(nlp, text)
    right = {
        ("南北快速通道", 12_000_000_000),
        ("西湖湿地生态园", 8_000_000_000),
        ("年产5万吨高纯硅材料项目", 6_000_000_000),
        ("滨江新城综合管廊工程", 5_500_000_000),
    }
    assert ("年产5万吨高纯硅材料项目", 6_000_000_000) in amounts
    # the sum of the 300 (the examples after 主要是) is no example's either
    assert amounts <= right, amounts - right


def test_a_count_with_examples_is_a_sum(nlp):
    text = "全县集中开工项目30个，主要是年产10万吨玻璃纤维项目等，总投资50亿元。"
    amounts, _ = facts(nlp, text)
    assert amounts == set()
    # the count in an earlier sentence does not make a project's own total a sum
    amounts, _ = facts(nlp, "全县集中开工项目30个。年产10万吨玻璃纤维项目总投资5亿元。")
    assert amounts == {("年产10万吨玻璃纤维项目", 500_000_000)}


def test_amount_formats_of_real_pages(nlp):
    amounts, _ = facts(nlp, "当天开工的滨湖文旅小镇项目占地约300亩，耗资近15亿元。")
    assert amounts == {("滨湖文旅小镇项目", 1_500_000_000)}
    amounts, _ = facts(nlp, "此次签约的有投资1亿8千万元的年产20万吨饲料加工项目。")
    assert amounts == {("年产20万吨饲料加工项目", 180_000_000)}


def test_the_builder_between_the_amount_and_the_name(nlp):
    amounts, investors = facts(nlp, "总投资5亿元的由华辰集团投资建设的年产10万吨玻璃纤维项目开工。")
    assert amounts == {("年产10万吨玻璃纤维项目", 500_000_000)}
    assert ("华辰集团", "年产10万吨玻璃纤维项目") in investors


def test_the_investor_named_by_its_role(nlp):
    amounts, investors = facts(nlp, "华丰新能源电池项目投资主体为远航控股集团，计划总投资3亿美元，新增用地160亩。")
    assert investors == {("远航控股集团", "华丰新能源电池项目")}
    assert amounts == {("华丰新能源电池项目", 300_000_000)}  # in dollars: the fact keeps the currency


def test_the_company_of_a_signing_invests_in_the_project_that_settles(nlp):
    text = "同日，华辰控股集团有限公司与开发区签署合作协议，总投资50亿元的智慧康养小镇项目落户开发区。"
    amounts, investors = facts(nlp, text)
    assert ("华辰控股集团有限公司", "智慧康养小镇项目") in investors
    assert ("智慧康养小镇项目", 5_000_000_000) in amounts
    # two companies in the signing clause: which one invests is not said
    text = "华辰控股集团有限公司与鑫源物流有限公司签署合作协议，智慧康养小镇项目正式落户开发区。"
    _, investors = facts(nlp, text)
    assert investors == set()


def test_a_list_of_investors_with_their_amounts_and_projects(nlp):
    text = (
        "此次签约涉及华辰实业有限公司投资1.2亿元的年产20万吨饲料加工项目；"
        "远航控股集团投资25亿元的滨江生态治理及开发建设项目。"
    )
    amounts, investors = facts(nlp, text)
    assert ("华辰实业有限公司", "年产20万吨饲料加工项目") in investors
    assert ("远航控股集团", "滨江生态治理及开发建设项目") in investors
    assert amounts == {("年产20万吨饲料加工项目", 120_000_000), ("滨江生态治理及开发建设项目", 2_500_000_000)}


def test_what_was_spent_so_far_is_no_total(nlp):
    text = "全力推进华辰电声项目建设。据了解，华辰电声项目一期已投资1.08亿元，完成年度投资计划的72%。"
    amounts, _ = facts(nlp, text)
    assert amounts == set()
    amounts, _ = facts(nlp, "华辰电声项目总投资5亿元，目前已投资1.08亿元。")
    assert amounts == {("华辰电声项目", 500_000_000)}


def test_a_later_clause_that_names_its_own_project(nlp):
    # The second clause names a project the entity stage may miss: its amount is that one's,
    # never the first project's second total.
    text = "年产5万吨饲料加工项目总投资3亿元，南北快速通道改造工程总投资2亿元。"
    amounts, _ = facts(nlp, text)
    assert ("年产5万吨饲料加工项目", 300_000_000) in amounts
    assert ("年产5万吨饲料加工项目", 200_000_000) not in amounts
    # a clause that refers back (项目, 该项目) keeps the project named before
    amounts, _ = facts(nlp, "年产5万吨饲料加工项目位于开发区，项目总投资3亿元。")
    assert amounts == {("年产5万吨饲料加工项目", 300_000_000)}


def test_the_company_of_a_signing_builds_what_the_next_clause_names(nlp):
    _, investors = facts(nlp, "华辰新材料有限公司与西河县签约，将投资5亿元建设年产2万吨碳纤维项目。")
    assert investors == {("华辰新材料有限公司", "年产2万吨碳纤维项目")}


def test_a_contractor_is_no_investor_and_a_joint_venture_invests(nlp):
    _, investors = facts(nlp, "年产2万吨碳纤维项目由中建三局承建，总投资5亿元。")
    assert investors == set()
    _, investors = facts(nlp, "华辰集团与远航控股集团合资建设年产2万吨碳纤维项目。")
    assert investors == {("华辰集团", "年产2万吨碳纤维项目"), ("远航控股集团", "年产2万吨碳纤维项目")}


def test_a_currency_written_before_the_number(nlp):
    text = "年產2萬噸碳纖維項目總投資新台幣50億元，另一年产5万吨饲料加工项目總投資人民幣3億元。"
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    got = sorted((r.value["amount"], r.value["currency"]) for r in doc._.relations if r.type == "invested_amount")
    assert got == [(300_000_000, "CNY"), (5_000_000_000, "TWD")]


def test_a_list_whose_first_items_were_missed_closes_with_its_sum(nlp):
    text = "其中，南北快速通道一期、西河县城乡供水工程、滨江新城综合管廊工程参加今天的集中开工活动，总投资超30亿元。"
    amounts, _ = facts(nlp, text)
    assert amounts == set()
    amounts, _ = facts(nlp, "东城三项目今天开工 总投资超30亿元")
    assert amounts == set()


def test_a_second_total_one_sentence_further_back_is_no_projects(nlp):
    text = (
        "滨江新城综合管廊工程位于新区，总投资约7.2亿元，主要建设管廊主体。"
        "南北快速通道该项目主线全长约3.9公里，均为高架桥。"
        "项目采用PPP模式建设，总投资约21.8亿元，建设工期36个月。"
    )
    amounts, _ = facts(nlp, text)
    assert amounts == {("滨江新城综合管廊工程", 720_000_000)}


def test_investors_closed_by_a_class_of_companies(nlp):
    _, investors = facts(nlp, "还有中煤集团、国电集团等央企投资建设的年产40万吨聚氯乙烯项目。")
    assert investors == {("中煤集团", "年产40万吨聚氯乙烯项目"), ("国电集团", "年产40万吨聚氯乙烯项目")}
