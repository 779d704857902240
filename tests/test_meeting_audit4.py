"""A meeting's chair is not one of its attendees (the gold guide keeps chairs out of
``attended``), also when the reading of attendance looks past the chair's own clause: persons
seated on the rostrum ("在主席台就座") and who opens a clause after "会上," (the chair of the
article's meeting is skipped: kg.nlp.relations.meeting_chairs).
Round 4 of the meetings audit (benchmarks/audits/s11-meet2) also adds the event head words that
party and unit meetings end in (民主生活会, 组织生活会, 院周会). The sentences are written for the
kind (no page's text or names).
"""

from __future__ import annotations

import pytest
from test_meeting_kinds import read


def test_a_chair_seated_on_the_rostrum_is_not_also_an_attendee(nlp):
    _, facts = read(
        nlp,
        "2月3日上午,长子县第十届人民代表大会第二次会议在县会堂开幕。"
        "大会执行主席邵建华、谢东明、彭立群在主席台前排就座。邵建华主持大会。",
    )
    assert ("chaired", "邵建华", "长子县第十届人民代表大会第二次会议") in facts
    assert ("attended", "邵建华", "长子县第十届人民代表大会第二次会议") not in facts
    for person in ("谢东明", "彭立群"):
        assert ("attended", person, "长子县第十届人民代表大会第二次会议") in facts


def test_a_chair_who_speaks_after_hui_shang_is_not_also_an_attendee(nlp):
    _, facts = read(
        nlp,
        "5月6日,县长邵建华主持召开全县春耕生产调度会。会上,邵建华强调要抓好春耕备耕;副县长谢东明对农资保障作了安排。",
    )
    assert ("chaired", "邵建华", "全县春耕生产调度会") in facts
    assert ("attended", "邵建华", "全县春耕生产调度会") not in facts
    assert ("attended", "谢东明", "全县春耕生产调度会") in facts


def test_the_chair_of_one_meeting_may_attend_another(nlp):
    _, facts = read(
        nlp,
        "4月1日,县长邵建华主持召开县政府常务会议。4月2日,邵建华出席全市安全生产工作会议。",
    )
    assert ("chaired", "邵建华", "县政府常务会议") in facts
    assert ("attended", "邵建华", "全市安全生产工作会议") in facts


@pytest.mark.parametrize(
    ("text", "meeting", "chair"),
    [
        # a party body's self-criticism meeting (民主生活会), named in the headline by the body
        (
            "长治市委常委班子民主生活会\n12月20日,长治市委常委班子召开民主生活会。市委书记邵建华主持会议。",
            "长治市委常委班子民主生活会",
            "邵建华",
        ),
        # a unit's weekly meeting
        ("6月3日下午,某某医院召开院周会。医院党委副书记、院长邵建华主持会议。", "院周会", "邵建华"),
    ],
)
def test_event_head_words_of_party_and_unit_meetings(nlp, text, meeting, chair):
    mentions, facts = read(nlp, text)
    assert ("MEETING", meeting) in mentions
    assert ("chaired", chair, meeting) in facts


def test_the_chair_rule_runs_once_for_both_readings_of_an_article(nlp, monkeypatch):
    # the rostrum and the 会上 readings both ask who chairs: the article's chairs are read once
    from kg.nlp.relations.table import RULES

    calls = []
    chair_rule = RULES["chair_trigger"]
    monkeypatch.setitem(RULES, "chair_trigger", lambda view: calls.append(1) or chair_rule(view))
    _, facts = read(
        nlp,
        "2月3日上午,长子县第十届人民代表大会第二次会议开幕。邵建华、谢东明在主席台前排就座。"
        "邵建华主持大会。会上,邵建华作报告;谢东明宣读决议。",
    )
    assert ("attended", "邵建华", "长子县第十届人民代表大会第二次会议") not in facts
    assert ("attended", "谢东明", "长子县第十届人民代表大会第二次会议") in facts
    assert len(calls) == 2  # once as a rule of the table, once for both readings (three before)
