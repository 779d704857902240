"""Organisation spans that name no one body, and a level's body with the clause's words glued
before it (session 25, s25-org audit, issue 14): kg read "专题研究市人大", "某某第任市政府金融办",
"各县市政府", "世界500强企业", "打造…区域中心城市" and "中央经济部" as bodies. Names and
sentences invented for these tests."""

from __future__ import annotations

import pytest
from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


@pytest.mark.parametrize(
    ("text", "body", "glued"),
    [
        ("常委会会议专题研究市人大、市政协党组工作。", "市人大", "专题研究市人大"),
        ("在滨州这块开放高地,秦文瀚任市政府金融办主任长达五年。", "市政府金融办", "秦文瀚任市政府金融办"),
        ("会议要求全市上下锚定省委部署的目标任务。", "省委", "全市上下锚定省委"),
    ],
)
def test_a_levels_body_starts_at_its_level_word(text, body, glued):
    found = orgs(text)
    assert body in found
    assert glued not in found


@pytest.mark.parametrize(
    "text, body",
    [
        ("黎川市人大常委会召开会议。", "黎川市人大常委会"),  # a place before the level word
        ("新疆维吾尔自治区党委召开会议。", "新疆维吾尔自治区党委"),  # a region's level word
        ("中共市委召开常委会。", "中共市委"),  # the party before the level word
        ("民盟市委主委出席。", "民盟市委"),
        ("城市管理局局长出席。", "城市管理局"),  # the level word inside a common word
        ("团市委书记出席。", "团市委"),  # a level prefix of two characters
        ("部分西河县政府官员列席会议。", "西河县政府"),  # the tagger's body whole, its place unknown
    ],
)
def test_a_place_or_a_name_before_the_level_word_keeps_the_span(text, body):
    assert body in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "州级有关部门和各县市政府主要领导参加开工仪式。",
        "成为全省第一个加入平台的县市政府。",
        "特别是继世界500强企业华岭集团落户我县以来,",
        "听到该集团是香港上市公司时。",
        "人大代表、第三方公司代表等列席会议。",
        "全力打造国际化的滨江区域中心城市。",
        "建设国际港口城市、南方物流中心和生态城市的目标。",
        "打造湘北高水平康复中心。",
        "成功争取中央部会补助。",
    ],
)
def test_a_class_of_bodies_or_a_planned_centre_is_no_body(text):
    assert orgs(text) <= {"华岭集团"}  # the firm named after its class stays


def test_a_class_of_firms_is_no_place_either():
    assert {label for _, label in mentions("涉及新材料、食品加工、星级酒店、淡水养殖等产业。")} == set()


def test_the_central_governments_level_word_opens_no_ministrys_name():
    assert "经济部" in orgs("向中央经济部争取补助款。")
    assert "中央经济部" not in orgs("向中央经济部争取补助款。")
    assert "中央军委" in orgs("中央军委主席出席。")


def test_named_bodies_beside_the_kinds_stay():
    assert {"北京银行", "县政府"} <= orgs("北京银行与县政府签约。")
    assert "县融媒体中心" in orgs("县融媒体中心记者报道。")
    assert "县政务服务中心" in orgs("活动由县政务服务中心承办。")  # a centre that acts, no goal


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("市工商联原主席王新华出席会议。", "市工商联"),
        ("省侨联原副主席陈美玲、县科协原主席李卫东参加活动。", "省侨联"),
    ],
)
def test_former_before_a_post_is_no_part_of_the_body(text, body):
    """原 ("former") opens the post after it (原主席); the tagger runs it into the body's name."""
    found = orgs(text)
    assert body in found
    assert body + "原" not in found
