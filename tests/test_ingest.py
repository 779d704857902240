"""Ingest on real page layout: offsets, cut lines, articles, bylines, captions, furniture."""

from __future__ import annotations

from conftest import SEEDS

import kg
from kg.ingest import normalize, segment_document
from kg.layout import BYLINE, CAPTION, FURNITURE, HEADING, LEAD, classify_line


def _articles(name: str):
    path = next(SEEDS.glob(f"{name}*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, segment_document(path.name, text)


def test_normalize_keeps_offsets_into_the_original():
    text = "全國人大代表、大同市委書記張強（記者）"
    norm, origin = normalize(text)
    assert norm == "全国人大代表、大同市委书记张强(记者)"
    i = norm.index("张强")
    assert text[origin[i]] + text[origin[i + 1]] == "張強"


def test_line_kinds():
    assert classify_line("本报记者 闫昌") == BYLINE
    assert classify_line("□ 本报记者 史涌涛 苑捷 纪元元 韩云峰") == BYLINE
    assert classify_line("本报讯(记者 韩云峰)6月21日,市委副书记、市长张强主持召开会议。") == LEAD
    assert classify_line("新华社北京6月22日电 6月21日20时40分许,宁夏银川市发生事故。") == LEAD
    assert classify_line("图为清华大学美术学院党委书记覃川。本报记者 张燕伟摄") == CAPTION
    assert classify_line("(下转第三版)") == FURNITURE
    assert classify_line("扫一扫在手机上查看当前页面") == FURNITURE
    # what a crawl kept of the page's HTML comments, not a heading or text
    assert classify_line("--> 2023-02-11 30亿元 7 7 某某日报 content_123.html 1 某县招商 /enpproperty-->") == FURNITURE
    assert classify_line("<!-- 正文开始 -->") == FURNITURE
    assert classify_line("会议指出,要把握“--”两个关键。") != FURNITURE
    assert classify_line("张强主持召开全市重点工程项目调度会") == HEADING


def test_cut_lines_are_rejoined_and_offsets_point_at_the_original():
    text, arts = _articles("000")
    sentences = [s for a in arts for s in a.sentences]
    joined = [s for s in sentences if "推动“制造”向“智造”持续跃升" in s.text]
    assert joined, "the word cut by the layout (智\\n\\n造) is rejoined"
    art = next(a for a in arts if "市人大代表、市昕晟晔业装备制造股份有限公司董事长李日明" in a.text)
    i = art.text.index("李日明")
    s, e = art.original_span(i, i + 3)
    assert text[s:e] == "李日明"


def test_page_is_split_into_articles_with_their_headings():
    _, arts = _articles("001")
    titles = [" / ".join(a.headings) for a in arts]
    assert any("张强主持召开全市重点工程项目调度会" in t for t in titles)
    meeting = next(a for a in arts if "张强主持召开全市重点工程项目调度会" in " ".join(a.headings))
    # The Xinhua article before it and the employment article after it are separate.
    assert "习近平对宁夏" not in meeting.text
    assert "数字经济" not in meeting.text
    assert "副市长孟维君、高新文参加" in meeting.text


def test_county_sections_open_articles():
    _, arts = _articles("002")
    heads = [a.headings[0] for a in arts if a.headings]
    for county in ("云冈区", "天镇县", "新荣区", "左云县", "广灵县", "云州区", "浑源县", "灵丘县"):
        assert county in heads
    xinrong = next(a for a in arts if a.headings[:1] == ["新荣区"])
    # The paragraph the layout cut around the section heading is whole again.
    assert "同时,该区结合产业现状,依托地缘及产业优势" in xinrong.text


def test_traditional_article_is_analysed_in_simplified_form():
    _, arts = _articles("004")
    assert any("张强" in a.text for a in arts)
    assert all("扫一扫" not in a.text for a in arts)


def test_page_without_line_breaks_keeps_its_sentences():
    """A scraped page that lost every line break is one huge line: page furniture in it
    ("扫一扫在手机上查看") costs that sentence only, not the page."""
    from conftest import SEEDS

    page = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    assert "掃一掃在手機上查看" in page and len(page) > 1000  # the Xinhua page's footer
    articles = segment_document("page.txt", page)
    text = "".join(a.text for a in articles)
    assert "扫一扫" not in text
    assert "张强主持召开全市重点工程项目调度会" in text
    assert len(text) > 0.9 * len(page)


def test_the_pinyin_a_mirror_site_prints_after_characters_is_not_read():
    """Some mirror sites print a tone-marked syllable in brackets after characters
    ("項(xiàng)目"): the text kg reads runs on as written, and offsets still point into the
    page. Brackets without a tone mark (English, a neutral syllable) stay."""
    text = "本報訊(通訊員 王明(míng)華)某縣召開項(xiàng)目推進會。會上播放了宣傳片(Video)和兒歌《小的(de)》。"
    (art,) = segment_document("t.txt", text)
    assert "王明华" in art.text and "项目推进会" in art.text
    assert "(Video)" in art.text and "的(de)" in art.text
    start = art.text.index("王明华")
    o_start, o_end = art.original_span(start, start + 3)
    assert text[o_start:o_end] == "王明(míng)華"


def test_a_division_whose_name_t2s_would_change_keeps_its_name():
    """乾 is a simplified character as well as the traditional form of 干: OpenCC's t2s turns
    乾安县 and 乾县 into 干安县 and 干县, which no gazetteer knows. A division's name stays as
    written on a simplified page and on a traditional one; the rest of a traditional page is
    converted as before."""
    (simple,) = segment_document("t.txt", "乾安县召开项目推进会,乾县代表参加。")
    assert "乾安县" in simple.text and "乾县" in simple.text
    (trad,) = segment_document("t.txt", "乾安縣召開項目推進會,乾坤大挪移。")
    assert trad.text.startswith("乾安县召开项目推进会") and "乾坤" in trad.text


def test_a_project_in_a_division_t2s_would_rename_is_placed_there():
    G = kg.build("乾安县城北新区道路改造项目总投资1.2亿元,乾安县委书记王某某出席开工仪式。", progress=False)
    places = set(G.entities[G.entities.type == "PLACE"].label)
    assert "乾安县" in places and "干安县" not in places
    rel = G.relations[G.relations.type == "located_in"]
    assert ("乾安县城北新区道路改造项目", "乾安县") in set(zip(rel.head_label, rel.tail_label, strict=True))
