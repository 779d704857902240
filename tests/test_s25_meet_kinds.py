"""Session 25 (s25-meet): meetings held in their own clause whose stretch holds a mark the clause
reading refused (kg/nlp/event_stretches.py, kg/nlp/convened_events.py).

Each test names its kind; the sentences are invented for it (no page's text or names): a count of
sittings before the name, a space typed inside a date, 〇 for zero and a
relative day before the held verb, a comma in the quoted slogan, 自由 in a name, a place of more
than twenty characters before the held verb, a signing's parties opening with the county's
pronoun; and the guards: a count of events with no name left, a sitting numbered alone, a pronoun
opening a name otherwise, a quotation that is a sentence.
"""

from __future__ import annotations

from test_meeting_kinds import read


def test_a_count_of_sittings_before_the_name_is_cut_off(nlp):
    mentions, facts = read(
        nlp, "5日上午,鹤岭县在龙溪镇、汀州镇等地同时举行三场重点项目集中开工仪式,县长韩立群在开工仪式上致辞。"
    )
    assert ("MEETING", "重点项目集中开工仪式") in mentions
    assert ("attended", "韩立群", "重点项目集中开工仪式") in facts


def test_a_numbered_standing_meeting_without_its_ordinal_mark(nlp):
    mentions, facts = read(nlp, "3月2日,鹤岭县委召开56次常委会会议,专题研究民生工作。县委书记罗文海主持会议并讲话。")
    assert ("MEETING", "常委会会议") in mentions
    assert ("chaired", "罗文海", "常委会会议") in facts


def test_a_space_typed_inside_the_date_of_the_name(nlp):
    mentions, facts = read(
        nlp,
        "3月9日上午,鹤岭2024 年第二次重大项目集中开工活动在鹤岭工业园举行,鹤岭县委书记罗文海,"
        "县委副书记、县长沈墨林等出席仪式。",
    )
    name = "鹤岭2024 年第二次重大项目集中开工活动"
    assert ("MEETING", name) in mentions
    assert ("attended", "罗文海", name) in facts
    assert ("attended", "沈墨林", name) in facts


def test_zero_written_as_a_circle_and_a_relative_day_before_the_held_verb(nlp):
    mentions, facts = read(nlp, "鹤岭县招商专案办公室一〇三年第二次会议昨召开,由县长周启明主持,副县长柯望舒等与会。")
    name = "鹤岭县招商专案办公室一〇三年第二次会议"
    assert ("MEETING", name) in mentions
    assert ("chaired", "周启明", name) in facts
    assert ("attended", "柯望舒", name) in facts
    # the body whose sitting it is keeps its mention
    assert ("ORG", "鹤岭县招商专案办公室") in mentions


def test_a_comma_inside_the_quoted_slogan_of_the_name(nlp):
    mentions, _ = read(nlp, "5月3日,“山海相约,共赢未来”招商推介会暨重点项目集中签约仪式在鹤岭县举行。")
    assert ("MEETING", "“山海相约,共赢未来”招商推介会暨重点项目集中签约仪式") in mentions


def test_ziyou_in_the_name_and_a_long_place_before_the_held_verb(nlp):
    mentions, facts = read(
        nlp,
        "今天(9月8日)上午,海南自由贸易港建设项目(第八批)鹤岭重点项目开工及签约仪式在秋水片区(二期)"
        "安置房改造项目配套工程现场举行。县委书记杜衡远出席分会场活动。",
    )
    name = "海南自由贸易港建设项目(第八批)鹤岭重点项目开工及签约仪式"
    assert ("MEETING", name) in mentions
    assert ("attended", "杜衡远", name) in facts


def test_a_signing_of_the_county_and_a_firm_opened_by_the_pronoun(nlp):
    mentions, facts = read(nlp, "4月8日上午,我县与鹤岭瑞丰科技集团有限公司签约仪式在汀州市举行。县长梁慕白出席并致辞。")
    name = "我县与鹤岭瑞丰科技集团有限公司签约仪式"
    assert ("MEETING", name) in mentions
    assert ("attended", "梁慕白", name) in facts


def test_guards_count_of_events_sitting_alone_pronoun_and_spoken_quotation(nlp):
    mentions, _ = read(nlp, "鹤岭县今年举办13场招聘会。主席团举行第一次会议。")
    meetings = {t for label, t in mentions if label == "MEETING"}
    assert not meetings & {"招聘会", "13场招聘会", "第一次会议"}
    # a pronoun opens no name but a signing's parties
    mentions, _ = read(nlp, "3日,我县重点项目集中开工仪式在龙溪镇举行。")
    assert ("MEETING", "我县重点项目集中开工仪式") not in mentions
    # a quotation with a full stop in it is speech, no slogan: its comma stays a clause mark
    mentions, _ = read(nlp, "他说:“好,我们走。”招商推介会在鹤岭县举行。")
    assert not any(label == "MEETING" and "我们走" in t for label, t in mentions)


# Meetings named as what a clause studies or follows (kg/nlp/studied_events.py).


def test_a_numbered_congress_whose_spirit_is_carried_out(nlp):
    mentions, _ = read(nlp, "今年以来,鹤岭县认真贯彻落实县十五次党代会精神,聚焦十项重点任务。")
    assert ("MEETING", "县十五次党代会") in mentions


def test_a_body_s_enlarged_meeting_whose_deployment_is_followed(nlp):
    mentions, _ = read(nlp, "按照旗委扩大会议部署要求,鹤岭县全力抓好企业生产和项目建设。")
    assert ("MEETING", "旗委扩大会议") in mentions


def test_an_item_of_a_list_of_meetings_studied_with_its_date(nlp):
    mentions, _ = read(nlp, "会议传达学习了9月12日国务院常务会议精神、9月20日稳外贸稳外资工作推进会议精神等。")
    assert ("MEETING", "稳外贸稳外资工作推进会议") in mentions


def test_guards_a_bare_meeting_studied_and_a_studied_meeting_is_not_the_one_attended(nlp):
    mentions, _ = read(nlp, "要认真贯彻落实会议精神,贯彻落实市党代会精神。")
    assert not {("MEETING", "会议"), ("MEETING", "落实市党代会")} & mentions
    # what is followed is no event held: one attending "会议" in its article attends no such
    mentions, facts = read(nlp, "鹤岭县要全面落实奋力建设山水鹤岭推进大会部署,抓好秋粮收储。县长韩立群出席会议。")
    assert ("MEETING", "奋力建设山水鹤岭推进大会") in mentions
    assert not {f for f in facts if f[0] == "attended"}
