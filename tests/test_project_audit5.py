"""Projects, session 13 corpus audit of issue 14 (benchmarks/audits/s13-proj): a facility's name
before a project's own head word runs on into it.

"某某公司年产5万吨硫酸生产线技改项目" is one project, the technical upgrade of a production line: the
line's head word (生产线, 产业园, 基地) inside the name does not end it when only common words of
what is done to the facility (技改, 扩建, 升级改造, 核心区) stand before 项目/工程. A proper noun
between makes two names in apposition, and class words alone a class of projects.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_an_upgrade_of_a_production_line_is_named_whole():
    found = projects("青石县宏达化工有限公司年产5万吨硫酸生产线技改项目已于上月竣工。")
    assert "青石县宏达化工有限公司年产5万吨硫酸生产线技改项目" in found
    assert "青石县宏达化工有限公司年产5万吨硫酸生产线" not in found


def test_a_longer_description_of_the_work_stays_in_the_name():
    found = projects("与此同时,鹤鸣化工总投资3000万元的“年产8000吨氯化钙生产线全流程自动化升级改造项目”全面启动。")
    assert "年产8000吨氯化钙生产线全流程自动化升级改造项目" in found


def test_an_extension_of_a_base_and_a_park_area_are_named_whole():
    assert "青石县东湖物流基地扩建工程" in projects("青石县东湖物流基地扩建工程昨日开工。")
    assert "白鹭镇现代农业产业园核心区项目" in projects("白鹭镇现代农业产业园核心区项目在全市观摩活动中亮相。")


def test_class_words_after_a_park_make_no_longer_name():
    found = projects("青石县东湖产业园重点项目建设进展顺利。")
    assert not any(name.endswith("重点项目") for name in found)
    found = projects("江南轻工产业园首批入园项目集中开工。")
    assert not any(name.endswith("入园项目") for name in found)


def test_a_phase_of_a_named_project_and_a_sized_project_in_a_base_keep_their_names():
    found = projects("鹤鸣精铸有限公司年产8万吨智能铸造项目一期工程顺利投产。")
    assert "鹤鸣精铸有限公司年产8万吨智能铸造项目一期工程" not in found
    text = "榆林能源化工基地300万千瓦光伏复合项目并网发电。"
    assert "榆林能源化工基地" in recognised(text, "PLACE")
    assert "榆林能源化工基地300万千瓦光伏复合项目" in projects(text)
