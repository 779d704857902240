"""A county's or city's government called by its short form, 县府 / 市府 ("县府表示", "县府秘书长某某"),
is that government: the tagger read it as a common noun and kg missed it; with the full name in
the same article it is one body (s17-orgs audit, issue 14). Names and sentences invented for
these tests."""

from __future__ import annotations

from test_entities import mentions
from test_relations import relations_of

from kg.nlp.document import analyse_document
from kg.resolve.document import document_keys


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_governments_short_form_is_a_body(nlp):
    assert "县府" in orgs("县府表示,明年将持续补助社区关怀据点。")
    text = "县府秘书长周志豪代表县长出席座谈。"
    assert ("works_for", "周志豪", "县府") in relations_of(nlp, text, "works_for")


def test_a_short_form_before_a_places_head_is_no_body():
    assert "市府" not in orgs("跨年晚会今晚在市府广场举行。")


def test_the_short_form_and_the_full_name_of_one_article_are_one_body(nlp):
    r = analyse_document(nlp, "d.txt", "宜兰县政府今天公布补助名单。县府表示,名单将每年更新。")
    dk = document_keys(r)
    units = [u for u in dk.units if u.type == "ORG"]
    assert len(units) == 1
    assert {"县府", "宜兰县政府"} <= set(units[0].names)


def test_the_governments_staff_after_its_short_form_is_the_body():
    found = orgs("市府团队将持续推动老旧公园改造。")
    assert "市府" in found
    assert "市府团队" not in found
