"""Kinds of the session 18 wave 2 events audit (issue 14, benchmarks/audits/s18-events2).

A council's numbered regular or extra session (定期会, 定期大会, 临时会) is named with the council
that stands right before it ("某县议会|第21届第3次定期会"): the council's mention, or the
council's word after its place or a level word, opens the session's name, and the council
stays an organisation of its own, placed where its name says (``[meeting] numbered_session``
and ``session_councils`` of ontology/patterns/entities.toml; kg/nlp/held_events.py,
kg/nlp/entities/selection.py). A session named after the verb that holds it, with no council
before it, is read from its number.

The sentences and names are written for the kind (no page's text or names).
"""

from __future__ import annotations

import pytest
from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


@pytest.mark.parametrize(
    ("text", "session", "council"),
    [
        ("花蓮縣議會第21屆第3次定期會今日開幕,縣長林守成率縣府團隊列席。", "花莲县议会第21届第3次定期会", "花莲县议会"),
        ("花莲县议会第21届第5次临时会昨日闭会,议长张启明主持会议。", "花莲县议会第21届第5次临时会", "花莲县议会"),
        ("县议会第八届第二次定期大会今天开幕,议员们陆续报到。", "县议会第八届第二次定期大会", "县议会"),
    ],
)
def test_a_councils_numbered_session_opens_with_the_council(nlp, text, session, council):
    mentions, _ = read(nlp, text)
    assert ("MEETING", session) in mentions
    # the council stays an organisation, once
    assert ("ORG", council) in mentions
    assert not any(label == "MEETING" and name != session and name.endswith(session[-8:]) for label, name in mentions)


def test_who_attends_or_chairs_the_councils_session(nlp):
    _, facts = read(nlp, "花蓮縣議會第21屆第3次定期會今日開幕,縣長林守成率縣府團隊列席。")
    assert ("attended", "林守成", "花莲县议会第21届第3次定期会") in facts
    _, facts = read(nlp, "花莲县议会第21届第5次临时会昨日闭会,议长张启明主持会议。")
    assert ("chaired", "张启明", "花莲县议会第21届第5次临时会") in facts


def test_the_council_in_the_sessions_name_is_placed_where_its_name_says(nlp):
    art = segment_document("t.txt", "花蓮縣議會第21屆第3次定期會今日開幕,縣長林守成率縣府團隊列席。")[0]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    orgs = [m for m in ms if m.label == "ORG" and art.text[m.start : m.end] == "花莲县议会"]
    assert len(orgs) == 1
    assert orgs[0].attrs.get("place_prefix") is not None


def test_a_session_after_its_verb_with_no_council_before_it(nlp):
    mentions, _ = read(nlp, "某乡公所表示,将于5月6日召开第11届第9次临时会,乡长陈立德率员列席。")
    assert ("MEETING", "第11届第9次临时会") in mentions


# guards


def test_an_unnumbered_regular_session_is_no_numbered_one(nlp):
    mentions, _ = read(nlp, "议员们在定期会上提出质询,县长到会答复。")
    assert not any(label == "MEETING" and name.endswith("定期会") for label, name in mentions)


def test_a_council_before_another_numbered_thing_is_no_session(nlp):
    mentions, _ = read(nlp, "花莲县议会第21届议员共34人,今日完成报到。")
    assert not any(label == "MEETING" and "花莲县议会" in name for label, name in mentions)


def test_the_council_named_in_its_session_is_the_body_its_speaker_heads(nlp):
    art = segment_document("t.txt", "花莲县议会第21届第5次临时会昨日闭会,议长张启明主持会议。")[0]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    facts = {(r.type, name(r.head), name(r.tail)) for r in doc._.relations if r.type == "works_for"}
    assert ("works_for", "张启明", "花莲县议会") in facts
