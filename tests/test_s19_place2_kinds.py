"""Places of session 19's second place round (issue 14, audited in ``benchmarks/audits/s19-place2``):
a hotel where an event is held is its venue, a named site ("签约仪式在某某大酒店举行", "在某某酒店
12楼1号会议室签约"), and a county's level word that opens the word after it ("近千坪|县有|土地",
"筹建|县立|体育馆") makes no county of the word before it. Every hotel and every false county is
made up.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _types(nlp, text: str) -> dict[str, str]:
    ents, _ = resolve([analyse_document(nlp, "d0.txt", text)])
    return {e.label: e.type for e in ents}


@pytest.mark.parametrize(
    ("text", "hotel"),
    [
        ("3月8日,全县重点项目集中签约仪式在青岚国际大酒店举行,共签约9个项目。", "青岚国际大酒店"),
        ("昨日下午,全市文旅产业推介会在鹤汀宾馆隆重召开,市长出席会议并致辞。", "鹤汀宾馆"),
        ("两个项目成功在澄湾酒店8楼2号会议室签约,由副县长代表县政府签字。", "澄湾酒店"),
    ],
)
def test_a_hotel_where_an_event_is_held_is_a_place(nlp, text, hotel):
    types = _types(nlp, text)
    assert types.get(hotel) == "PLACE"
    assert not [n for n in types if n.startswith(hotel) and n != hotel]  # the room is cut off


def test_a_hotel_as_a_project_or_an_employer_is_no_venue(nlp):
    # the guard: no verb of holding and no room after the hotel, so nothing makes it a site here
    types = _types(nlp, "青岚国际大酒店项目总投资3亿元,他在鹤汀宾馆工作多年。")
    assert types.get("青岚国际大酒店") != "PLACE"
    assert types.get("鹤汀宾馆") != "PLACE"


@pytest.mark.parametrize(
    ("text", "not_county"),
    [
        ("縣府將陸續釋出近千坪縣有工業區土地,協助產業升級。", "千坪"),
        ("縣府將活化近五百坪縣有土地作為停車場。", "坪"),
    ],
)
def test_a_level_word_that_opens_the_next_word_makes_no_county(nlp, text, not_county):
    types = _types(nlp, text)
    assert not [n for n, t in types.items() if t == "PLACE" and n.startswith(not_county)]


def test_a_listed_county_before_you_stays(nlp):
    # the guard: a county the gazetteer lists stays a place before "有" and "立足"
    types = _types(nlp, "岳西县有三个项目开工,潜山市立足茶叶产业。")
    assert types.get("岳西县") == "PLACE"
