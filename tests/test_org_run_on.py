"""Organisations the tagger ran words into (issue 14, corpus audit of s10-names: tagged names
running past the body's suffix on pages of six sites), and bank branches named by their own
head word (分行, 支行). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.joined_bodies import run_on_tail


def test_words_after_a_suffix_inside_one_tagged_name_are_cut():
    assert run_on_tail("青岭县供电公司共产党员") == len("青岭县供电公司")
    assert run_on_tail("中国银行石城分行政银") == len("中国银行石城分行")


def test_a_second_body_or_a_body_ending_after_the_suffix_stays_in_the_name():
    assert run_on_tail("青岭大学附属医院") == 0
    assert run_on_tail("青岭矿业集团有限公司") == 0
    assert run_on_tail("青岭行业协会沙龙联谊会") == 0
    assert run_on_tail("青岭县人民政府代表团") == 0


def test_a_name_never_runs_over_the_end_of_a_sentence():
    assert run_on_tail("青岭会所康体中心。集团") == len("青岭会所康体中心")


def test_a_bank_branch_is_named_by_its_head_word():
    got = mentions("座谈会上,农发行青岭市分行党委书记、行长宋立军介绍了信贷投放情况。")
    assert ("农发行青岭市分行", "ORG") in got or ("青岭市分行", "ORG") in got


def test_a_company_suffix_begun_after_the_suffix_stays_in_the_name():
    assert run_on_tail("青岭牛业科技集团有限") == 0
    assert run_on_tail("青岭县人民政府网") == 0
