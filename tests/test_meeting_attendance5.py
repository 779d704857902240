"""Attendance the fifth corpus audit of meetings found missed on many real pages (issue 14,
benchmarks/audits/s12-att): events other than numbered sessions (ceremonies, festivals,
fairs, training classes). A list of guests cut by semicolons into groups, a list after
"出席…的领导和嘉宾有:" going on group by group, a determiner before the bare event word
("本次颁奖仪式", "本届运动会"), "A宣布开幕", guests who watch or join in ("在场观礼",
"到场参与", "共襄盛举"), and an event named by an edition in Chinese numerals
("第七届某某文化旅游节").

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_list_of_guests_cut_by_semicolons_attends_whole(nlp):
    text = (
        "5月6日上午,青石科技园一期开工仪式在某县举行。某市副市长杜春明,县委书记柯立新,县长何明远;"
        "青石集团董事长潘海东,总经理钟子林出席仪式。"
    )
    _, facts = read(nlp, text)
    for p in ("杜春明", "柯立新", "何明远", "潘海东", "钟子林"):
        assert ("attended", p, "青石科技园一期开工仪式") in facts


def test_a_group_that_says_something_else_before_the_semicolon_ends_the_list(nlp):
    text = "3月2日,某县春季项目推进会在县城召开。县委书记柯立新主持会议并讲话;副县长何明远,县政协主席潘海东出席。"
    _, facts = read(nlp, text)
    assert ("attended", "何明远", "某县春季项目推进会") in facts
    assert ("attended", "柯立新", "某县春季项目推进会") not in facts


def test_a_chair_in_a_group_before_the_semicolon_is_the_chair(nlp):
    text = (
        "6月1日,白鹭湾湿地公园项目开工仪式在某镇举行。副市长杜春明,县长何明远;"
        "青石集团董事长潘海东出席仪式。仪式由县长何明远主持。"
    )
    _, facts = read(nlp, text)
    assert ("attended", "杜春明", "白鹭湾湿地公园项目开工仪式") in facts
    assert ("attended", "何明远", "白鹭湾湿地公园项目开工仪式") not in facts


def test_a_list_of_groups_after_the_leaders_and_guests_goes_on_past_semicolons(nlp):
    text = (
        "10月8日,青石焦化公司二期项目开工典礼在厂区举行。出席典礼的领导和嘉宾有:市长杜春明、副市长柯立新;"
        "集团公司领导潘海东、钟子林;区领导何明远;各单位负责同志参加了典礼。"
    )
    _, facts = read(nlp, text)
    for p in ("杜春明", "柯立新", "潘海东", "钟子林", "何明远"):
        assert any(f[:2] == ("attended", p) for f in facts), p


def test_a_determiner_before_the_bare_event_word_is_the_article_s_event(nlp):
    text = (
        "元宵节当天,第三届青石杯楹联大赛颁奖仪式在市图书馆举办,出席本次颁奖仪式的领导有:市文联主席杜春明,副主席柯立新。"
    )
    _, facts = read(nlp, text)
    assert ("attended", "杜春明", "第三届青石杯楹联大赛颁奖仪式") in facts
    assert ("attended", "柯立新", "第三届青石杯楹联大赛颁奖仪式") in facts


def test_one_who_announces_this_edition_open_attended(nlp):
    text = "10月28日,青石市第五届运动会在市体育中心开幕。市委书记杜春明宣布本届运动会开幕,市长柯立新致开幕辞。"
    _, facts = read(nlp, text)
    assert ("attended", "杜春明", "青石市第五届运动会") in facts


def test_one_who_announces_it_open_attended_but_not_one_who_announces_works_begun(nlp):
    text = "4月20日,第二届青石茶文化研讨会在某县开幕。省政协原主席杜春明宣布开幕。"
    _, facts = read(nlp, text)
    assert ("attended", "杜春明", "第二届青石茶文化研讨会") in facts
    text = "4月20日,青石新区招商新闻发布会在某市召开。当天上午,某某绿道项目开工,市委书记柯立新宣布开工。"
    _, facts = read(nlp, text)
    assert ("attended", "柯立新", "青石新区招商新闻发布会") not in facts


def test_guests_who_watch_or_join_in_attended(nlp):
    # (session 31, s31-attend: a festival, not a fair: a bare attendance in a report from a fair is
    # at one of its own events, kg/nlp/relations/fair_events.py)
    text = "第五届青石城市文化节今天闭幕。行政院顾问杜春明、议长柯立新及在地企业家都到场参与。"
    _, facts = read(nlp, text)
    assert ("attended", "杜春明", "第五届青石城市文化节") in facts
    assert ("attended", "柯立新", "第五届青石城市文化节") in facts


def test_an_edition_in_chinese_numerals_names_the_event(nlp):
    mentions, facts = read(nlp, "10月24日,第七届桃花文化旅游节开幕式在某市举行。副省长杜春明出席开幕式。")
    assert ("MEETING", "第七届桃花文化旅游节开幕式") in mentions
    assert ("attended", "杜春明", "第七届桃花文化旅游节开幕式") in facts


def test_a_training_class_by_its_kind_of_class(nlp):
    mentions, _ = read(nlp, "11月2日,全省村党组织书记轮训班在省委党校开班。副部长杜春明出席开班式。")
    assert ("MEETING", "全省村党组织书记轮训班") in mentions


def test_a_speaker_at_a_named_festival_or_its_opening_without_shang(nlp):
    # "A在某某节开幕式致辞": the event's name ends the span, no 上 (lead, session 12; s12-att's left-alone)
    _, facts = read(nlp, "县长罗青山在第三届青岭茶文化节开幕式致辞。副县长唐明在第三届青岭茶文化节致辞。")
    assert ("attended", "罗青山", "第三届青岭茶文化节开幕式") in facts
    assert ("attended", "唐明", "第三届青岭茶文化节") in facts
    # a day or an adverb is no event
    _, facts = read(nlp, "县长罗青山在春节致辞。")
    assert not any(f[0] == "attended" for f in facts)
