"""Persons' names of the error lists of the tuning sets (issue 14, corpus audit s17-names): a name
the tagger cut before a last character it read as a particle, an adjective or a noun that a
list mark, a joining word or a title follows ("副总经理|某坤/PER|地/u|、", "董事长|某家/PER|美/an|及",
"总顾问|某贤/PER|键/n|博士"), a name cut at one mention that the article names whole at another,
and a firm's brand read as a person ("某飞/PER|数码"). Sentences and names invented for these tests."""

from __future__ import annotations

from test_names_round4 import persons_of
from test_relations import relations_of


def test_a_last_character_read_as_a_particle_before_a_list_mark(nlp):
    # 陈坤/PER 地/u 、: no phrase ends in 地 before a list mark
    text = "农行副总经理陈坤地、南开科大副校长王正敏、市建设处长李正平出席。"
    found = persons_of(nlp, text)
    assert {"陈坤地", "王正敏", "李正平"} <= found
    assert "陈坤" not in found
    assert ("holds_position", "陈坤地", "副总经理") in relations_of(nlp, text, "holds_position")


def test_a_last_character_read_as_an_adjective_before_a_joining_word(nlp):
    # 简家/PER 美/an 及/c: a name, then the others who came
    found = persons_of(nlp, "董事长简家美及众多民众参加。")
    assert "简家美" in found
    assert "简家" not in found


def test_a_last_character_read_as_a_noun_before_a_degree(nlp):
    # 吕贤/PER 键/n 博士/n
    found = persons_of(nlp, "招商总顾问吕贤键博士作工作报告。")
    assert "吕贤键" in found
    assert "吕贤" not in found


def test_a_name_cut_at_one_mention_is_the_one_named_whole_at_another(nlp):
    # "郑更/PER 需/v 、" is mended in the list; "县长|郑更/PER|需/v|做" is the same person
    text = "县领导孙保平、郑更需、刘丽芳出席。县委副书记、县长郑更需做了推介。"
    found = persons_of(nlp, text)
    assert "郑更需" in found
    assert "郑更" not in found
    assert ("holds_position", "郑更需", "县长") in relations_of(nlp, text, "holds_position")


def test_a_word_the_article_writes_alone_is_not_run_into_a_title(nlp):
    # "高某/PER|大/n|校长" where the article also writes "高某|董事长": 高某大 is a school's short form
    found = persons_of(nlp, "高医董事长陈建国、董事苏荣华、高医大校长钟育明出席。")
    assert "高医大" not in found


def test_a_brand_before_a_business_word_is_no_person(nlp):
    # 王飞/PER 数码/n: the firm 王飞数码, not a person 王飞
    found = persons_of(nlp, "围绕王飞数码、新利稀土等一批企业,延伸产业链。")
    assert "王飞" not in found


def test_a_name_before_a_list_of_firms_stays_a_person(nlp):
    # the guard: a name followed by what he does is no brand
    found = persons_of(nlp, "董事长王飞介绍了数码产品的销售情况。")
    assert "王飞" in found


def test_a_last_character_fused_with_a_joining_word_before_a_mark(nlp):
    # 林建/PER 中等/a ,: 林建中 and others
    found = persons_of(nlp, "来宾有王明亮、李红梅,以及林建中等,致赠贺匾。")
    assert "林建中" in found
    assert "林建" not in found
