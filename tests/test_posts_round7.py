"""Posts stated by appointment and election (issue 14, corpus audit s12-appoint: 42 real pages of
association congresses, elections and appointment notices read whole). Kinds that recurred on
pages of many sites: a word of address between the name and the verb ("某某同志任院长"), 当选为,
a copula after an appointing verb ("选举某某为会长"), a 、 list of names sharing the elected
title ("A、B、C当选副主席"), a 、 list of titles after the verb ("任某集团董事长、党委书记"), and
the term or a qualifier before the title ("当选省政协十二届委员会主席", "当选为专职副主席").
Sentences invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_a_word_of_address_between_the_name_and_the_verb(nlp):
    text = "市委组织部宣布:韩立东同志任安平市第二人民医院院长。"
    assert ("holds_position", "韩立东", "院长") in relations_of(nlp, text, "holds_position")
    assert ("works_for", "韩立东", "安平市第二人民医院") in relations_of(nlp, text, "works_for")


def test_elected_as_with_the_term_before_the_title(nlp):
    text = "大会选举产生了新一届理事会，卓家明同志当选为新一届理事会会长。"
    assert ("holds_position", "卓家明", "会长") in relations_of(nlp, text, "holds_position")


def test_a_copula_after_an_appointing_verb_gives_the_post(nlp):
    text = "会议选举邵文庆为会长，冷雪梅、贺天翔为副会长，葛立新为监事长。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "邵文庆", "会长") in found
    assert ("holds_position", "冷雪梅", "副会长") in found
    assert ("holds_position", "贺天翔", "副会长") in found
    assert ("holds_position", "葛立新", "监事长") in found


def test_a_copula_without_an_appointing_verb_gives_none(nlp):
    text = "随后，邵文庆为大家介绍了协会的发展情况。"
    assert relations_of(nlp, text, "holds_position") == set()


def test_every_name_of_a_list_holds_the_elected_title(nlp):
    text = "会议选举产生了新一届领导班子，蒋明远当选主席，柴淑芬、鲁振华、童海波当选副主席。"
    found = relations_of(nlp, text, "holds_position")
    for name in ("柴淑芬", "鲁振华", "童海波"):
        assert ("holds_position", name, "副主席") in found
    assert ("holds_position", "蒋明远", "副主席") not in found


def test_every_title_of_a_list_after_the_verb(nlp):
    text = "经研究决定，滕永刚同志任安平市交通投资集团有限公司党委副书记、总经理。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "滕永刚", "党委副书记") in found
    assert ("holds_position", "滕永刚", "总经理") in found
    assert ("works_for", "滕永刚", "安平市交通投资集团有限公司") in relations_of(nlp, text, "works_for")


def test_the_term_after_the_body_and_a_qualifier_before_the_title(nlp):
    text = "经选举，莫国栋当选省政协十二届委员会主席，聂红霞当选为专职副主席。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "莫国栋", "主席") in found
    assert ("holds_position", "聂红霞", "专职副主席") in found


def test_a_title_running_into_a_board_is_no_post(nlp):
    # 董事 of 董事会 is no post: "担任董事会战略委员会委员".
    text = "同时由卞新宇先生担任董事会战略委员会委员职务。"
    assert ("holds_position", "卞新宇", "董事") not in relations_of(nlp, text, "holds_position")


def test_names_and_titles_paired_by_fenbie(nlp):
    # "A、B、C分别当选为…、…、…": the names take the titles in order (s12-appoint's left-alone, lead)
    text = "大会选举罗青山、唐明、宋海分别为会长、副会长、秘书长。"
    posts = relations_of(nlp, text, "holds_position")
    assert {
        ("holds_position", "罗青山", "会长"),
        ("holds_position", "唐明", "副会长"),
        ("holds_position", "宋海", "秘书长"),
    } <= posts
    assert ("holds_position", "罗青山", "秘书长") not in posts
    # titles joined by 与 pair too; lists of different lengths give no post (it would be a guess)
    posts = relations_of(nlp, "农会改选，由徐立新、张秋生分别当选理事长与常务监事。", "holds_position")
    assert {("holds_position", "徐立新", "理事长"), ("holds_position", "张秋生", "常务监事")} <= posts
    assert ("holds_position", "张秋生", "理事长") not in posts
    assert not relations_of(nlp, "罗青山、唐明分别当选为副主席。", "holds_position")
