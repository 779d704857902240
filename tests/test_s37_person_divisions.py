"""Session 37's PERSON round (s37-persfp audit): a span the tagger or a title reads as a person
that is a division's full name of the gazetteer written with its level word ("某某区、", "某某 县
报导"), or that makes one with the level character right after it ("某某|旗委", "某某|市长某某、"),
is a place, not a person. A level character that opens a title the name may hold, with no holder
named after the title ("某某|县长表示"), leaves the person. The divisions below are on no tuning
page; the persons are placeholders.
"""

from __future__ import annotations

import pytest

from kg.nlp.entities.plausible import _division_written


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("某某代表滦南县、某某开发区签约。", 4, 7),  # the span is the division with its level word
        ("记者 王某某 沐川县 报导", 7, 10),  # a byline's place read as a person
        ("这是望谟县委、政府的决定。", 2, 4),  # the name, then 县委: the county's committee
        ("副执行长陈某亮、滦南县长王某忠、某乡长", 8, 10),  # a title whose holder is named after it
    ],
)
def test_a_division_written_with_its_level_is_no_person(text, start, end):
    assert _division_written(text, start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("沐川县长表示,项目进展顺利。", 0, 2),  # the name holds the title: no holder after it
        ("县领导沐川、王某某出席。", 3, 5),  # no level character after the name
        ("县委办公室主任杨镇,某某县委常委", 7, 9),  # 杨镇 is no division's full name
        ("市领导董建镇、卢某某", 3, 6),
    ],
)
def test_a_person_named_like_a_place_stands(text, start, end):
    assert not _division_written(text, start, end)
