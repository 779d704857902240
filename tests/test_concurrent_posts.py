"""Posts held together, written 兼 between two titles before a name (issue 14, corpus audit
s16-posts; A: 5 pages of 5 sites, real-pages p08): "某集团副总经理兼某公司副董事长某某" gives both
posts and both employers, "某公司董事长兼总经理某某" both posts of the one company, and "某办副秘书长
兼某部部长某某" the post before 兼 with its body when the body after 兼 is not recognised. Only the
title next to the name was read before. Sentences and names invented for these tests."""

from __future__ import annotations

from test_relations import _positions, relations_of


def test_two_posts_of_two_companies_joined_by_jian(nlp):
    text = "仪式上,江川交投集团副总经理兼江川海港公司副董事长许明远代表股东方致辞。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert {"副总经理", "副董事长"} <= posts
    employers = relations_of(nlp, text, "works_for")
    assert ("works_for", "许明远", "江川交投集团") in employers
    assert ("works_for", "许明远", "江川海港公司") in employers


def test_two_posts_of_one_company_joined_by_jian(nlp):
    text = "出席活动的有北京恒达实业有限公司董事长兼总经理罗启航等企业家。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert {"董事长", "总经理"} <= posts
    assert ("works_for", "罗启航", "北京恒达实业有限公司") in relations_of(nlp, text, "works_for")


def test_jian_ren_joins_two_posts_too(nlp):
    text = "湖滨区副区长兼任区财政局局长邓光辉出席会议。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert {"副区长", "局长"} <= posts


def test_a_post_before_jian_with_an_unrecognised_body_after_it(nlp):
    text = "会上,青山集团副总裁兼西南大区总经理唐立新作了发言。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert {"副总裁", "总经理"} <= posts
    assert ("works_for", "唐立新", "青山集团") in relations_of(nlp, text, "works_for")


def test_a_verb_with_jian_before_a_title_is_no_post(nlp):
    # 兼顾 is a verb: what stands before it is no title, so only 市长 is read
    text = "要做到发展与保护兼顾,市长陈立平强调。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert posts == {"市长"}
