"""Outlets of bylines, datelines and source credits (s17-outlets, issue 14): two outlets joined
by a middle dot before 记者 ("某某网·某某新闻记者 王某") are two organisations and the reporter
works for the second; a source credit or a dateline that names a site and its paper joined by a
dash ("来源:某某网-某某日报") gives both; a lead's outlet whose mark the text follows after a blank
or a line break ("某某在线讯 昨天上午…", "某某网讯" alone on its line) is an organisation.
Sentences and names invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import facts


def orgs(nlp, text: str) -> set[str]:
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    out: set[str] = set()
    for art in segment_document("t.txt", text):
        doc = analyse_article(nlp, art)
        out |= {art.text[m.start : m.end] for m in doc._.mentions if m.label == "ORG"}
    return out


@pytest.mark.parametrize(
    ("text", "outlets", "reporter"),
    [
        (
            "云端快讯·溪南日报记者 冯晓安 见习记者 李明\n3月5日上午,云州县举行项目开工仪式。",
            ["云端快讯", "溪南日报"],
            "冯晓安",
        ),
        ("会议在云州召开。青岚网·碧水新闻记者 陈立伟 报道", ["青岚网", "碧水新闻"], "陈立伟"),
        ("(新青岚·青岚晚报记者 赵明轩)9月2日,某某县召开项目推进会。", ["新青岚", "青岚晚报"], "赵明轩"),
    ],
)
def test_dot_joined_outlets_before_a_reporter(nlp, text, outlets, reporter):
    assert set(outlets) <= orgs(nlp, text)
    assert ("works_for", reporter, outlets[1]) in facts(nlp, text)


def test_a_place_before_the_dot_is_part_of_one_outlet(nlp):
    got = orgs(nlp, "(中国·溪南网记者 冯晓安)3月5日上午,云州县举行项目开工仪式。")
    assert "中国·溪南网" in got and "中国" not in got


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("来源: 溪南网-溪南日报   发布者:admin\n3月5日上午,云州县举行项目开工仪式。", ["溪南网", "溪南日报"]),
        ("来源:中国青岚网-青岚晚报\n9月2日,某某县召开项目推进会。", ["中国青岚网", "青岚晚报"]),
        ("碧水新闻网-碧水侨乡报1月16日讯(记者 陈立伟)1月15日,某某县召开项目推进会。", ["碧水新闻网", "碧水侨乡报"]),
    ],
)
def test_a_site_and_its_paper_joined_by_a_dash(nlp, text, outlets):
    assert set(outlets) <= orgs(nlp, text)


def test_a_dash_between_words_that_are_no_outlets_names_none(nlp):
    got = orgs(nlp, "来源:县政府办-综合科\n3月5日上午,云州县举行项目开工仪式。")
    assert not got & {"县政府办-综合科", "综合科"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("溪南在线讯 昨天上午,云州县举行项目开工仪式,县长李明出席。", "溪南在线"),
        ("青岚网1月12日讯 某某县第十届委员会常务委员会第三次会议今天召开。", "青岚网"),
        ("碧水新闻网讯\n\n12月26日,县长王海主持召开县政府常务会议。", "碧水新闻网"),
    ],
)
def test_a_lead_mark_followed_by_the_text(nlp, text, outlet):
    assert outlet in orgs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "国家电网 云州供电公司开展安全检查。",
        "张家口讯 昨天上午,云州县举行项目开工仪式。",
    ],
)
def test_a_lead_mark_followed_by_text_needs_an_outlet_name(nlp, text):
    got = orgs(nlp, text)
    assert "国家" not in got and "张家口" not in got
