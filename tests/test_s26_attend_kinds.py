"""Session 26 (s26-attend): meetings and attendance on real sentences of the tuning pages.

- A short form of the article's event with a generic tail ("出席洽谈会相关活动") is that event, not
  a second one (kg/nlp/bare_events.py tail_reference; real-pages-23 f06).
- A determiner opening an event named after the trigger is no word of its name ("参加了此次集中
  开工仪式" where the article names no event: 集中开工仪式; real-pages-11 z01).
- Speakers in a sentence that names no event attended the article's event ("A,B,C,D致辞。";
  kg/nlp/bare_speeches.py; real-pages-27 c11), but not in a sentence opened by a sitting
  ("开班典礼上,A致欢迎辞", real-meet3 b04: the sitting's rule reads it).
- 参加调研, 参加会见 (a tour, a call) give no attended fact (kg/nlp/relations/tour_objects.py;
  real-pages-21 m10, -27 c10, -17 i09), unless a meeting is named by the word ("开展2025年度
  工业视察活动。…参加视察", real-pages-12 k11).
"""

from __future__ import annotations

from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article

FAIR = "2013年嘉兴秀洲经贸洽谈会暨浙商创业创新重大项目签约仪式"


def test_short_form_with_a_generic_tail_is_the_named_event(nlp):
    # real-pages-23 f06
    mentions, facts = read(
        nlp,
        f"{FAIR}昨天下午举行,市领导鲁俊、刘冬生、梁群、周楚兴等出席洽谈会相关活动,"
        "省、市有关部门负责人和来自国内外的众多客商参加洽谈会。",
    )
    for person in ("鲁俊", "刘冬生", "梁群", "周楚兴"):
        assert ("attended", person, FAIR) in facts
        assert ("attended", person, "洽谈会相关活动") not in facts
    assert ("MEETING", "洽谈会相关活动") not in mentions


def test_a_determiner_is_no_word_of_the_event_named_after_the_trigger(nlp):
    # real-pages-11 z01 (its lines as the page writes them)
    mentions, facts = read(
        nlp,
        "5月30日上午,\n全椒县5月份6个重点项目\n在县经济开发区集中开工,\n县委书记杨光宣布了项目正式开工。\n"
        "县人大常委会主任金义平、县政协主席王春荣、县委常委、常务副县长周娅琼、县委常委、副县长张勇、"
        "副县长郑祥华以及相关县直单位主要负责人参加了此次集中开工仪式。\n",
    )
    for person in ("金义平", "王春荣", "周娅琼", "张勇", "郑祥华"):
        assert ("attended", person, "集中开工仪式") in facts
    assert ("MEETING", "此次集中开工仪式") not in mentions


SIGNING = "眉山市制造业招商引资“百日攻坚”行动(第三季)项目集中签约仪式"


def test_speakers_in_a_sentence_that_names_no_event(nlp):
    # real-pages-27 c11
    _, facts = read(
        nlp,
        f"9月5日,{SIGNING}举行,现场签约项目35个、合同金额275.65亿元。"
        "中国科学院院士彭孝军,市委书记胡元坤,省经济合作局局长惠朝旭,经济和信息化厅副厅长熊小鹏致辞。"
        "市委副书记、市长黄河主持仪式。",
    )
    for person in ("彭孝军", "胡元坤", "惠朝旭", "熊小鹏"):
        assert ("attended", person, SIGNING) in facts
    assert ("chaired", "黄河", SIGNING) in facts
    assert ("attended", "黄河", SIGNING) not in facts


def test_a_sentence_opened_by_a_sitting_is_left_to_the_sitting(nlp):
    # real-meet3 b04: the welcome speech is read at the sitting (speaker_at_meeting), not by the
    # rule of sentences that name no event
    text = (
        "11月19日,天津市河西区公共文化服务体系建设培训班开班,张旭院长出席开班典礼并讲话。"
        "开班典礼上,河西区区委书记张杰致欢迎辞,河西区区长彭三主持。"
    )
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    rules = {r.rule for r in doc._.relations if r.type == "attended"}
    assert "speaker_at_meeting" in rules
    assert "speakers_of_article_event" not in rules


def test_joining_a_research_tour_is_no_attendance(nlp):
    # real-pages-21 m10
    _, facts = read(
        nlp,
        "近日,宁德市委常委、市政府党组副书记李彦莅鼎开展“四下基层”活动暨投资工作专项调研督导。"
        "福鼎市委书记林青,市委副书记、市长周春海,市委常委、常务副市长庄超和,副市长洪荣参加调研。",
    )
    assert not any(f[0] == "attended" and f[1] in ("林青", "周春海", "庄超和", "洪荣") for f in facts)


def test_joining_a_tour_about_a_meeting_is_no_attendance_of_it(nlp):
    # real-pages-27 c10: the 座谈会 is the tour's theme
    _, facts = read(
        nlp,
        "4月6至7日,省政协常委、经济委员会主任梁维东率调研组赴韶关,围绕上半年“粤商·省长面对面协商座谈会”"
        "关于“增强粤东西北地区产业承接能力,推动区域协调发展”主题开展专题调研。"
        "省政协经济委员会专职副主任曾德明,以及部分省政协委员和专家学者参加调研。",
    )
    assert not any(f[0] == "attended" and f[1] == "曾德明" for f in facts)


def test_joining_a_call_on_guests_is_no_attendance_of_their_event(nlp):
    # real-pages-17 i09 (traditional characters)
    _, facts = read(
        nlp,
        "6月16日,廣西玉林市長蘇海棠先後會見了來玉參加第三十五屆西南西北片區臺協會長聯誼會暨玉林市投資發展環境推介會的"
        "全國臺企聯常務副會長高錦樂、林易陞等嘉賓。"
        "市委副書記李常官,市委常委、副市長何文格,市政府秘書長招展,市臺辦主任楊海潔參加會見。",
    )
    assert not any(f[0] == "attended" and f[1] in ("李常官", "何文格", "招展", "楊海潔") for f in facts)


def test_an_inspection_named_as_the_event_is_attended(nlp):
    # real-pages-12 k11: the guard keeps the inspection the article names
    _, facts = read(
        nlp,
        "11月26日,县政协组织部分政协委员开展2025年度工业视察活动。"
        "县政协主席刘汉忠,副主席何玉才、宋景理、孔祥瑞参加视察。",
    )
    for person in ("刘汉忠", "何玉才", "宋景理", "孔祥瑞"):
        assert ("attended", person, "2025年度工业视察活动") in facts
