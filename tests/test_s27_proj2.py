"""Session 27 round 2 (s27-proj2): PROJECT names on real pages.

A class's count of projects opens the list of its main items across the clauses of the class's
figures ("一般性工业项目11个，年内计划完成投资10.1亿元，主要有A、B、C等"), so items with no head
word are projects (``project_lists._after``); a project's quality (高水平), a city's works (市政) and
a trade's helpers (辅助) beside class words only make a class of projects, no name (``project.generic``
of ``ontology/patterns/entities.toml``). The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from conftest import typed

# real-pages-30 r08 (qh.xinhuanet.com)
R08 = (
    "据悉,格尔木市2023年第一批100个集中开复工项目总投资651亿元,涉及基础设施、产业发展、社会民生、现代物流等多个领域,"
    "年内计划完成投资80亿元,其中:一般性工业项目11个,年内计划完成投资10.1亿元,主要有中信昆仑2万吨碳酸锂、"
    "黄河矿业夏日哈木镍钴矿采选、盐湖股份钾肥增产保供等;清洁能源项目10个,年内计划完成投资41亿元,主要有"
    "南山口240万千瓦抽水蓄能、鲁能格尔木乌图美仁多能互补、青豫直流二期外送等;城市基础设施项目67个,年内计划完成投资"
    "15.5亿元,主要有国防教育展示馆、得水园海绵生态公园、那棱格勒河水利枢纽等。"
)


def test_a_class_count_opens_its_list_across_its_figures(nlp):
    found = typed(nlp, R08)
    for name in (
        "中信昆仑2万吨碳酸锂",
        "黄河矿业夏日哈木镍钴矿采选",
        "盐湖股份钾肥增产保供",
        "鲁能格尔木乌图美仁多能互补",
        "青豫直流二期外送",
        "得水园海绵生态公园",
        "那棱格勒河水利枢纽",
    ):
        assert (name, "PROJECT") in found, name
    # the fields the batch spans are listed too, with no count of projects before them
    for field in ("基础设施", "产业发展", "社会民生", "现代物流"):
        assert (field, "PROJECT") not in found


def test_figures_without_a_count_of_projects_open_no_list(nlp):
    # the same clauses after a count of firms, not of projects: the items stay what they were
    text = "签约企业11家,总投资10.1亿元,主要有中信昆仑、黄河矿业、盐湖股份等。"
    found = typed(nlp, text)
    assert not any(label == "PROJECT" for _, label in found)


def test_a_slogans_parallel_names_no_project(nlp):
    # real-pages-30 r07 (ecodreamers.com)
    text = (
        "着力实施重点项目“百日攻坚”行动,高起点推动项目、高质量建设项目、高水平服务项目,"
        "形成“储备一批、开工一批、投产一批”的梯次推进格局"
    )
    assert not any(label == "PROJECT" for _, label in typed(nlp, text))


def test_a_citys_works_beside_a_class_are_a_class(nlp):
    # real-pages-32 t07 (shhqcbd.gov.cn)
    text = "28日,虹桥商务区虹桥进口商品保税交易中心二期展销中心等152020年首批重点产业投资项目和市政配套项目集中开工。"
    assert ("市政配套项目", "PROJECT") not in typed(nlp, text)


def test_a_trades_helpers_beside_a_class_are_a_class(nlp):
    # real-proj q07 (gov.cn)
    text = "2012年,50余个农业装备制造业项目和辅助产业项目将纷纷涌入绥化,成为促进现代农业发展的新引擎。"
    assert ("辅助产业项目", "PROJECT") not in typed(nlp, text)


def test_helpers_with_a_named_line_stay_a_project(nlp):
    # real-proj3 a06 (jingzhou.cjyun.org): 辅助 beside a product is no class
    text = "超级工厂占地1000亩,预计明年二季度一期建成,明年底60GWh动力储能电池生产线及辅助设施项目全部建成投产。"
    assert ("60GWh动力储能电池生产线及辅助设施项目", "PROJECT") in typed(nlp, text)
