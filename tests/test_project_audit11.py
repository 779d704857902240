"""Projects, session 17 project round of issue 14 (benchmarks/audits/s17-proj): classes, lists and
parts read as one project.

A government's or a programme's list of works is a class, not a project: "市政府重点建设项目",
"某省政府调度项目", "某区新旧动能转换重大工程建设项目(集中开工仪式)", "某开发区多项重点工程(开工奠基)"
(the tuning sets' aggregates, and 3 pages of 3 sites of the audit's A half). A list's item closed by
a phase ("某某景区二期、") is an item: the name read after "开工的" ran on over the "、" to the next
item's head word ("某某景区二期、某某公园、…、某某产业园" as one project). What a named project builds,
said after its figures ("某某项目，计划投资10亿元，建设|年产10万吨某某生产基地"), is a part of it, no second
project (6 pages of 6 sites of A). Sentences of the kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_governments_list_of_works_is_no_project(nlp):
    text = "青禾医院门诊综合楼工程主体封顶。该项目是市政府重点建设项目,总投资1.2亿元。"
    assert "市政府重点建设项目" not in projects(text)
    assert not any(name == "市政府重点建设项目" for name, _ in amounts(nlp, text))
    assert "某省政府调度项目" not in projects("某省政府调度项目共建成投产120项,完成年计划的110%。")


def test_a_programmes_major_works_are_a_class():
    found = projects("4月2日,丰河区产业升级重大工程建设项目集中开工仪式在丰河经济开发区举行。")
    assert not any(name.endswith("重大工程建设项目") for name in found)
    found = projects("青湾经济技术开发区多项重点工程开工奠基。")
    assert not any(name.endswith("重点工程") for name in found)


def test_a_named_project_ending_in_a_plain_head_stays():
    found = projects("4月2日,丰河区星辰新材料产业园建设项目集中开工仪式在丰河经济开发区举行。")
    assert "丰河区星辰新材料产业园建设项目" in found


def test_an_item_closed_by_its_phase_is_no_part_of_the_next():
    text = "这次集中开工的云岭景区二期、青松遗址公园、县花岗岩工业集中区、月溪钼业产业园、白鹭古镇建设等12个项目。"
    found = projects(text)
    assert not any("、" in name for name in found)
    assert {"云岭景区二期", "月溪钼业产业园"} <= found


def test_an_item_closed_by_its_phase_before_a_works_name():
    text = (
        "当天集中开工的金河拆解与再制造集中管理区一期、金河再生资源二期中压天然气管道工程、"
        "白桦有色金属集中管理区一期、白桦园区二期边坡工程等4个重大项目,总投资超7亿元。"
    )
    found = projects(text)
    assert not any("、" in name for name in found)
    assert {"金河拆解与再制造集中管理区一期", "金河再生资源二期中压天然气管道工程"} <= found


def test_a_phases_of_one_facility_stay_one_name():
    # "某某物流园一期、二期项目": a bare phase after the "、" is the same facility's
    assert "青山物流园一期、二期项目" in projects("当天开工的青山物流园一期、二期项目总投资5亿元。")


def test_what_a_named_project_builds_after_its_figures_is_part_of_it(nlp):
    text = "本次签约的青禾新能源科技有限公司储能基地项目,计划投资12亿元,建设年产8万吨磷酸铁锂正极材料生产基地。"
    found = projects(text)
    assert "青禾新能源科技有限公司储能基地项目" in found
    assert "年产8万吨磷酸铁锂正极材料生产基地" not in found
    assert amounts(nlp, text) == {("青禾新能源科技有限公司储能基地项目", 1_200_000_000)}
    text = "其中,青禾智能制造中心项目由白鹭新能源科技有限公司投资建设,计划投资30亿元,建设年产20GWh储能电池生产线。"
    assert "年产20GWh储能电池生产线" not in projects(text)
    found = projects("该公司智能货架加工建设项目总投资8000万元,主要建设年产5000套智能货架生产线。")
    assert "年产5000套智能货架生产线" not in found


def test_what_a_company_invests_in_and_builds_stays_a_project():
    # the company is the subject: the base it builds is its project
    found = projects("白鹭新能源科技有限公司投资10亿元,建设年产8万吨正极材料生产基地。")
    assert "年产8万吨正极材料生产基地" in found
