"""Session 30 (s30-ingest): a blank line ends a paragraph (kg/layout.py ``_paragraph_break``).

Ingest joined a line without a full stop to the next body line even across a blank line; on a page
that sets its paragraphs apart with blank lines such a line is a title, a teaser, a photo credit or
a field label, and its last words made one name with the next paragraph's first words. A line that
stops inside a clause ("、", ",") or a number ("1." and "86亿元") still runs on, and so does every
line of a page that double-spaces its wrapped lines (seeds, a text taken from a PDF).
"""

from __future__ import annotations

from pathlib import Path

from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.normalize import normalize

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def _text(set_name: str, doc: str) -> str:
    return (FIXTURES / set_name / "texts" / doc).read_text(encoding="utf-8")


def _sentences(text: str) -> list[str]:
    return [s.text for a in segment_document("t.txt", text) for s in a.sentences]


def test_a_cut_teaser_is_not_joined_to_the_caption_after_a_blank_line(nlp):
    # real-pages-38 p03: "…汪交龙等市领导出席开工仪式。湖南" (a teaser cut at its last word), a blank
    # line, then the caption "开工仪式现场。": no sentence "湖南开工仪式现场。", no meeting "湖南开工仪式"
    text = _text("real-pages-38", "p03.txt")
    sents = _sentences(text)
    assert "开工仪式现场。" in sents
    assert not any("湖南开工仪式" in s for s in sents)
    mentions, facts = read(nlp, text)
    assert ("MEETING", "湖南开工仪式") not in mentions
    assert not any(tail == "湖南开工仪式" for _, _, tail in facts)


def test_a_photo_credit_is_not_read_into_the_next_paragraphs_name():
    # real-pages-28 d03: "…圖為動土典禮後合影。記者李宗祐/攝影", a blank line, "嘉义县马稠后产业园区再传
    # 喜讯,…": the project was read as "摄影嘉义县马稠后产业园区"
    sents = _sentences(_text("real-pages-28", "d03.txt"))
    assert any(s.startswith("嘉义县马稠后产业园区再传喜讯") for s in sents)
    assert not any("摄影嘉义县" in s for s in sents)


def test_a_title_with_a_comma_stays_apart_from_the_first_paragraph():
    # real-meet q04: the title "应勇市长主持召开参事座谈会,23位市政府参事建言献策", a blank line, then
    # "上海市委副书记、市长应勇今天(27日)下午主持召开…"
    sents = _sentences(_text("real-meet", "q04.txt"))
    assert any(s.startswith("上海市委副书记、市长应勇") for s in sents)
    assert not any("建言献策上海市委" in s for s in sents)


def test_a_number_cut_by_the_line_end_runs_on_across_a_blank_line():
    # real-pages-24 w06: "…新疆分公司总投资1." / blank / "86亿元的SAP保温板、…"
    sents = _sentences(_text("real-pages-24", "w06.txt"))
    assert any("总投资1.86亿元的SAP保温板" in s for s in sents)


def test_a_page_that_double_spaces_its_wrapped_lines_is_still_joined():
    # seeds 002: every line is followed by a blank line; "…2022年3月,灵" / blank / "丘经济技术开发区被…"
    text = (ROOT / "seeds" / "002_80fa3b934ed91d1c.txt").read_text(encoding="utf-8")
    sents = _sentences(text)
    assert any("灵丘经济技术开发区被国家工信部" in s for s in sents)


def test_a_line_after_a_blank_line_is_not_joined_but_offsets_index_the_original():
    text = "项目开工仪式举行,市领导出席\n\n本次开工项目共有10个,总投资20亿元,落户于市经济技术开发区的\n"
    text += "新材料产业园项目。"
    arts = segment_document("t.txt", text)
    sents = [s.text for a in arts for s in a.sentences]
    assert "项目开工仪式举行,市领导出席" in sents  # not "…市领导出席本次开工项目…"
    assert "本次开工项目共有10个,总投资20亿元,落户于市经济技术开发区的新材料产业园项目。" in sents
    art = next(a for a in arts if "新材料产业园" in a.text)
    i = art.text.index("开发区的新材料产业园")
    a, b = art.original_span(i, i + len("开发区的新材料产业园"))
    assert text[a:b] == "开发区的\n新材料产业园"  # the join keeps each character's place


def test_offsets_of_every_article_still_index_the_original_text():
    # provenance: each character of an article's text (but the line breaks ingest puts between
    # lines) is the normalised character of the original at its offset
    for set_name, doc in (("real-pages-38", "p03.txt"), ("real-pages-28", "d03.txt"), ("real-pages-24", "w06.txt")):
        text = _text(set_name, doc)
        norm, origin = normalize(text)
        at = {o: c for c, o in zip(norm, origin, strict=True)}  # the whole page normalised at once
        checked = 0
        for art in segment_document(doc, text):
            for k, ch in enumerate(art.text):
                if ch != "\n":
                    assert at[art.origin[k]] == ch, (doc, k, ch, text[art.origin[k]])
                    checked += 1
        assert checked > 200
