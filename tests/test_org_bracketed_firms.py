"""Companies whose registered name holds their branch's place in brackets ("某某(南京)科技有限公司"):
the tagger cuts the name at the bracket, and kg kept a fragment ("某某", "南京)科技有限公司") or
nothing (s16-bodies audit, issue 14). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.bracketed_firms import bracketed_firms
from kg.nlp.words import words_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_firm_with_its_branch_place_in_brackets_is_one_name():
    got = orgs("签约企业包括青禾(海南)科技有限责任公司、南岭电力有限公司。")
    assert "青禾(海南)科技有限责任公司" in got and "青禾" not in got


def test_the_name_words_before_the_bracket_stay_in_the_name():
    got = orgs("其中,云岫智能装备(南京)有限公司新建厂房项目开工。")
    assert "云岫智能装备(南京)有限公司" in got
    assert not any(o.startswith("南京)") for o in got)


def test_traditional_characters_and_a_country():
    assert "翠峰紙業(江門)有限公司" in orgs("增資的翠峰紙業(江門)有限公司等項目落地。")
    assert "岚图投资(中国)有限公司" in orgs("岚图投资(中国)有限公司与园区签约。")


def test_no_firm_without_a_place_in_the_bracket_or_a_company_head():
    text = "青禾科技(二期)有限公司,青禾科技(南京)项目开工"
    words = words_of(
        [
            ("青禾科技", "ORG"),
            ("(二期)有限公司", "w"),
            (",", "w"),
            ("青禾科技", "ORG"),
            ("(", "w"),
            ("南京", "LOC"),
            (")", "w"),
            ("项目", "n"),
            ("开工", "v"),
        ]
    )
    assert bracketed_firms(text, words) == []
    assert not any("(南京)" in o for o in orgs("青禾科技(南京)项目开工。"))


def test_a_verb_before_the_name_stays_out():
    got = orgs("代表团考察了云岫智能(苏州)有限公司。")
    assert "云岫智能(苏州)有限公司" in got and not any(o.startswith("考察") for o in got)
