"""Session 28 (s28-meet2): meetings the tagger never proposed whole.

- A numbered plenary session whose body stands after the term ("十二届市委五次全会"), a
  government's plenary, and "全体(扩大)会议" with 扩大 in brackets (``[meeting] plenary`` in
  ontology/patterns/entities.toml; real-pages-27 c05, -24 w03, -33 u02).
- A ceremony named by the act it marks, with no head word after it, where its clause fixes both
  edges: "举行|2023年一季度重大项目集中开工|，", "，|某某建设项目(第五批)集中开工和签约某某分会场|在…
  举行" (``[meeting.convened] act_ends``, kg/nlp/convened_events.py; real-pages-24 w04, -2 q09,
  -25 x08, -33 u09). The same words outside such a clause name no event (a headline's "1313个
  重大项目集中开工").
"""

from __future__ import annotations

from pathlib import Path

from test_meeting_kinds import read

FIXTURES = Path(__file__).parent / "fixtures"


def _lines(set_name: str, doc: str, lines: slice) -> str:
    return "\n".join((FIXTURES / set_name / "texts" / doc).read_text(encoding="utf-8").split("\n")[lines])


def test_a_plenary_session_with_its_body_after_the_term(nlp):
    # real-pages-27 c05
    mentions, _ = read(
        nlp,
        "袁泉对上海国投公司对奉贤的关心和支持表示感谢。他指出,奉贤当前正深入贯彻落实党的二十届三中全会精神、"
        "十二届市委五次全会精神、五届区委九次全会精神,进一步全面深化改革。",
    )
    for name in ("十二届市委五次全会", "五届区委九次全会", "党的二十届三中全会"):
        assert ("MEETING", name) in mentions


def test_a_governments_enlarged_plenary_with_brackets(nlp):
    # real-pages-24 w03
    mentions, facts = read(nlp, _lines("real-pages-24", "w03.txt", slice(0, 1)))
    meeting = "县政府十八届五次全体(扩大)会议"
    assert ("MEETING", meeting) in mentions
    assert ("attended", "李启龙", meeting) in facts
    assert ("chaired", "付永亮", meeting) in facts


def test_an_enlarged_plenary_of_a_party_committee(nlp):
    # real-pages-33 u02 (traditional), the report's first line
    mentions, _ = read(nlp, "本報訊 1月5日下午, 市委四屆四次全體(擴大)會議組織部分參會人員現場考察我市重點建設項目。")
    assert ("MEETING", "市委四届四次全体(扩大)会议") in mentions


def test_a_ceremony_held_and_named_by_its_act(nlp):
    # real-pages-24 w04: the headline, then the report's lead and the attendees
    mentions, facts = read(nlp, _lines("real-pages-24", "w04.txt", slice(1, 9)))
    meeting = "2023年一季度重大项目集中开工"
    assert ("MEETING", meeting) in mentions
    assert ("attended", "梁言顺", meeting) in facts
    # the headline's words name what projects undergo, no event
    assert ("MEETING", "全区2023年第一批1313个重大项目集中开工") not in mentions
    assert not any(label == "MEETING" and name.endswith("1313个重大项目集中开工") for label, name in mentions)


def test_a_signing_held_and_named_by_its_act(nlp):
    # real-pages-2 q09 (traditional)
    mentions, _ = read(nlp, _lines("real-pages-2", "q09.txt", slice(11, 12)))
    assert ("MEETING", "忠县第四季度暨首届全国忠商大会招商项目集中签约") in mentions


def test_a_branch_venue_of_a_joint_ceremony_held_in_its_clause(nlp):
    # real-pages-25 x08
    mentions, facts = read(nlp, _lines("real-pages-25", "x08.txt", slice(6, 7)))
    meeting = "海南自由贸易试验区建设项目(第五批)集中开工和签约陵水分会场"
    assert ("MEETING", meeting) in mentions
    assert ("attended", "王路", meeting) in facts
    assert ("MEETING", "陵水分会场活动") not in mentions


def test_an_act_not_held_is_no_event(nlp):
    # the act as what projects undergo, not as an event held (real-pages-24 w04's headline)
    mentions, _ = read(nlp, "全区2023年第一批1313个重大项目集中开工\n梁言顺宣布开工 张雨浦讲话 陈雍出席")
    assert not any(label == "MEETING" for label, _ in mentions)


def test_an_act_in_a_list_or_followed_by_what_was_done_ends_no_name(nlp):
    # real-loc l05's headline: the signing and what else was done, no event's name
    mentions, _ = read(nlp, "鄂城区举行重大项目集中签约并发布十大农业招商场景")
    assert ("MEETING", "重大项目集中签约") not in mentions
    # real-pages-5 t11: the acts a ceremony marks, listed before its head word, are one name
    mentions, _ = read(nlp, _lines("real-pages-5", "t11.txt", slice(1, 2)))
    assert ("MEETING", "第一季度项目集中开工、竣工投产活动") in mentions
    assert ("MEETING", "第一季度项目集中开工") not in mentions
