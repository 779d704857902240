"""Projects, session 19 project round of issue 14 (benchmarks/audits/s19-proj).

A region's or a fair's projects of a campaign are a class, no project ("某地区招商引资项目签约会", "某博览会
某市经济合作项目签约仪式", "某某协同发展项目签约会", "某市区开工项目多": real-proj, real-proj3, real-pages-5,
real-pages-11). Works counted by 处, a count with 余 before its word and a small count right before the
head are several works ("某市12处节水灌溉工程", "40余条生产线", "某乡两工程", "某某口三项目": real-amount,
real-pages-11 and 3 pages of the audit's A). "以及" joins a list's last two items as 和 does ("甲项目以及乙
项目", "甲、乙以及丙等3个项目", "、以及丙等10个项目": real-pages-5, real-pages-10 and 2 pages of A). A page that
names one project with and without its county, its company's full company word or 建设/新建 before the head
names one project ("某县某某有限公司建设项目" / "某某有限公司项目": dev-real tune, real-amount). 和 joins two
things one project builds as 及 does ("某某生产基地和研发总部项目", "新型装饰材料和智能家居生产项目": real-loc,
real-amount, 1 page of A), not a body to a project. Sentences of the kind, names invented."""

from __future__ import annotations

import pytest
from conftest import recognised

from kg.nlp.document import analyse_document
from kg.resolve.document import document_keys


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def project_units(nlp, text: str) -> list[set[str]]:
    dk = document_keys(analyse_document(nlp, "d.txt", text))
    return [set(u.names) for u in dk.units if u.type == "PROJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "石化产业推介暨澜北地区招商引资项目签约会在青岚举行。",
        "第九届青岚博览会澜溪市经济合作项目签约仪式举行。",
        "青岚县投资环境说明会暨澜北一体化协同发展项目签约会举行。",
        "这次集中开工,澜溪市区开工项目多、投资大。",
    ],
)
def test_a_regions_campaign_projects_are_a_class(text: str) -> None:
    assert projects(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "县府挹注经费辦理澜溪鎮2處排水應急工程。",
        "今冬明春,青岚市实施12处高效节水灌溉工程。",
        "县长会勘澜溪乡两工程。",
        "青岚口三项目今天开工。",
        "园区新上40余条生产线。",
    ],
)
def test_counted_works_are_no_project(text: str) -> None:
    assert projects(text) == set()


def test_a_list_item_joined_by_yiji_is_its_own_project() -> None:
    text = (
        "此次签约的项目分别为青岚康养城项目、年产5万吨澜溪树脂项目、澜溪检测成套设备项目"
        "以及年产3万吨澜溪新材料制品项目。"
    )
    assert {"澜溪检测成套设备项目", "年产3万吨澜溪新材料制品项目"} <= projects(text)


def test_yiji_opening_a_last_item_is_no_part_of_it() -> None:
    text = "今年,青岚县绕城公路项目、澜溪产业园三期项目、青岚供水工程项目、以及澜溪淀粉产业化等10个大项目陆续复工。"
    found = projects(text)
    assert not any(name.startswith("以及") for name in found)
    assert "澜溪淀粉产业化" in found


def test_two_items_of_a_counted_list_joined_by_yiji() -> None:
    text = "县领导分别参加青岚新材料、澜溪科技以及G999青岚镇至澜溪开发区路面改造工程等3个项目集中开工仪式。"
    found = projects(text)
    assert "澜溪科技" in found
    assert not any("以及" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a named project ending in a word of cooperation, a phase, a count of a product stay projects
        ("澜溪数字港战略合作项目正式落地。", "澜溪数字港战略合作项目"),
        ("青岚湾大桥二期工程今天开工。", "青岚湾大桥二期工程"),
        ("澜溪年产30万条轮胎项目签约。", "澜溪年产30万条轮胎项目"),
    ],
)
def test_named_projects_stay(text: str, name: str) -> None:
    assert name in projects(text)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "乌恰县澜溪米业有限公司建设项目总投资6600万元。县委书记宣布澜溪米业有限公司项目正式开工。",
            "乌恰县澜溪米业有限公司建设项目",
            "澜溪米业有限公司项目",
        ),
        (
            "青岚澜溪新型建材有限公司年产3万吨干混砂浆生产线建设项目已开工。"
            "青岚澜溪新型建材公司年产3万吨干混砂浆生产线建设项目总投资1亿元。",
            "青岚澜溪新型建材有限公司年产3万吨干混砂浆生产线建设项目",
            "青岚澜溪新型建材公司年产3万吨干混砂浆生产线建设项目",
        ),
    ],
)
def test_one_projects_plain_forms_are_one_project(nlp, text: str, a: str, b: str) -> None:
    assert any({a, b} <= u for u in project_units(nlp, text))


def test_two_phases_stay_two_projects(nlp) -> None:
    text = "澜溪米业有限公司一期项目已投产。澜溪米业有限公司二期项目总投资1亿元。"
    assert not any({"澜溪米业有限公司一期项目", "澜溪米业有限公司二期项目"} <= u for u in project_units(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县长先后到澜溪药业生产基地和研发总部项目、青岚游园察看。", "澜溪药业生产基地和研发总部项目"),
        ("项目涵盖青岚新材料产业园、新型装饰材料和智能家居生产项目、澜溪物流园。", "新型装饰材料和智能家居生产项目"),
    ],
)
def test_he_joins_what_one_project_builds(text: str, name: str) -> None:
    assert name in projects(text)


def test_he_after_a_body_joins_nothing() -> None:
    found = projects("澜溪集团和青岚新材料项目同步推进。")
    assert "青岚新材料项目" in found
    assert not any(name.startswith("澜溪集团") for name in found)


def test_he_after_a_verb_of_the_trade_opens_no_name() -> None:
    found = projects("市长特别对澜溪市基础设施建设和棚户区改造项目给予的支持表示感谢。")
    assert not any(name.startswith("和") for name in found)


def test_he_before_a_verb_of_capacity_separates_two_items() -> None:
    text = "集中签约澜溪燃气站建设、年产3万吨青岚铸件智能化改扩建和年产1万吨澜溪香醋生产线技改搬迁3个项目的投资协议。"
    found = projects(text)
    assert "年产1万吨澜溪香醋生产线技改搬迁" in found
    assert not any("改扩建和" in name for name in found)
