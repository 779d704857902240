"""Session 30 (s30-meet): a meeting named only as what a clause follows or salutes is no event the
page reports on, so a later bare attendance never refers back to it (kg/nlp/topic_frames.py,
``[chaired] saluted`` and ``[meeting.studied]``): "坚决落实市两会部署要求。…市领导A、B、C参加。"
(real-pages-37 a08: the leaders went along on an inspection), "这是沅江市向党的二十大献礼…A、B等市领导
出席开工仪式" (real-pages-38 p03: they attended the ceremony, not the congress).
"""

from __future__ import annotations

from pathlib import Path

from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.nlp.broken_names import joined_across
from kg.nlp.topic_frames import followed_or_saluted

FIXTURES = Path(__file__).parent / "fixtures"


def _text(set_name: str, doc: str) -> str:
    return (FIXTURES / set_name / "texts" / doc).read_text(encoding="utf-8")


def _meetings(mentions: set[tuple[str, str]]) -> set[str]:
    return {name for label, name in mentions if label == "MEETING"}


def test_leaders_on_an_inspection_attend_no_meeting_whose_decisions_are_followed(nlp):
    # real-pages-37 a08 (traditional): "要…堅決落實市兩會部署要求,…。 市領導李明、石崢、張立君參加。"
    mentions, facts = read(nlp, _text("real-pages-37", "a08.txt"))
    assert "市兩會" in _meetings(mentions) or "市两会" in _meetings(mentions)  # still a MEETING (gold)
    assert not [f for f in facts if f[0] == "attended"]


def test_attendees_of_a_ceremony_do_not_attend_the_congress_it_salutes(nlp):
    # real-pages-38 p03: "这是沅江市向党的二十大献礼,…。市委书记杨智勇,…等市领导出席开工仪式。"
    mentions, facts = read(nlp, _text("real-pages-38", "p03.txt"))
    assert "党的二十大" in _meetings(mentions)
    assert not any(tail == "党的二十大" for _, _, tail in facts)


def test_the_held_meeting_keeps_its_attendees_beside_one_followed(nlp):
    # seeds 001 (大同日报): "张强主持召开全市重点工程项目调度会,…,落实全省重点工程项目调度会议部署要求,…"
    # then "副市长高新文、孟维君、任希杰…参加": the province's meeting is followed, the city's held
    seeds = Path(__file__).parent.parent / "seeds" / "001_dda893dc9e605152.txt"
    lines = seeds.read_text(encoding="utf-8").split("\n")[58:64]
    mentions, facts = read(nlp, "\n".join(lines))
    held, followed = "全市重点工程项目调度会", "全省重点工程项目调度会议"
    assert {held, followed} <= _meetings(mentions)
    assert ("chaired", "张强", held) in facts
    for person in ("高新文", "孟维君", "任希杰"):
        assert ("attended", person, held) in facts
    assert not any(tail == followed for _, _, tail in facts)


def test_the_frames():
    t = "他强调,要坚决落实市两会部署要求。"
    assert followed_or_saluted(t, t.index("市两会"), t.index("部署"))
    t = "为迎接山西省第九次旅发大会,更好地为大同文旅宣传造势"
    assert followed_or_saluted(t, t.index("山西省"), t.index(","))
    # a meeting held, a meeting whose 精神 is read by the older topic words, a meeting convened
    t = "3月7日,市两会在市会议中心开幕。"
    assert not followed_or_saluted(t, t.index("市两会"), t.index("在"))
    t = "县委召开常委会会议,落实工作。"
    assert not followed_or_saluted(t, t.index("常委会会议"), t.index(","))


def _sentence(set_name: str, doc: str, words: str) -> str:
    text = _text(set_name, doc)
    i = text.index(words)
    return text[max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1 : text.index("。", i) + 1]


def test_two_meetings_studied_in_one_clause_joined_by_he(nlp):
    # real-pages-24 w04: "…深入贯彻落实党的二十大和中央经济工作会议精神,…"
    mentions, _ = read(nlp, _sentence("real-pages-24", "w04.txt", "党的二十大和中央经济工作会议精神"))
    assert {"党的二十大", "中央经济工作会议"} <= _meetings(mentions)
    assert "党的二十大和中央经济工作会议" not in _meetings(mentions)
    # real-pages-25 x07: "要深入学习贯彻党的二十大精神和中央经济工作会议精神,全面落实市“两会”部署"
    mentions, _ = read(nlp, _sentence("real-pages-25", "x07.txt", "中央经济工作会议精神"))
    assert {"党的二十大", "中央经济工作会议", "市“两会”"} <= _meetings(mentions)
    assert "党的二十大精神和中央经济工作会议" not in _meetings(mentions)


def test_a_quoted_session_name_and_a_name_after_jinkou_are_studied(nlp):
    # real-pages-28 d05: "大家要认真学习贯彻全市“两会”精神"
    mentions, _ = read(nlp, _sentence("real-pages-28", "d05.txt", "全市“两会”精神"))
    assert "全市“两会”" in _meetings(mentions)
    # real-pages-38 p05: "紧扣全市2020年度总结表彰暨深化高质量发展大会精神"
    mentions, _ = read(nlp, _sentence("real-pages-38", "p05.txt", "紧扣全市"))
    assert "全市2020年度总结表彰暨深化高质量发展大会" in _meetings(mentions)


def test_a_topic_joined_by_he_stays_in_one_meeting():
    from kg.nlp.studied_lists import joined_parts

    # "安全生产和消防工作会议" is one meeting of two topics, no list of two meetings
    t = "传达安全生产和消防工作会议精神"
    assert joined_parts(t, 2, t.index("精神")) == []
    # real-pages-18 j05: "全面贯彻省委工作会议和市第六次党代会精神" lists two
    t = "全面贯彻省委工作会议和市第六次党代会精神"
    assert [t[s:e] for s, e in joined_parts(t, 4, t.index("精神"))] == ["省委工作会议", "市第六次党代会"]


def test_a_meeting_read_over_two_lines_the_page_joined_gets_no_attendees(nlp):
    # real-pages-38 p03: a cut teaser "…等市领导出席开工仪式。湖南" then the paragraph "开工仪式现场。";
    # ingest joins them, the entity stage reads "湖南开工仪式" and the rules gave it the attendees
    # (s30-ingest: a blank line stands between them, so ingest no longer joins these two lines)
    text = _text("real-pages-38", "p03.txt")
    mentions, facts = read(nlp, text)
    assert not any(tail in ("湖南开工仪式", "党的二十大") for _, _, tail in facts)
    # real-pages-7 v03: a heading with its photo credit "…活動 中共羅山縣委宣傳部供圖" over the
    # paragraph "開工儀式前,…" (no blank line between): still joined, and seen as a join
    text = _text("real-pages-7", "v03.txt")
    art = next(a for a in segment_document("v03.txt", text) if "供图开工仪式" in a.text)
    i = art.text.index("供图开工仪式")
    assert joined_across(art, i, i + 6)
    assert not joined_across(art, i + 2, i + 6)  # "开工仪式" alone is one run


def test_a_name_with_a_space_inside_its_quotes_is_one_run_and_stays(nlp):
    # seeds 002: "“爱在驿站 情系环卫工人”公益活动" (the space is kept in the text: no join)
    text = (Path(__file__).parent.parent / "seeds" / "002_80fa3b934ed91d1c.txt").read_text(encoding="utf-8")
    i = text.index("爱在驿站")
    start = max(text.rfind("\n", 0, i), 0)
    piece = text[start : text.index("\n", i)]
    mentions, _ = read(nlp, piece)
    name = "“爱在驿站 情系环卫工人”公益活动"
    assert name in _meetings(mentions)
    art = segment_document("t.txt", piece)[0]
    j = art.text.index(name)
    assert not joined_across(art, j, j + len(name))
