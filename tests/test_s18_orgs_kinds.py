"""Bodies kg missed in Taiwan and cross-strait news (s18-orgs audit, issue 14): the associations of
Taiwan-invested firms by their short forms (全国台企联, 某市台协), a ministry's department written
right after the ministry (经济部加工处), and a county's department written bare as the subject
that opens a clause (财经处说明, 。财政处的…). Names and sentences invented for these tests."""

from __future__ import annotations

from test_entities import mentions
from test_relations import relations_of


def orgs(text: str) -> set[str]:
    return {t for t, label in mentions(text) if label == "ORG"}


def test_the_national_federation_of_taiwan_firms_by_its_short_form(nlp):
    text = "全国台企联会长郑立文表示,将协助更多台商前来参访。"
    assert "全国台企联" in orgs(text)
    assert ("works_for", "郑立文", "全国台企联") in relations_of(nlp, text, "works_for")


def test_the_short_form_before_a_title_run_into_its_word():
    # the tagger reads 联常务 as one word
    assert "全国台企联" in orgs("全国台企联常务副会长、宁德市台协会长韩志远等台商代表纷纷发言。")


def test_a_citys_association_of_taiwan_firms_before_its_heads_title():
    assert "宁德市台协" in orgs("会上,宁德市台协会长周国栋介绍了协会的工作。")


def test_a_ministrys_department_written_after_it():
    assert "经济部加工处" in orgs("经济部加工处处长杨文德等贵宾共同执铲。")
    assert "经济部统计处" in orgs("经济部统计处办理工厂校正及营运调查。")


def test_a_ministry_before_a_determiner_keeps_no_department():
    found = orgs("经济部各处室主管出席。")
    assert "经济部" in found
    assert not any(name.startswith("经济部各") for name in found)


def test_a_bare_department_opening_a_clause_before_a_reporting_verb():
    assert "财经处" in orgs("财经处说明,县政府过去几年持续争取中央资源。")
    assert "主计处" in orgs("会中,主计处指出,这次追加预算以岁出为主。")


def test_a_bare_department_opening_a_sentence_before_its_link():
    found = orgs("包括:财政处的商务旅馆开发案。建设处的绿能产业专区。")
    assert {"财政处", "建设处"} <= found


def test_a_generic_office_or_a_determined_one_opening_a_clause_is_no_body():
    assert not orgs("这个管理处表示将加强巡查。")
    assert not orgs("游客服务处的工作人员说明情况。")
    assert not orgs("此外,不足之处表示仍需改进。")
