"""Amounts of projects named in running prose (issue 14, real-proj3): a later "该项目" that points
back to the project where the reporter stood, "该项目是…重点项目" (a class, no other project),
spaces inside an amount, and "其中总投资X的Y项目" picking one project out of a count. Sentences of
each kind written for these tests, no names from any page."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised
from test_project_clauses import investors

from kg.ingest import segment_document
from kg.nlp.amounts import find_amounts
from kg.nlp.pipeline import analyse_article


def test_this_project_points_back_to_the_site_the_reporter_stood_at(nlp):
    got = amounts(
        nlp,
        "5月6日,记者在甲乙食品有限公司年产5000吨果蔬罐头扩建项目施工现场看到,厂房主体已经封顶。"
        "该项目总投资4000万元,预计年底投产。",
    )
    assert ("甲乙食品有限公司年产5000吨果蔬罐头扩建项目", 40_000_000) in got


def test_a_class_the_project_is_said_to_be_names_no_other_project(nlp):
    text = "4月3日,华丰饮料生产基地项目开工。该项目是全市去年招商引进的重点项目,计划投资8亿元,目前正在建设一期。"
    assert ("华丰饮料生产基地项目", 800_000_000) in amounts(nlp, text)


def test_an_unnamed_other_project_still_takes_no_amount(nlp):
    # the class exemption is only for "该项目是…项目"; a new project named without a name keeps its amount
    text = "记者在戊己纺织有限公司新型纱线项目现场看到,设备正在安装。企业正在谋划二期项目,计划投资3亿元。"
    assert not any(a == 300_000_000 for _, a in amounts(nlp, text))


def test_spaces_inside_an_amount():
    (a,) = find_amounts("总投资 50 亿元的某某智能家电产业园项目")
    assert (a.amount, a.scope) == (5_000_000_000, "project")


def test_one_project_picked_out_of_a_count_by_its_attributive_amount(nlp):
    text = "本次集中开工项目120个,总投资580亿元,其中总投资22亿元的庚辛新材料产业园项目为单体投资最大项目。"
    got = amounts(nlp, text)
    assert ("庚辛新材料产业园项目", 2_200_000_000) in got
    assert not any(a == 58_000_000_000 for _, a in got)


def test_a_part_of_a_total_stays_a_part():
    scopes = [a.scope for a in find_amounts("项目总投资1.8亿元,其中固定资产投资1.45亿元的设备已到位")]
    assert scopes == ["project", "part"]


def test_a_lead_investor_by_whom_the_project_is_built(nlp):
    got = investors(nlp, "在开工现场,华宇智造产业中心项目由通达机械股份有限公司牵头投资建设,总用地面积200亩。")
    assert ("通达机械股份有限公司", "华宇智造产业中心项目") in got


def test_a_company_that_plans_to_invest_an_amount_in_the_project_after_it(nlp):
    text = (
        "丙丁投资有限公司计划投资20亿元的精细化工产业园项目"
        "与戊己集团有限公司拟投资6亿元的设施农业产业园项目将落户某县。"
    )
    got = investors(nlp, text)
    assert ("丙丁投资有限公司", "精细化工产业园项目") in got
    assert ("戊己集团有限公司", "设施农业产业园项目") in got
    assert ("丙丁投资有限公司", "设施农业产业园项目") not in got


def test_the_investor_role_opens_the_clause_after_the_project(nlp):
    got = investors(nlp, "其中,恒瑞康医疗机器人项目签约额2亿元,投资方为哈尔滨瑞康医疗科技有限公司。")
    assert ("哈尔滨瑞康医疗科技有限公司", "恒瑞康医疗机器人项目") in got


def test_the_investor_role_belongs_to_the_nearest_project_only(nlp):
    got = investors(nlp, "北港物流园项目投资1亿元,南湖冷链基地项目投资2亿元,投资方为远航物流有限公司。")
    assert ("远航物流有限公司", "南湖冷链基地项目") in got
    assert ("远航物流有限公司", "北港物流园项目") not in got


def test_more_projects_that_start_together_open_no_name_with_their_verb(nlp):
    text = (
        "同时开工的还有某某药业原料药升级项目、某某机械年产50万米输送带及配件工程项目、"
        "某某新材年产1000吨无纺布生产线项目等。"
    )
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    got = {art.text[m.start : m.end] for m in doc._.mentions if m.label == "PROJECT"}
    assert "某某药业原料药升级项目" in got
    assert "某某机械年产50万米输送带及配件工程项目" in got
    assert not any(n.startswith("还有") for n in got)


def test_a_zone_and_de_open_the_name_of_a_project_in_it(nlp):
    text = "某县经济技术开发区的华康新型医用敷料和耗材项目为上市募投项目,占地120亩,计划投资9亿元。"
    assert ("华康新型医用敷料和耗材项目", 900_000_000) in amounts(nlp, text)
    # a class of projects after the zone is no name
    (art,) = segment_document("t.txt", "开发区的重点项目有30个,进展顺利。")
    doc = analyse_article(nlp, art)
    assert not [m for m in doc._.mentions if m.label == "PROJECT"]


def test_a_planned_amount_with_a_comma_still_leads_to_what_the_company_builds(nlp):
    got = investors(nlp, "海川镁业科技有限公司将投资12亿元,建设年产5万吨高性能镁合金压铸件项目。")
    assert ("海川镁业科技有限公司", "年产5万吨高性能镁合金压铸件项目") in got


def test_names_joined_after_a_zone_and_de_are_several():
    # "园区的|甲工业园|和|乙科技产业园": the site frame reads two parks, not one name with 和 inside
    found = recognised("坐落在某镇园区的东方工业园和南山科技产业园初具规模。", "PROJECT")
    assert {"东方工业园", "南山科技产业园"} <= found
    assert not any("和" in name for name in found)
