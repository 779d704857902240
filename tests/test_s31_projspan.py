"""Session 31 (s31-projspan): a project's span holding an agreement's or a meeting's word names a
document or an event, not a work (``[project.event_words]`` in :mod:`kg.nlp.entities.event_spans`).
Sentences quoted from tuning pages; the projects signed beside the agreements stay.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document
from kg.nlp.entities.event_spans import event_span


def _projects(nlp, text: str) -> set[str]:
    return {m.text for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "PROJECT"}


def test_a_financing_agreement_is_no_project(nlp):
    # real-pages-13 m05 (a traditional reprint)
    text = (
        "12月11日,銀川市舉行產業招商暨金融助力實體經濟集中簽約大會,共簽約光伏新材料產業園、光伏支架制造及數智物流平臺、"
        "乳業產業園等90個重點產業項目,簽約總金額503.3億元;簽約華電風電增容融資合作協議、伊品生物酵母抽提物技改項目"
        "融資合作協議等6個金融項目,支持資金52.3億元。"
    )
    projects = _projects(nlp, text)
    assert not any("協議" in p for p in projects)


def test_a_framework_agreement_counted_among_projects_is_no_project(nlp):
    # real-pages-15 g08
    text = (
        "签约的有琼海官塘温泉医疗康养中心项目、博鳌基金总部基地项目、琼海市人民政府与中关村股权投资协会深化战略合作"
        "框架协议等3个项目,签约金额为38亿元;接待了国内外来访客商230余批次,390余人次。"
    )
    projects = _projects(nlp, text)
    assert "博鳌基金总部基地项目" in projects
    assert not any("协议" in p for p in projects)


def test_a_promotion_meeting_is_no_project(nlp):
    # real-pages-40 bb10
    text = "10月15日,在广安市投资推介会暨项目签约仪式举行后,广安市前锋区在渝举行产业发展推介会暨项目签约仪式。"
    assert not any("推介会" in p for p in _projects(nlp, text))


def test_a_meeting_venue_stays_a_work():
    # 会议 alone is no event word: a conference centre is built (GUIDE: a venue under construction)
    assert not event_span("国际会议中心项目")
    assert event_span("传达全省发展壮大村集体经济工作座谈会会议精神及我县下步工作安排")
