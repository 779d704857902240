"""Session 20: Mongolian, Tibetan and other transliterated names written with no dot right after a
title, which the tagger cuts into pieces ("部长|某仁/PER|其/r|木格/PER|在", "副旗长|额尔/PER|毕力格/PER|主持"):
read whole, so the title and the event hold the person, not a fragment (real-pages-6, real-pages-14 and
a page of Ordos' Otog Front Banner: 3 pages of 3 sites). Invented names of the kind; none is a gold set's."""

from __future__ import annotations

from conftest import recognised
from test_relations import facts


def test_a_name_cut_in_three_after_a_title_is_read_whole() -> None:
    # LAC: "巴仁/PER|其/r|木格/PER|在/p": two persons that are fragments of one
    found = recognised("统战部部长巴仁其木格在大会上宣布开工。", "PERSON")
    assert found == {"巴仁其木格"}


def test_a_name_cut_in_two_tagger_persons_is_read_whole() -> None:
    # LAC: "额尔/PER|毕力格/PER|主持会议": 额 is no character of the table, one such is allowed
    assert recognised("副旗长额尔毕力格主持会议。", "PERSON") == {"额尔毕力格"}


def test_the_title_holds_the_whole_name(nlp) -> None:
    found = facts(nlp, "市委常委、宣传部部长乌仁其木格在开工仪式上致辞。")
    persons = {f[1] for f in found if f[0] == "holds_position"}
    assert persons == {"乌仁其木格"}


def test_chinese_names_after_titles_are_not_run_on() -> None:
    # the guards: a name the tagger read whole stays as it is; a verb after it is no part of it
    assert recognised("主任马丽亚提出要求。", "PERSON") == {"马丽亚"}
    assert recognised("局长张华、副局长李强出席。", "PERSON") == {"张华", "李强"}


def test_a_run_with_no_person_of_the_tagger_is_no_name() -> None:
    # "其/r|其/r|格/n": the tagger reads no person in it, so no name is made of its words
    assert recognised("盟委委员、秘书长其其格到会。", "PERSON") == set()
