"""Session 32 (s32-meetrec): meetings kg never found. A bracket inside an event's name that holds
a place the tagger names, the event's topics or a batch of a series stays in the name
(kg/nlp/entities/edge_steps.py ``_bracket_qualifier``, ``[meeting.left_edge] bracket_*`` and
``edition``); the second half of "X暨Y" closes before 并 ("出席X暨Y并讲话"); an ordinal of a series
(首届, 第N批, 第N期) or a pair of quotes around the whole name makes an event's name specific
(kg/nlp/entities/head_stands.py ``unspecific``, ``quoted_whole``; ``[meeting] edition_named``).
"""

from __future__ import annotations

from conftest import meetings_and_event_facts


def test_a_batch_in_brackets_stays_inside_the_event_name(nlp):
    # real-pages-39 ba05 (中国改革报): the name was cut after the bracket and refused as generic
    meetings, _ = meetings_and_event_facts(
        nlp,
        "本报讯 记者周发源报道 海南自由贸易试验区建设项目(第五批)集中开工签约活动日前在威特低碳制造业产业园"
        "项目现场(海口美安科技新城内)举行,共有51个项目集中开工签约。",
    )
    assert "海南自由贸易试验区建设项目(第五批)集中开工签约活动" in meetings
    assert "集中开工签约活动" not in meetings


def test_topics_in_brackets_stay_inside_the_meeting_name_and_its_attendees_reach_it(nlp):
    # real-pages-40 bb06 (shuangliao.gov.cn)
    meetings, facts = meetings_and_event_facts(
        nlp,
        "11月19日我市召开双辽市重点(产业建材、基础化工和能源)合作交流座谈会,市委书记侯川,"
        "市人大常委会主任宋国地出席会议。",
    )
    name = "双辽市重点(产业建材、基础化工和能源)合作交流座谈会"
    assert name in meetings
    assert ("attended", "侯川", name) in facts


def test_a_place_in_brackets_and_a_speech_after_a_joint_name(nlp):
    # real-pages-36 x04 (yybnet.net): "北川" alone in brackets is the tagger's place; "并讲话" after
    # the second half of X暨Y ended no name before
    name = "地球卫士(北川)环保新材料项目开工暨招商引资项目集中签约仪式"
    meetings, facts = meetings_and_event_facts(nlp, f"本报讯 昨(17)日,市委副书记、市长林书成出席{name}并讲话。")
    assert name in meetings
    assert ("attended", "林书成", name) in facts


def test_a_date_in_brackets_is_no_part_of_a_meeting_name(nlp):
    # real-meet q04: "今天(27日)" before the convening verb
    meetings, _ = meetings_and_event_facts(nlp, "市长应勇今天(27日)下午主持召开市政府参事座谈会,听取意见建议。")
    assert "市政府参事座谈会" in meetings
    assert not [m for m in meetings if "(" in m]


def test_a_first_edition_names_one_event(nlp):
    # real-pages-29 e10 (浙江在线衢州频道): "首届" is an edition as "第二届" is
    meetings, _ = meetings_and_event_facts(
        nlp, "在昨天召开的首届衢商大会上,装备制造、文化旅游、光伏能源等产业成了投资热点。"
    )
    assert "首届衢商大会" in meetings


def test_a_batch_names_one_ceremony(nlp):
    # real-pages-11 z10 (traditional reprint): a photo caption
    meetings, _ = meetings_and_event_facts(nlp, "第四批招商大使聘任儀式(涂錦波,左六)")
    assert "第四批招商大使聘任仪式" in meetings


def test_a_name_quoted_whole_is_one_event(nlp):
    # real-pages-42 bd12 (中央社): generic words, but the quotes make them a name
    meetings, _ = meetings_and_event_facts(
        nlp, "林志豐說,為活化建物,邀請20餘間在地業者,於今明2天,共舉辦3場「假日年貨市集推廣活動」,展售馬祖特色食品。"
    )
    assert "假日年货市集推广活动" in meetings


def test_a_side_note_in_brackets_is_no_part_of_a_ceremony_name(nlp):
    # real-pages-7 v02 (Taiwan): "（右）" marks a person in the photo, one word that is no place
    meetings, _ = meetings_and_event_facts(nlp, "南投縣長許淑華與國土署總工程司游源順（右）出席福崗路西延動土典禮。")
    assert not [m for m in meetings if "右" in m]
