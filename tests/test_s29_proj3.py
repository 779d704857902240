"""Session 29 (s29-proj3): a project named after its capacity lists its products with 、/和/及 before
one head word, and the name is one project's (``capacity_item_projects`` in
:mod:`kg.nlp.entities.capacity_items`). The walk to the name's left edge used to stop at the list mark,
so the project, its amount and its investor landed on the last product. Sentences quoted from tuning
pages; the lists of projects each item its own stay apart.
"""

from __future__ import annotations

from conftest import project_names as _projects
from conftest import relation_pairs as _relations


def test_a_list_of_two_products_after_a_capacity_is_one_project(nlp):
    # real-pages-35 w03: kg kept "丁内酯系列产品项目", and the investor went nowhere
    text = (
        "签约仪式上,海城市集中签约1个项目,由腾鳌经济开发区主任王渊与山东泰利新能源科技有限公司总经理周伟签约"
        "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。该项目占地5000平方米,建筑面积约12000平方米,签约额1.15亿元。"
    )
    whole = "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"
    projects = _projects(nlp, text)
    assert whole in projects
    assert "丁内酯系列产品项目" not in projects
    assert ("山东泰利新能源科技有限公司", whole) in _relations(nlp, text, "invests_in")


def test_products_joined_by_he_keep_their_firm_and_the_amount(nlp):
    # real-amount d04: the amount went to "环保型防水卷材和2500吨防水涂料项目"
    text = (
        "河南中联天盛防水防腐材料有限公司年产1500万平方米环保型防水卷材和2500吨防水涂料项目:"
        "总投资3亿元,年度计划投资2.92亿元。"
    )
    whole = "河南中联天盛防水防腐材料有限公司年产1500万平方米环保型防水卷材和2500吨防水涂料项目"
    assert whole in _projects(nlp, text)
    amounts = _relations(nlp, text, "invested_amount")
    assert (whole, 300000000) in amounts
    assert not any(h.startswith("环保型") for h, _ in amounts)


def test_a_capacity_item_of_a_list_of_projects_stays_apart(nlp):
    # real-pages-6 u09: each item of the list is a project of its own in the gold
    text = (
        "大会现场进行了项目发布,总投资63.75亿元的河北长安产能置换、集中式独立储能示范、金键高端汽车模具、"
        "年产60万吨新型功能肥料、零碳数字设施农业产业园、伊顺仓储物流产业基地、希尔顿惠庭酒店等12个项目现场签约。"
    )
    projects = _projects(nlp, text)
    assert not any("肥料、零碳" in p for p in projects)


def test_items_with_their_own_capacity_verb_or_maker_stay_apart(nlp):
    # real-proj q22: "年产A改扩建和年产B生产线技改搬迁" are two projects
    text = (
        "4月7日下午,禄丰县人民政府举行项目签约仪式,集中签约一季度洽谈成功的禄丰LNG液化工厂建设、"
        "年产3.2万吨机床铸件智能化改扩建和年产1万吨香醋生产线技改搬迁3个项目的投资合作协议。"
    )
    assert not any("改扩建和年产" in p for p in _projects(nlp, text))
    # real-pages-26 b04: the items name their makers (国电投), no shared head
    text = (
        "盐池县全力打造主战场、主引擎,全面落实“代领办、一站式”服务,确保中氦科技年产60万方氦气、国电投5万吨铝型材、"
        "氦能科技提氦制氢及液化等89个项目3月份开工建设,力促一季度开工率达80%以上、上半年开工率达100%。"
    )
    assert not any("氦气、国电投" in p for p in _projects(nlp, text))
