"""One thing kept as two in one document, session 30 (benchmarks/audits/s30-dups).

Two kinds. A county that has since become a district or a county-level city, named on one page by its former
name and by its short form: "潮安县" / "潮安" (潮安区, real-pages-38 p07), "延慶縣" / "延慶" (延庆区,
real-pages-35 w09), "子长县" / "子长" (子长市, dev-real tune r09). The gazetteer lists the new level
only, so the former name is a place without a code; resolution gives it the division's key. And a
park named alone as a place and as a project ("十堰方特中华传统文化园" / "…文化园项目", real-pages-37
a11; real-pages-28 d07; one name read with both types, real-pages-23 f09): one project. Each test
reads a whole tuning page; the others check what must stay apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_unit_keys

from kg.nlp.document import DocumentResult, MentionRecord, analyse_document
from kg.resolve.document import document_keys
from kg.resolve.keys import clean
from kg.resolve.place_short_forms import rekey_short_forms

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("page", "former", "short"),
    [
        # 昨天,潮安县经济社会发展迎来一大喜事 … 潮州是国家历史文化名城,潮安又是潮州的经济强县
        ("real-pages-38:p07.txt", "PLACE:潮安县", "PLACE:潮安"),
        # 延慶縣一口氣與首… 延慶不但有新能源 (a traditional page: 延慶 is read without a code)
        ("real-pages-35:w09.txt", "PLACE:延庆县", "PLACE:延庆"),
        # 一行来子长县调研考察相关项目落地子长情况
        ("tune:r09.txt", "PLACE:子长县", "PLACE:子长"),
    ],
)
def test_a_former_county_and_the_division_it_became_are_one(nlp, page: str, former: str, short: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[former] == units[short]


def test_other_places_of_the_page_stay_apart(nlp) -> None:
    units = page_unit_keys(nlp, "real-pages-38:p07.txt")
    # 潮州 (the city) and the towns of the county are other places
    assert units["PLACE:潮安县"] != units["PLACE:潮州"]
    assert units["PLACE:潮安县"] != units["PLACE:沙溪镇"]
    units = page_unit_keys(nlp, "tune:r09.txt")
    assert units["PLACE:子长县"] != units["PLACE:子长县工业园区"]


def _place(name: str, code: str | None = None) -> MentionRecord:
    attrs = {"admin_code": code} if code else {}
    return MentionRecord(0, 0, len(name), name, name, "PLACE", "gazetteer", 0.9, attrs)


def test_a_county_the_gazetteer_lists_is_not_a_former_one() -> None:
    # 东山县 (Fujian) is a county of its own, not the former name of 东山区 (鹤岗)
    ks = ["PLACE|code:230406", "PLACE|东山县"]
    r = DocumentResult("d.txt", [_place("东山区", "230406"), _place("东山县")], [], 1)
    assert rekey_short_forms(r, ks) == ks


def test_two_divisions_of_one_short_form_name_neither() -> None:
    # 普陀区 of 上海 and of 舟山 both named: a bare "普陀县" is neither's
    ks = ["PLACE|code:310107", "PLACE|code:330903", "PLACE|普陀县"]
    r = DocumentResult("d.txt", [_place("普陀区", "310107"), _place("普陀区", "330903"), _place("普陀县")], [], 1)
    assert rekey_short_forms(r, ks) == ks


def test_a_former_county_is_the_division_the_page_names() -> None:
    ks = ["PLACE|code:445103", "PLACE|潮安县"]
    r = DocumentResult("d.txt", [_place("潮安", "445103"), _place("潮安县")], [], 1)
    assert rekey_short_forms(r, ks) == ["PLACE|code:445103", "PLACE|code:445103"]


@pytest.mark.parametrize(
    ("page", "place", "project"),
    [
        # 主會場設在位于鄖陽區的十堰方特中華傳統文化園施工現場 … 十堰方特中華傳統文化園項目位于鄖陽區城關鎮
        ("real-pages-37:a11.txt", "PLACE:十堰方特中华传统文化园", "PROJECT:十堰方特中华传统文化园项目"),
        # 集中开工暨蒙牛中国乳业产业园开工动员会 … 以蒙牛中国乳业产业园项目为代表的全市重大项目
        ("real-pages-28:d07.txt", "PLACE:蒙牛中国乳业产业园", "PROJECT:蒙牛中国乳业产业园项目"),
    ],
)
def test_a_park_named_alone_and_as_a_project_is_one_project(nlp, page: str, place: str, project: str) -> None:
    units = page_unit_keys(nlp, page)
    assert units[place] == units[project]
    assert units[place].startswith("PROJECT|")


def test_a_park_read_now_as_a_place_now_as_a_project_is_one(nlp) -> None:
    # 粵澳中醫藥科技產業園 (f09): the tagger reads one name with two types on the page
    s, doc = "real-pages-23", "f09.txt"
    r = analyse_document(nlp, doc, (FIXTURES / s / "texts" / doc).read_text(encoding="utf-8"))
    keys = {
        k for m, k in zip(r.mentions, document_keys(r).keys, strict=True) if clean(m.norm) == "粤澳中医药科技产业园"
    }
    assert len(keys) == 1 and next(iter(keys)).startswith("PROJECT|")


def test_a_town_and_its_project_stay_two(nlp) -> None:
    # 灣區兩英鎮作為廣東省針織名鎮 … 推動兩英鎮項目盡快開工 (v10): a town is no park
    units = page_unit_keys(nlp, "real-pages-34:v10.txt")
    assert units["PLACE:两英镇"] != units["PROJECT:两英镇项目"]
    assert units["PLACE:两英镇"].startswith("PLACE|")
