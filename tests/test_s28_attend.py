"""Session 28 (s28-attend): which meeting a bare "出席会议" refers to, when the article names
other meetings only as the frame of its own (kg/nlp/relations/meeting_frames.py).

- "在X期间,我市…举行集中开工仪式": X is the occasion; the 开工仪式 is held, and is the named
  meeting whose name ends in that word, though named later (real-pages-30 r05).
- "会前,A主持召开了X": a side meeting; the attendees of the next sentence attended the article's
  own meeting (real-pages-26 b07).
- "会议指出,省委、省政府高规格召开X" and "迎接党的二十大胜利召开": what the meeting said, and an
  event to come; neither is the meeting attended (real-pages-34 v02).
- A meeting's name in quotation marks before its holding verb is held ("「X」於6月21日在本澳
  舉行", kg/nlp/relations/meeting_parts.py ``is_held``; real-pages-14 n05).
"""

from __future__ import annotations

from pathlib import Path

from test_meeting_kinds import read

FIXTURES = Path(__file__).parent / "fixtures"


def _lines(set_name: str, doc: str, lines: slice) -> str:
    return "\n".join((FIXTURES / set_name / "texts" / doc).read_text(encoding="utf-8").split("\n")[lines])


def test_a_meeting_named_as_the_occasion_is_not_the_event_held(nlp):
    # real-pages-30 r05 (traditional): its headline, the frame, the attendees, the named event
    _, facts = read(nlp, _lines("real-pages-30", "r05.txt", slice(0, 5)))
    event, frame = "安康市重点项目集中开工仪式", "第九次陜南循环发展工作座谈会"
    for person in ("江泽林", "张道宏", "陈国强", "孟平"):
        assert ("attended", person, event) in facts
        assert ("attended", person, frame) not in facts
    assert ("chaired", "郭青", event) in facts


def test_a_side_meeting_before_the_meeting_is_not_the_one_attended(nlp):
    # real-pages-26 b07
    _, facts = read(
        nlp,
        "14日,旗委副书记、政府旗长白玲主持召开喀喇沁旗政府2026年第1次常务会议。\n\n"
        "会前,白玲主持召开了2026年第1次旗政府党组会议,进行集中学习并研究审议“三重一大”事项。\n\n"
        "旗级领导张继涛、史志良、杨海鹏、孟凡驰、于化岩、庄雯迪、耿利军、王飞出席会议,"
        "徐晓东、任林及各相关单位主要负责同志列席会议。",
    )
    meeting, side = "喀喇沁旗政府2026年第1次常务会议", "2026年第1次旗政府党组会议"
    for person in ("张继涛", "王飞", "任林"):
        assert ("attended", person, meeting) in facts
        assert ("attended", person, side) not in facts
    # the side meeting is still chaired by the one who convenes it in its own sentence
    assert ("chaired", "白玲", side) in facts


def test_a_meeting_said_or_to_come_is_not_the_one_attended(nlp):
    # real-pages-34 v02 (the whole page)
    _, facts = read(nlp, (FIXTURES / "real-pages-34" / "texts" / "v02.txt").read_text(encoding="utf-8"))
    meeting = "2022年县政府党组第3次会议"
    for person in ("李建军", "郭小平", "蒋晓斌", "黄璜", "张小兵"):
        assert ("attended", person, meeting) in facts
        assert ("attended", person, "党的二十大") not in facts
        assert ("attended", person, "全省深化发展和改革双“一号工程”推进大会") not in facts


def test_a_quoted_meeting_held_is_the_one_attended(nlp):
    # real-pages-14 n05 (traditional): an earlier event of the page is held too; the quoted name
    # "「…聯席會議」於6月21日在本澳舉行" is held, and the bare 會議 after 參加 is that one
    _, facts = read(nlp, _lines("real-pages-14", "n05.txt", slice(7, 21)))
    assert ("attended", "朱小丹", "2016年粤澳合作联席会议") in facts
    assert ("attended", "朱小丹", "本局武汉代表处启动仪式") not in facts
