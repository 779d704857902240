"""Session 37 (s37-placemiss3): a park or zone named by the place that opens it, common words of
its trade and a park's kind ("某县|精细|化工园区", "某县|科技工业园区") is one place, with the
county nested in it: :mod:`kg.nlp.entities.trade_zones`, ``place.trade_zones``.

Sentences written with counties no readable page names.
"""

from __future__ import annotations

from test_place_forms import mentions, places


def test_chemical_park_named_by_its_county() -> None:
    found = mentions("该公司在澄城县精细化工园区投资建设新厂。")
    assert ("澄城县精细化工园区", "PLACE") in found
    assert ("澄城县", "PLACE") in found


def test_science_industry_park_named_by_its_county() -> None:
    assert "献县科技工业园区" in places("项目落户献县科技工业园区,预计年底投产。")


def test_park_opening_a_project_stays_inside_it() -> None:
    # a project's word right after: the park is part of the project's name
    found = mentions("签约仪式在澄城县精细化工园区项目现场举行。")
    assert ("澄城县精细化工园区", "PLACE") not in found
    assert ("澄城县精细化工园区项目", "PROJECT") in found


def test_class_word_in_the_stem_names_no_one_park() -> None:
    # "省级": a class of parks, no name the rule makes
    assert "澄城县省级农业产业园区" not in places("相关企业落户澄城县省级农业产业园区。")
