"""A name right after a job title that the tagger reads as one ordinary word (issue 14, corpus
audit s15-names): the surname is also a word (包, 温, 曾, 解, 易, 平, 全 …), so the tagger reads
"常委|包德成/v|、" or "县委书记|温和/a|," and no name was read after the title (A: 18 pages of
18 sites). Such a word is a name when a mark closes it (a list mark, a stop) or, for three
characters, a word that follows names; a two-character verb is the act ("主任|宣布|,").
Sentences invented for these tests."""

from __future__ import annotations

from test_names_round4 import persons_of


def test_a_three_character_name_read_as_a_verb(nlp):
    found = persons_of(nlp, "七届政协常委包德成、七届政协委员谢兴发等发言。")
    assert {"包德成", "谢兴发"} <= found


def test_a_two_character_name_read_as_an_adjective(nlp):
    found = persons_of(nlp, "县委书记温和,县长王庆出席。")
    assert {"温和", "王庆"} <= found


def test_a_name_read_as_an_adverb_before_a_list_mark(nlp):
    found = persons_of(nlp, "市一医院党委书记曾亮、市二医院党委书记余跃发言。")
    assert "曾亮" in found


def test_a_verb_after_a_title_is_no_name(nlp):
    assert not persons_of(nlp, "会上,主任宣布,经党组研究决定。") & {"宣布"}
    assert not persons_of(nlp, "议长、副议长及秘书长齐聚,共商大计。") & {"齐聚"}


def test_a_later_item_of_the_list_is_no_name_by_its_place(nlp):
    # the rule reads the first word after the title only: an office or a body further on is none
    found = persons_of(nlp, "学院院长段云峰及党政办、培训处负责人出席。")
    assert "段云峰" in found
    assert "党政办" not in found


def test_a_noun_after_a_title_is_what_the_holder_brings(nlp):
    assert "智力" not in persons_of(nlp, "我们引进专家智力,推动产业升级。")
