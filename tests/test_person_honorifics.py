"""Titles of honour written before a name (issue 14, corpus audit s14-names): Malaysia's federal
and state titles as the Chinese press spells them (拿督, 丹斯里, 拿督斯里). The tagger reads the
title as a person ("丹斯里/PER"), runs it into the name after it ("丹斯里某某某/PER") or cuts the
name apart ("拿/v|督某/v|某某/n"); A had the shape on 3 pages of 2 sites. Sentences invented for
these tests."""

from __future__ import annotations

from test_names_round4 import persons_of
from test_relations import relations_of


def test_a_title_of_honour_is_no_person(nlp):
    found = persons_of(nlp, "永远名誉会长丹斯里郑永发、名誉会长拿督李文德出席晚宴。")
    assert {"郑永发", "李文德"} <= found
    assert not found & {"丹斯里", "拿督", "拿督斯里"}


def test_the_name_after_a_title_of_honour_is_a_person(nlp):
    found = persons_of(nlp, "柔佛华团联合会会长拿督陈文光与丹斯里林国强一同主持开幕仪式。")
    assert {"陈文光", "林国强"} <= found
    assert "丹斯里林国强" not in found


def test_a_malay_name_after_a_title_of_honour(nlp):
    # no Chinese surname: the tagger's word right after the title; a conjunction after it is no part of it
    found = persons_of(nlp, "首相拿督斯里华益及副首相出席了签约仪式。")
    assert "华益" in found
    assert "华益及" not in found


def test_a_post_before_the_title_of_honour_is_the_persons(nlp):
    text = "马来西亚某某公会署理总会长拿督斯里黄志明昨晚出席晚宴并致词。"
    assert "黄志明" in persons_of(nlp, text)
    assert not {r for r in relations_of(nlp, text, "holds_position") if r[1] in ("拿督斯里", "丹斯里")}


def test_an_ordinary_word_after_the_honour_word_is_no_name(nlp):
    # "拿督" then a verb: no person is made of what follows
    assert persons_of(nlp, "他获封拿督后表示感谢。") == set()


def test_a_title_of_honour_inside_a_list_of_names(nlp):
    # "、…和拿督某某": the honour word before the last name of a list is no name either
    found = persons_of(nlp, "出席者尚有执行董事拿督胡立诚、吴志远和拿督邵明轩。")
    assert {"胡立诚", "吴志远", "邵明轩"} <= found
    assert "拿督" not in found


def test_a_three_character_name_the_tagger_cut_after_the_honour_word(nlp):
    found = persons_of(nlp, "筹委会主席拿督斯里邝友成周一在记者会指出,团拜将于下月举行。")
    assert "邝友成" in found
    assert "邝友" not in found
