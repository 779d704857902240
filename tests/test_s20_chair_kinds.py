"""s20-chair: Taiwan's event heads 发表会 (a launch one attends) and 会报 (a county's liaison
meeting), and an event's head the tagger glued to the 时 after it ("推进|会时|指出"). Invented
sentences of each kind."""

from __future__ import annotations

from conftest import meetings_and_event_facts

from kg.nlp.pipeline import make_pipeline

_NLP = make_pipeline()


def _facts(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    return meetings_and_event_facts(_NLP, text)


def test_a_launch_attended_before_a_time_clause_is_an_event() -> None:
    # traditional text, as a Taiwan page writes it; the tagger reads "發表|會時|宣布"
    meetings, facts = _facts("花蓮縣長陳采薇八日參加青年創業輔導成果發表會時宣布,將釋出部分工業區土地。\n")
    # (the article's text is read after conversion to simplified characters)
    assert "青年创业辅导成果发表会" in meetings
    assert ("attended", "陈采薇", "青年创业辅导成果发表会") in facts


def test_a_county_liaison_meeting_is_an_event() -> None:
    meetings, _ = _facts("宜蘭縣府每季召開「宜蘭縣觀光產業聯繫會報」,邀集各界代表共商園區發展。\n")
    assert "宜兰县观光产业联系会报" in meetings


def test_a_meeting_head_glued_to_its_time_word_ends_the_name() -> None:
    meetings, facts = _facts("县长谭子衡出席全县重点项目推进会时指出,要加快项目进度。\n")
    assert "全县重点项目推进会" in meetings
    assert ("attended", "谭子衡", "全县重点项目推进会") in facts


def test_guard_a_report_or_news_word_opens_no_event() -> None:
    # "大会|报告", "晚会|报道": 会报 inside two words names nothing; a bare "会时" is no head
    meetings, _ = _facts("市长柯明远在大会报告中指出,要加快发展。他在晚会报道中提到节目很精彩。会时已近中午。\n")
    assert not any(m.endswith(("会报", "会时")) for m in meetings)


def test_guard_publishing_is_no_launch() -> None:
    meetings, _ = _facts("溪口镇教师方若岚发表论文,介绍乡村教学成果。\n")
    assert not meetings
