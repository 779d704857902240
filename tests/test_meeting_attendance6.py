"""Attendance the sixth corpus audit of meetings found missed on several real pages (issue 14,
benchmarks/audits/s14-att): a speaker in another clause of the sentence that names the event in
a clause of attending or chairing it ("市领导A、B出席开幕式,副市长C致辞", "开幕式由A主持,B致开幕辞",
"A在开幕式上讲话,B、C分别致辞,D主持开幕式").

The sentences are written for the kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def attended(facts: set[tuple[str, str, str]], person: str, event: str) -> bool:
    return any(t == "attended" and h == person and event in m for t, h, m in facts)


def test_a_speaker_after_the_guests_who_attend_the_opening(nlp):
    text = "5月8日,第三届青溪茶文化节开幕式在某镇举行。市领导柯立新、杜春明、潘海东等出席开幕式,副市长何明远致辞。"
    _, facts = read(nlp, text)
    assert attended(facts, "何明远", "青溪茶文化节")
    assert attended(facts, "杜春明", "青溪茶文化节")


def test_a_speaker_after_the_chair_of_the_opening_and_the_chair_is_no_speaker(nlp):
    text = "10月9日,某县第五届全民运动会在县体育场开幕。开幕式由县教育局副局长钟子林主持,县教育局局长韦立群致开幕辞。"
    _, facts = read(nlp, text)
    assert attended(facts, "韦立群", "全民运动会")
    assert not attended(facts, "钟子林", "全民运动会")


def test_speakers_in_turn_between_a_speech_at_the_event_and_its_chair(nlp):
    text = (
        "6月3日,2021某市樱桃博览会在会展中心开幕。"
        "副省长杜春明在开幕式上讲话,某省果品协会会长柯立新、某市商会会长潘海东分别致辞,"
        "市委副书记、市长何明远主持开幕式。"
    )
    _, facts = read(nlp, text)
    for person in ("柯立新", "潘海东"):
        assert attended(facts, person, "樱桃博览会")
    assert any(t == "chaired" and h == "何明远" for t, h, _ in facts)
    assert not attended(facts, "何明远", "樱桃博览会")


def test_a_clause_that_does_something_else_is_no_speech_at_the_event(nlp):
    text = "4月2日,某县重点项目集中开工仪式在某镇举行。县领导柯立新、杜春明出席仪式,何明远随后前往工地调研。"
    _, facts = read(nlp, text)
    assert attended(facts, "杜春明", "开工仪式")
    assert not attended(facts, "何明远", "开工仪式")


def test_a_speech_in_a_sentence_that_names_no_event_is_not_read_here(nlp):
    text = "4月2日,某县重点项目集中开工仪式在某镇举行。会后,县长何明远主持召开专题会,副县长钟子林讲话。"
    _, facts = read(nlp, text)
    # the sentence names the meeting held after the ceremony: 钟子林 spoke at that one, not at the ceremony
    assert not attended(facts, "钟子林", "开工仪式")
