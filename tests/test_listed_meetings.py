"""Meetings listed after one convening verb, from the chair probe of benchmarks/audits/s17-events
(A: 4 pages of 4 sites): "主持召开|A会议|和|B会议" names two meetings, each chaired by the person
who convenes them; kg read neither (or only the second) where a name ended in a head word before
the 和 ("某政府党组(扩大)会议和某政府常务会议"). A 和 between two topics of one name stays inside it,
and a list whose first part names no meeting by itself is left as kg read it.

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_two_meetings_joined_after_the_verb_are_both_chaired(nlp):
    text = "3月2日上午,副区长孟庆山主持召开区政府党组(扩大)会议和区政府常务会议,研究审议有关事项。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "区政府党组(扩大)会议") in mentions
    assert ("MEETING", "区政府常务会议") in mentions
    assert ("chaired", "孟庆山", "区政府党组(扩大)会议") in facts
    assert ("chaired", "孟庆山", "区政府常务会议") in facts


def test_the_first_of_two_listed_meetings_is_not_lost(nlp):
    text = "6月4日,县长钱立群主持召开县政府党组会议和县政府2024年第9次常务会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "县政府党组会议") in mentions
    assert ("chaired", "钱立群", "县政府2024年第9次常务会议") in facts


def test_a_second_numbered_meeting_of_another_body_is_named(nlp):
    text = "随后,召开分会工会委员会第一次会议和女职工委员会第一次会议,分别选举产生主任。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "分会工会委员会第一次会议") in mentions
    assert ("MEETING", "女职工委员会第一次会议") in mentions


def test_topics_joined_inside_one_name_stay_one_meeting(nlp):
    text = "1月9日,某镇召开第一季度森林防火和安全生产工作会议,镇长罗永清主持会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "第一季度森林防火和安全生产工作会议") in mentions
    assert ("chaired", "罗永清", "第一季度森林防火和安全生产工作会议") in facts


def test_a_list_opening_with_a_bare_sitting_is_no_list_of_names(nlp):
    text = "大会主席团召开预备会议和主席团第一次会议,秘书长邓文远主持会议。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "主席团第一次会议") not in mentions


def test_an_event_after_listed_bodies_does_not_run_back_over_them(nlp):
    # the bodies before "、" hold the campaign; the run-back that joins an event's listed
    # subjects ("某县对接…机械制造、纺织服装产业推介会") must not swallow them and the clause's place
    mentions, _ = read(nlp, "建德市今年认真落实市委、市政府“招商引资攻坚年”活动部署,新签约项目20个。")
    assert ("PLACE", "建德市") in mentions
    assert ("ORG", "市委") in mentions
    assert not any(label == "MEETING" and name.startswith("建德市") for label, name in mentions)


def test_an_event_whose_listed_subjects_are_trades_is_named_from_its_place(nlp):
    text = "建德市对接融入长三角机械制造、纺织服装产业“双招双引”推介会在宁波举行。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "建德市对接融入长三角机械制造、纺织服装产业“双招双引”推介会") in mentions
