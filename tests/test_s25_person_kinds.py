"""Persons of the error lists of the tuning sets (issue 14, session 25, s25-person): a name right
after a job title whose surname is real but too rare for the surname list, which the tagger
reads as an ordinary word and cuts ("副州长|字/PER|某海/PER|、", "副县长|籍/n|某利/LOC|,",
"原主席|别/d|某/v|学/v|出席", "副县长|粘/v|清河/LOC|主持"): the post vouches for a person
(``person.title_surnames``); and the reporters in the brackets that close a report's line or
follow a dateline, blank-separated, where the tagger cut one ("(某城/LOC|高/a 黄某某/PER)") or
never saw a name set apart ("(陈某某 徐 某)", "(记者 张某某 麦 某)"); and a word of sound or
state of one character twice that the tagger read as a person ("隆隆/PER|轰鸣", "旺旺/PER|来"),
and two provinces' one-character forms before what they do together ("苏陕/PER|扶贫合作").
Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_names_round4 import persons_of
from test_relations import relations_of


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("县委常委、副县长籍明远,县直有关部门负责人参加。", "籍明远", "副县长"),
        ("市政协原副主席、市工商联原主席别立新出席活动。", "别立新", "主席"),
        ("州政府副州长字绍坤、秘书长何建平等出席仪式。", "字绍坤", "副州长"),
        ("副县长粘清河主持会议。", "粘清河", "副县长"),
    ],
)
def test_a_rare_surname_after_a_title_opens_the_holders_name(nlp, text, name, title):
    assert name in persons_of(nlp, text)
    assert ("holds_position", name, title) in relations_of(nlp, text, "holds_position")


def test_the_cut_given_name_is_no_person_of_its_own(nlp):
    # 字/PER 绍坤/PER: the tagger's two-character given name is the name's tail
    assert "绍坤" not in persons_of(nlp, "州政府副州长字绍坤、秘书长何建平等出席仪式。")


@pytest.mark.parametrize(
    "text",
    [
        "县委书记别忘了,主席达成共识。",  # a particle in the given name; a verb of two characters
        "副主任贡献很大,局长铁定会来。",  # an ordinary noun, an adverb after the title
    ],
)
def test_a_rare_surname_opening_an_ordinary_word_is_no_name(nlp, text):
    assert not persons_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("项目建成后将有力推动县域经济发展。(罗城高 黄小妃)", {"罗城高", "黄小妃"}),
        ("县领导出席会议。 (陈甜恬 徐 锋)", {"陈甜恬", "徐 锋"}),
        ("本报讯 (记者 罗文亮 麦 勇) 12月26日,市委召开会议。", {"罗文亮", "麦 勇"}),
    ],
)
def test_the_reporters_in_a_closing_bracket_are_persons(nlp, text, names):
    assert names <= persons_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "会议召开。(罗城高 石城高)",  # no item the tagger reads as a person, no role
        "会议召开。(上接 第一版)",  # no names
        "会议召开。(高 翔)",  # one name set apart, no role
    ],
)
def test_a_closing_bracket_without_a_vouched_name_names_no_one(nlp, text):
    assert not persons_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["伴着隆隆轰鸣的机器声,工地一片繁忙。", "祝愿大家财运旺旺来。"],
)
def test_a_reduplicated_word_of_sound_or_state_is_no_person(nlp, text):
    assert not persons_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["由丁丁为其主持的活动。", "记者丁丁报道。"],  # a word that follows names; a title before it
)
def test_a_reduplicated_name_the_text_treats_as_one_stays(nlp, text):
    assert "丁丁" in persons_of(nlp, text)


@pytest.mark.parametrize("text", ["鲁川扶贫协作成效明显。", "甘青合作持续深化。"])
def test_two_provinces_forms_before_their_cooperation_are_no_person(nlp, text):
    assert not persons_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("副县长鲁宁参加会议。", "鲁宁"), ("秦川说,项目进展顺利。", "秦川")],  # a title; a word that follows names
)
def test_a_name_of_two_provinces_forms_stays_a_person(nlp, text, name):
    assert name in persons_of(nlp, text)
