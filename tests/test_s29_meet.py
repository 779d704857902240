"""Session 29 (s29-meet): meetings written loosely and meetings that are only a kind.

- A listed bare ceremony word that no named event ends in is the one named event whose name holds
  its act and ends in a head of the same family (``[meeting] bare_alike_heads``,
  kg/nlp/bare_events.py): "参加集中开工仪式" after "举行2022年春季重点项目集中开工活动"
  (real-pages-32 t08), "座谈会" after "…座谈交流会" (-28 d01), "主持开工仪式" after "…桂东分会场活动"
  (-29 e06).
- What follows a holding verb with a marker of recurrence names a kind of event, no held one
  (``[meeting.recurring]``, kg/nlp/recurring_events.py): "第二次举办|项目集中开工活动" (-35 w02),
  "连续7次举行|产业集聚区项目集中开工活动" (-36 x03), "每个季度第三个月的10日,举行|重点重大项目…仪式"
  (-21 m03).
"""

from __future__ import annotations

from pathlib import Path

from test_meeting_kinds import read

FIXTURES = Path(__file__).parent / "fixtures"


def _lines(set_name: str, doc: str, lines: slice) -> str:
    return "\n".join((FIXTURES / set_name / "texts" / doc).read_text(encoding="utf-8").split("\n")[lines])


def _meetings(mentions: set[tuple[str, str]]) -> set[str]:
    return {name for label, name in mentions if label == "MEETING"}


def test_a_bare_word_with_another_head_is_the_named_ceremony(nlp):
    # real-pages-32 t08: the lead names the 活动, the attendees' sentence writes 集中开工仪式
    mentions, facts = read(nlp, _lines("real-pages-32", "t08.txt", slice(6, 11)))
    event = "2022年春季重点项目集中开工活动"
    assert _meetings(mentions) == {event}
    for person in ("柴宝良", "王亚军", "郭旭涛", "刘大中"):
        assert ("attended", person, event) in facts
    assert not any(tail == "集中开工仪式" for _, _, tail in facts)


def test_a_bare_session_word_is_the_named_exchange_meeting(nlp):
    # real-pages-28 d01: "座谈会在…举行" after "…座谈交流会在通州举行"
    mentions, facts = read(nlp, _lines("real-pages-28", "d01.txt", slice(4, 8)))
    assert "商会与通州区投资促进局座谈交流会" in _meetings(mentions)
    assert "座谈会" not in _meetings(mentions)


def test_the_chair_of_a_bare_ceremony_word_chairs_the_named_branch_venue(nlp):
    # real-pages-29 e06
    mentions, facts = read(nlp, _lines("real-pages-29", "e06.txt", slice(3, 4)))
    event = "2023年3月郴州市重大项目集中开工桂东分会场活动"
    assert ("chaired", "刘真", event) in facts
    assert ("attended", "伍志平", event) in facts
    assert "开工仪式" not in _meetings(mentions)


def test_a_bare_word_of_another_kind_is_no_fair(nlp):
    # real-pages-23 f01: a 开工仪式 beside an exposition is no short form of it (no alike head)
    text = (FIXTURES / "real-pages-23" / "texts" / "f01.txt").read_text(encoding="utf-8")
    mentions, _ = read(nlp, text)
    assert "开工仪式" in _meetings(mentions)


def test_a_ceremony_held_for_the_second_time_this_year_is_a_kind(nlp):
    # real-pages-35 w02: the false 活动 also took the chair and the speaker from the named ceremony
    mentions, facts = read(nlp, _lines("real-pages-35", "w02.txt", slice(0, 5)))
    event = "全市2017年下半年重点项目集中开工仪式"
    assert _meetings(mentions) == {event}
    assert ("chaired", "周永会", event) in facts
    assert ("attended", "董晓宇", event) in facts


def test_ceremonies_held_seven_times_in_a_row_are_a_kind(nlp):
    # real-pages-36 x03
    mentions, _ = read(nlp, "自去年二季度以来,许昌已经连续7次举行产业集聚区项目集中开工活动,开工亿元以上项目206个。")
    assert not _meetings(mentions)


def test_a_ceremony_held_every_quarter_is_a_kind(nlp):
    # real-pages-21 m03
    mentions, _ = read(
        nlp,
        "江阴从去年开始,每个季度第三个月的10日,举行重点重大项目集中竣工开工仪式,实行镇、街道全覆盖,"
        "营造全市联动、城乡互动发展的浓厚氛围。",
    )
    assert "重点重大项目集中竣工开工仪式" not in _meetings(mentions)


def test_a_plenary_named_before_the_verb_is_no_count_of_times(nlp):
    # real-pages-30 r05 (traditional): "五次全会…,我们举行" holds no recurrence
    text = _lines("real-pages-30", "r05.txt", slice(4, 5))
    mentions, _ = read(nlp, text)
    assert "安康市重点项目集中开工仪式" in _meetings(mentions)


def test_a_numbered_batch_held_among_others_keeps_its_name(nlp):
    # real-pages-7 v05: "先后举行了第七期…活动": a batch names one instance
    mentions, _ = read(
        nlp,
        "今年以来,西峡县始终将项目建设放在经济发展的重要位置,先后举行了第七期“三个一批”项目集中开工活动,"
        "召开了项目建设一季度“开门红”工作动员大会。",
    )
    assert any(name.startswith("第七期") for name in _meetings(mentions))
