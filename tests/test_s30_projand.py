"""Session 30 (s30-projand): 及/和 inside a project's name.

A conjunction whose left part holds no head of its own (it ends in a verb of the trade or a
plain noun) joins one project's name; where each part carries its own head, or the part after
the conjunction opens with a place of its own after 和, the names stay two (the golds of the
tuning pages read them so).

- ``listed_head`` (kg/nlp/entities/edge_words.py): 和 joins nouns in a name headed 建设项目,
  which the tagger splits into 建设|项目.
- the verb branch of ``_project_joined`` (kg/nlp/entities/edge_steps.py): a place may open the
  part after 及; 和 joins the works that go with the first (配套); the facility the verb works on
  ends no name (``verb_joined``, kg/nlp/entities/names.py).

Sentences quoted from tuning pages.
"""

from __future__ import annotations

from conftest import project_names as _projects
from conftest import relation_pairs as _relations

# real-pages-37 a05 (gsxf.gov.cn)
A05 = (
    "当天集中开工的肖金镇芮岭1.65万头生猪育肥场项目,北区雨水排放工程,银西铁路庆阳站站前广场及交通枢纽项目,"
    "东区污水处理厂尾水排放及兰州东路雨水排放工程,东区、南区污水处理厂调节池建设项目,城市生活垃圾填埋场改建工程,"
    "庆阳四中校园扩建项目等15个重点项目,总投资22.7亿元。"
)

# real-pages-21 m04 (wfwn.com.cn)
M04 = (
    "在万宁分会场,万宁前海人寿妇女儿童医院项目、东兴医院精神病区病房及院区改造项目、万宁市东和小学教学综合楼及食堂"
    "及学生宿舍项目、万宁市东澳镇凤岭村委会生产基地沙地土壤改良和配套水利设施项目等4个项目集中开工,总投资达16.09亿元。"
)

# real-pages-17 i07 (zgwc.gov.cn)
I07 = (
    "其中包括投资10亿元的“三供一业”改造项目,投资2.99亿元的公共实训基地建设项目,投资3.29亿元基层人力资源和"
    "社会保障服务信息平台建设项目,投资1.2亿元的红城养老院建设项目,投资2000万元的气象观测站迁建项目等。"
)


def test_place_after_ji_following_a_verb_stays_in_the_name(nlp) -> None:
    found = _projects(nlp, A05)
    assert "东区污水处理厂尾水排放及兰州东路雨水排放工程" in found
    assert "兰州东路雨水排放工程" not in found
    # the neighbours keep their own names
    assert {"北区雨水排放工程", "银西铁路庆阳站站前广场及交通枢纽项目", "庆阳四中校园扩建项目"} <= found


def test_he_before_the_works_that_go_with_it(nlp) -> None:
    found = _projects(nlp, M04)
    assert "万宁市东澳镇凤岭村委会生产基地沙地土壤改良和配套水利设施项目" in found
    assert "配套水利设施项目" not in found
    assert "万宁市东澳镇凤岭村委会生产基地沙地土壤改良" not in found
    assert "万宁市东和小学教学综合楼及食堂及学生宿舍项目" in found


def test_he_in_a_name_headed_jianshe_xiangmu(nlp) -> None:
    name = "基层人力资源和社会保障服务信息平台建设项目"
    assert name in _projects(nlp, I07)
    assert (name, 329_000_000) in _relations(nlp, I07, "invested_amount")


def test_two_works_each_with_its_place_stay_two(nlp) -> None:
    # real-proj q27 (cfmif.com): the gold names the two apart; 和 after a verb, a place after it
    text = (
        "加快吉山甲大道、洛溪大道、标准化厂房二期,吉山甲安置新村、吉山甲生活污水处理设施建设和吉山甲工业区支路工程等"
        "项目建设,提升水、电、气、通信、绿化等"
    )
    found = _projects(nlp, text)
    assert "吉山甲工业区支路工程" in found
    assert not any("和" in x for x in found)


def test_a_park_and_a_base_with_its_own_place_stay_two(nlp) -> None:
    # real-pages-10 y03 (fgw.pingliang.gov.cn): a head before 及 and a place after it
    text = (
        "调研组先后深入静宁工业园区农副产品加工产业园、甘肃德美地缘冷链物流产业园及平凉市国家苹果种苗良种繁育基地"
        "建设项目等地。"
    )
    found = _projects(nlp, text)
    assert "平凉市国家苹果种苗良种繁育基地建设项目" in found
    assert not any("及" in x for x in found)


def test_a_project_and_its_construction_joined_by_he_is_no_name(nlp) -> None:
    # real-org2 o09: "基础设施建设和棚户区改造项目" names fields of support, no project (no gold project)
    assert not any("和" in x for x in _projects(nlp, "对安庆市基础设施建设和棚户区改造项目给予的支持"))


def test_a_projects_plan_before_ji_and_a_place_is_no_part_of_the_next_name(nlp) -> None:
    # real-pages-30 r02: "园区项目|规划及|江苏…": the part before 及 holds a project's own head
    text = "在调研中,李强董事长详细介绍了园区项目规划及江苏国强山西晋钢基地项目的当前进度。"
    found = _projects(nlp, text)
    assert "江苏国强山西晋钢基地项目" in found
    assert not any("及" in x for x in found)
