"""Chairs the corpus audit s15-chair found missed on reports of standing bodies (issue 14,
benchmarks/audits/s15-chair): the report opens with the body holding its own sitting, named by
the body alone ("市委常委会召开会议", "某届人大某次会议主席团举行第一次会议"), and the chair is
written with a bare word ("市委书记X主持会议。", "会议由X主持。"). No mention named the sitting,
so the chair had nothing to refer to; the sitting is now the article's event, named by the body
and the sitting ("市委常委会会议", kg/nlp/article_event.py ``body_sitting``).

The sentences are written for the kind (no page's text or names).
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def read(nlp, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """The MEETING mentions of the first article of ``text`` (text -> also_called name) and
    its chaired and attended facts (type, head, tail)."""
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    meetings = {art.text[m.start : m.end]: m.attrs.get("also_called", "") for m in ms if m.label == "MEETING"}
    facts = {(r.type, name(r.head), name(r.tail)) for r in doc._.relations if r.type in ("chaired", "attended")}
    return meetings, facts


def test_a_standing_committee_holding_a_bare_meeting_is_chaired(nlp):
    text = "6月5日,县委常委会召开会议,传达学习省委全会精神,研究贯彻落实意见。县委书记周文海主持会议。"
    meetings, facts = read(nlp, text)
    assert meetings.get("县委常委会") == "县委常委会会议"
    assert ("chaired", "周文海", "县委常委会") in facts


def test_a_presidium_holding_its_first_meeting_is_chaired_not_the_session(nlp):
    text = "9日下午,县十八届人大三次会议主席团举行第一次会议。会议由郑明远主持。会议推选常务主席。"
    meetings, facts = read(nlp, text)
    sitting = next(n for n, also in meetings.items() if also == "县十八届人大三次会议主席团第一次会议")
    assert ("chaired", "郑明远", sitting) in facts
    assert not any(f[0] == "chaired" and f[2] == "县十八届人大三次会议" for f in facts)


def test_a_body_that_does_not_sit_names_no_sitting(nlp):
    # an office is no standing body: its "召开会议" names no meeting to chair
    text = "5月6日,县创卫办召开会议,部署近期工作。副主任钱小虎主持会议。"
    meetings, facts = read(nlp, text)
    assert not any(also for also in meetings.values())
    assert not any(f[0] == "chaired" for f in facts)


def test_a_sitting_whose_clause_goes_on_names_nothing(nlp):
    # "召开会议精神": the words after 会议 make it the topic studied, no sitting held
    text = "6月5日,县委常委会召开会议精神传达会。县委书记周文海主持会议。"
    meetings, _ = read(nlp, text)
    assert not any(also == "县委常委会会议" for also in meetings.values())


# s17-events (benchmarks/audits/s17-events, A: 4 pages of 4 sites with the shape): when the body
# sits (a day, a word of time, where) stands between the body and its verb, and a lead before a
# space opens the line ("本报讯 …"); the body and the sitting still name the article's event.


def test_a_word_of_time_between_the_body_and_its_verb(nlp):
    text = "本报讯 镇委常委会近日举行会议,传达学习有关精神。镇委书记韩立松主持会议并讲话。"
    meetings, facts = read(nlp, text)
    assert meetings.get("镇委常委会") == "镇委常委会会议"
    assert ("chaired", "韩立松", "镇委常委会") in facts


def test_a_day_between_the_body_and_its_numbered_sitting(nlp):
    text = "县十六届人大常委会昨天举行第九次主任会议,决定有关事项。会议听取了报告。县人大常委会副主任洪立群主持会议。"
    meetings, facts = read(nlp, text)
    assert meetings.get("县十六届人大常委会") == "县十六届人大常委会第九次主任会议"
    assert ("chaired", "洪立群", "县十六届人大常委会") in facts


def test_a_day_and_a_place_between_a_presidium_and_its_verb(nlp):
    text = "市九届人大二次会议主席团8日下午在江城举行第二次会议。市人大常委会主任邹建平主持会议。"
    meetings, facts = read(nlp, text)
    sitting = next(n for n, also in meetings.items() if also == "市九届人大二次会议主席团第二次会议")
    assert ("chaired", "邹建平", sitting) in facts


def test_a_day_after_yu_is_when_a_sitting_is_to_be_held(nlp):
    # "于6月3日召开": a sitting the report announces, read as before (no body before a day)
    text = "县人大常委会于6月3日召开会议。县人大常委会主任吴长林主持会议。"
    meetings, _ = read(nlp, text)
    assert not any(also == "县人大常委会会议" for also in meetings.values())
