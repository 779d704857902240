"""s24-chair: who attended an event, where kg missed the event's name, the act or the person.

1. An event named where someone spoke at it ("传达了某某书记在|康养产业发展座谈会|上的讲话精神",
   "习近平总书记在|北京冬奥会、冬残奥会总结表彰大会|上的重要讲话"): the frame gives the name its left
   edge and makes it specific, so the meeting is read and its speaker attended it; names before
   the speaker that only report the speech did not (3 pages of 3 sites).
2. Acts at a ceremony of works starting the announcer rule did not read: a speech in a clause
   beside the announcement ("A宣布开工,市长B讲话"), a speech before it ("A致辞并宣布开工"), the
   order to start ("A下达开工令") (3 pages of 3 sites).
3. A name the tagger cut before its last character 选, 献, 冬 or 之 ("某华/PER|选/v|出席",
   "某华/PER|献/v|等", "某明/PER|冬/TIME|\\n", "某华/PER|之/u| ") (4 pages of 4 sites).
4. Lists of officials that name a group of leaders as a post ("区委副书记|某容/v|,|区领导某某等出席",
   "县级领导|赵国/LOC|、|某某…"), and 列席 as a member's act ("县政协主席|常/d|朴实/a|列席会议")
   (3 pages of 3 sites).
5. A chair of the article's event by a word its name does not end in: the act ("X主持签约" at a
   "…签约仪式"), the launch of an activity ("X主持启动仪式" of a "…放归活动"), or a ceremony named inside
   the longer name of the article's event ("X主持开工仪式" at "…集中开工仪式某某现场活动": the longer
   one) (3 pages of 3 sites).

Invented sentences of each kind; the names are in no gold set (some are common words on purpose:
the tagger reads them so).
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article, make_pipeline

_NLP = make_pipeline()


def _persons(text: str) -> set[str]:
    """The PERSON spans of a text, as written."""
    out = set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(_NLP, art)
        out |= {art.text[m.start : m.end] for m in doc._.mentions if m.label == "PERSON"}
    return out


# 1. the event named where someone spoke at it


def test_a_meeting_named_by_a_speech_at_it_is_read_and_attended() -> None:
    text = "9月3日,桐溪县召开县委常委会会议。会议传达了市委书记钟岳林在文旅融合发展座谈会上的讲话精神。\n"
    meetings, facts = meetings_and_event_facts(_NLP, text)
    assert "文旅融合发展座谈会" in meetings
    assert ("attended", "钟岳林", "文旅融合发展座谈会") in facts


def test_a_speech_at_a_central_meeting_names_it() -> None:
    text = "会议传达学习了习近平总书记在中央农村工作会议上的重要讲话精神。\n"
    meetings, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "习近平", "中央农村工作会议") in facts


def test_who_reports_a_speech_did_not_attend_its_meeting() -> None:
    text = "会上,邬成传达了市委书记钟岳林在全市招商引资工作会议上的讲话精神。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "钟岳林", "全市招商引资工作会议") in facts
    assert ("attended", "邬成", "全市招商引资工作会议") not in facts


def test_a_determiner_names_no_meeting_in_the_frame() -> None:
    meetings, _ = meetings_and_event_facts(_NLP, "县长邬成在此次会议上的讲话很重要。\n")
    assert "此次会议" not in meetings


# 2. acts at a ceremony of works starting


def test_a_speaker_beside_the_announcer_attended_the_works_ceremony() -> None:
    text = "6月8日,桐溪县2023年第二批重大项目集中开工仪式举行。县委书记邬成宣布开工,县长钟岳林讲话。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "钟岳林", "桐溪县2023年第二批重大项目集中开工仪式") in facts


def test_a_speech_before_the_announcement_attends_the_ceremony() -> None:
    text = "6月8日,桐溪县2023年第二批重大项目集中开工仪式在工业园举行。县委书记邬成致辞并宣布开工。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "邬成", "桐溪县2023年第二批重大项目集中开工仪式") in facts


def test_the_order_to_start_works_attends_the_ceremony() -> None:
    text = "6月8日,桐溪县举行2023年第二批重大项目集中开工仪式。市委常委钟岳林下达开工令。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "钟岳林", "2023年第二批重大项目集中开工仪式") in facts


def test_an_announcement_at_a_working_meeting_makes_no_speaker_attend() -> None:
    text = "6月8日,桐溪县召开全县安全生产工作会议。县委书记邬成宣布开工,县长钟岳林讲话。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "钟岳林", "全县安全生产工作会议") not in facts


# 3. a name cut before its last character


def test_a_name_cut_before_xuan_attends_whole() -> None:
    text = "近日,桐溪县举行重点项目集中开工仪式。市领导韦立春、蒋华选出席仪式。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "蒋华选", "重点项目集中开工仪式") in facts


def test_names_cut_before_xian_dong_and_zhi_are_whole() -> None:
    assert "蒋华献" in _persons("县领导邬成、蒋华献等陪同。\n")
    assert "蒋华之" in _persons("编辑 蒋华之 韦立春\n")
    persons = _persons("一审:陈明冬\n二审:邬成\n")
    assert "陈明冬" in persons and "陈明" not in persons


# 4. a group of leaders as a post, 列席 as an act


def test_a_name_read_as_a_verb_before_a_group_of_leaders_is_a_person() -> None:
    text = "5月18日,桐溪县重大招商项目集中签约活动举行。区政协主席钟岳林,区委副书记包容,区领导邬成、韦立春等出席。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "包容", "桐溪县重大招商项目集中签约活动") in facts


def test_a_name_read_as_a_place_after_a_group_of_leaders_opens_the_list() -> None:
    text = "7月5日,桐溪县举行重点项目集中开工仪式。县委书记邬成,在家县级领导赵国、韩秀文、贺若明等出席开工仪式。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "赵国", "重点项目集中开工仪式") in facts


def test_a_name_read_as_words_before_lie_xi_is_a_person() -> None:
    text = "9月3日,县委书记邬成主持召开县委常委会第150次(扩大)会议。县人大常委会主任钟岳林,县政协主席常朴实列席会议。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("attended", "常朴实", "县委常委会第150次(扩大)会议") in facts


def test_a_group_of_leaders_alone_names_no_person() -> None:
    assert not _persons("县领导,各乡镇、县直单位负责人参加会议。区领导到场指导。\n")


# 5. a chair of the article's event by a word its name does not end in


def test_who_chairs_the_signing_chairs_the_signing_ceremony() -> None:
    text = "10月16日,第五届桐溪茶叶博览会举行投资项目签约仪式。副县长邬成主持签约。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("chaired", "邬成", "投资项目签约仪式") in facts


def test_who_chairs_the_launch_chairs_the_activity() -> None:
    text = "6月2日,2022年桐溪县白鹭放飞活动在五地同时举行。县林业局局长钟岳林主持启动仪式。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("chaired", "钟岳林", "2022年桐溪县白鹭放飞活动") in facts


def test_a_ceremony_inside_the_event_name_stands_for_the_whole_event() -> None:
    text = "4月20日,滨河市2018年项目集中开工仪式桐溪现场活动在桐溪县工业园举行。县长邬成主持开工仪式。\n"
    _, facts = meetings_and_event_facts(_NLP, text)
    assert ("chaired", "邬成", "滨河市2018年项目集中开工仪式桐溪现场活动") in facts
    assert ("chaired", "邬成", "滨河市2018年项目集中开工仪式") not in facts


def test_a_signing_chaired_at_a_working_meeting_chairs_nothing() -> None:
    _, facts = meetings_and_event_facts(_NLP, "5月8日,桐溪县召开全县安全生产工作会议。副县长邬成主持签约。\n")
    assert not any(f[0] == "chaired" for f in facts)
