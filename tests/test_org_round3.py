"""Organisations the s10-names round-3 audit found missed on pages of several sites (issue 14):
a department written right before its head's title that repeats its head character
("某某司|司长", "某某及某某局|局长": Hong Kong's and Macau's 司 is no organisation suffix, and
the 及 inside the bureau's name cut it short), and Taiwan's 农会/渔会, councils and natives'
associations (议会, 同乡会, 联谊会). Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import facts

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article


def orgs(nlp, text: str) -> set[str]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    return {art.text[m.start : m.end] for m in doc._.mentions if m.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("律政司司长叶嘉明出席典礼。", "律政司", "叶嘉明"),
        ("政务司司长何振邦率团访问。", "政务司", "何振邦"),
        ("社會文化司司長梁文軒出席晚宴。", "社会文化司", "梁文轩"),
        ("商务及经济发展局局长邱德明出席论坛。", "商务及经济发展局", "邱德明"),
        ("运输及房屋局局长林伟强视察工地。", "运输及房屋局", "林伟强"),
    ],
)
def test_a_department_before_its_heads_title_is_an_employer(nlp, text, org, person):
    assert org in orgs(nlp, text)
    assert ("works_for", person, org) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("县长及公安局局长出席。", "县长及公安局"),  # a title before 及 is no field of the name
        ("民政局及财政局局长出席。", "民政局及财政局"),  # two bureaus
        ("该局局长表示。", "该局"),
    ],
)
def test_what_is_no_department_stays_apart(nlp, text, not_org):
    assert not_org not in orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("名间乡农会、草屯镇农会获奖。", "草屯镇农会"),
        ("南港区渔会理事长林国华致词。", "南港区渔会"),
        ("香港青松同乡联谊会会长梁振华致辞。", "香港青松同乡联谊会"),
        ("台北市安平同乡会理事长刘经纬表示。", "台北市安平同乡会"),
    ],
)
def test_farmers_associations_and_natives_associations_are_bodies(nlp, text, org):
    assert org in orgs(nlp, text)


def test_a_government_before_its_department_is_a_body_of_its_own(nlp):
    found = orgs(nlp, "澳门特区政府经济财政司司长李伟明出席。")
    assert "经济财政司" in found
    assert "澳门特区政府经济财政司" not in found
