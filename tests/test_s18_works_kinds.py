"""Persons' posts of the error lists of the tuning sets (issue 14, corpus audit s18-works): an
acting post written with 代 after the other titles of the list ("县委副书记、代县长某某"), whose
earlier titles were lost, and assistants' posts ("某某有限公司总经理助理某某", "部长助理某某"),
which were read as no post at all. Sentences and names invented for these tests."""

from __future__ import annotations

from test_relations import relations_of


def test_an_acting_post_after_a_list_keeps_the_titles_before_it(nlp):
    # "县委副书记、代县长X": the list goes on before 代, so the county committee is X's too
    text = "青禾县委副书记、代县长洪立舟一同见证了签约。"
    posts = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "洪立舟", "代县长") in posts
    assert ("holds_position", "洪立舟", "副书记") in posts
    assert relations_of(nlp, text, "works_for") == {("works_for", "洪立舟", "青禾县委")}


def test_an_acting_post_of_a_district_and_a_city(nlp):
    text = "区委副书记、代区长葛明远,副区长詹书悦出席会议。"
    posts = relations_of(nlp, text, "holds_position")
    assert {("holds_position", "葛明远", "代区长"), ("holds_position", "葛明远", "副书记")} <= posts
    assert ("works_for", "葛明远", "区委") in relations_of(nlp, text, "works_for")
    # after the body it belongs to: "市政府|代|市长"
    text = "市政府代市长卜云航出席。"
    assert ("holds_position", "卜云航", "代市长") in relations_of(nlp, text, "holds_position")
    assert ("works_for", "卜云航", "市政府") in relations_of(nlp, text, "works_for")


def test_dai_inside_a_word_is_no_acting_mark(nlp):
    # guard: "新时代|校长" is a head of school, not an acting one
    posts = relations_of(nlp, "新时代校长卜云航出席。", "holds_position")
    assert ("holds_position", "卜云航", "校长") in posts
    assert ("holds_position", "卜云航", "代校长") not in posts


def test_an_assistant_to_a_head_holds_a_post_of_the_body_before_it(nlp):
    text = "“年底前投产。”青禾新材料科技有限公司总经理助理詹书悦说。"
    assert relations_of(nlp, text, "holds_position") == {("holds_position", "詹书悦", "总经理助理")}
    assert relations_of(nlp, text, "works_for") == {("works_for", "詹书悦", "青禾新材料科技有限公司")}
    text = "某某集团总经理助理、副总工程师葛明远介绍了情况。"
    posts = relations_of(nlp, text, "holds_position")
    assert {("holds_position", "葛明远", "总经理助理"), ("holds_position", "葛明远", "副总工程师")} <= posts


def test_an_assistant_is_not_the_head(nlp):
    # guard: "部长助理X" holds no 部长; "总经理X" stays a general manager
    posts = relations_of(nlp, "商务部党组成员、部长助理洪立舟出席。", "holds_position")
    assert ("holds_position", "洪立舟", "部长助理") in posts
    assert ("holds_position", "洪立舟", "部长") not in posts
    assert relations_of(nlp, "总经理卜云航出席。", "holds_position") == {("holds_position", "卜云航", "总经理")}
