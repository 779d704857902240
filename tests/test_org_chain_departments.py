"""A department written bare where it opens the second title of a chain ("县委副书记、政法委书记某某",
"区政府党组成员、政府办主任某某") is a body of its own: kg missed it and gave the post to the first
title's body (s16-bodies audit, issue 14). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.chain_departments import chain_departments
from kg.nlp.words import words_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_department_opening_the_second_title_of_a_chain_is_a_body():
    assert "政法委" in orgs("县委副书记、政法委书记周启明等县领导出席开工仪式。")
    assert "政府办" in orgs("区政府党组成员、政府办主任韩立春出席会议。")


def test_a_department_not_after_a_title_makes_no_body_here():
    text = "政法委书记周启明,政法委、政府办负责同志"
    words = words_of(
        [
            ("政法", "n"),
            ("委书记", "n"),
            ("周启明", "PER"),
            (",", "w"),
            ("政法委", "n"),
            ("、", "w"),
            ("政府办", "n"),
            ("负责", "v"),
            ("同志", "n"),
        ]
    )
    assert chain_departments(text, words) == []
