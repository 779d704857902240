"""Departments written bare as items of a list with no closing class word ("由农业处及工务处发包",
"率建设处、行政处、文观局及警察局") are bodies: the tagger read them as common nouns (s17-orgs
audit, issue 14). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_two_bare_departments_joined_are_bodies():
    found = orgs("这笔经费将由农业处及工务处尽速发包施工。")
    assert {"农业处", "工务处"} <= found


def test_bare_departments_listed_with_a_named_body_are_bodies():
    found = orgs("县长率建设处、行政处、文观局及警察局首长出访日本。")
    assert {"建设处", "行政处", "警察局"} <= found


def test_counted_places_and_a_name_with_a_conjunction_are_not_departments():
    assert not orgs("这里成为本乡第十二处、全县第二百零一处关怀据点。")
    assert "商务局" not in orgs("县政府办、工业和商务局负责人参加。")
