"""Round 5 of the meetings audit (benchmarks/audits/s12-meet): numbered sessions of people's
congresses and CPPCC committees. A verb with which a meeting decides or proposes another one
is no part of that session's name, and the session so decided is not the meeting held; the
national committee's session is read whole although 全国 opens names elsewhere; the presidium
or convenors of a session holding a meeting of their own chair and attend that meeting, not
the session. The sentences are written for the kinds (no page's text or names).
"""

from __future__ import annotations

import pytest
from test_meeting_kinds import read


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("会议决定,建议政协山西省第九届委员会第三次会议于2月6日在太原召开。", "政协山西省第九届委员会第三次会议"),
        ("会议决定政协山西省第九届委员会第四次会议于1月9日在太原召开。", "政协山西省第九届委员会第四次会议"),
        ("会议听取了县十八届人大常委会第五次会议筹备情况的汇报。", "县十八届人大常委会第五次会议"),
    ],
)
def test_a_verb_of_deciding_is_no_part_of_a_numbered_sessions_name(nlp, text, session):
    mentions, _ = read(nlp, text)
    assert ("MEETING", session) in mentions
    assert not any(label == "MEETING" and name.endswith(session) and name != session for label, name in mentions)


def test_other_event_names_keep_the_noun_a_verb_of_deciding_is_in(nlp):
    mentions, _ = read(nlp, "市政府新闻办举行解读晋中市“十五五”规划建议新闻发布会。")
    assert ("MEETING", "解读晋中市“十五五”规划建议新闻发布会") in mentions


def test_a_session_the_meeting_decides_is_not_the_one_its_attendees_are_at(nlp):
    _, facts = read(
        nlp,
        "3月2日,市政协主席许文彬主持召开市政协九届第21次主席会议。"
        "会议决定,政协晋中市第九届委员会第六次会议于3月20日在太原召开。"
        "市政协副主席韩立群、龚春燕出席会议。",
    )
    assert ("chaired", "许文彬", "市政协九届第21次主席会议") in facts
    for person in ("韩立群", "龚春燕"):
        assert ("attended", person, "市政协九届第21次主席会议") in facts
        assert ("attended", person, "政协晋中市第九届委员会第六次会议") not in facts


@pytest.mark.parametrize(
    "session",
    ["中国人民政治协商会议第十六届全国委员会第二次会议", "政协第十六届全国委员会第三次会议"],
)
def test_the_national_committees_session_is_read_whole(nlp, session):
    mentions, facts = read(nlp, f"3月5日,{session}在北京开幕。韩立群主持开幕会。许文彬、龚春燕等在主席台就座。")
    assert ("MEETING", session) in mentions
    assert ("MEETING", "全国委员会第二次会议") not in mentions
    assert ("chaired", "韩立群", session) in facts
    assert ("attended", "许文彬", session) in facts


def test_a_scope_word_still_opens_a_name_after_a_verb(nlp):
    mentions, _ = read(nlp, "会议传达学习全省安全生产工作会议精神。")
    assert ("MEETING", "全省安全生产工作会议") in mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "1月6日下午,县十九届人大三次会议主席团举行第一次会议。",
        "1月6日下午,县十九届人大三次会议主席团常务主席会议在县会堂举行。",
        "1月6日,县政协十届三次会议举行召集人第一次会议。",
    ],
)
def test_the_presidiums_own_meeting_is_not_the_session(nlp, sentence):
    _, facts = read(nlp, sentence + "县人大常委会主任许文彬主持会议,副主任韩立群出席会议。")
    session = "县十九届人大三次会议" if "人大" in sentence else "县政协十届三次会议"
    assert ("chaired", "许文彬", session) not in facts
    assert ("attended", "韩立群", session) not in facts


def test_the_presidiums_meeting_named_after_the_verb_is_the_one_chaired(nlp):
    _, facts = read(nlp, "1月7日上午,县十九届人大三次会议召开主席团第二次会议。县人大常委会副主任许文彬主持会议。")
    assert ("chaired", "许文彬", "主席团第二次会议") in facts
    assert ("chaired", "许文彬", "县十九届人大三次会议") not in facts


def test_a_session_that_opens_is_still_chaired_and_attended(nlp):
    _, facts = read(nlp, "1月8日,县十九届人大三次会议在县会堂开幕。许文彬主持大会,韩立群出席会议。")
    assert ("chaired", "许文彬", "县十九届人大三次会议") in facts
    assert ("attended", "韩立群", "县十九届人大三次会议") in facts
