"""Meetings of the kinds that plain meeting reports rarely show (issue 14, tests/fixtures/
real-meet3): forums and dialogues named in quotes, plenary sessions with reports made to them,
press conferences, column tags before a headline, lists of events joined by 暨.

Each test names the kind it covers; the sentences are written for the kind (no page's text or
names).
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_quoted_event_name_before_the_words_that_hold_it_is_read_whole(nlp):
    mentions, facts = read(
        nlp,
        "10月8日上午,“江城走进北欧对话会”在某市举行,副市长欧阳明出席会议并致辞,市外办主任钱思远参加了对话会。",
    )
    assert ("MEETING", "江城走进北欧对话会") in mentions
    assert ("MEETING", "北欧对话会") not in mentions
    assert ("attended", "欧阳明", "江城走进北欧对话会") in facts
    assert ("attended", "钱思远", "江城走进北欧对话会") in facts


def test_a_report_made_to_the_session_is_attendance(nlp):
    _, facts = read(
        nlp,
        "3月2日上午,政协宜州市第五届委员会第三次会议在宜州会议中心开幕。"
        "市政协副主席邵文亮代表常务委员会向大会作工作报告。市政协副主席卢志远向大会作提案工作情况的报告。",
    )
    session = "政协宜州市第五届委员会第三次会议"
    assert ("attended", "邵文亮", session) in facts
    assert ("attended", "卢志远", session) in facts


def test_a_word_that_merely_ends_like_a_meeting_is_no_report_to_one(nlp):
    _, facts = read(nlp, "5日,某县推进会召开。企业家骆文彬向社会作出承诺,按期完成改造。")
    assert not any(f[1] == "骆文彬" for f in facts)


def test_a_meeting_inside_a_documents_title_is_no_meeting_a_bare_word_refers_to(nlp):
    _, facts = read(
        nlp,
        "1月9日,政协桐城市第七届委员会第二次会议开幕。"
        "市政协副主席邝立群作《关于七届一次会议以来提案工作情况的报告》。大会由市政协副主席蒲永年主持。",
    )
    assert ("chaired", "蒲永年", "政协桐城市第七届委员会第二次会议") in facts
    assert not any(f[0] == "chaired" and f[2] == "七届一次会议" for f in facts)


def test_a_speech_at_a_named_meeting_after_a_word_of_address(nlp):
    _, facts = read(nlp, "会议传达学习了苗志宏同志在全市安全生产工作部署会上的讲话。")
    assert ("attended", "苗志宏", "全市安全生产工作部署会") in facts


def test_a_column_tag_before_a_headline_is_no_part_of_the_meeting_name(nlp):
    mentions, _ = read(nlp, "宜州两会丨政协宜州市第六届委员会第五次会议开幕\n\n1月10日上午,大会在宜州会议中心开幕。")
    assert not any(label == "MEETING" and "丨" in text for label, text in mentions)


def test_x_ji_y_after_a_theme_or_after_a_list_of_events(nlp):
    mentions, _ = read(
        nlp,
        "以“开放合作 共赢未来”为主题的新能源产业合作交流会暨绿色发展论坛在某市举行。",
    )
    assert ("MEETING", "新能源产业合作交流会暨绿色发展论坛") in mentions
    mentions, _ = read(nlp, "“走进江南”专场活动、新能源产业合作交流会暨绿色发展论坛举行")
    assert ("MEETING", "新能源产业合作交流会暨绿色发展论坛") in mentions


def test_those_who_present_at_a_press_conference_attended_it(nlp):
    _, facts = read(
        nlp,
        "某省解读“十五五”规划建议新闻发布会举行\n\n"
        "12月2日,某省解读“十五五”规划建议新闻发布会在省城举行。发布会上,省发展改革委主任苏明哲、省统计局副局长柯文静参与发布。",
    )
    meeting = next(f[2] for f in facts) if facts else ""
    assert meeting.endswith("新闻发布会")
    assert ("attended", "苏明哲", meeting) in facts
    assert ("attended", "柯文静", meeting) in facts


def test_an_event_named_with_a_list_of_subjects_runs_from_the_place_that_opens_it(nlp):
    mentions, facts = read(
        nlp,
        "5月8日,宜州市对接融入大湾区电子信息、新材料产业“招才引智”推介会在深圳举行。宜州市委书记龚立成出席并致辞。",
    )
    name = "宜州市对接融入大湾区电子信息、新材料产业“招才引智”推介会"
    assert ("MEETING", name) in mentions
    assert ("attended", "龚立成", name) in facts


def test_a_list_of_events_that_opens_with_no_place_is_not_run_together(nlp):
    mentions, _ = read(nlp, "4月2日,书画展、摄影展和招商推介会同时举行。")
    assert not any(label == "MEETING" and "、" in text for label, text in mentions)


def test_x_ji_y_whose_first_half_is_a_scoped_topic_with_the_chair_before_it(nlp):
    mentions, facts = read(
        nlp,
        "4月5日上午,市委副书记范志诚主持的全市招商引资暨乡贤回归工作推进大会在市政府会议厅举行,"
        "市长卓永康等领导出席会议。",
    )
    name = "全市招商引资暨乡贤回归工作推进大会"
    assert ("MEETING", name) in mentions
    assert ("chaired", "范志诚", name) in facts
    assert ("attended", "卓永康", name) in facts


def test_a_bare_head_word_names_the_last_event_ending_in_it(nlp):
    _, facts = read(
        nlp,
        "6月20日,新能源产业合作交流会暨绿色发展论坛在宜州举行。论坛期间,举办“走进江南”专场活动。"
        "省委副书记、省长萧明远主持论坛。",
    )
    assert ("chaired", "萧明远", "新能源产业合作交流会暨绿色发展论坛") in facts
    assert not any(f[0] == "chaired" and f[2].endswith("专场活动") for f in facts)


def test_a_bare_chair_in_a_sentence_opened_by_an_event_word_chairs_that_event(nlp):
    _, facts = read(
        nlp,
        "11月9日,宜州市文化干部培训班开班,厅长邱明远出席宜州市文化干部培训班开班典礼并讲话。"
        "本次培训班为期三天。开班典礼上,区委书记祁文杰致欢迎辞,区长詹永平主持。",
    )
    assert ("chaired", "詹永平", "宜州市文化干部培训班开班典礼") in facts
    assert ("chaired", "詹永平", "宜州市文化干部培训班") not in facts


def test_a_speech_written_the_taiwan_way_is_attendance(nlp):
    # 致詞 reads 致词 after the t2s copy (the mainland word is 致辞): a speaker at the event
    _, facts = read(nlp, "縣長王大明昨日出席全縣運動大會開幕典禮。議長李小華在開幕典禮上致詞，勉勵選手。")
    assert ("attended", "李小华", "全县运动大会开幕典礼") in facts
