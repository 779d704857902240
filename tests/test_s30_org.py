"""Session 30 (s30-org): organisations on unseen real pages.

A plant named by its place, by the verb that builds it or by the utility it runs is a facility, no
organisation (``kg/nlp/entities/plant_names.py``, ``[org.plant_names]``); a factory named by what it
makes or by its rank stays one. The site closing a page's title line after a dash is an outlet
(``kg/nlp/entities/title_outlets.py``). One outlet named by its brand and its site, or by two forms
of its site, is one organisation (``kg/resolve/outlet_forms.py``); a paper and its site stay two.
Kinds and counts: ``benchmarks/audits/s30-org/``. The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

import pytest
from conftest import page_unit_keys

from kg.nlp.document import analyse_document


def _orgs(nlp, text: str) -> set[str]:
    return {m.norm for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "ORG"}


def test_a_firms_plant_named_by_its_township_is_no_organisation(nlp):
    # real-pages-38 p12 (聯合報): the firm stays, its plant at 中埔 is no body
    text = "嘉義縣長翁章梁（左）出席東豐調理食品中埔廠上樑典禮，迎接地方產業新契機 。"
    found = _orgs(nlp, text)
    assert "食品中埔厂" not in found and "中埔厂" not in found
    assert "东丰" in found
    text = "董事長曾建育表示，中埔廠從選址到今日上樑，歷時4年籌備，每一步都投入極大心力。"
    assert "中埔厂" not in _orgs(nlp, text)
    # the tagger's one word for "build a plant at 中埔"
    text = "多年來以穩健經營與品質提升為核心，選在中埔設廠，是企業擴展產能與加速升級的重要一步。"
    assert "中埔设厂" not in _orgs(nlp, text)


def test_a_numbered_plant_and_a_power_plant_are_no_organisations(nlp):
    # real-pages-30 r11 (atanews.net): "兴建光复二厂", the plant being built
    text = "現在又加碼投資興建光復二廠與第三事業處的研發中心"
    assert "光复二厂" not in _orgs(nlp, text)
    # real-pages-35 w09 (hntv520.com): a power plant connected to the grid
    text = "隨后,德青源沼氣發電廠并網發電,八達嶺塔式太陽能熱發電項目定日鏡場也完成安裝"
    assert "德青源沼气发电厂" not in _orgs(nlp, text)


def test_factories_named_by_what_they_make_or_their_rank_stay_organisations(nlp):
    # real-pages-26 b11: a factory visited, named by its product
    text = "视察组先后来到延刚果业、四叶纸箱厂、雅苑小区、凤栖街道胡村关联产业集中区等地"
    assert "四叶纸箱厂" in _orgs(nlp, text)
    # real-pages-7 v10: a group's head plant in a province (总厂: no rank the rule strips)
    text = "媒体代表先后来到海峡两岸产业合作区展厅、山东汉方制药有限公司、旺旺集团山东总厂参观采访"
    assert "旺旺集团山东总厂" in _orgs(nlp, text)


def test_the_site_closing_a_title_line_after_a_dash_is_an_organisation(nlp):
    # real-pages-37 a09 (ft.cq.cn): "headline - site", the browser title left in the page
    text = "熊林副主任出席荣昌区“招商引资季”集中签约仪式 - 商务之窗\n\n31.12.2016  03:32\n"
    text += "12月26日,熊林副主任出席了荣昌区“招商引资季”集中签约仪式。"
    assert "商务之窗" in _orgs(nlp, text)
    # real-pages-32 t06 (chinanews): the same with a long dash
    text = "京门头沟24项目签约1500亿 将建西部综合服务区——中新网\n本页位置: 首页新闻中心经济新闻\n"
    text += "2010年06月20日 02:29 来源:新京报\n"
    assert "中新网" in _orgs(nlp, text)
    # a subtitle after the dash names no outlet
    text = "桂东4个重大项目集中开工——打造产业发展新高地\n2020-11-23\n昨日,桂东县4个重大项目集中开工。"
    assert not any(o.startswith("打造") for o in _orgs(nlp, text))


@pytest.mark.parametrize(
    ("page", "one", "other"),
    [
        # "您当前的位置:四川新闻  >  市州联播" … "来源:四川新闻网"
        ("real-pages-38:p01.txt", "ORG:四川新闻", "ORG:四川新闻网"),
        # "【沁县融媒】…" … "沁县融媒体中心"
        ("real-pages-16:h09.txt", "ORG:沁县融媒", "ORG:沁县融媒体中心"),
        # "香港商报官网 > 甘肃 > 经济纵横" … "来源:香港商報網"
        ("real-pages-6:u06.txt", "ORG:香港商报官网", "ORG:香港商报网"),
    ],
)
def test_one_outlet_named_by_its_brand_and_its_site_is_one(nlp, page: str, one: str, other: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[one] == units[other]


def test_a_paper_and_its_site_stay_two(nlp) -> None:
    # real-pages-7 v05: "来源: 河南商报网" … "顶端新闻·河南商报记者 张治中": the golds name both
    units = page_unit_keys(nlp, "real-pages-7:v05.txt")
    assert units["ORG:河南商报"] != units["ORG:河南商报网"]
