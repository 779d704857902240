"""Projects, session 24 project round of issue 14 (benchmarks/audits/s24-proj).

A firm and the products it will make, listed with "、" before one head word, name one project
("某某有限公司镁、铝合金精密压铸项目", "某某酒业公司年产2万吨白酒、黄酒、养生酒生产线第三期技改项目": real-pages-12,
-17, -19, -23); the rules cut it at the last "、" and the learned tagger read the firm and its first
product as another name. A Taiwanese page quotes a public work's whole name ending in 工程
("「某某鄉某某大排旁堤岸復建工程」", "「某某中心北棟大樓新建統包工程」": real-pages-18, real-pages-20), and
names the work inside its groundbreaking ("「某某景觀改善工程開工動土典禮」": real-pages-18, real-meet2, 1 page of
the audit's A). Sentences of each kind, names invented."""

from __future__ import annotations

import pytest
from conftest import recognised

from kg.nlp.entities import recognise
from kg.nlp.entities.firm_items import firm_item_projects
from kg.nlp.gazetteer import TAIWAN
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of
from kg.normalize import normalize


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "考察组先后来到青山智能装备产业园建设项目、华睿精铸有限公司钛、镍合金精密铸造项目、松柏电子公司线路板项目。",
            "华睿精铸有限公司钛、镍合金精密铸造项目",
        ),
        (
            "目前投资1亿元的果蔬冷链项目正在平整场地;澄川酒业公司年产3万吨米酒、果酒、保健酒生产线第二期技改项目正在施工建设。",
            "澄川酒业公司年产3万吨米酒、果酒、保健酒生产线第二期技改项目",
        ),
    ],
)
def test_a_firms_listed_products_share_one_head(text: str, name: str) -> None:
    got = projects(text)
    assert name in got
    assert not any(n != name and n in name for n in got)  # no part of it read alone


@pytest.mark.parametrize(
    "text",
    [
        # each item names its own maker and size: no firm opens the run
        "参加集中签约的汉岭30GW光伏封装胶膜、蓝桥5GW高效电池组件项目,均为行业知名企业。",
        # a firm's project named whole before the list goes on
        "考察组来到华睿精铸有限公司钛合金项目、镍合金精密铸造项目。",
        # a list of firms closed by 等: their projects, no one name
        "签约企业有华睿精铸有限公司、松柏电子等项目。",
        # the sites of a visit to a firm, and a further project after 及
        "调研组先后深入面板项目施工现场,华睿精铸公司生产车间、产品展示厅、研发中心及二期项目施工现场。",
    ],
)
def test_items_without_a_firm_and_its_products_are_no_firms_project(text: str) -> None:
    words = words_of(make_segmenter("lac").segment(text))
    assert firm_item_projects(text, words) == []


@pytest.mark.parametrize(
    "text", ["全县签约10亿元以上项目5个。", "县长调研重点项目建设情况。", "共有12个项目集中开工。"]
)
def test_a_class_of_projects_is_no_project(text: str) -> None:
    assert projects(text) == set()


def taiwan_projects(text: str, taiwan: bool = True) -> set[str]:
    """The PROJECT spans of one sentence read as kg reads a page: simplified, with the page's context."""
    norm = normalize(text)[0]
    words = words_of(make_segmenter("lac").segment(norm))
    context = frozenset({TAIWAN}) if taiwan else frozenset()
    return {norm[c.start : c.end] for c in recognise(norm, words, context) if c.label == "PROJECT"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "嵐山縣政府19日正式啟動「溪口鄉有福寮大排旁堤岸復建工程」，以提升沿岸防洪能力。",
            "溪口乡有福寮大排旁堤岸复建工程",
        ),
        (
            "嵐山市「市民會館南棟大樓新建統包工程」今(22)日上午在南棟基地舉行動土祈福儀式。",
            "市民会馆南栋大楼新建统包工程",
        ),
        (
            "串聯嵐山科學園區與中山大道的「嵐山市溪口區南部科學工業園區東北向聯外道路工程」今(4)日通車。",
            "岚山市溪口区南部科学工业园区东北向联外道路工程",
        ),
    ],
)
def test_a_quoted_public_work_on_a_taiwanese_page_is_a_project(text: str, name: str) -> None:
    assert name in taiwan_projects(text)


def test_a_quoted_class_of_works_is_no_project() -> None:
    assert taiwan_projects("縣府今年持續推動「重點工程」，經費逾億元。") == set()


def test_a_work_inside_its_groundbreaking_ceremony_is_a_project() -> None:
    got = taiwan_projects("嵐山市長今日下午出席「嵐山市蘆洲區青禾公園景觀改善工程開工動土典禮」。")
    assert "岚山市芦洲区青禾公园景观改善工程" in got


def test_a_quoted_work_named_after_a_city_and_its_district_lies_in_the_district(nlp) -> None:
    """LAC reads "新北市三芝區" as one word; the work is in the district, the district in the city."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    text = normalize("新北市長今日宣布,「新北市三芝區溪墘排水護岸改善工程」今(4)日完工。")[0]
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, frozenset({TAIWAN}))
    ms = doc._.mentions

    def name(i: int) -> str:
        return art.text[ms[i].start : ms[i].end]

    got = {(name(r.head), name(r.tail)) for r in doc._.relations if r.type == "located_in" and r.tail is not None}
    assert ("新北市三芝区溪墘排水护岸改善工程", "三芝区") in got
    assert ("三芝区", "新北市") in got


def test_the_firm_opening_its_products_list_is_no_investor_by_prefix_alone(nlp) -> None:
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    text = "开工项目2个,分别是:青林湖华泰公司机械加工、轨道结构件加工制造项目,另一个为物流项目。"
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art)
    ms = doc._.mentions
    names = {art.text[m.start : m.end] for m in ms if m.label == "PROJECT"}
    assert "青林湖华泰公司机械加工、轨道结构件加工制造项目" in names
    assert not any(r.type == "invests_in" for r in doc._.relations)
