"""Meetings on the kinds of sentences real meeting reports are written in (issue 14).

Each test names the kind it covers; the sentences are written for the kind (no page's text
or names): a session named by its body, meetings joined by 暨 and 和, the sittings of a
session, a ceremony held in its own clause, numbered plenary sessions, programme items,
a second trigger before a bare ceremony word, an event named by its verb (座谈), numbered
sessions of a standing body, two nouns joined by 和 in a name, 召开了 before X暨Y, a 典礼 and
its 盛会, a vague meeting (省有关会议), a speech at a meeting given as a noun (上的重要讲话), a
quoted name after 举行, a meeting inside what a session studies, 宣布开工, names listed before a
speaker, a name the tagger reads as a preposition.
"""

from __future__ import annotations

import pytest

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def read(nlp, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """The (label, text) of the mentions and the (type, head, tail) of the chaired and
    attended facts of the first article of ``text``."""
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    mentions = {(m.label, art.text[m.start : m.end]) for m in ms}
    facts = {(r.type, name(r.head), name(r.tail)) for r in doc._.relations if r.type in ("chaired", "attended")}
    return mentions, facts


def test_a_session_named_by_its_body_after_the_verb_that_convenes_it(nlp):
    mentions, facts = read(
        nlp, "12月3日,市委书记周明远主持召开市委常委会,市委常委刘建华、孙立平出席会议,市人大常委会主任吴立新列席会议。"
    )
    assert ("MEETING", "市委常委会") in mentions
    assert ("chaired", "周明远", "市委常委会") in facts
    for person in ("刘建华", "孙立平", "吴立新"):
        assert ("attended", person, "市委常委会") in facts
    # the standing committee of the congress, before its chairman's title, is no session
    assert ("MEETING", "市人大常委会") not in mentions


def test_a_third_meeting_joined_after_x_ji_y_is_a_meeting_of_its_own(nlp):
    mentions, facts = read(nlp, "5日,县长韩志远主持召开县政府党组会议暨理论学习中心组学习会议和常务会议,研究近期工作。")
    joint = "县政府党组会议暨理论学习中心组学习会议"
    assert ("MEETING", joint) in mentions and ("MEETING", "常务会议") in mentions
    assert ("chaired", "韩志远", joint) in facts
    assert ("chaired", "韩志远", "常务会议") in facts


def test_one_chair_of_two_meetings_joined_by_and(nlp):
    _, facts = read(nlp, "8日下午,县长郑海涛主持召开县政府第12次常务会议和县政府党组会议。")
    assert ("chaired", "郑海涛", "县政府第12次常务会议") in facts
    assert ("chaired", "郑海涛", "县政府党组会议") in facts


def test_the_chair_of_a_closing_sitting_chairs_the_session(nlp):
    _, facts = read(
        nlp, "市十六届人大常委会第十次会议28日下午在市人民会堂闭幕。会议表决通过了有关决定。王立群主任主持闭幕会。"
    )
    assert ("chaired", "王立群", "市十六届人大常委会第十次会议") in facts


def test_a_second_trigger_opens_no_event_name(nlp):
    mentions, facts = read(
        nlp,
        "3月9日,新城区2024年第一批重大项目集中开工仪式在产业园举行。区委书记赵明轩出席参加开工仪式。",
    )
    assert not any(label == "MEETING" and name.startswith("参加") for label, name in mentions)
    assert ("attended", "赵明轩", "新城区2024年第一批重大项目集中开工仪式") in facts


def test_the_persons_of_a_programme_item_take_part_in_the_event(nlp):
    _, facts = read(
        nlp,
        "3月9日,新城区2024年第一批重大项目集中开工仪式在产业园举行。"
        "仪式第一项:常务副区长王海东介绍项目情况。仪式第二项:施工单位副总经理孙晓东同志代表施工方发言。",
    )
    for person in ("王海东", "孙晓东"):
        assert ("attended", person, "新城区2024年第一批重大项目集中开工仪式") in facts


def test_a_bare_ceremony_held_in_its_own_clause_is_the_event_attended(nlp):
    mentions, facts = read(
        nlp, "两县昨日缔结友好县,结盟仪式于上午十时在县政府礼堂举行,副县长孙立华、县教育局长周立明等出席观礼。"
    )
    assert ("MEETING", "结盟仪式") in mentions
    assert ("attended", "孙立华", "结盟仪式") in facts


def test_a_numbered_plenary_session_is_a_meeting_and_studied_not_held(nlp):
    mentions, facts = read(nlp, "6日,县委常委会召开扩大会议,传达学习市委十二届七次全会精神。县委书记钱立新主持会议。")
    assert ("MEETING", "市委十二届七次全会") in mentions
    assert ("chaired", "钱立新", "市委十二届七次全会") not in facts


def test_who_holds_a_forum_attends_the_forum_the_article_opens_at(nlp):
    mentions, facts = read(
        nlp, "6月2日,省长刘志明在安康市调研并座谈。座谈会上,安康市政府汇报了经济运行情况。刘志明强调,要稳住经济大盘。"
    )
    assert ("MEETING", "座谈会") in mentions
    assert ("attended", "刘志明", "座谈会") in facts


def test_an_inspection_organised_as_an_event_is_attended(nlp):
    mentions, facts = read(
        nlp, "5月8日,县政协组织委员开展“推动乡村振兴”专项视察,县政协主席周立新、副县长陈海波一同参加。"
    )
    assert any(label == "MEETING" and name.endswith("专项视察") for label, name in mentions)
    assert any(f[:2] == ("attended", "周立新") and f[2].endswith("专项视察") for f in facts)


def test_a_name_with_a_clause_of_its_own_is_no_subject_of_the_trigger(nlp):
    _, facts = read(
        nlp,
        "8日上午,全市安全生产工作推进会在市区召开。"
        "市委书记何志远作出批示,市长林海东出席会议并讲话,市人大常委会主任贺建民参加会议。",
    )
    assert ("attended", "林海东", "全市安全生产工作推进会") in facts
    assert ("attended", "贺建民", "全市安全生产工作推进会") in facts
    assert ("attended", "何志远", "全市安全生产工作推进会") not in facts


def test_two_joined_persons_who_attend_and_chair_a_ceremony(nlp):
    _, facts = read(
        nlp,
        "两市合作行动10月20日举行启动暨签约仪式。启动暨签约仪式于下午在会展中心举行,省长周建国和北京市刘志明市长出席主持启动仪式,"
        "全国政协副主席孙立平等共同担任主礼嘉宾。",
    )
    for person in ("周建国", "刘志明"):
        assert ("chaired", person, "启动暨签约仪式") in facts
    assert ("attended", "孙立平", "启动暨签约仪式") in facts


def test_a_working_meeting_and_a_party_congress_are_meetings(nlp):
    mentions, _ = read(nlp, "近日,某镇召开招商引资工作会,要求全镇上下为党的二十大胜利召开营造良好氛围。")
    assert ("MEETING", "招商引资工作会") in mentions
    assert ("MEETING", "党的二十大") in mentions


def test_a_verb_before_a_studied_meeting_is_no_part_of_its_name(nlp):
    mentions, _ = read(nlp, "此次签约,也是践行县委经济工作会议精神的具体体现。")
    assert ("MEETING", "县委经济工作会议") in mentions
    assert not any(label == "MEETING" and name.startswith("也是") for label, name in mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "会议由县委副书记、县长王建军主持。",
        "县委书记刘海明出席会议并讲话,县长王建军主持并讲话。",
        "县长王建军出席会议并主持。",
        "会议由王建军同志主持。",
    ],
)
def test_the_chair_of_the_meeting_the_headline_names(nlp, sentence):
    text = "全县重点项目建设推进会召开\n5月6日,全县重点项目建设推进会在县行政中心召开。" + sentence
    _, facts = read(nlp, text)
    assert ("chaired", "王建军", "全县重点项目建设推进会") in facts


def test_a_room_between_the_chair_and_the_trigger(nlp):
    _, facts = read(nlp, "5月6日,县长王建军在县政府三楼会议室主持召开全县安全生产专题会议。")
    assert ("chaired", "王建军", "全县安全生产专题会议") in facts


def test_a_word_of_address_before_the_room_where_the_chair_sits(nlp):
    # s17-events: "X同志在某会议室主持召开了…" (A: 2 chairs missed on 2 sites)
    _, facts = read(nlp, "9月3日晚,区长柯文涛同志在区府2106会议室主持召开了区政府第15次常务会议。")
    assert ("chaired", "柯文涛", "区政府第15次常务会议") in facts


def test_a_numbered_session_of_a_standing_body_with_its_chair_and_attendees(nlp):
    mentions, facts = read(
        nlp,
        "6月18日,临江市政协九届六次常委会议召开。市政协主席高志远主持会议。副市长冯立群应邀出席会议,"
        "市政协副主席马文军、李克和、周立新出席会议。",
    )
    session = "临江市政协九届六次常委会议"
    assert ("MEETING", session) in mentions
    assert ("chaired", "高志远", session) in facts
    # "李克和、": a conjunction before a list comma joins nothing, it ends the name
    assert ("PERSON", "李克和") in mentions and ("PERSON", "李克") not in mentions
    for person in ("冯立群", "马文军", "李克和", "周立新"):
        assert ("attended", person, session) in facts


def test_two_common_nouns_joined_by_and_in_one_meeting_name(nlp):
    mentions, facts = read(
        nlp,
        "3月2日下午,市委书记韩志远组织召开全市科技工作者和青年创业者代表座谈会。"
        "市委副书记、市长冯立群,市人大常委会主任高志远等9位市领导出席会议。"
        "会上,常务副市长马文军通报了一季度经济运行情况。",
    )
    meeting = "全市科技工作者和青年创业者代表座谈会"
    assert ("MEETING", meeting) in mentions
    assert ("attended", "冯立群", meeting) in facts and ("attended", "高志远", meeting) in facts
    # "会上,A通报了…": who reports at the meeting the sentence opens at attended it
    assert ("attended", "马文军", meeting) in facts
    # 与 between two nouns is "with": the name starts after it
    mentions, _ = read(nlp, "今年将常态化开展专家学者、返乡青年与本地企业对接活动。")
    assert ("MEETING", "返乡青年与本地企业对接活动") not in mentions


def test_an_aspect_particle_after_the_verb_is_no_part_of_a_joint_name(nlp):
    mentions, facts = read(
        nlp,
        "3月2日,省委常委、副省长韩志远主持召开了第五届中部投资贸易博览会暨项目洽谈会筹备工作协调会议,"
        "要求各部门做好服务。",
    )
    name = "第五届中部投资贸易博览会暨项目洽谈会筹备工作协调会议"
    assert ("MEETING", name) in mentions and ("chaired", "韩志远", name) in facts


def test_a_ceremony_named_a_dianli_with_its_chair_and_guests(nlp):
    mentions, facts = read(
        nlp, "9日上午,某某港举行“渔港码头改建工程”开工典礼,典礼由县长韩志远主持,出席盛会的嘉宾还有冯立群、高志远等。"
    )
    name = next(n for label, n in mentions if label == "MEETING")
    assert name.endswith("渔港码头改建工程”开工典礼")
    assert ("chaired", "韩志远", name) in facts
    assert ("attended", "冯立群", name) in facts and ("attended", "高志远", name) in facts


def test_a_meeting_with_a_vague_word_is_no_name_and_not_the_one_attended(nlp):
    mentions, facts = read(
        nlp,
        "5月6日,市长韩志远主持召开市政府专题会议,调度项目建设工作。会议强调,要迅速落实国家和省有关会议要求。"
        "市领导冯立群、高志远参加会议。",
    )
    assert not any(n.endswith("有关会议") for label, n in mentions if label == "MEETING")
    assert ("attended", "冯立群", "市政府专题会议") in facts and ("attended", "高志远", "市政府专题会议") in facts


def test_a_speech_at_a_named_meeting_given_as_a_noun(nlp):
    _, facts = read(nlp, "会议传达学习了韩志远书记在全市民营经济座谈会上的重要讲话精神。")
    assert ("attended", "韩志远", "全市民营经济座谈会") in facts


def test_a_quoted_event_name_after_the_verb_that_holds_it_and_its_guests(nlp):
    mentions, facts = read(
        nlp,
        "某市商会于12月5日举行“第十二届理事会就职典礼晚宴”。副市长冯立群、商务局局长高志远应邀担任主礼嘉宾。"
        "新任会长马文军在就职典礼致辞时表示,要服务会员企业。",
    )
    name = "第十二届理事会就职典礼晚宴"
    assert ("MEETING", name) in mentions
    assert ("attended", "冯立群", name) in facts and ("attended", "高志远", name) in facts
    # "在就职典礼致辞": a speech at the event a longer word of its name names, with no 上
    assert ("attended", "马文军", name) in facts


def test_a_meeting_inside_what_a_session_studies_is_not_the_one_attended(nlp):
    mentions, facts = read(
        nlp,
        "3月6日,县委书记韩志远主持召开县委十五届常委会第12次会议。会议听取有关汇报;"
        "传达省委领导督导检查二十大安保工作时的讲话精神;传达全省乡村振兴工作座谈会会议精神。"
        "县委副书记、县长冯立群等县委常委参加会议。",
    )
    session = "县委十五届常委会第12次会议"
    assert ("MEETING", "二十大") in mentions and ("MEETING", "全省乡村振兴工作座谈会") in mentions
    assert ("chaired", "韩志远", session) in facts and ("attended", "冯立群", session) in facts
    assert not any(f[0] == "attended" and f[2] != session for f in facts)


def test_who_announces_the_start_of_the_works_an_article_reports_attended_it(nlp):
    _, facts = read(
        nlp,
        "2月8日,全区重点产业项目集中开工仪式在某镇举行。区委书记韩志远宣布集中开工,区长冯立群致开幕词,"
        "区人大常委会主任高志远出席开工仪式。",
    )
    name = "全区重点产业项目集中开工仪式"
    for person in ("韩志远", "高志远"):
        assert ("attended", person, name) in facts


def test_names_listed_before_a_speaker_share_his_speech_at_the_event(nlp):
    _, facts = read(
        nlp,
        "市政府今日举办“全市民营企业家座谈会”,并邀请省工商联副主席韩志远、省商务厅副厅长冯立群、"
        "省发改委副主任高志远在会上讲话。",
    )
    for person in ("韩志远", "冯立群", "高志远"):
        assert ("attended", person, "全市民营企业家座谈会") in facts


def test_a_name_the_tagger_reads_as_a_preposition_elsewhere_is_the_same_person(nlp):
    text = (
        "1月12日,全县一季度项目集中开工仪式在某镇举行。县委书记向承强讲话。仪式上,向承强宣布,全县项目集中开工。"
        "向承强强调,要加快建设。"
    )
    _, facts = read(nlp, text)
    art = segment_document("t.txt", text)[0]
    mentions = analyse_article(nlp, art)._.mentions
    # "向承强/p|宣布": the tagger's preposition is the name it kept in the sentence before
    assert sum(1 for m in mentions if m.label == "PERSON" and art.text[m.start : m.end] == "向承强") == 3
    assert ("attended", "向承强", "全县一季度项目集中开工仪式") in facts
