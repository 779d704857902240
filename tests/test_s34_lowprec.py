"""``divisions_in_sentence`` at session 34 (s34-lowprec): a county of the paper's city is placed in
the city only where the text chains them ("达州市渠县"). A county the sentence names beside 我市 /
全市, or apart from the city's name, is in the city by outside knowledge, which the golds leave
out (GUIDE: "A located_in that needs knowledge outside the text is not annotated"): 22 such facts
false, 2 right (the seeds'), 35 optional over every readable set with located_in gold. The city in
its province stays (the page's own context).
Sentences written with placeholder names (某某) after the shapes of real-pages-19 k08, -25 x06 and
real-org o01.
"""

from __future__ import annotations

from conftest import located_pairs


def _located(nlp, text: str, home_city: str) -> set[tuple[str, str]]:
    return located_pairs(nlp, text, home_city, admin_names=True)


def test_a_county_beside_the_words_for_the_city_is_not_placed_in_it(nlp):
    got = _located(
        nlp,
        "我市集中开工的13个项目中,包括园区产业项目10个,分别是渠县某某机械设备制造项目、某某酒业公司饮料制造项目。",
        "达州市",
    )
    assert ("渠县", "达州市") not in got
    got = _located(nlp, "他说,近年来,渠县紧紧围绕全市六大重点产业,立足渠县优势产业抓招商。", "达州市")
    assert ("渠县", "达州市") not in got


def test_a_county_named_apart_from_the_city_is_not_placed_in_it(nlp):
    got = _located(nlp, "当前,某某银行正处在发展的重要阶段,而渠县作为达州市县域经济的排头兵,区位优势突出。", "达州市")
    assert ("渠县", "达州市") not in got


def test_a_chain_and_the_city_in_its_province_are_still_placed(nlp):
    got = _located(nlp, "6月2日,某某活动在四川省达州市渠县举行。", "达州市")
    assert ("渠县", "达州市") in got
    got = _located(nlp, "今年以来,我市主动服务全省发展大局,着力打造四川东出北上的桥头堡。", "达州市")
    assert ("达州市", "四川省") in got
