"""Ceremonies named by what projects undergo, with a 、 inside their name, from the errors of the
tuning sets (benchmarks/audits/s17-meet3): "举行|第一季度项目集中开工、竣工投产活动|," and "举行|A项目、
B项目两个项目集中签约仪式|," were lost whole, the 、 read as a list of two things; a point between
digits ("3.5GW") ended the stretch. A list of two meetings (each with its head word) stays a list.

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_acts_joined_by_a_comma_name_one_ceremony(nlp):
    mentions, _ = read(nlp, "3月2日下午,我县举行第一季度项目集中开工、竣工投产活动,新开工项目共21个。")
    assert ("MEETING", "第一季度项目集中开工、竣工投产活动") in mentions
    mentions, _ = read(nlp, "4月9日,阳平县举行二季度重点项目集中签约、开工仪式,签约项目8个。")
    assert ("MEETING", "二季度重点项目集中签约、开工仪式") in mentions


def test_projects_listed_in_a_signing_ceremony_name_it_whole(nlp):
    text = "5月8日,河阳县举行青禾2.5GW光伏组件、远帆新材料两个项目集中签约仪式,县委书记刘海峰出席活动。"
    mentions, facts = read(nlp, text)
    name = "青禾2.5GW光伏组件、远帆新材料两个项目集中签约仪式"
    assert ("MEETING", name) in mentions
    assert ("attended", "刘海峰", name) in facts


def test_two_meetings_listed_after_the_verb_stay_a_list(nlp):
    mentions, _ = read(nlp, "5月8日,某村召开党员大会、村民代表会议,研究土地流转工作。")
    assert not any("、" in name for label, name in mentions if label == "MEETING")


def test_a_point_between_words_ends_the_name(nlp):
    mentions, _ = read(nlp, "5月8日,河阳县举行招商推介会.随后远帆公司举行项目签约仪式,县长王明山出席。")
    assert not any("." in name for label, name in mentions if label == "MEETING")
