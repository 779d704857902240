"""Places of session 20's place round (issue 14, audited in ``benchmarks/audits/s20-place``): two or
three places written together by their one-character forms where the text speaks of them as
parties ("某某两地", "某某合作", "某某双方") are no place of their own ("湘黔两地", "蓉港两地企业家",
"汕澳两地" beside 汕尾市); a division the gazetteer lists, a region and an old name of a province
stay places; and a division joined by a middle dot to the word after it is no one place with it: two
places ("某市·某市推介会"), or the division and a work or brand of it ("“某市·某巷”文旅综合开发"). Every
sentence is made up.
"""

from __future__ import annotations

import pytest

from kg.nlp.document import analyse_document
from kg.resolve import resolve


def _places(nlp, text: str) -> set[str]:
    ents, _ = resolve([analyse_document(nlp, "d0.txt", text)])
    return {e.label for e in ents if e.type == "PLACE"} | {a for e in ents if e.type == "PLACE" for a in e.aliases}


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("湘黔两地签署旅游合作协议。", "湘黔"),
        ("晋豫两地政府共同努力,推动晋豫合作。", "晋豫"),
        ("蓉港两地企业家参加洽谈会。", "蓉港"),
        ("苏皖交界地区,苏皖两地共建产业园。", "苏皖"),
        # a city named in full on the page gives its first character ("汕" of 汕尾市)
        ("汕尾市与澳门签署协议,汕澳两地合作不断深化。", "汕澳"),
    ],
)
def test_places_joined_by_their_forms_are_no_place(nlp, text, joined):
    assert joined not in _places(nlp, text)


def test_a_listed_division_a_region_and_an_old_name_stay_places(nlp):
    # the guards: 宁津 is a county the gazetteer lists (its characters are forms of 宁夏 and 天津),
    # 苏锡常 a region, 三晋 an old name of one province
    places = _places(nlp, "宁津县举行签约仪式,宁津与德州两地企业参加,共同融入苏锡常都市圈,建设三晋大地。")
    assert {"宁津县", "苏锡常都市圈", "三晋"} <= places


def test_the_divisions_named_in_full_stay(nlp):
    places = _places(nlp, "汕尾市与澳门签署协议,汕澳两地合作不断深化。")
    assert "汕尾市" in places
    assert any(p.startswith("澳门") for p in places)


def test_two_places_joined_by_a_dot_are_two_places(nlp):
    places = _places(nlp, "副省长出席“梅州·揭阳旅游及商贸推介会”。")
    assert "梅州·揭阳" not in places
    assert any(p.startswith("梅州") for p in places) and any(p.startswith("揭阳") for p in places)


def test_a_division_and_a_work_of_it_joined_by_a_dot_are_the_division(nlp):
    places = _places(nlp, "会议听取了“梅州·檀巷”文旅综合开发情况汇报。")
    assert not [p for p in places if "檀巷" in p]
    assert any(p.startswith("梅州") for p in places)


def test_a_dotted_name_that_opens_with_no_division_stays_whole(nlp):
    # the guard: 青创谷 is no division, so "青创谷·揭阳" is one name (a platform of the city)
    assert "青创谷·揭阳" in _places(nlp, "“青创谷·揭阳”已引入落地项目32个,成为重要平台。")
