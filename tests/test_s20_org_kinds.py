"""Organisations kg read where the general news pages name none (s20-org audit, issue 14): the
facility a project builds, named alone before the project's bare head ("某某康养中心|项目",
"某县某某中学|建设项目"), and a project's name run into the body after it in one span
("某某新能源项目|某某集团", "…改造项目|和|某医院", "…改造项目|政府购买服务"). Names and sentences
invented for these tests."""

from __future__ import annotations

from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def projects(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "PROJECT"}


def test_facilities_named_before_a_bare_project_head_are_no_bodies():
    text = "此次签约的项目有岚溪智慧康养中心项目、青禾湾双语学校项目和云栖医院项目。"
    assert not {"岚溪智慧康养中心", "青禾湾双语学校", "云栖医院"} & orgs(text)
    assert {"岚溪智慧康养中心项目", "青禾湾双语学校项目", "云栖医院项目"} <= projects(text)


def test_a_school_the_county_builds_is_no_body():
    text = "县委书记调研了泾川县明德实验中学建设项目和县城供水工程。"
    assert "泾川县明德实验中学" not in orgs(text)
    assert "泾川县明德实验中学建设项目" in projects(text)


def test_a_firm_before_its_project_stays_a_body():
    # guard: a company's name before 项目 names the investor
    assert "江苏澜拓新材料有限公司" in orgs("江苏澜拓新材料有限公司项目正式落户园区。")


def test_a_hospital_that_builds_something_of_its_own_stays_a_body():
    # guard: more than a bare head after the facility (新建项目, 迁建项目) keeps the body
    assert "泾川县人民医院" in orgs("泾川县人民医院新建项目当天开工。")


def test_a_project_run_into_a_group_after_it():
    found = orgs("总投资20亿元的江淮澜峰新能源项目澜峰集团在国内第三家制造基地,项目占地约150亩。")
    assert "澜峰集团" in found
    assert not any("项目" in name for name in found)


def test_a_project_run_into_a_bare_government_leaves_no_body():
    text = "会议审议了关于将栖霞片区棚户区改造项目政府购买服务资金列入财政预算的议案。"
    assert not any(name.endswith("政府") for name in orgs(text))
    assert "栖霞片区棚户区改造项目" in projects(text)


def test_two_projects_joined_after_a_hospital():
    # the head word's span "县某某保健院维修改造项目和三医院" (as a page's context makes it win): the
    # body after the conjunction is left
    from kg.nlp.entities.candidate import Candidate
    from kg.nlp.entities.run_on_bodies import trimmed_bodies

    text = "对县妇幼保健院维修改造项目和三医院整体搬迁项目进行了调度。"
    c = Candidate(1, text.index("整体"), "ORG", "head_words", 0.65, {"head": "医院"})
    assert [text[x.start : x.end] for x in trimmed_bodies(text, [c])] == ["三医院"]


def test_a_projects_own_office_keeps_its_name():
    # guard: an office of the project's ("项目部", "项目建设指挥部") is no run-on
    from kg.nlp.entities.run_on_bodies import after_project_word

    assert after_project_word("湘江四桥项目建设指挥部") is None
    assert after_project_word("某某标段项目部") is None
    assert after_project_word("某某片区项目投资有限公司") is None
    assert after_project_word("某某铁路项目三分部") is None
    assert after_project_word("某某新能源项目澜峰集团") == 7
