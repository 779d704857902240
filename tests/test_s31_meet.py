"""Session 31 (s31-meet): an event's name that swallowed a word of its clause at an edge is cut
back to the name (kg/nlp/event_edges.py, ``[meeting.edges]`` in ontology/patterns/entities.toml):
a preposition, particle or marking verb before it ("在|某某推介会…举行后", "举办|的|某某欢迎会",
"标志着|某某开工仪式"), a generic 活动 after a whole name ending in an event head ("某某发展大会|活动",
"“某某促进周”|活动"). A sub-venue's "…分会场活动" and a slogan's "“三个一批”活动" keep their 活动.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts


def test_a_preposition_before_a_joint_event_is_no_word_of_its_name(nlp):
    # real-pages-40 bb10 (四川在线)
    meetings, _ = meetings_and_event_facts(
        nlp, "10月15日,在广安市投资推介会暨项目签约仪式举行后,广安市前锋区在渝举行产业发展推介会暨项目签约仪式。"
    )
    assert "广安市投资推介会暨项目签约仪式" in meetings
    assert not [m for m in meetings if m.startswith("在")]


def test_a_particle_before_an_event_named_after_a_trigger_is_cut(nlp):
    # real-pages-31 s02 (大公報): the event added after 出席 (and the article's event) opened with 的
    meetings, facts = meetings_and_event_facts(
        nlp,
        "李家超昨日在政府總部出席投資推廣署舉辦的國際及內地企業落戶香港歡迎會,"
        "歡迎他們選擇香港作為拓展亞洲及全球業務的據點。",
    )
    assert not [m for m in meetings if m.startswith("的")]
    assert ("attended", "李家超", "国际及内地企业落户香港欢迎会") in facts


def test_a_marking_verb_before_a_ceremony_is_cut(nlp):
    # real-pages-22 o07: "标志着" opened the ceremony's name
    meetings, _ = meetings_and_event_facts(
        nlp,
        "4月20日,工布江达县举行重点项目集中开工仪式。甘丹平措宣布“工布江达县2020年重点项目集中开工正式启动”,"
        "标志着工布江达县重点项目集中开工仪式圆满完成。",
    )
    assert not [m for m in meetings if m.startswith("标志着")]


def test_a_generic_activity_after_a_conference_is_no_part_of_its_name(nlp):
    # real-pages-40 bb06 (shuangliao.gov.cn): gold names "四平市第二届发展大会"
    meetings, _ = meetings_and_event_facts(
        nlp,
        "为组织参加好四平市第二届发展大会活动,11月19日我市召开双辽市重点(产业建材、基础化工和能源)合作交流座谈会,"
        "市委书记侯川,市人大常委会主任宋国地出席会议。",
    )
    assert "四平市第二届发展大会" in meetings
    assert "四平市第二届发展大会活动" not in meetings


def test_a_generic_activity_after_a_quoted_week_is_cut_and_its_attendee_kept(nlp):
    # real-pages-12 k07 (辽阳新闻网): gold names "辽宁—长三角招商引资促进周"
    meetings, facts = meetings_and_event_facts(nlp, "白英率团参加“辽宁—长三角招商引资促进周”活动并推进重点项目")
    assert "“辽宁—长三角招商引资促进周”" in meetings
    assert ("attended", "白英", "“辽宁—长三角招商引资促进周”") in facts


def test_a_sub_venue_and_a_slogan_keep_their_activity(nlp):
    # real-pages-29 e06 and -18 j05: the golds name "…桂东分会场活动" and "全省第二期“三个一批”活动"
    meetings, facts = meetings_and_event_facts(
        nlp, "3月30日,2023年3月郴州市重大项目集中开工桂东分会场活动在县产业开发区大塘园区举行。县委书记伍志平出席。"
    )
    assert "2023年3月郴州市重大项目集中开工桂东分会场活动" in meetings
    assert ("attended", "伍志平", "2023年3月郴州市重大项目集中开工桂东分会场活动") in facts
    meetings, _ = meetings_and_event_facts(
        nlp,
        "10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动,"
        "拉开了我县2021年第四批10个重点项目建设的帷幕。",
    )
    assert any(m.startswith("全省第二期“三个一批”活动") for m in meetings)
