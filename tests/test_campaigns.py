"""Campaigns named like events, from the error lists of the tuning set real-pages-5 (t11) and of
s16-meet2's sample, confirmed on the A half of benchmarks/audits/s16-events: a drive that runs
for months ("持续深化“某某年”活动", "奏响“…”活动最强劲的旋律", "“某某”活动实施方案") is no
MEETING, and a person there attends no event; an event held on a day with the same head word
(活动) keeps its name.

The sentences are written for each kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_year_of_work_slogan_names_a_campaign(nlp):
    mentions, _ = read(nlp, "今年以来,青川县持续开展“营商环境提升年”活动,新签约项目12个。")
    assert not any(t == "MEETING" and "提升年" in n for t, n in mentions)


def test_a_verb_that_pushes_a_campaign_on_before_its_slogan(nlp):
    text = "云岭镇以真抓实干奏响“三争三比三落实”活动最强劲的旋律,镇长贺立新参加了项目开工仪式。"
    mentions, facts = read(nlp, text)
    assert not any(t == "MEETING" and "三争三比三落实" in n for t, n in mentions)
    assert not any(f[0] == "attended" and "三争三比三落实" in f[2] for f in facts)


def test_what_follows_the_name_says_it_is_a_campaign(nlp):
    for text in (
        "白鹭乡党委制定了“干部进村入户”活动实施方案,明确了责任分工。",
        "青川县牢牢把握全县“项目落地”活动总体部署,加快项目建设。",
    ):
        mentions, _ = read(nlp, text)
        assert not any(t == "MEETING" and ("进村入户" in n or "项目落地" in n) for t, n in mentions), text


def test_a_held_event_with_the_same_head_word_keeps_its_name(nlp):
    text = "5月8日,“书香青川”全民阅读活动在县文化广场启动,县长贺立新出席活动。"
    mentions, facts = read(nlp, text)
    assert ("MEETING", "“书香青川”全民阅读活动") in mentions or ("MEETING", "书香青川全民阅读活动") in mentions
    assert any(f[0] == "attended" and f[1] == "贺立新" and "全民阅读活动" in f[2] for f in facts)
