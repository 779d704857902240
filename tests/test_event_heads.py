"""Organised events found missed by the corpus audit of event recall (issue 14,
benchmarks/audits/s14-event): evening galas and get-togethers (晚会, 联欢会), road races
(马拉松, 嘉年华), and festivals named by a common head (节) that hold their edition
(``heads``, ``edition_heads`` and ``edition_mark`` of ``[meeting]``); and verbs that
announce, hail or join an event, which end its name on the left (``triggers`` of
``[meeting.left_edge]``).

The sentences are written for the kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def _meetings(nlp, text: str) -> set[str]:
    mentions, _ = read(nlp, text)
    return {name for label, name in mentions if label == "MEETING"}


def test_a_quoted_gala_with_its_town(nlp):
    text = "1月20日晚,青河镇“金龙迎春 同心筑梦”迎新春文艺晚会在镇文化广场举行,镇长李文涛致辞。"
    assert any(name.endswith("迎新春文艺晚会") and "同心筑梦" in name for name in _meetings(nlp, text))


def test_a_get_together_named_by_its_theme(nlp):
    text = "2月3日下午,白石乡“携手奋进新征程”主题联欢会在乡政府礼堂举行,乡机关干部欢聚一堂。"
    assert any(name.endswith("主题联欢会") for name in _meetings(nlp, text))


def test_a_road_race_and_its_attendee(nlp):
    text = "“2025清溪马拉松”昨日一早在清溪体育场开跑,县长黄志明与各界代表共同鸣枪,八千名跑者参加。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "2025清溪马拉松") in mentions


def test_a_festival_with_its_edition(nlp):
    text = "9月18日上午,桃川镇第三届甜橙采摘节在镇农业园开幕,副县长周丽华出席开幕式。"
    assert "桃川镇第三届甜橙采摘节" in _meetings(nlp, text)


def test_a_first_edition_festival(nlp):
    text = "9月22日,石门乡2021首届农民丰收节在田园广场隆重开幕,各村群众欢聚一堂。"
    assert "石门乡2021首届农民丰收节" in _meetings(nlp, text)


def test_a_holiday_or_a_stage_is_no_event(nlp):
    # 节 names an event only with its edition: a holiday, a step of work are none
    text = "春节期间,某县组织干部走访困难群众,并在各个环节做好安全生产工作。中秋节前夕,县领导慰问了驻地官兵。"
    names = _meetings(nlp, text)
    assert not any(name.endswith("节") for name in names)


def test_an_announcing_verb_ends_the_name(nlp):
    text = "外交部长宣布第三届青山国际合作高峰论坛将于5月10日在北京举行。"
    names = _meetings(nlp, text)
    assert "第三届青山国际合作高峰论坛" in names
    assert not any(name.startswith("宣布") for name in names)


def test_a_hailing_verb_ends_the_name(nlp):
    text = "市委书记在开幕式上致辞,热烈祝贺第九届西江商品交易会的隆重召开。"
    names = _meetings(nlp, text)
    assert "第九届西江商品交易会" in names
    assert not any("祝贺" in name for name in names)
