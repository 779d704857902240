"""Session 28 (s28-proj): PROJECT names that one common word makes, and named wastewater plants.

A source that types one common word PROJECT ("了解|园区|企业", "…、生态园、花卉基地、", "固化剂") reads no
name: 6 false PROJECTs on 5 pages of 5 sites of the tuning sets, no right one of that shape. A named
wastewater plant is a work being built or finished, a project in every tuning gold that names one
(real-pages-24 w06, -30 r05, -32 t04, real-place2 p08). The sentences are quoted from the tuning pages.
"""

from __future__ import annotations

from conftest import typed


def test_a_park_word_alone_before_its_firms_is_no_project(nlp):
    # real-pages-34 v11 (investchn.com)
    text = (
        "巩义胜一行先后来到中国三峡柑橘交易中心、重庆万大眼镜有限公司、重庆索途模有限公司进行调研,"
        "详细了解园区企业生产运营、产品销售、交通物流、用工保障等情况。"
    )
    found = typed(nlp, text)
    assert ("园区", "PROJECT") not in found
    assert ("重庆万大眼镜有限公司", "ORG") in found


def test_a_product_word_in_a_list_of_projects_is_no_project(nlp):
    # real-pages-19 k05 (mas-day.com)
    text = (
        "在扬州三得利化工有限公司,戴瑞一行实地考察了企业生产和销售情况,"
        "并与企业负责人就拟在和投资赛克、呔哔克、固化剂、成碳剂等项目深入交换了意见。"
    )
    assert ("固化剂", "PROJECT") not in typed(nlp, text)


def test_a_named_wastewater_plant_in_a_visit_list_is_a_project(nlp):
    # real-pages-32 t04 (gyxww.net)
    text = (
        "在原州区,滑志敏察看开城镇双泉村文旅示范村、三营污水处理厂、安和村马铃薯气调库、黄铎堡镇高标准农田、"
        "新材料产业园食用菌产业链项目、原州区数字农业、冬至河水库除险加固等项目建设情况。"
    )
    assert ("三营污水处理厂", "PROJECT") in typed(nlp, text)


def test_a_wastewater_plant_named_by_its_capacity_is_a_project(nlp):
    # real-pages-24 w06 (bilezu.com)
    text = (
        "新疆山青华通环境科技有限公司总投资6500元、日处理污水2万吨污水处理厂建设,东营市东源新型建材有限公司新疆分公司。"
    )
    assert ("日处理污水2万吨污水处理厂", "PROJECT") in typed(nlp, text)


def test_a_bare_wastewater_plant_names_no_project(nlp):
    # real-pages-5 t09: a count of plants built, no name
    text = "建成库容968万立方米的蓄水湖和库容404万立方米的生化氧化塘各1个;开工建设自来水厂和污水处理厂各1座。"
    found = typed(nlp, text)
    assert not any(label == "PROJECT" for _, label in found)
