"""Chairs the corpus audit of chairs on ceremonies and named events found missed (issue 14,
benchmarks/audits/s14-chair2): the chair's clause refers back to the article's event in a form
the chair rule did not read. A compound head word longer than four characters
("X主持新闻发布会"), the event's head word followed by one of its sittings ("X主持运动会开幕式"),
a mark of the page's layout opening the clause ("▲启动仪式由副市长X主持"), a line that ends
right after the bare trigger ("常务副县长X主持" with no stop). A chair opening the clause of
another's presenting is no attendee ("X主持新闻发布会,副县长Y介绍…").

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_compound_head_word_refers_back_to_the_event(nlp):
    text = "9月22日,青禾县召开第三届茶文化节新闻发布会。县委常委、宣传部长罗建平主持新闻发布会,副县长李明介绍相关情况。"
    _, facts = read(nlp, text)
    assert ("chaired", "罗建平", "第三届茶文化节新闻发布会") in facts


def test_the_head_word_and_a_sitting_refer_back_to_the_event(nlp):
    text = "5月8日,青禾县第五届全民健身运动会在县体育场开幕。副县长罗建平主持运动会开幕式,县长李明致辞。"
    _, facts = read(nlp, text)
    assert ("chaired", "罗建平", "青禾县第五届全民健身运动会") in facts


def test_a_sitting_of_another_kind_of_event_chairs_nothing(nlp):
    # the article's meeting is a work meeting: the sports meeting's opening is not its sitting
    text = "3月2日,青禾县召开2024年安全生产工作会议。副县长罗建平主持运动会开幕式,县长李明讲话。"
    _, facts = read(nlp, text)
    assert not any(f[0] == "chaired" for f in facts)


def test_a_layout_mark_before_the_sitting_and_the_chair(nlp):
    text = "6月3日,“畅游青禾”文化旅游月活动在县城广场启动。\n▲启动仪式由副县长罗建平主持,县委书记李明等出席。"
    _, facts = read(nlp, text)
    assert ("chaired", "罗建平", "“畅游青禾”文化旅游月活动") in facts


def test_a_line_that_ends_after_the_bare_trigger(nlp):
    text = (
        "5月8日,青禾县第五届全民健身运动会在县体育场开幕。\n"
        "县长李明致开幕词,县委副书记张建国主持\n开幕式后举行了文艺表演。\n"
    )
    _, facts = read(nlp, text)
    assert ("chaired", "张建国", "青禾县第五届全民健身运动会") in facts


def test_the_chair_opening_the_clause_of_a_presenter_is_no_attendee(nlp):
    text = (
        "青禾县第三届茶文化节新闻发布会举行\n"
        "本报讯 9月22日上午,青禾县召开新闻发布会,介绍第三届茶文化节筹备情况。"
        "县委常委、宣传部长罗建平主持新闻发布会,副县长李明介绍相关情况。\n"
    )
    _, facts = read(nlp, text)
    assert ("chaired", "罗建平", "青禾县第三届茶文化节新闻发布会") in facts
    assert ("attended", "罗建平", "青禾县第三届茶文化节新闻发布会") not in facts
    assert ("attended", "李明", "青禾县第三届茶文化节新闻发布会") in facts
