"""Session 32 (s32-attrec): attended missed on real tuning pages.

1. A photo caption between two paragraphs of one report no longer cuts the report in two
   (kg/ingest.py): the body after it goes on with the article, so "推介会上,A表示" reaches the
   meeting named in the paragraph before the photo (real-pages-41 bc09).
2. Beside a bare attendance ("A出席并讲话,B致辞,C通报…,D主持"), a clause of names whose act is
   one of ``[attended] beside_acts`` with its object, or a speech joined to another act, is an
   act of the article's event (kg/nlp/bare_speeches.py, rule ``speakers_of_article_event``).
"""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.ingest import segment_document

# real-pages-41 bc09 (7baotech.com, traditional): the photo between the lead and the speech
BC09 = (
    "中國西藏網訊 8月20日,第九屆三江茶馬文化藝術節招商引資推介會在西藏昌都市成功舉辦。\n"
    "圖為招商引資推介會現場 攝影:德吉卓瑪\n"
    "推介會上,昌都市委副書記、常務副市長呂國健表示,昌都政策優勢明顯,營商環境優異。\n"
    "圖為推介會現場 攝影:德吉卓瑪\n"
)
BC09_MEETING = "第九届三江茶马文化艺术节招商引资推介会"

# real-pages-28 d07 (imline.cn): a sentence of the ceremony's programme
D07 = (
    "呼和浩特新闻网4月23日讯 4月22日,呼和浩特市四月份推进高质量发展重大项目集中开工暨蒙牛中国乳业"
    "产业园开工动员会召开。\n"
    "市委副书记、市长、和林格尔新区党工委书记贺海东出席并讲话,蒙牛集团总裁卢敏放致辞,市委常委、常务副"
    "市长刘程民通报全市重大项目建设情况,副市长毕国臣主持。\n"
)
D07_MEETING = "呼和浩特市四月份推进高质量发展重大项目集中开工暨蒙牛中国乳业产业园开工动员会"

# real-pages-33 u08 (china-mcc.com): a speech joined to another act
U08 = (
    "7月5日,第三十一届中国兰州投资贸易洽谈会金昌市招商引资项目签约大会在兰州举行。\n"
    "金昌市委副书记、市长王琳玺致辞并做招商推介,市人大常委会主任高建仲,市政协主席陈华出席,副市长张恒山主持。\n"
)
U08_MEETING = "第三十一届中国兰州投资贸易洽谈会金昌市招商引资项目签约大会"


def test_a_caption_between_paragraphs_does_not_cut_the_report():
    arts = segment_document("bc09.txt", BC09)
    # the report (lead and speech) is one article; the two captions are articles of their own
    assert len(arts) == 3
    assert "推介会上,昌都市委副书记" in arts[0].text and BC09_MEETING in arts[0].text
    assert all(a.text.startswith("图为") for a in arts[1:])


def test_a_speaker_after_a_photo_attended_the_meeting_before_it(nlp):
    _, facts = meetings_and_event_facts(nlp, BC09)
    assert ("attended", "吕国健", BC09_MEETING) in facts


def test_an_act_of_the_programme_beside_a_bare_attendance(nlp):
    _, facts = meetings_and_event_facts(nlp, D07)
    assert ("attended", "刘程民", D07_MEETING) in facts
    assert ("attended", "卢敏放", D07_MEETING) in facts
    # the chair stays a chair only
    assert ("chaired", "毕国臣", D07_MEETING) in facts
    assert ("attended", "毕国臣", D07_MEETING) not in facts


def test_a_speech_joined_to_another_act(nlp):
    _, facts = meetings_and_event_facts(nlp, U08)
    assert ("attended", "王琳玺", U08_MEETING) in facts


def test_an_act_without_a_bare_attendance_beside_it_gives_nothing(nlp):
    # the same act alone in its sentence: nothing says the sentence is about the event
    text = D07.split("\n")[0] + "\n" + "市委常委、常务副市长刘程民通报全市重大项目建设情况。\n"
    _, facts = meetings_and_event_facts(nlp, text)
    assert ("attended", "刘程民", D07_MEETING) not in facts


# real-pages-17 i12 (a county government site): a word of address between the name and 宣布
I12 = (
    "6月26日上午,楚雄州南华县举行2019年二季度“美丽县城”等28个重点项目集中开工仪式,中共楚雄州委副书记、"
    "州长迟中华同志,州委、州人大、州政府、州政协,州级有关部门和各县市政府主要领导参加二季度项目集中开工仪式。"
    "州委副书记、州政法委书记李明同志宣布项目开工。\n"
)
I12_MEETING = "2019年二季度“美丽县城”等28个重点项目集中开工仪式"

# real-pages-19 k08 (laibin news, traditional): the venue he announces from
K08 = (
    "來賓網-來賓日報訊 12月26日,自治區黨委、自治區人民政府在崇左市舉行全區產業園區項目建設集中開工活動,"
    "我市在忻城縣博美奧奇石材有限公司設分會場同步進行。\n"
    "市委書記何朝建在來賓分會場宣布開工,市長廖和明在自治區主會場參加活動。\n"
)
K08_MEETING = "全区产业园区项目建设集中开工活动"


def test_an_announcer_addressed_as_comrade(nlp):
    _, facts = meetings_and_event_facts(nlp, I12)
    assert ("attended", "李明", I12_MEETING) in facts


def test_an_announcer_at_a_sub_venue(nlp):
    _, facts = meetings_and_event_facts(nlp, K08)
    assert ("attended", "何朝建", K08_MEETING) in facts


def test_an_announcement_from_a_site_at_a_meeting_of_no_works_gives_nothing(nlp):
    # the works announced start at a meeting of another kind: no ceremony of works starting
    text = "5月8日,某县召开全县营商环境座谈会。\n县委书记张伟在项目现场宣布开工,县长李强在会场参加活动。\n"
    _, facts = meetings_and_event_facts(nlp, text)
    assert not any(f[0] == "attended" and f[1] == "张伟" for f in facts)
