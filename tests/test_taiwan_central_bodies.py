"""Taiwan's central bodies written bare (行政院, 经济部, 原民会, 卫福部 …) are organisations of
``lexicon/national_orgs.txt``: the tagger read them as common nouns or dropped them as generic
words, and the post of their head had no body (s17-orgs audit, issue 14). Names and sentences
invented for these tests."""

from __future__ import annotations

from test_entities import mentions
from test_relations import relations_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_ministry_or_council_written_bare_is_a_body():
    assert "原民会" in orgs("乡长感谢原民会补助经费,部落道路将于年底完工。")
    assert "内政部" in orgs("该社区荣获内政部评鉴特优。")


def test_the_head_of_a_central_body_works_for_it(nlp):
    text = "行政院院长林志明主持典礼,经济部次长黄文雄致词。"
    employers = relations_of(nlp, text, "works_for")
    assert ("works_for", "林志明", "行政院") in employers
    assert ("works_for", "黄文雄", "经济部") in employers


def test_a_ministry_inside_a_longer_word_is_not_read():
    assert "交通部" not in orgs("记者从市交通部门了解到,三条公路将于下月通车。")
