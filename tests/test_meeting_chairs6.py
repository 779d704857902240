"""Chairs the sixth corpus audit of meetings found missed on ordinary meeting reports (issue 14,
benchmarks/audits/s12-meet2): the chair's clause holds a word the chair rule did not pass over
around its trigger. A comma between the chair's name (with its title or 同志) and the trigger
("县长X同志,主持召开了…会议"), a verb between the trigger and the bare word for the meeting
("X总经理主持并召开会议"), and a bare 主持 closing the chair's own clause before a comma, the
attendees following ("常务副县长X主持,县领导A、B出席").

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_comma_between_the_chair_and_the_trigger(nlp):
    text = "9月1日下午,县长、县林业委员会主任吴立平同志,主持召开了全县秋粮收购工作推进会议。"
    _, facts = read(nlp, text)
    assert ("chaired", "吴立平", "全县秋粮收购工作推进会议") in facts


def test_an_emcee_after_a_comma_is_not_the_chair(nlp):
    text = "5月2日,某县青年创业大赛颁奖典礼举行。出席典礼的有县长何明远,主持人罗晓宣布大赛结果。"
    _, facts = read(nlp, text)
    assert not any(f[0] == "chaired" and f[1] == "何明远" for f in facts)


def test_a_verb_between_the_trigger_and_the_bare_meeting_word(nlp):
    text = "3月5日,青川水务公司第一次月度工作例会召开。该公司郑国强总经理主持并召开会议,副总经理何明参加了会议。"
    _, facts = read(nlp, text)
    assert ("chaired", "郑国强", "青川水务公司第一次月度工作例会") in facts
    assert ("attended", "何明", "青川水务公司第一次月度工作例会") in facts


def test_a_bare_trigger_before_a_comma_and_the_attendees(nlp):
    text = "5月3日,全县春季植树造林推进会在城关召开。县委常委、副县长马立新主持,县领导周海、孙红出席。"
    _, facts = read(nlp, text)
    assert ("chaired", "马立新", "全县春季植树造林推进会") in facts
    assert ("attended", "周海", "全县春季植树造林推进会") in facts
    assert ("attended", "马立新", "全县春季植树造林推进会") not in facts


def test_a_bare_trigger_with_more_of_its_own_clause_is_not_read(nlp):
    # the chair's clause goes on after the name ("在会上主持"): not the titles-and-name shape
    text = "5月3日,全县春季植树造林推进会在城关召开。马立新随后在分会场主持,周海出席。"
    _, facts = read(nlp, text)
    assert ("chaired", "马立新", "全县春季植树造林推进会") not in facts


def test_a_preparatory_meeting_named_after_its_event_is_the_meeting_held(nlp):
    # "某某大会|筹备会": the head 筹备会 closes the name; the chair and the attendees go to it,
    # not to the event it prepares (lead, from s12-meet2's left-alone list)
    _, facts = read(nlp, "7月3日，青岭市召开第三届旅发大会筹备会。市委书记罗青山主持会议。市长唐明出席会议。")
    assert ("chaired", "罗青山", "第三届旅发大会筹备会") in facts
    assert ("attended", "唐明", "第三届旅发大会筹备会") in facts
    assert ("chaired", "罗青山", "第三届旅发大会") not in facts


def test_an_adverb_between_the_chair_and_the_trigger(nlp):
    # "市长X亲自主持召开…", "X随即主持召开…" (lead): the manner or time of chairing
    _, facts = read(nlp, "市长罗青山亲自主持召开全市防汛调度会。副市长唐明随即主持召开全市安全生产推进会。")
    assert ("chaired", "罗青山", "全市防汛调度会") in facts
    assert ("chaired", "唐明", "全市安全生产推进会") in facts
    # a time adverb says a meeting follows another: the bare 会议 is no reference to the one before
    text = "8月28日晚，省里召开全省防汛视频会议后，市长罗青山立即主持召开会议，安排防汛工作。"
    _, facts = read(nlp, text)
    assert ("chaired", "罗青山", "全省防汛视频会议") not in facts
