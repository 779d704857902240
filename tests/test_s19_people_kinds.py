"""Kinds of the session 19 people audit (issue 14, benchmarks/audits/s19-people).

Persons named one after another in a "、" list ("市领导A、B、C等出席", "常务理事A、B、会员C、D接受
会见") are persons all: a name the tagger read as a place or a noun among them, and names that a
list "等…项目" seems to close ("A、B等市领导在全市重点项目…出席开工仪式": the 等 closes a group of
leaders, not of projects), which lost to project readings and so attended nothing
(``[person.listed_names]`` of ontology/patterns/entities.toml; kg/nlp/entities/listed_persons.py).

The sentences and names are written for the kind (no page's text or names).
"""

from __future__ import annotations

from test_meeting_kinds import read

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def _labels(nlp, text: str) -> set[tuple[str, str]]:
    art = segment_document("t.txt", text)[0]
    doc = analyse_article(nlp, art)
    return {(m.label, art.text[m.start : m.end]) for m in doc._.mentions}


def test_leaders_listed_before_a_group_that_mentions_projects_are_persons_who_attend(nlp):
    text = (
        "3月5日,全市重点项目集中开工仪式举行。周启航、宋丽娟、贺志勇、罗建平等市领导在全市重点项目"
        "集中开工仪式主会场出席开工仪式。"
    )
    mentions, facts = read(nlp, text)
    for person in ("周启航", "宋丽娟", "贺志勇", "罗建平"):
        assert ("PERSON", person) in mentions
        assert ("PROJECT", person) not in mentions
        assert ("attended", person, "全市重点项目集中开工仪式") in facts


def test_a_name_the_tagger_reads_otherwise_in_a_list_of_persons(nlp):
    labels = _labels(nlp, "常务理事高启明、陈雅琴、吴敏华、会员俞冰洁、石岗接受了会见。")
    for person in ("高启明", "陈雅琴", "吴敏华", "俞冰洁", "石岗"):
        assert ("PERSON", person) in labels


def test_places_and_known_divisions_in_a_list_stay_places(nlp):
    # a division the gazetteer knows is no name, even in a list of persons
    assert ("PERSON", "龙岗") not in _labels(nlp, "常务理事高启明、陈雅琴、会员俞冰洁、龙岗接受了采访。")
    # a list of places or of bodies holds no persons
    assert not any(label == "PERSON" for label, _ in _labels(nlp, "北京、上海、广州、深圳等城市的企业家参加。"))
    assert not any(label == "PERSON" for label, _ in _labels(nlp, "张家港、常熟、太仓等地企业参加。"))
