"""Meetings of the kinds the corpus audit of session 10 found on many real pages (issue 14,
benchmarks/audits/s10-meet): working meetings named by their business (会商会, 通报会, 讲评会,
协调会, 学习会), a topic meeting ending in 会议 after the verb that convenes it (召开了), and
speakers at a sitting of the event (开幕式上, 闭幕式上), at a bare back-reference (会议上) or at
its close (会议最后, 作总结讲话, 讲了).

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

import pytest
from test_meeting_kinds import read


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("6月3日上午,某河市召开防汛会商会,分析近期雨情。副市长邵建华出席会议。", "防汛会商会"),
        ("9月2日,某县召开秋季农业生产协调会,副县长邵建华出席会议。", "秋季农业生产协调会"),
        ("4月9日,某区召开一季度重点项目讲评会,区委书记邵建华出席会议。", "一季度重点项目讲评会"),
    ],
)
def test_a_working_meeting_named_by_its_business_and_who_attended_it(nlp, sentence, meeting):
    mentions, facts = read(nlp, sentence)
    assert ("MEETING", meeting) in mentions
    assert ("attended", "邵建华", meeting) in facts


def test_a_topic_meeting_ending_in_huiyi_after_the_verb_that_convenes_it(nlp):
    mentions, facts = read(
        nlp, "5月6日,县政协主席高文斌主持召开党组理论学习中心组学习会议。县政协副主席彭立群、谢东明出席会议。"
    )
    meeting = "党组理论学习中心组学习会议"
    assert ("MEETING", meeting) in mentions
    assert ("chaired", "高文斌", meeting) in facts
    assert ("attended", "彭立群", meeting) in facts and ("attended", "谢东明", meeting) in facts


def test_a_bare_huiyi_after_the_verb_stays_generic(nlp):
    mentions, _ = read(nlp, "3日,县委组织部召开会议,研究近期工作。")
    assert not any(label == "MEETING" and name.endswith("会议") for label, name in mentions)


def test_the_session_of_a_congress_is_one_name_not_the_congress_cut_before_its_sitting(nlp):
    mentions, _ = read(nlp, "12月3日上午,某某镇召开十九届人民代表大会第二次会议,镇人大代表出席会议。")
    assert ("MEETING", "十九届人民代表大会") not in mentions


def test_speakers_at_the_opening_sitting_attended_the_event_the_article_opens_with(nlp):
    _, facts = read(
        nlp,
        "5月9日,第三届某某海洋博览会在某市开幕。某省省长孙建洲在开幕式上致辞。"
        "外国来宾周海平、协会副会长吴国星在开幕式上致辞。",
    )
    for person in ("孙建洲", "周海平", "吴国星"):
        assert ("attended", person, "第三届某某海洋博览会") in facts


def test_a_sitting_or_a_bare_back_reference_opening_the_sentence_is_the_articles_meeting(nlp):
    _, facts = read(nlp, "6月1日,某镇召开第九届第一次人民代表大会。闭幕式上,镇党委书记冯建龙讲话。")
    assert ("attended", "冯建龙", "第九届第一次人民代表大会") in facts
    _, facts = read(nlp, "6月1日,某县召开全县安全生产工作会议。会议上,县长钱立功强调,要压实责任。")
    assert ("attended", "钱立功", "全县安全生产工作会议") in facts


def test_guests_listed_after_the_opening_sitting_attended_the_event(nlp):
    _, facts = read(
        nlp,
        "第十届东盟国际博览会20日在南宁隆重开幕。出席开幕式的还有全国工商联副主席黄建国,某省副省长郑立新等。",
    )
    assert ("attended", "黄建国", "第十届东盟国际博览会") in facts
    assert ("attended", "郑立新", "第十届东盟国际博览会") in facts


def test_a_speech_about_a_studied_meeting_is_no_attendance(nlp):
    # the sitting word refers back to the event held, never to a meeting whose spirit is studied
    _, facts = read(nlp, "3日,某县召开县委常委会议,传达学习省委全会精神。会议上,县委书记田志刚强调,要抓好落实。")
    assert not any(f[1] == "田志刚" and "全会" in f[2] for f in facts)


def test_the_closing_words_of_a_meeting_and_a_summing_up_speech(nlp):
    _, facts = read(nlp, "12月5日,某集团2024年工作务虚会在某大厦召开。会议最后,郑建方董事长作总结讲话。")
    assert ("attended", "郑建方", "集团2024年工作务虚会") in facts
    _, facts = read(nlp, "6月1日,某镇召开第九届第一次人民代表大会。闭幕式上,镇党委书记冯建龙同志讲了五点要求。")
    assert ("attended", "冯建龙", "第九届第一次人民代表大会") in facts


@pytest.mark.parametrize(
    ("text", "sitting", "event"),
    [
        (
            "青禾县乡村发展研讨会昨日在县文化中心登场。开幕典礼由县长邵建华主持,副县长彭立群、议员谢东明出席。",
            "开幕典礼",
            "乡村发展研讨会",
        ),
        (
            "2021年云溪市秋季商品博览会26日在市会展中心开幕。省领导彭立群、谢东明等出席开幕仪式。",
            "开幕仪式",
            "秋季商品博览会",
        ),
    ],
)
def test_a_bare_sitting_is_the_sitting_of_the_event_the_article_names(nlp, text, sitting, event):
    """Round 2 of the audit: a sitting word kept as a meeting of its own took the attendees."""
    mentions, facts = read(nlp, text)
    assert ("MEETING", sitting) not in mentions
    (name,) = {m for label, m in mentions if label == "MEETING" and m.endswith(event)}
    assert ("attended", "彭立群", name) in facts and ("attended", "谢东明", name) in facts


def test_a_bare_sitting_refers_to_the_named_event_that_ends_in_it(nlp):
    """ "…培训班开班典礼" named, then "…培训班开班,X出席开班典礼": X attended the sitting named in
    full, not the class the sentence opens with."""
    text = (
        "邵建华出席云溪区乡村教师能力提升培训班开班典礼\n"
        "5月9日,云溪区乡村教师能力提升培训班开班,邵建华出席开班典礼并讲话。"
        "开班典礼上,区委书记彭立群致欢迎辞。"
    )
    _, facts = read(nlp, text)
    sitting = "云溪区乡村教师能力提升培训班开班典礼"
    assert ("attended", "彭立群", sitting) in facts
    assert ("attended", "彭立群", "云溪区乡村教师能力提升培训班") not in facts
    assert ("attended", "邵建华", "云溪区乡村教师能力提升培训班") not in facts
