"""Reporters of a dateline's bracket (s16-byline, issue 14): the outlet that opens the lead
employs the reporters its bracket names, also when the mark is 消息, when the kind of reporter
stands before 记者 (本网记者, 全媒体记者), or when the bracket names them with no role at all
("某某网某地2月5日电(甲某某 乙某)"); the names of such a bare bracket are persons. Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import facts


def persons(nlp, text: str) -> set[str]:
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    return {art.text[m.start : m.end] for m in doc._.mentions if m.label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "reporters", "outlet"),
    [
        ("溪南网讯(本网记者 冯晓安 通讯员 李明)3月5日上午,云州县举行项目开工仪式。", ["冯晓安"], "溪南网"),
        ("青岚网9月3日讯(全媒体记者 陈立伟)9月2日,某某县召开项目推进会。", ["陈立伟"], "青岚网"),
        ("碧水网北京2月8日消息(记者 赵明轩)春节假期,不少游客来到乡村。", ["赵明轩"], "碧水网"),
        ("溪南网湖北黄梅2月15日电(钱海川 孙立)当地企业纷纷落户园区。", ["钱海川", "孙立"], "溪南网"),
        ("青岚网讯(周秉文)十月的云州,秋高气爽。", ["周秉文"], "青岚网"),
    ],
)
def test_the_reporters_of_a_dateline_work_for_its_outlet(nlp, text, reporters, outlet):
    got = facts(nlp, text)
    for name in reporters:
        assert ("works_for", name, outlet) in got


def test_the_names_of_a_bare_dateline_bracket_are_persons(nlp):
    assert {"钱海川", "孙立"} <= persons(nlp, "溪南网湖北黄梅2月15日电(钱海川 孙立)当地企业纷纷落户园区。")


@pytest.mark.parametrize(
    "text",
    [
        # correspondents are no staff of the outlet
        "溪南网讯(通讯员 李明 王海)3月5日上午,云州县举行项目开工仪式。",
        # a bracket that is no byline
        "溪南网讯(据云州县委宣传部 李明介绍)3月5日上午,云州县举行项目开工仪式。",
    ],
)
def test_no_staff_where_the_bracket_names_no_reporter(nlp, text):
    assert not any(f[0] == "works_for" and f[2] == "溪南网" for f in facts(nlp, text))
