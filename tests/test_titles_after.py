"""A title written after the name ("王某某院长一行", "刘某某秘书长主持会议"): the person's
post when the title is a whole word there (issue 14, corpus audit of s10-names: persons named
only with the title after the name on pages of four sites). Sentences invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_a_title_after_the_name_before_a_verb_is_the_post(nlp):
    text = "会议由制鞋协会罗振邦秘书长主持,与会代表讨论了章程。"
    assert ("holds_position", "罗振邦", "秘书长") in relations_of(nlp, text, "holds_position")


def test_a_title_after_the_name_before_a_group_word(nlp):
    text = "3月5日,省中医院贺明远院长一行来到青溪村开展义诊。"
    assert ("holds_position", "贺明远", "院长") in relations_of(nlp, text, "holds_position")


def test_a_title_after_the_name_before_punctuation(nlp):
    text = "会见中,集团方面的代表有葛春林董事长、孙立新总经理。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "葛春林", "董事长") in found
    assert ("holds_position", "孙立新", "总经理") in found


def test_a_title_that_is_only_the_start_of_a_longer_word_is_no_post(nlp):
    text = "随后,庞立群部长助理介绍了下一步工作安排。"
    assert ("holds_position", "庞立群", "部长") not in relations_of(nlp, text, "holds_position")


def test_representing_after_a_name_is_a_verb_not_a_post(nlp):
    text = "签约仪式上,史国栋代表公司致辞。"
    assert ("holds_position", "史国栋", "代表") not in relations_of(nlp, text, "holds_position")


def test_a_name_that_took_the_titles_first_character_gives_no_post(nlp):
    # "洪前理事长": 洪 + 前理事长 (the former chairman), whatever the tagger made of 洪前.
    text = "市长出席交接仪式,感谢洪前理事长带领大家拼经济。"
    assert not {f for f in relations_of(nlp, text, "holds_position") if f[1].endswith("前")}
