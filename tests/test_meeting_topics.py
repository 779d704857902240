"""Meetings whose names join two topics, found missed on ordinary meeting reports by the
fourteenth corpus audit of meetings (issue 14, benchmarks/audits/s14-meet): a 和 between two
topics of one meeting ("召开|安全生产和消防工作会议") and an "X暨Y" whose first half is a topic with
no head word of its own ("召开|某某事故暨某某防控工作会议") made kg drop the meeting, and with it
its chair (kg/nlp/convened_events.py, ``topic_marks`` and ``joint_min_first`` of
``[meeting.convened]``).

The sentences are written for the kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_two_topics_joined_by_he_in_a_convened_name(nlp):
    text = "2月6日,某县召开森林防火和地质灾害防治工作会议,副县长庞志远主持会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "森林防火和地质灾害防治工作会议") in mentions
    assert ("chaired", "庞志远", "森林防火和地质灾害防治工作会议") in facts


def test_a_quarter_and_two_topics_after_organising_verb(nlp):
    text = "1月9日,白鹭镇组织召开第一季度安全生产和消防工作会议,镇党委副书记苟立新作安排部署。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "第一季度安全生产和消防工作会议") in mentions


def test_a_joint_name_whose_first_half_is_a_topic(nlp):
    text = (
        "11月3日,青石镇在镇政府三楼会议室召开第三季度防范道路交通事故暨秋冬森林防火工作会议。"
        "会议由镇长邬春林主持,全体镇干部参加会议。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "第三季度防范道路交通事故暨秋冬森林防火工作会议") in mentions
    assert ("chaired", "邬春林", "第三季度防范道路交通事故暨秋冬森林防火工作会议") in facts


def test_two_meetings_joined_by_he_stay_two(nlp):
    # a head word before 和: a list of meetings
    text = "5月4日,县长主持召开县政府党组会议和县政府常务会议,研究有关事项。"
    mentions, _ = read(nlp, text)
    assert not any(label == "MEETING" and "会议和" in name for label, name in mentions)


def test_a_second_joint_mark_is_no_topic(nlp):
    text = "6月2日,某镇召开安全生产暨森林防火暨防汛工作会议,镇长主持会议。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "安全生产暨森林防火暨防汛工作会议") not in mentions


def test_a_sitting_body_before_he_joins_no_topics():
    # "县委常委会|和…": what stands before 和 is a sitting body, so the stretch is no one name
    from kg.nlp.convened_events import convened_events

    text = "4月1日,县委书记主持召开县委常委会和县委财经委员会会议,研究有关事项。"
    assert convened_events(text, []) == []
    text = "4月1日,县委书记主持召开财政收支和债务管理专题会议,研究有关事项。"
    assert [text[c.start : c.end] for c in convened_events(text, [])] == ["财政收支和债务管理专题会议"]


def test_a_joint_name_the_article_writes_again_otherwise_is_left(nlp):
    # the lead's "X暨Y" and the body's "W暨X、Y" are one event kg cannot merge: no second event
    text = (
        "9月2日,某县召开了财税运行分析暨重点项目推进会。\n"
        "下午,在县政府会议室召开全县学习贯彻市党代会精神暨财税运行分析、重点项目推进会,副县长付立新主持会议。"
    )
    mentions, _ = read(nlp, text)
    assert ("MEETING", "财税运行分析暨重点项目推进会") not in mentions


def test_a_joint_name_a_headline_repeats_whole_is_read(nlp):
    # the headline writes X暨Y whole again: its second half is not named apart from it
    text = (
        "某镇召开第二季度防范电信诈骗暨夏季防溺水工作会议\n"
        "5月8日,某镇召开第二季度防范电信诈骗暨夏季防溺水工作会议,镇长韦立成主持会议。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "第二季度防范电信诈骗暨夏季防溺水工作会议") in mentions
    assert ("chaired", "韦立成", "第二季度防范电信诈骗暨夏季防溺水工作会议") in facts


def test_a_gloss_inside_a_joint_name_is_no_part_of_it(nlp):
    text = "9月3日,第8届中国—中亚农业博览会(简称农博会)暨中亚农业合作峰会在某市开幕。"
    mentions, _ = read(nlp, text)
    assert not any(label == "MEETING" and "简称" in name for label, name in mentions)


def test_a_list_of_topics_that_cut_a_name_is_read_whole():
    # "、" and "和" in one name, and the name kg read after 和 was cut there: read whole
    from kg.nlp.convened_events import convened_events
    from kg.nlp.entities import Candidate

    text = "2月26日,某县召开全县春节期间道路交通、消防安全和森林防火工作会议,副县长韩立新主持会议。"
    cut = Candidate(text.index("森林"), text.index(",副县长"), "MEETING", "head_words", 0.7)
    got = [text[c.start : c.end] for c in convened_events(text, [cut]) if c.label == "MEETING"]
    assert got == ["全县春节期间道路交通、消防安全和森林防火工作会议"]
