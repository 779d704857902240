"""``located_in`` misses of session 31 (s31-locrec), on sentences of the tuning pages:

- ``built_at``: "在PLACE投资AMOUNT(…),建设|打造 PROJECT": the amount invested and the building
  verb in two clauses place the projects of the verb's clause (real-pages-40 bb10, -37 a04).
"""

from __future__ import annotations

from conftest import located_pairs


def test_an_amount_invested_in_a_place_then_the_project_built(nlp):
    # real-pages-40 bb10: 前锋 is the district's short form (a bare name the tagger calls a place)
    got = located_pairs(
        nlp,
        "“广安是邓小平故乡,华蓥山是红岩精神的发源地,前锋四方山也是当年的游击地,在前锋建设一个长征主题园有着"
        "天时地利人和的优势。”兴屹文旅发展有限公司总经理周军表示,将在前锋投资16亿元,打造中国第一个长征主题"
        "爱国教育科技研学产业园,弘扬红军长征精神。",
    )
    assert ("长征主题爱国教育科技研学产业园", "前锋") in got


def test_an_amount_glossed_in_brackets_places_the_listed_projects(nlp):
    # real-pages-37 a04: the amount glossed in brackets, a list of projects after 建设
    got = located_pairs(
        nlp,
        "5月23日,梁河县与冕莱科技(云南)有限公司举行投资项目签约仪式。公司将在梁河投资4.95亿欧元(约合人民币35亿元),"
        "建设中草药种植基地、中草药科研中心、中医药康养、勐底大金塔文旅等项目。",
    )
    assert ("中草药种植基地", "梁河") in got


def test_an_amount_with_no_building_verb_places_nothing(nlp):
    # real-loc3 b01: "在汉川再追加投资2亿元" names no project built: no fact from the amount alone
    got = located_pairs(nlp, "该公司在汉川再追加投资2亿元,用于扩大生产规模。")
    assert not any(t == "汉川" for _, t in got)
