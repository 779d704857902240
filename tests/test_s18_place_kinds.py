"""Places of session 18's place round (issue 14, audited in ``benchmarks/audits/s18-place``):
regions named whole and once ("某某地区" is the region, a cut of it no place), titles a county
wins ("百强县") and the country only opening another name ("中国—某某博览会", "中国某某网") no
places, and a page's county written by its short form in the headline or the outlet. The regions
are names of the region list that no gold set holds; every other name is made up.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _places(nlp, text: str) -> set[str]:
    ents, _ = resolve([analyse_document(nlp, "d0.txt", text)])
    return {e.label for e in ents if e.type == "PLACE"}


def _names(nlp, text: str) -> set[str]:
    ents, _ = resolve([analyse_document(nlp, "d0.txt", text)])
    return {n for e in ents if e.type == "PLACE" for n in (e.label, *e.aliases)}


def test_a_region_with_an_area_word_is_the_region_once(nlp):
    places = _places(nlp, "该县主动融入环渤海地区发展,与来自环渤海的企业家座谈,承接环渤海地区产业转移。")
    assert "环渤海" in places
    assert "环渤海地区" not in places


@pytest.mark.parametrize(
    ("text", "region", "cut"),
    [
        ("该县主动对接苏锡常都市圈,引进一批项目。", "苏锡常都市圈", "苏锡常"),
        ("两地共同融入北部湾经济区建设,推动产业协作。", "北部湾经济区", "北部湾"),
    ],
)
def test_a_region_named_with_its_head_is_one_place(nlp, text, region, cut):
    places = _places(nlp, text)
    assert region in places
    assert cut not in places


def test_a_region_that_needs_its_head_is_no_place_without_it(nlp):
    assert "北部湾" not in _places(nlp, "市民沿北部湾大道散步,欣赏海景。")


@pytest.mark.parametrize(
    "text",
    [
        "今年,青禾县入选全国百强县,位列第45位。",
        "青禾县曾获“中国最佳生态宜居县”称号。",
        "青禾县连续三年入围全国投资潜力十强县。",
    ],
)
def test_a_title_a_county_wins_is_no_place(nlp, text):
    places = _places(nlp, text)
    assert not {p for p in places if p.endswith(("百强县", "宜居县", "十强县"))}


@pytest.mark.parametrize(
    "text",
    [
        "来源:中国青禾网 记者 王某某",
        "推进中国式现代化青禾实践。",
    ],
)
def test_the_country_only_opening_another_name_is_no_place(nlp, text):
    assert "中国" not in _places(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "曾获“中国最美乡村”称号的白鹭村迎来游客。",
        "中国—南亚合作进入新阶段。",
    ],
)
def test_the_country_before_a_dash_or_opening_a_quoted_title_stays_a_place(nlp, text):
    # The public benchmarks (MSRA) mark the country there ("中国—东盟合作", "“中国…第一人”"), and
    # GUIDE.md leaves a place inside another name optional: dropping it cost MSRA LOC more than
    # it gained on the tuning sets (session 18), so only outlets and 中国式 drop it.
    assert "中国" in _places(nlp, text)


def test_the_country_on_its_own_stays_a_place(nlp):
    assert "中国" in _places(nlp, "中国和南亚国家企业代表300多人参加签约活动。")


def test_a_county_named_in_the_headline_before_a_colon_is_the_pages_county(nlp):
    text = "阳原:开足马力忙生产\n春节刚过,阳原各大企业、项目建设现场已吹响“集结号”。"
    assert {"阳原县", "阳原"} & _names(nlp, text)


def test_a_county_opening_the_outlet_is_the_pages_county(nlp):
    text = "今后出行更方便!涞源这27个重大项目开竣工!\n3月27日,重大项目集中开竣工仪式举行。\n来源:涞源融媒"
    assert {"涞源县", "涞源"} & _names(nlp, text)


def test_a_far_county_short_form_with_no_headline_or_outlet_stays_out(nlp):
    # the guard: 阳原 is written only inside the text, no headline colon, no outlet
    text = "春节刚过,各大企业忙生产。\n企业负责人说,产品远销阳原等地。"
    assert not {"阳原县", "阳原"} & _names(nlp, text)
