"""Organisations' names run on or cut by the tagger, and bare bodies inside a session's name
(s17-orgprec audit, issue 14): a body run into the verb of holding an event that ends in 办
("某市人民政府主办"), a body's party or study group cut before 组 ("某某工商联党|组成员"), and a
standing body written bare after the edition of a numbered session ("某县十七届|人大|六次会议").
Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions
from test_relations import relations_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_body_run_into_the_verb_of_holding_the_event_is_the_body():
    found = orgs("本届论坛由中共安丰市委、安丰市人民政府主办。")
    assert "安丰市人民政府" in found
    assert not any(o.endswith("主办") for o in found)
    found = orgs("省茶叶协会主办、安丰市茶业商会协办的品茶会昨日开幕。")
    assert not any(o.endswith("协办") for o in found)


def test_a_liaison_offices_short_form_stays_a_body():
    assert "中联办" in orgs("中联办副主任周文涛出席酒会。")


def test_a_bodys_party_group_is_the_body(nlp):
    text = "会上,安丰市工商联党组成员、副主席邢立明介绍了情况。"
    found = orgs(text)
    assert "安丰市工商联" in found
    assert "安丰市工商联党" not in found
    assert ("works_for", "邢立明", "安丰市工商联") in relations_of(nlp, text, "works_for")


def test_a_study_group_is_no_body_of_its_own():
    found = orgs("会后,区委中心组成员结合分管工作作了交流发言。")
    assert "区委中心" not in found
    found = orgs("会议以县政府党组理论学习中心组学习会的形式举行。")
    assert not any(o.endswith("中心") for o in found)


def test_a_centre_that_organises_stays_a_body():
    assert "安丰市文化中心" in orgs("安丰市文化中心组织开展了书画展。")


def test_a_bare_body_inside_a_numbered_session_is_no_mention():
    found = orgs("安丰市五届人大四次会议举行预备会议。")
    assert "人大" not in found
    found = orgs("会议讨论决定了县十七届人大常委会第九次会议召开时间。")
    assert "人大常委会" not in found


def test_a_body_with_its_place_stays_a_body():
    assert "安丰市人大常委会" in orgs("安丰市人大常委会主任郑光远主持会议。")


def test_an_office_whose_name_ends_like_the_verb_is_not_cut():
    found = orgs("比赛由安丰县总工会、市总工会技协办共同承办。")
    assert not any(o.endswith("总工会技") for o in found)
