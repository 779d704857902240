"""Editors' credits (s16-credits, issue 14): the names after an editor's role and its mark are
persons ("责编:某某", "审核:某某 某某", "监制 | 某 某", a one-character given name set apart), and
责编 (责任编辑's short form) is a post; a mark with spaces around it ("记者 | 某某") still joins
a credit title to its name. The roles without a mark are common words and name nobody.
Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import facts

from kg.ingest import segment_document
from kg.nlp.entities.bylines import credit_candidates
from kg.nlp.pipeline import analyse_article

LEAD = "3月5日,云州县举行项目开工仪式,共有12个项目集中开工。\n"


def persons(nlp, text: str) -> set[str]:
    """The persons of every article ``text`` is cut into (credits may close a page alone)."""
    out = set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(nlp, art)
        out |= {art.text[m.start : m.end] for m in doc._.mentions if m.label == "PERSON"}
    return out


def posts(nlp, text: str) -> set[tuple]:
    out = set()
    for k in range(len(segment_document("t.txt", text))):
        out |= {f for f in facts(nlp, text, article=k) if f[0] == "holds_position"}
    return out


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("责编:邝晓岚", ["邝晓岚"]),
        ("审核:蒙立川 柏宏远", ["蒙立川", "柏宏远"]),
        ("终审:鲍立卓", ["鲍立卓"]),
        ("监制:童 岳", ["童 岳"]),
        ("监制 | 甘晓鸥", ["甘晓鸥"]),
        ("责编:邝晓岚、柏宏远", ["邝晓岚", "柏宏远"]),
    ],
)
def test_the_names_of_an_editors_credit_are_persons(nlp, credit, names):
    assert set(names) <= persons(nlp, LEAD + "编辑:戚文远\n" + credit + "\n")


@pytest.mark.parametrize(
    ("credit", "name", "post"),
    [
        ("责编:邝晓岚", "邝晓岚", "责编"),
        ("责编 | 柏宏远 蒙立川", "蒙立川", "责编"),
        ("记者 | 甘晓鸥", "甘晓鸥", "记者"),
        ("编辑 | 鲍立卓", "鲍立卓", "编辑"),
    ],
)
def test_a_credit_title_is_the_post_of_its_names(nlp, credit, name, post):
    assert ("holds_position", name, post) in posts(nlp, LEAD + credit + "\n")


def test_other_editors_roles_are_no_post(nlp):
    got = posts(nlp, LEAD + "审核:蒙立川\n监制:甘晓鸥\n")
    assert not {f for f in got if f[1] in ("蒙立川", "甘晓鸥")}


def test_a_role_word_without_a_mark_opens_no_credit():
    # "审核" here is the act of checking, the names after it are read as the tagger reads them
    assert credit_candidates("材料经审核 蒙立川、柏宏远二人入选,制作 鲍立卓") == []
    assert [c.start for c in credit_candidates("审核 : 蒙立川、柏宏远")] == [5, 9]
