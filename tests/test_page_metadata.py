"""The lead's first name is not swollen by what stands before it on the page: a metadata line
(a source, a publication time, a clock time) is not glued to the lead as a cut line, and the
电 closing a news agency's dateline is no part of the name after it (sentences invented)."""

from __future__ import annotations

from kg.ingest import segment_document
from kg.nlp.entities.selection import recognise
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def _meetings(text: str) -> list[str]:
    words = words_of(make_segmenter("lac").segment(text))
    return [text[c.start : c.end] for c in recognise(text, words) if c.label == "MEETING"]


def _texts(page: str) -> list[str]:
    return [a.text for a in segment_document("page.txt", page)]


def test_a_source_line_is_not_glued_to_the_lead():
    page = (
        "2024年03月05日10:20  来源:青禾日报\n\n青禾县总工会第三届委员会第二次全体会议今天召开。主席李松明主持会议。\n"
    )
    joined = "".join(_texts(page))
    assert "青禾日报青禾县" not in joined
    assert "青禾县总工会第三届委员会第二次全体会议" in joined


def test_a_publication_time_line_is_not_glued_to_the_lead():
    page = "要闻快讯  加入时间:2019-11-20 08:41:07\n\n    石桥街道联合党工委第二届主题年会于11月18日举行。\n"
    joined = "".join(_texts(page))
    assert "07石桥" not in joined and "石桥街道联合党工委第二届主题年会" in joined


def test_a_cut_body_line_is_still_rejoined():
    # a line cut by the layout mid-sentence (no metadata field in it) still runs on
    page = "3月2日上午,青禾县召开全县春季森林防火工作会议,县委常委、副县长\n李松明出席会议并讲话。\n"
    assert any("副县长李松明出席" in t for t in _texts(page))


def test_a_line_with_a_clock_time_and_commas_is_body_text():
    page = "会议于9:30开始,县直各单位负责人,各乡镇分管领导\n参加了会议。\n"
    assert any("分管领导参加了会议" in t for t in _texts(page))


def test_the_dateline_close_is_no_part_of_the_lead_name():
    text = "新华社南宁4月12日电政协第十一届广西壮族自治区委员会第二十次主席会议12日在南宁召开。"
    assert _meetings(text) == ["政协第十一届广西壮族自治区委员会第二十次主席会议"]
    # the tagger may also keep 电 apart: the name is the same
    text = "新华社杭州5月6日电共青团浙江省第十五届委员会第四次全体会议6日在杭州召开。"
    assert _meetings(text) == ["共青团浙江省第十五届委员会第四次全体会议"]


def _chaired(page: str) -> list[tuple[str, str]]:
    from kg.nlp.pipeline import analyse_article, make_pipeline

    out = []
    for art in segment_document("page.txt", page):
        doc = analyse_article(make_pipeline(), art)
        ms = doc._.mentions
        t = art.text
        out += [
            (t[ms[r.head].start : ms[r.head].end], t[ms[r.tail].start : ms[r.tail].end])
            for r in doc._.relations
            if r.type == "chaired"
        ]
    return out


def test_a_metadata_line_is_no_opening_sentence_of_the_report():
    # the meeting is read from the report's opening sentences; the page's menu, headline and
    # metadata line come first and the metadata line does not take an opening sentence's place
    page = (
        "菜单\n书画协会庆周年\n发布时间:2024-05-06 09:12:30 阅读数:321\n"
        "青禾县书画协会于昨晚在滨江酒楼举行成立十周年庆祝活动暨敬老联欢宴会,会长林秋生主持。\n"
    )
    assert _chaired(page) == [("林秋生", "成立十周年庆祝活动暨敬老联欢宴会")]
