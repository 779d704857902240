"""Session 25 (s25-attend): one who acts at an event in the frame 在X上 / X上 attended it, whatever
the act (kg/nlp/event_acts.py): the name, a time, then the frame and an act no list of speaking
holds ("当日在…上,作出上述表示", "在开工仪式上要求"); the frame opening the clause and a run of
names that witness ("在…签约仪式上,A,B、C一同见证了"). The guards: a frame that names no event
("在产业基础上") or holds the event's word or name inside a longer phrase ("在签约仪式筹备工作上",
"在<name>筹备工作上").

The sentences and names are invented for the kinds (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read

SIGNING = "鹤岭县2024年招商引资重点项目集中签约仪式"


def test_one_acting_at_the_named_event_with_a_time_between(nlp):
    _, facts = read(
        nlp,
        f"3月5日,{SIGNING}在鹤岭县会议中心举行。鹤岭县副县长韩立群当日在{SIGNING}上,作出上述表示。",
    )
    assert ("attended", "韩立群", SIGNING) in facts


def test_one_asking_at_the_event_by_its_bare_word(nlp):
    _, facts = read(
        nlp,
        f"3月5日,{SIGNING}在鹤岭县会议中心举行。县委书记罗文海在签约仪式上要求,各部门要优化营商环境。",
    )
    assert ("attended", "罗文海", SIGNING) in facts


def test_a_run_of_names_after_the_frame_that_witness(nlp):
    _, facts = read(
        nlp,
        f"3月5日下午,在{SIGNING}上,鹤岭县委书记罗文海,县委副书记、县长沈墨林,副县长韩立群、"
        "鹤岭工业园管委会主任苏定邦一同见证了签约。",
    )
    for person in ("罗文海", "沈墨林", "韩立群", "苏定邦"):
        assert ("attended", person, SIGNING) in facts


def test_a_frame_that_names_no_event_is_no_attendance(nlp):
    _, facts = read(
        nlp,
        f"3月5日,{SIGNING}在鹤岭县会议中心举行。县委书记罗文海在产业基础上要求各部门补链强链。"
        "副县长韩立群在签约仪式筹备工作上狠抓落实。",
    )
    assert not any(f[1] in ("罗文海", "韩立群") for f in facts)


def test_a_frame_that_holds_the_name_in_a_longer_phrase_is_no_attendance(nlp):
    # the preparation of the event is no sitting of it: the name must end right before 上
    _, facts = read(
        nlp,
        f"2月20日,鹤岭县召开筹备会议。副县长韩立群在{SIGNING}筹备工作上狠抓落实。"
        f"3月5日,{SIGNING}在鹤岭县会议中心举行。",
    )
    assert ("attended", "韩立群", SIGNING) not in facts
