"""Demonstrative amounts and Taiwan's 经费 totals, session 20 corpus audit of issue 14
(benchmarks/audits/s20-amount).

Two kinds of real news. An amount between a demonstrative and a bare class word ("这个总投资超5亿元
的项目", "标志着这个投资10亿元的项目正式开工", "这个总投资近3亿元的“水脉”项目") points back to the
project named before it, in its sentence or an earlier one, even where the entity stage tagged that
name only in a later sentence; the class word (or a nickname in quotes) after 的 is no project of
its own. And the full cost of a work as Taiwan's pages write it ("总经费近5亿元", "总工程经费约为
3,200万元", "计画经费12亿元"), which is its total; 经费 alone (a subsidy, a purchase) is not.
Sentences of the kinds, names invented."""

from __future__ import annotations

import pytest
from conftest import invested_amounts as amounts


@pytest.mark.parametrize(
    ("text", "project", "amount"),
    [
        # the project of the sentence before
        (
            "在青禾工业园,澄明新材料有限公司年产8000吨高纯石英砂生产线项目正在调试设备。这个总投资超4亿元的项目,"
            "投产后可新增就业岗位300余个。",
            "澄明新材料有限公司年产8000吨高纯石英砂生产线项目",
            400_000_000,
        ),
        # the project of the same sentence, a nickname in quotes before the class word
        (
            "澄溪镇供水管网改造工程正紧张施工,这个总投资近2亿元的“润泽”项目将新建一座净水厂。",
            "澄溪镇供水管网改造工程",
            200_000_000,
        ),
    ],
)
def test_a_demonstrative_amount_is_the_total_of_the_project_named_before(
    nlp, text: str, project: str, amount: int
) -> None:
    assert (project, amount) in amounts(nlp, text)


def test_a_nickname_after_a_demonstrative_amount_is_no_project_of_its_own(nlp):
    text = "澄溪镇供水管网改造工程正紧张施工,这个总投资近2亿元的“润泽”项目将新建一座净水厂。"
    assert not any("润泽" in name for name, _ in amounts(nlp, text))


def test_a_demonstrative_amount_finds_a_name_tagged_only_later(nlp):
    text = (
        "本次开工项目有12个,总投资80亿元,包括蓝澜生物材料产业园、青峰智能装备等一批先进制造项目。"
        "礼炮轰鸣,蓝澜生物材料产业园项目现场正式奠基培土,标志着这个投资8亿元的项目正式开工。"
        "蓝澜生物材料产业园项目由蓝澜集团投资建设。"
    )
    assert ("蓝澜生物材料产业园项目", 800_000_000) in amounts(nlp, text)


def test_a_named_project_after_the_amount_keeps_its_total(nlp):
    # a demonstrative before the amount, a name of its own after 的: the name's total
    text = "云梯镇渔光互补电站项目已并网。该总投资5亿元的青萝湾文旅综合开发项目也将于近日开工。"
    found = amounts(nlp, text)
    assert ("云梯镇渔光互补电站项目", 500_000_000) not in found


def test_a_demonstrative_amount_after_a_list_points_to_no_item(nlp):
    text = "今年开工的有青萝湾文旅小镇项目和云梯镇渔光互补电站项目。这个总投资6亿元的项目将于年底建成。"
    assert not any(amount == 600_000_000 for _, amount in amounts(nlp, text))


@pytest.mark.parametrize(
    ("text", "project", "amount"),
    [
        (
            "县府今日为「溪口乡环河步道新建工程」举办开工动土典礼。副县长表示,今日开工动土总工程经费约为4,500万元,"
            "预计明年完工。",
            "溪口乡环河步道新建工程",
            45_000_000,
        ),
        (
            "8日南岭路东延道路新建工程举行动土典礼。该项计画由县政府与交通部共同投入经费,总经费近6亿元。",
            "南岭路东延道路新建工程",
            600_000_000,
        ),
        # traditional characters, as the page writes them
        (
            "8日南嶺路東延道路新建工程舉行動土典禮。該項計畫由縣政府與交通部共同投入經費,總經費近6億元。",
            "南岭路东延道路新建工程",
            600_000_000,
        ),
    ],
)
def test_the_full_cost_of_a_work_is_its_total(nlp, text: str, project: str, amount: int) -> None:
    assert (project, amount) in amounts(nlp, text)


def test_funds_of_a_subsidy_or_a_purchase_are_no_total(nlp):
    text = (
        "县府今日为「溪口乡环河步道新建工程」举办开工动土典礼。工程获中央补助经费1.68亿元,"
        "县府另购置5部抽水机,总计经费约750万元。"
    )
    found = {amount for _, amount in amounts(nlp, text)}
    assert 168_000_000 not in found and 7_500_000 not in found
