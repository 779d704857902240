"""Meeting names the thirteenth corpus audit of meetings found cut or lost on ordinary meeting
reports (issue 14, benchmarks/audits/s13-meet): a name with a verb, a trigger word, an inner
scope word, a 、 or a word the tagger takes for a person in it, read whole where its clause fixes
both edges — the object of the verb that convenes it, or the subject of the verb that holds it
(kg/nlp/convened_events.py); and the verbs with which a meeting hears or deliberates another
meeting (收听收看, 审议, 传达贯彻) kept out of that meeting's name.

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_trigger_word_before_the_head_in_a_subject_meeting(nlp):
    text = "4月2日,全县道路交通安全集中整治部署会议召开,县领导郑开远、罗文涛出席会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "全县道路交通安全集中整治部署会议") in mentions
    assert ("attended", "郑开远", "全县道路交通安全集中整治部署会议") in facts


def test_a_preparing_verb_inside_a_convened_name(nlp):
    text = "5月6日,某县召开建县60周年庆典筹备工作领导小组第二次会议,副县长韩兆平主持会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "建县60周年庆典筹备工作领导小组第二次会议") in mentions
    assert ("chaired", "韩兆平", "建县60周年庆典筹备工作领导小组第二次会议") in facts


def test_an_inner_scope_word_after_a_verb(nlp):
    text = "6月3日,全区争创全国卫生城市工作推进会召开,区委副书记梁思远出席会议。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "全区争创全国卫生城市工作推进会") in mentions
    assert ("attended", "梁思远", "全区争创全国卫生城市工作推进会") in facts


def test_a_list_of_rivers_inside_a_convened_name(nlp):
    text = "8月9日,副县长邓启明主持召开青溪河、白沙河、柳河河长联席会议,县水利局负责人参加。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "青溪河、白沙河、柳河河长联席会议") in mentions
    assert ("chaired", "邓启明", "青溪河、白沙河、柳河河长联席会议") in facts


def test_two_meetings_joined_stay_two(nlp):
    # the object holds a head word before 和: a list of meetings, not one name
    text = "3月2日,县长苏立平主持召开县政府党组会议和县政府第8次常务会议,研究有关事项。"
    mentions, _ = read(nlp, text)
    assert not any(label == "MEETING" and "会议和" in name for label, name in mentions)


def test_a_description_or_a_clause_is_no_name(nlp):
    text = "会议指出,这是在关键时刻召开的一次十分重要的会议。会议进一步完善了会议召开制度。"
    mentions, _ = read(nlp, text)
    assert not any(label == "MEETING" and ("重要的会议" in name or "完善" in name) for label, name in mentions)


def test_a_watched_meeting_without_the_watching_verb(nlp):
    text = "2月3日下午,我县组织收听收看省委安全生产第三次专题会议,县领导周志恒参加。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "省委安全生产第三次专题会议") in mentions
    assert not any(label == "MEETING" and name.startswith("收听") for label, name in mentions)


def test_a_deliberated_meeting_without_the_deliberating_verb(nlp):
    text = "会议审议区人大常委会主任会议关于召开区十八届人大第五次会议的议案。"
    mentions, _ = read(nlp, text)
    assert ("MEETING", "区人大常委会主任会议") in mentions
    assert ("MEETING", "会议审议区人大常委会主任会议") not in mentions


def test_counts_descriptions_and_announcements_are_no_names(nlp):
    # a count of events, a description with 的, a bare kind of event, a person announcing the opening
    text = (
        "今年以来,某区共举办8场招聘会。5月9日,为期三天的第五届某某茶叶博览会举行。"
        "当日举行了揭牌仪式。县委书记唐永和宣布大会开幕。"
    )
    mentions, _ = read(nlp, text)
    names = {name for label, name in mentions if label == "MEETING"}
    assert not any(n.startswith(("8场", "为期")) or "宣布" in n or n == "揭牌仪式" for n in names)


def test_analysis_and_briefing_meetings_are_meetings(nlp):
    text = (
        "4月8日,某区召开一季度经济运行分析会,区长吕建新主持会议。"
        "某市政协会议期间举行市情介绍会,市政协副主席温立华主持会议。"
    )
    mentions, facts = read(nlp, text)
    assert ("MEETING", "一季度经济运行分析会") in mentions
    assert ("chaired", "吕建新", "一季度经济运行分析会") in facts
    assert ("MEETING", "市情介绍会") in mentions
