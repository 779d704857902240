"""Chairs the corpus audit s15-chair2 found missed (issue 14, benchmarks/audits/s15-chair2):
a date or a time of day between the chair and 主持 ("乡长X26日上午主持动土典礼"), co-chairs
listed before one trigger ("由A、B、C连袂主持", "A(右一)、B等贵宾共同主持", "大会由A及B主持",
"与A一同主持"), and a generic 活动/仪式 standing for the article's event whatever its head word
("X主持活动" at a 动员大会), a name's quotation marks no part of the word it ends in.

The sentences are written for the kind (no page's text or names).
"""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def chairs(nlp, text: str) -> set[tuple[str, str]]:
    """The (person, meeting) pairs of the first article's ``chaired`` facts."""
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    return {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "chaired"}


def test_a_date_and_time_between_the_chair_and_the_trigger(nlp):
    text = "3月8日,临江县2024年春季重点项目集中开工仪式在临江工业园举行。县长孙立平8日上午主持开工仪式。"
    assert ("孙立平", "临江县2024年春季重点项目集中开工仪式") in chairs(nlp, text)


def test_a_day_word_before_the_place_where_the_chair_sits(nlp):
    text = "全市防汛工作会议召开。市委书记郑海明今日在市政府主持召开全市防汛工作会议。"
    assert ("郑海明", "全市防汛工作会议") in chairs(nlp, text)


def test_co_chairs_listed_after_you_and_joined_by_an_adverb(nlp):
    text = "青松镇敬老院落成典礼昨日举行,由镇长黄志远、镇人大主席林秋华、村主任陈大勇连袂主持。"
    found = chairs(nlp, text)
    assert {
        ("黄志远", "青松镇敬老院落成典礼"),
        ("林秋华", "青松镇敬老院落成典礼"),
        ("陈大勇", "青松镇敬老院落成典礼"),
    } <= found


def test_co_chairs_of_a_caption_with_position_marks(nlp):
    text = (
        "11月3日,南山县人民医院新院区动土典礼举行。县长林国华(右一)、议员陈志明(右二)、院长王大同(左一)等贵宾共同主持。"
    )
    found = {p for p, m in chairs(nlp, text) if m == "南山县人民医院新院区动土典礼"}
    assert found == {"林国华", "陈志明", "王大同"}


def test_co_chairs_after_you_joined_by_ji(nlp):
    text = "东湖市工商业联合会2023年度会员大会召开。大会由协会理事长张永福及秘书长李国强主持。"
    found = {p for p, m in chairs(nlp, text) if m == "东湖市工商业联合会2023年度会员大会"}
    assert found == {"张永福", "李国强"}


def test_a_list_that_attends_is_no_list_of_chairs(nlp):
    text = "全市安全生产工作会议召开。市领导孙晓东、刘志平、钱红梅出席会议,副市长周明主持。"
    assert chairs(nlp, text) == {("周明", "全市安全生产工作会议")}


def test_a_generic_activity_stands_for_the_article_event(nlp):
    text = "5月6日,全省重大项目建设动员大会在南岭市召开。省领导王立群、赵启明出席活动,副省长钱文斌主持活动。"
    assert ("钱文斌", "全省重大项目建设动员大会") in chairs(nlp, text)


def test_quotation_marks_in_the_event_name_do_not_hide_its_head(nlp):
    text = "云溪县2024年“云开工”活动举行。县委常委、常务副县长赵明远主持开工活动。"
    assert any(p == "赵明远" and m.endswith("活动") for p, m in chairs(nlp, text))


def test_a_generic_ceremony_is_the_last_ceremony_named_not_a_campaign(nlp):
    text = "6月2日,全市开展第三期“百日攻坚”项目建设活动,青河县举行电子元件产业园项目开工仪式。县长刘云峰主持仪式。"
    assert chairs(nlp, text) == {("刘云峰", "电子元件产业园项目开工仪式")}
