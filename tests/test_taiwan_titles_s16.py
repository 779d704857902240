"""Taiwan government titles the lexicon lacked (issue 14, corpus audit s16-posts; A: 里长 on 4
pages, 次长 on 2, of 5 sites): a village's head, a ministry's deputy and a county government's
counsellor before a name. Sentences and names invented for these tests."""

from __future__ import annotations

from test_relations import _positions, relations_of


def test_a_village_head_before_a_name(nlp):
    text = "立委陳國平、南安里長黃志成及居民代表共同出席動土典禮。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "黄志成", "里长") in found


def test_a_ministry_deputy_before_a_name_works_for_the_ministry(nlp):
    text = "交通部次長林志遠今日南下視察工程進度。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert "次长" in posts
    assert ("works_for", "林志远", "交通部") in relations_of(nlp, text, "works_for")


def test_a_counsellor_in_a_list_of_county_officials(nlp):
    text = "會議由縣長王建民主持,副縣長李正雄、參議陳文華與會。"
    found = relations_of(nlp, text, "holds_position")
    assert ("holds_position", "陈文华", "参议") in found


def test_a_word_ending_in_li_before_a_name_is_no_title(nlp):
    # 公里 then 长 of 长江: no 里长 where the text speaks of a distance
    text = "全程约三公里长的步道由市长周明远主持启用。"
    posts = {v["position"] for v in _positions(nlp, text)}
    assert "里长" not in posts
