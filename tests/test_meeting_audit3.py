"""Meetings of the kinds the third corpus audit of meetings found on many real pages (issue
14, benchmarks/audits/s11-meet): the standing body inside a numbered session's name kept as a
meeting of its own ("中国人民政治协商会议|…委员会第四次会议"), a numbered session with the body
inside its edition ("区十七届人大一次会议"), persons seated on the rostrum ("在主席台就座"), and a
bare "出席会议" given to a meeting only spoken of after the one held ("会议通过了…会议选举办法").

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

import pytest
from test_meeting_kinds import read


@pytest.mark.parametrize(
    ("sentence", "whole", "inner"),
    [
        (
            "3月2日,中国人民政治协商会议吉林省第九届委员会第三次会议在某市开幕。",
            "中国人民政治协商会议吉林省第九届委员会第三次会议",
            "中国人民政治协商会议",
        ),
        (
            "5月8日上午,长治市第十二届人民代表大会第四次会议在市会堂开幕。",
            "长治市第十二届人民代表大会第四次会议",
            "长治市第十二届人民代表大会",
        ),
    ],
)
def test_the_body_inside_a_numbered_session_is_no_meeting_of_its_own(nlp, sentence, whole, inner):
    mentions, _ = read(nlp, sentence)
    assert ("MEETING", whole) in mentions
    assert ("MEETING", inner) not in mentions


def test_an_event_named_inside_another_event_stays_a_meeting(nlp):
    mentions, _ = read(nlp, "6月9日,第三届中国长治太行山旅游大会筹备工作座谈会在黎城县召开。")
    assert ("MEETING", "第三届中国长治太行山旅游大会") in mentions


@pytest.mark.parametrize(
    ("sentence", "meeting", "chair"),
    [
        ("3月5日,县十六届人大二次会议在县会堂召开。主席团常务主席邵建华主持会议。", "县十六届人大二次会议", "邵建华"),
        (
            "1月9日下午,州第八届人民代表大会第三次会议主席团第一次会议举行。常务主席邵建华主持会议。",
            "州第八届人民代表大会第三次会议主席团第一次会议",
            "邵建华",
        ),
    ],
)
def test_a_numbered_session_with_the_body_inside_its_edition_and_its_chair(nlp, sentence, meeting, chair):
    mentions, facts = read(nlp, sentence)
    assert ("MEETING", meeting) in mentions
    assert ("chaired", chair, meeting) in facts


def test_a_numbered_session_inside_a_document_title_is_the_documents_topic(nlp):
    mentions, _ = read(nlp, "会议审议并原则同意《某区十五届人大三次会议<政府工作报告(讨论稿)>》等内容。")
    assert not any(label == "MEETING" and "人大三次会议" in name for label, name in mentions)


def test_persons_seated_on_the_rostrum_attended_the_meeting(nlp):
    _, facts = read(
        nlp,
        "1月8日上午,黎城县政协第九届委员会第二次会议在县会堂开幕。县委书记邵建华,县长谢东明在主席台前排就座。"
        "在主席台就座的还有县法院院长彭立群、县检察院检察长高文斌。",
    )
    meeting = "黎城县政协第九届委员会第二次会议"
    for person in ("邵建华", "谢东明", "彭立群", "高文斌"):
        assert ("attended", person, meeting) in facts


def test_a_bare_attendance_goes_to_the_meeting_held_not_to_one_only_spoken_of(nlp):
    _, facts = read(
        nlp,
        "1月3日,晋城市政协第七届委员会常务委员会第九次会议在某市召开。市政协主席邵建华主持会议。"
        "会议通过了晋城市政协第七届委员会第三次会议选举办法。市政协副主席谢东明、彭立群出席会议。",
    )
    held = "晋城市政协第七届委员会常务委员会第九次会议"
    spoken = "晋城市政协第七届委员会第三次会议"
    assert ("attended", "谢东明", held) in facts and ("attended", "彭立群", held) in facts
    assert ("attended", "谢东明", spoken) not in facts


def test_a_meeting_whose_convening_is_planned_is_not_held(nlp):
    _, facts = read(
        nlp,
        "2月6日,县委书记邵建华主持召开县委常委会会议。会议研究了召开县十七届人大二次会议有关事宜。县长谢东明出席会议。",
    )
    assert not any(rel == "attended" and tail == "县十七届人大二次会议" for rel, _, tail in facts)


def test_who_opens_a_clause_of_the_sentence_after_huishang_attended_the_meeting(nlp):
    _, facts = read(
        nlp,
        "9月4日,某某镇召开秋收工作部署会。会上,镇党委副书记邵建华对秋收工作作了安排;"
        "副镇长谢东明就防火工作进行说明;最后,镇长彭立群进行总结。",
    )
    meeting = "秋收工作部署会"
    for person in ("邵建华", "谢东明", "彭立群"):
        assert ("attended", person, meeting) in facts


def test_a_list_of_names_opening_the_clause_after_huishang_attended_it(nlp):
    _, facts = read(
        nlp, "1月6日,某某县召开乡村振兴工作推进会。会上,邵建华、谢东明、彭立群3名乡镇党委书记分别作了交流。"
    )
    for person in ("邵建华", "谢东明", "彭立群"):
        assert ("attended", person, "乡村振兴工作推进会") in facts


def test_huishang_after_an_unnamed_meeting_held_since_gives_no_attendance(nlp):
    _, facts = read(
        nlp,
        "某市将于10月举办2024年第三届某某产业招商推介会。昨日,市政府召开调度会,对推介会进行了部署。"
        "会上,副市长邵建华指示各县区抓好项目准备。",
    )
    assert not any(rel == "attended" and head == "邵建华" for rel, head, _ in facts)


def test_the_chair_after_huishang_is_no_attendee(nlp):
    _, facts = read(nlp, "3月1日,某某区召开招商工作座谈会。会上,区委书记邵建华致辞,区长谢东明主持。")
    assert ("attended", "谢东明", "招商工作座谈会") not in facts
