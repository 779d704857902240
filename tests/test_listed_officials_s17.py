"""A two-character name right after a job title that the tagger reads as a noun or a verb, inside
a list of officials (issue 14, corpus audit s17-names2): "总经理|某兵/n|、|副总经理…",
"副县长|某强/v|,|县委常委…". Sentences and names invented for these tests."""

from __future__ import annotations

from test_names_round4 import persons_of
from test_relations import relations_of


def test_a_name_read_as_a_noun_between_two_officials(nlp):
    # 钟兵/n: 董事长王立新 before it, 副总经理刘海涛 after it
    text = "集团董事长王立新、总经理钟兵、副总经理刘海涛出席。"
    assert {"王立新", "钟兵", "刘海涛"} <= persons_of(nlp, text)
    assert ("holds_position", "钟兵", "总经理") in relations_of(nlp, text, "holds_position")


def test_a_name_read_as_a_verb_after_a_chain_of_posts(nlp):
    # 盖强/v: the same holder's 县委常委 before the title, another official after it
    text = "县长周明主持会议,县委常委、政府副县长盖强,县委常委、宣传部长李红参加。"
    assert "盖强" in persons_of(nlp, text)
    assert ("holds_position", "盖强", "副县长") in relations_of(nlp, text, "holds_position")


def test_a_name_read_as_a_verb_before_a_body_and_its_post(nlp):
    # 解兵/v: the next item is a body's post (市人民医院党委书记)
    text = "书记王一、院长解兵,市人民医院党委书记张强出席。"
    assert "解兵" in persons_of(nlp, text)


def test_an_act_after_a_title_opens_no_list(nlp):
    # 宣布, 施工: a verb after a title with no official before it is the act, not a name
    assert "宣布" not in persons_of(nlp, "主任宣布,县委书记张三讲话。")
    assert "施工" not in persons_of(nlp, "所长施工,副所长王五陪同。")
