"""Projects, session 20 project round of issue 14 (benchmarks/audits/s20-proj).

A road's extension names its works: "某某路东延项目", "某某路北延项目", "某市某某路向东延伸工程" (the verb 延
ended the name's left walk and left the bare head: real-pages-14 and 2 pages of the audit's A). A Taiwanese or
Hong Kong page names a plan of works by its 計畫 (計劃): "「某某水網計畫」", "「某某願景」計劃", "縣立某某館興建
計畫" (real-pages-10, real-pages-14 and 1 page of A); on a mainland page 计划 is "to plan". A Taiwanese works'
total is its funds or its cost (總經費, 計畫經費, 工程造價: real-pages-7, real-pages-10, 1 page of A). A firm's new
factory named by its kind ("某某锂能超级工厂", "某某动力智慧工厂": real-proj, real-proj2, real-proj3) is a project; a
class a firm is listed in ("入选省级智能工厂") is not. Sentences of the kind, names invented."""

from __future__ import annotations

import pytest
from conftest import invested_amounts, recognised

from kg.nlp.entities import recognise
from kg.nlp.gazetteer import TAIWAN
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of
from kg.normalize import normalize


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他还告诉记者,全长900米的幸福路北延项目已经进入收尾阶段。", "幸福路北延项目"),
        ("日前,该局启动了澜溪市柳塘路向东延伸工程,这条路长约300米。", "澜溪市柳塘路向东延伸工程"),
        ("该局启动了青岚市光明路向东延伸工程。", "青岚市光明路向东延伸工程"),
    ],
)
def test_a_roads_extension_names_its_works(text: str, name: str) -> None:
    assert name in projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "城区向东延伸工程今年启动。",  # a district's growth, no road
        "道路东延工程今年完工。",  # a kind of road, no name
    ],
)
def test_an_extension_of_no_road_names_no_project(text: str) -> None:
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
        ("針對落後的「青嵐鄉自來水智慧型水網計畫」，縣長要求相關單位加強進度控管。", "青岚乡自来水智慧型水网计划"),
        ("發展局公布「澄湖願景」計劃的工程造價，粗估300億港元。", "「澄湖愿景」计划"),
        ("其中，縣立澄湖館興建計畫列管縣府重點施政計畫，計畫經費12億元。", "县立澄湖馆兴建计划"),
        (
            "獲核定「前瞻基礎建設計畫-城鄉建設-部落營造-雲溪鄉公所星橋部落之心新建計畫」1,067萬元。",
            "云溪乡公所星桥部落之心新建计划",
        ),
    ],
)
def test_a_taiwan_pages_plan_of_works_is_a_project(text: str, name: str) -> None:
    assert name in taiwan_projects(text)


def test_a_plan_in_a_chain_of_programmes_is_the_last_one() -> None:
    found = taiwan_projects("獲核定「前瞻基礎建設計畫-城鄉建設-雲溪鄉公所星橋部落之心新建計畫」經費。")
    assert not any(n.startswith("前瞻") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "縣府推動「十四五」計劃，今年計劃投資3億元。",  # a five-year slogan; "to plan"
        "縣務會議追蹤苗栗重點施政計畫進度。",  # a policy, no works, no quotation
    ],
)
def test_a_policy_or_a_verb_is_no_plan_of_works(text: str) -> None:
    assert taiwan_projects(text) == set()


def test_a_mainland_pages_plan_is_no_project() -> None:
    assert taiwan_projects("县府推动「青岚乡自来水智慧型水网计划」。", taiwan=False) == set()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("澄湖路拓寬工程由縣府與鄉公所共同投入，總經費近5億元，預計明年完工。", 5e8),
        ("工程造價十四億三千萬元的青嵐縣第二行政中心新建工程，昨天舉辦開工動土典禮。", 1.43e9),
    ],
)
def test_a_works_funds_or_cost_is_its_total(nlp, text: str, amount: float) -> None:
    """A Taiwanese page gives a works' total as its funds (總經費, 計畫經費) or its cost (工程造價)."""
    assert amount in {a for _, a in invested_amounts(nlp, text)}


def test_a_grant_is_no_total(nlp) -> None:
    assert invested_amounts(nlp, "澄湖路拓寬工程獲中央補助經費300萬元。") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("总投资达60亿元的澜溪锂能超级工厂正式开建。", "澜溪锂能超级工厂"),
        ("总投资20亿元的QL动力智慧工厂今天竣工投产。", "QL动力智慧工厂"),
        ("他先后来到位于青岚县的QL龙虾超级工厂、位于澜溪镇的紫云产业园。", "QL龙虾超级工厂"),
    ],
)
def test_a_firms_named_factory_is_a_project(text: str, name: str) -> None:
    assert name in projects(text)


@pytest.mark.parametrize(
    "text",
    [
        "澜溪市一企业入选省级智能工厂。",  # a class the firm is listed in
        "加快建设“智慧工厂”“数字车间”,全面提升竞争力。",  # a kind of factory, no name
        "该公司打造的智能工厂投产。",
    ],
)
def test_a_kind_of_factory_is_no_project(text: str) -> None:
    assert projects(text) == set()
