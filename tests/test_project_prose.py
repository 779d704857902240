"""Amounts of projects named in running prose (issue 14, real-proj3): a later "该项目" that points
back to the project where the reporter stood, "该项目是…重点项目" (a class, no other project),
spaces inside an amount, and "其中总投资X的Y项目" picking one project out of a count. Sentences of
each kind written for these tests, no names from any page."""

from __future__ import annotations

import pytest

from kg.ingest import segment_document
from kg.nlp.amounts import find_amounts
from kg.nlp.pipeline import analyse_article, make_pipeline


@pytest.fixture(scope="module")
def nlp():
    return make_pipeline()


def amounts(nlp, text: str) -> set[tuple[str, int]]:
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    return {
        (art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
        for r in doc._.relations
        if r.type == "invested_amount"
    }


def test_this_project_points_back_to_the_site_the_reporter_stood_at(nlp):
    got = amounts(
        nlp,
        "5月6日,记者在甲乙食品有限公司年产5000吨果蔬罐头扩建项目施工现场看到,厂房主体已经封顶。"
        "该项目总投资4000万元,预计年底投产。",
    )
    assert ("甲乙食品有限公司年产5000吨果蔬罐头扩建项目", 40_000_000) in got


def test_a_class_the_project_is_said_to_be_names_no_other_project(nlp):
    text = "4月3日,华丰饮料生产基地项目开工。该项目是全市去年招商引进的重点项目,计划投资8亿元,目前正在建设一期。"
    assert ("华丰饮料生产基地项目", 800_000_000) in amounts(nlp, text)


def test_an_unnamed_other_project_still_takes_no_amount(nlp):
    # the class exemption is only for "该项目是…项目"; a new project named without a name keeps its amount
    text = "记者在戊己纺织有限公司新型纱线项目现场看到,设备正在安装。企业正在谋划二期项目,计划投资3亿元。"
    assert not any(a == 300_000_000 for _, a in amounts(nlp, text))


def test_spaces_inside_an_amount():
    (a,) = find_amounts("总投资 50 亿元的某某智能家电产业园项目")
    assert (a.amount, a.scope) == (5_000_000_000, "project")


def test_one_project_picked_out_of_a_count_by_its_attributive_amount(nlp):
    text = "本次集中开工项目120个,总投资580亿元,其中总投资22亿元的庚辛新材料产业园项目为单体投资最大项目。"
    got = amounts(nlp, text)
    assert ("庚辛新材料产业园项目", 2_200_000_000) in got
    assert not any(a == 58_000_000_000 for _, a in got)


def test_a_part_of_a_total_stays_a_part():
    scopes = [a.scope for a in find_amounts("项目总投资1.8亿元,其中固定资产投资1.45亿元的设备已到位")]
    assert scopes == ["project", "part"]
