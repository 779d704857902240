"""Projects whose frame fixes the name's left edge, and the guards that keep classes, fields and
parts of projects out (kg/nlp/project_frames.py, kg/nlp/project_lists.py; issue 14).

Each test holds sentences of one kind, written for the test (no names from any page)."""

from __future__ import annotations

from conftest import recognised

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def article_projects(nlp, text: str) -> tuple[set[str], set[tuple[str, int]]]:
    """The projects of an article as the pipeline reads it (lines rejoined), with their amounts."""
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    names = {art.text[m.start : m.end] for m in ms if m.label == "PROJECT"}
    amounts = {
        (art.text[ms[r.head].start : ms[r.head].end], int(r.value["amount"]))
        for r in doc._.relations
        if r.type == "invested_amount"
    }
    return names, amounts


def test_an_amount_with_de_opens_the_name_whatever_it_holds():
    got = projects(
        "共有8个项目,有总投资3000万元的青川县冷链仓储及配送中心建设项目,总投资800万元的白石庄园采摘体验和民宿项目。"
    )
    assert {"青川县冷链仓储及配送中心建设项目", "白石庄园采摘体验和民宿项目"} <= got
    # the name ends where the clause goes on
    got = projects("计划投资9000万元的恒远精密铸件技改项目将对原有车间进行改造。")
    assert "恒远精密铸件技改项目" in got
    # a generic name after the amount is no project
    assert projects("总投资5亿元的重点项目有3个。") == set()


def test_an_amount_and_a_verb_of_building_open_the_name():
    got = projects("某市引进宏达集团投资15亿元建设高端轮胎及配件生产项目,计划2年建成。")
    assert "高端轮胎及配件生产项目" in got
    got = projects("鼎新物流公司拟投资2.4亿元,在城东区建设华北分拨中心项目;")
    assert "华北分拨中心项目" in got


def test_what_a_signed_project_costs_is_no_part_of_its_name():
    got = projects("柳河县与青岭公司签订了10亿元人参精深加工项目。")
    assert "人参精深加工项目" in got and "10亿元人参精深加工项目" not in got
    got = projects("东岭区同宏远集团签署总投资8亿元的新型建材产业园项目协议。")
    assert "新型建材产业园项目" in got
    got = projects("当天签约的5亿元青禾食品产业园项目，将于年内开工。")
    assert "青禾食品产业园项目" in got and "5亿元青禾食品产业园项目" not in got
    # a size before the name is part of it
    assert "8万亩沙棘林营造工程" in projects("当天开工的8万亩沙棘林营造工程，总投资9000万元。")


def test_items_that_a_count_of_the_same_number_closes():
    got = projects("北关区引进10亿元高标准建设华丰物流城和万通建材城两个商贸项目。")
    assert {"华丰物流城", "万通建材城"} <= got
    assert not {"华丰物流城", "万通建材城"} & projects("北关区高标准建设华丰物流城和万通建材城三个商贸项目。")


def test_numbered_lines_each_name_a_project_after_their_heading(nlp):
    text = (
        "十个分会场项目如下\n"
        "1.东城区:东城智能制造及检测设备建设项目,总投资3亿元\n"
        "2.西城区:西城滨河停车场PPP项目包(第二期)项目,总投资1.5亿元\n"
        "3.南湖新城指挥部:南湖数字产业园起步区B3地块项目,总投资2.2亿元\n"
    )
    names, amounts = article_projects(nlp, text)
    assert {
        "东城智能制造及检测设备建设项目",
        "西城滨河停车场PPP项目包(第二期)项目",
        "南湖数字产业园起步区B3地块项目",
    } <= names
    assert ("东城智能制造及检测设备建设项目", 300000000) in amounts


def test_items_of_a_list_each_with_its_own_figure():
    got = projects("其中,北环铁路东段总投资40亿元、青山湖湿地公园总投资12亿元、东港海上风电项目总投资9亿元。")
    assert {"北环铁路东段", "东港海上风电项目"} <= got
    # one item alone without a head word is no project
    assert "北环铁路东段" not in projects("其中,北环铁路东段总投资40亿元。")
    # a class of projects with its figure is no project
    assert projects("其中,社会民生项目总投资11亿元、基础设施项目总投资24亿元。") == set()


def test_a_short_list_closed_by_a_count_names_its_items():
    got = projects("开工率80%;瑞达科技产业园等12个项目竣工,竣工率70%。")
    assert "瑞达科技产业园" in got
    # a generic item is no name, count or not
    assert projects("开工率80%;科技创新产业园等12个项目竣工。") == set()


def test_a_list_item_that_a_candidate_ends_but_does_not_fill():
    got = projects(
        "本次开工的项目包括东安县(华信)智能装备产业园(一期)、西丰县丰收道地中药饮片加工基地建设项目、"
        "G105东关至北坡段一级公路改建工程等20个重点项目。"
    )
    assert {"东安县(华信)智能装备产业园(一期)", "西丰县丰收道地中药饮片加工基地建设项目"} <= got
    assert "G105东关至北坡段一级公路改建工程" in got
    # a body before 的 is where the project lies, not part of its name
    got = projects("分别是北岭开发区的智能仓储物流基地项目、华兴技改项目、鼎盛农机生产项目。")
    assert not any(n.startswith("北岭开发区的") for n in got)


def test_fields_classes_and_parts_of_projects_are_no_projects():
    # a list that 等多个领域 closes names fields
    got = projects("共涉及全县十大工程中的装备制造产业工程、文旅融合工程、城乡提升工程等多个领域。")
    assert got == set()
    # a count before or after a name makes a class
    assert "农产品加工项目" not in projects("今年将新上30余个农产品加工项目。")
    assert projects("社会事业项目12个,总投资5亿元。") == set()
    # what a project will build is part of it
    assert projects("该项目拟在城南建设年存栏5万头生猪养殖基地、饲料厂和冷库。") == set()
    assert projects("项目将建设肉制品深加工生产线车间和冷库。") == set()
    # a company that will build a 项目 builds a project, not a part of one
    assert "热力联产项目" in projects("华远热电有限公司将在东河县北岭镇建设热力联产项目,计划投资6亿元。")
    # but an investment's object is a project
    assert "鸿运生态农业产业园" in projects("鸿运集团拟投资5亿元建设鸿运生态农业产业园。")
    # a clause after "；" in a list is no item
    got = projects("分别是华兴技改项目、鼎盛农机生产项目、安泰食品加工项目;另外一个项目为社会事业项目。")
    assert not any("另外" in n for n in got)


def test_capacities_joined_by_ji_over_trade_nouns():
    got = projects("宏利年产5万吨饲料原料及2万吨有机肥项目,总投资3亿元。")
    assert "宏利年产5万吨饲料原料及2万吨有机肥项目" in got


def test_a_list_split_at_commas_whose_items_hold_dun_and_ji():
    got = projects(
        "本次开工的项目共有5个,分别是青河县年产8000吨果酒灌装生产线迁建项目,东环大道及滨河路建设项目,"
        "青河县石门乡上坪、下坪片区茶叶种植基地建设项目,青河县白鹭湖水库、月亮湾水库等6个水源地保护整治工程,"
        "北山镇人居环境提升项目,5个项目总投资2亿元。"
    )
    assert {
        "青河县年产8000吨果酒灌装生产线迁建项目",
        "东环大道及滨河路建设项目",
        "青河县石门乡上坪、下坪片区茶叶种植基地建设项目",
        "北山镇人居环境提升项目",
    } <= got
    assert "滨河路建设项目" not in got


def test_two_projects_joined_by_he_at_the_end_of_a_list_and_capacities_joined_by_he():
    got = projects(
        "此次签约的项目分别为东港片区棚户区改造项目、年产8000万支喷雾剂和洗剂产品项目、"
        "青田县年产50万立方加气混凝土和20万吨干混砂浆建材生产项目、华星储能一体化智能工厂项目和南岭镇人居环境建设项目。"
    )
    assert {
        "年产8000万支喷雾剂和洗剂产品项目",
        "青田县年产50万立方加气混凝土和20万吨干混砂浆建材生产项目",
        "华星储能一体化智能工厂项目",
        "南岭镇人居环境建设项目",
    } <= got
    assert not any("和南岭镇" in n for n in got)


def test_the_project_whose_start_is_announced_and_parts_joined_by_dun_in_a_framed_name():
    got = projects("市委书记宣布鑫达1200毫米冷轧薄板绿色生产线项目开工。")
    assert "鑫达1200毫米冷轧薄板绿色生产线项目" in got
    got = projects("其中总投资达8亿的年产5万吨铝合金管、棒、型材生产线项目已正式签约。")
    assert "年产5万吨铝合金管、棒、型材生产线项目" in got
    # a scope and a quoted slogan name a campaign's class of projects
    assert projects("全县“三提三增”项目进展顺利。") == set()
    # two projects announced together are two names, each with its head
    got = projects("县长宣布青岭新材料项目和东坪冷链物流园项目开工。")
    assert {"青岭新材料项目", "东坪冷链物流园项目"} <= got and "青岭新材料项目和东坪冷链物流园项目" not in got
    # a trade joined inside one name stays whole, and so do a project's parts joined by 及
    assert "青岭药业野生连翘抚育基地及饮片加工车间项目" in projects(
        "总投资1800万元的青岭药业野生连翘抚育基地及饮片加工车间项目开工。"
    )
    assert "石油化工和新材料产业园项目" in projects("签约的石油化工和新材料产业园项目总投资20亿元。")


def test_a_verb_of_the_projects_life_and_de_open_its_name():
    got = projects("主会场开工的县果蔬冷链仓储基地建设二期项目,项目总投资4200万元。")
    assert "县果蔬冷链仓储基地建设二期项目" in got
    # a class by size or a generic name after the verb is no project
    assert projects("当天签约的百亿元项目共有5个。") == set()
    assert projects("此次签约的乡村振兴项目包含3个项目。") == set()
    # a base before a project that opens with its size stays the selection's to join
    got = projects("由某某新能源有限公司投资建设的北岭能源化工基地100万千瓦光伏复合项目已并网。")
    assert "100万千瓦光伏复合项目" in got or "北岭能源化工基地100万千瓦光伏复合项目" in got


def test_items_joined_by_dun_and_he_that_a_count_closes():
    got = projects(
        "集中签约洽谈成功的安平CNG加气站建设、年产2.5万吨汽车铸件智能化改扩建和年产3000吨米醋生产线技改搬迁3个项目的投资协议。"
    )
    assert {"安平CNG加气站建设", "年产2.5万吨汽车铸件智能化改扩建", "年产3000吨米醋生产线技改搬迁"} <= got
    # the count must match, and a word must open the list
    assert "年产3000吨米醋生产线技改搬迁" not in projects(
        "集中签约洽谈成功的安平CNG加气站建设和年产3000吨米醋生产线技改搬迁3个项目。"
    )


def test_we_county_is_no_part_of_a_projects_name():
    assert projects("我县东岭农村产业融合发展示范园成功入选。") == {"东岭农村产业融合发展示范园"}


def test_lists_after_verbs_of_progress_and_amounts_without_de():
    got = projects("继续推进东林科技新城、G20滨海高速、新区110kv高压线迁改等项目建设。")
    assert {"东林科技新城", "G20滨海高速", "新区110kv高压线迁改"} <= got
    got = projects(
        "确保投资9亿元的华星新能源汽车项目、投资3亿元远达公司专用车项目、投资2.5亿元的飞鹰公司专用车项目、"
        "投资1.2亿元东岳公司商用车高端驾驶室等项目高效推进。"
    )
    assert {"华星新能源汽车项目", "远达公司专用车项目", "东岳公司商用车高端驾驶室"} <= got
    assert not any(n.startswith("投资") for n in got)
