"""A press conference (记者会, the word Taiwan's and Hong Kong's pages use where mainland pages say
发布会) is an event, and Taiwan's county pages hold one with 办理 ("縣府…辦理「某某記者會」":
``[meeting] quoted_by``), session 21, from real-pages-15's errors; the attendance read from it.

The persons, firms and park are made up; the county is a real one.
"""

from __future__ import annotations

from conftest import meetings_and_event_facts


def test_a_quoted_press_conference_held_with_banli(nlp):
    meetings, facts = meetings_and_event_facts(
        nlp,
        "縣府今日在縣府大廳辦理「雲林鑫泰產業園區招商記者會」,進駐廠商泰合實業股份有限公司董事長林建鴻、"
        "議員黃文忠等都出席活動。",
    )
    # (the article's text is read in simplified characters)
    assert "云林鑫泰产业园区招商记者会" in meetings
    assert ("attended", "林建鸿", "云林鑫泰产业园区招商记者会") in facts


def test_a_press_conference_named_with_its_head_word(nlp):
    meetings, facts = meetings_and_event_facts(nlp, "縣政府今天舉行2025年秋季招商記者會,縣長張秋明出席。")
    assert "2025年秋季招商记者会" in meetings
    assert ("attended", "张秋明", "2025年秋季招商记者会") in facts


def test_handling_a_quoted_thing_that_is_no_event(nlp):
    meetings, _ = meetings_and_event_facts(nlp, "縣府今日起辦理「老舊機車汰換補助」申請,民眾可至各鄉公所申辦。")
    assert not meetings
