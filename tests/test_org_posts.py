"""Posts in associations on real pages (issue 14, set real-org2): a bare head word (商会, 协会)
refers to the association the article named; posts elected with 任/当选 and an ordinal
("首任会长", "第二届理事会会长"); "A等N人任…" and association titles (常务副会长, 执行会长).
Sentences invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_a_bare_association_word_opening_a_clause_is_the_association_named(nlp):
    text = "3月8日,青川县茶叶商会召开年度会员大会。商会会长罗志远作工作报告。"
    assert ("works_for", "罗志远", "青川县茶叶商会") in relations_of(nlp, text, "works_for")


def test_a_bare_association_word_with_no_association_named_gives_no_body(nlp):
    text = "3月8日,年度会员大会在青川县召开。商会会长罗志远作工作报告。"
    assert not {f for f in relations_of(nlp, text, "works_for") if f[1] == "罗志远"}


def test_a_post_taken_with_an_ordinal_in_the_association_named(nlp):
    text = "东阳市木雕协会昨日召开成立大会。会上,邵海鹏任协会首任会长。"
    assert ("works_for", "邵海鹏", "东阳市木雕协会") in relations_of(nlp, text, "works_for")
    assert ("holds_position", "邵海鹏", "会长") in relations_of(nlp, text, "holds_position")


def test_a_post_elected_in_a_numbered_council(nlp):
    text = "大会选举产生了新一届理事会,孔德明当选第三届理事会会长。"
    assert ("holds_position", "孔德明", "会长") in relations_of(nlp, text, "holds_position")


def test_a_group_of_n_people_takes_the_post_named_after_it(nlp):
    text = "宁海县电商协会换届。宏远物流有限公司总经理卢晓峰等三人任协会常务副会长。"
    got = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "卢晓峰", "常务副会长") in got
    assert ("works_for", "卢晓峰", "宁海县电商协会") in relations_of(nlp, text, "works_for")


ROSTER = "李建华 绵竹市实验小学\n周晓梅 绵竹市第二中学\n邓国平 什邡市洛水镇中心小学\n"


def test_rows_of_a_roster_give_each_person_their_unit(nlp):
    got = relations_of(nlp, ROSTER, "works_for")
    assert ("works_for", "周晓梅", "绵竹市第二中学") in got
    assert ("works_for", "李建华", "绵竹市实验小学") in got


def test_one_name_and_unit_line_alone_is_no_roster(nlp):
    text = "李建华 绵竹市实验小学\n请各校相互转告,做好宣传。\n"
    assert not relations_of(nlp, text, "works_for")


def test_a_branch_named_by_its_province_stays_in_its_article():
    from kg.resolve.document import _division_branch

    assert _division_branch("四川省分行", ("分行", "支行"))
    assert not _division_branch("建设银行四川省分行", ("分行", "支行"))
