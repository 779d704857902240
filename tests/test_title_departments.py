"""A party department written bare right before its head's title ("市委常委、统战部部长某某") is part
of the post, no body of its own: kg read 统战部 as an organisation and gave it the person
(s17-orgs audit, issue 14). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions
from test_relations import relations_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_a_bare_department_before_its_heads_title_is_no_body():
    text = "当天下午,市委常委、统战部部长韩立明一行来到园区调研。"
    assert "统战部" not in orgs(text)
    assert "市委" in orgs(text)


def test_the_post_goes_to_the_chains_first_body(nlp):
    text = "区委常委、组织部部长、宣传部副部长周海平出席会议。"
    employers = relations_of(nlp, text, "works_for")
    assert ("works_for", "周海平", "区委") in employers
    assert not any(tail in ("组织部", "宣传部") for _, _, tail in employers)


def test_a_department_with_its_committee_or_alone_stays_a_body(nlp):
    text = "市委常委、市委统战部部长唐文斌出席。"
    assert ("works_for", "唐文斌", "市委统战部") in relations_of(nlp, text, "works_for")
    assert "统战部" in orgs("统战部召开专题会议,部署下一阶段工作。")
