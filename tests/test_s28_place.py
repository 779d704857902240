"""Session 28 (s28-place): a park opened by the page's county written as its bare level word.

A county's page writes its own county by the level word alone, and the golds name "县盐化工业园",
"县生态工业园区" (like "县经济开发区", "县工业园区") as places (:mod:`kg.nlp.entities.level_parks`).
A pronoun before the level word ("我县产业集聚区") or a county's full name keep their old readings.

The sentences are from the tuning pages named at each test.
"""

from __future__ import annotations

from test_place_forms import places


def test_county_salt_chemical_park_by_its_level_word() -> None:
    # real-pages-33 u06
    found = places(
        "调研了县经开区的标准化厂房,西卅店镇的众兴菌业、肉羊养殖扶贫项目,县盐化工业园的安徽华塑股份有限公司、泉盛化工有限公司"
    )
    assert {"县盐化工业园", "县经开区", "西卅店镇"} <= found


def test_county_ecological_park_after_a_level_word_of_its_own() -> None:
    # real-pages-34 v11: the tagger writes 县|生态工业园区
    found = places(
        "加速提升县生态工业园区发展水平,为全县工业高质量发展作出更大贡献。座谈会上,县生态工业园区汇报了工作开展情况"
    )
    assert "县生态工业园区" in found
    assert "生态工业园区" not in found


def test_county_name_before_its_park_stays_whole() -> None:
    # real-pages-22 o09: the county's full name opens the park; no bare 县 reading inside it
    found = places("地委书记谢少迪来到布尔津县工业园区")
    assert "布尔津县工业园区" in found
    assert "县工业园区" not in found
