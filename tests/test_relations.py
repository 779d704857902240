"""Relation rules on real sentences of Chinese news writing, through the spaCy pipeline.

Each test names the kind of sentence it covers; the sentences are the writing patterns
the rules read, not the seed pages as such (the build test scores those).
"""

from __future__ import annotations

import pytest

from kg.ingest import segment_document
from kg.nlp.pipeline import analyse_article, make_pipeline


@pytest.fixture(scope="module")
def nlp():
    return make_pipeline()


def facts(nlp, text: str, *, article: int = 0) -> set[tuple]:
    """``(type, head text, tail text | position | amount+qualifier)`` for one article of ``text``."""
    arts = segment_document("t.txt", text)
    art = arts[article]
    doc = analyse_article(nlp, art)
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    out = set()
    for r in doc._.relations:
        if r.tail is not None:
            out.add((r.type, name(r.head), name(r.tail)))
        elif r.type == "holds_position":
            out.add((r.type, name(r.head), r.value["position"]))
        else:
            out.add((r.type, name(r.head), r.value["amount"], r.value["qualifier"]))
    return out


def relations_of(nlp, text: str, rtype: str, **kw) -> set[tuple]:
    return {f for f in facts(nlp, text, **kw) if f[0] == rtype}


# --------------------------------------------------------------------------- located_in


def test_county_prefix_of_a_company_is_its_location(nlp):
    got = relations_of(nlp, "图为广灵县御鑫隆再生资源有限公司的工人正在冶炼车间冶炼含铝废渣。", "located_in")
    assert ("located_in", "广灵县御鑫隆再生资源有限公司", "广灵县") in got


def test_a_brand_word_before_a_project_head_is_no_location(nlp):
    # The tagger calls 华阳 a place; in a project name it is the investor's brand.
    got = relations_of(nlp, "华阳高性能碳纤维项目捷报频传,正在向着今年年底试车目标发起冲刺。", "located_in")
    assert not any(t == "华阳" for _, _, t in got)


# --------------------------------------------------------------------------- money


def test_amount_belongs_to_the_subject_project_not_the_park_it_lies_in(nlp):
    text = (
        "连日来,华阳高性能碳纤维项目捷报频传。"
        "千吨级高性能碳纤维示范项目位于云冈经开区清洁能源产业园,由山西华阳碳材科技有限公司投资,"
        "总投资6.82亿元,占地约120亩。"
    )
    got = facts(nlp, text)
    assert ("invested_amount", "华阳高性能碳纤维项目", 682000000, "exact") in got
    assert not any(f[0] == "invested_amount" and f[1] == "云冈经开区清洁能源产业园" for f in got)
    assert ("invests_in", "山西华阳碳材科技有限公司", "华阳高性能碳纤维项目") in got


def test_org_prefix_of_a_project_is_an_investor_only_when_it_is_an_organisation(nlp):
    text = "该县加快推动亨源洪立储能电站项目落地,南京电气电力工程有限公司新能源装配式储能设备项目开工。"
    got = relations_of(nlp, text, "invests_in")
    assert not any(h == "亨源洪立储能" for _, h, _ in got)


# --------------------------------------------------------------------------- positions


def test_title_list_with_an_organisation_between_titles(nlp):
    text = "今年的全市两会上,市政协委员、中车大同电力机车有限公司高级技师王强建议,要做强优势产业。"
    got = facts(nlp, text)
    assert ("holds_position", "王强", "市政协委员") in got
    assert ("holds_position", "王强", "高级技师") in got
    assert ("works_for", "王强", "中车大同电力机车有限公司") in got


def test_every_title_of_a_list_whose_last_body_was_not_recognised(nlp):
    got = relations_of(nlp, "中央民族大学党委常委、统战部长、历史文化学院院长彭勇出席活动。", "holds_position")
    assert {p for _, _, p in got} >= {"统战部长", "院长"}
    assert any(p.endswith("常委") for _, _, p in got)


def test_an_organisation_that_the_title_itself_begins_with(nlp):
    text = "事故发生后,中共中央总书记、国家主席、中央军委主席习近平高度重视并作出重要指示。"
    got = facts(nlp, text)
    assert ("works_for", "习近平", "中央军委") in got
    assert ("works_for", "习近平", "中共中央") in got
    assert ("holds_position", "习近平", "国家主席") in got


def test_a_deputy_does_not_work_for_the_assembly(nlp):
    text = "十四届全国人大三次会议期间,全国人大代表、大同市委书记张强表示,大同将加速构建现代化产业体系。"
    got = facts(nlp, text)
    assert ("holds_position", "张强", "全国人大代表") in got
    assert not any(f[0] == "works_for" and f[2] == "全国人大" for f in got)


def test_byline_with_several_reporters(nlp):
    got = relations_of(nlp, "全市经济运行稳中向好。\n本报记者 史涌涛 苑捷 纪元元 韩云峰", "holds_position")
    for name in ("史涌涛", "苑捷", "纪元元", "韩云峰"):
        assert ("holds_position", name, "记者") in got
