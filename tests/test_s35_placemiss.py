"""Session 35 (s35-placemiss): the division that opens a zone's name is a place where the zone is
itself nested at the start of a longer name ("某县经济开发区|某某项目", "某县经济开发区|管委会"), as it
is beside the zone alone (:mod:`kg.nlp.entities.zone_openers`). Sentences written after county
news reports, with counties no tuning page names (献县) and made-up firms and parks.
"""

from __future__ import annotations

from conftest import located_pairs, recognised


def test_the_county_opening_a_zone_inside_a_project_is_a_place(nlp):
    text = "县领导到献县经济开发区禾丰新材料项目现场调研。"
    assert "献县" in recognised(text, "PLACE")
    assert ("献县经济开发区", "献县") in located_pairs(nlp, text)


def test_the_county_opening_a_zone_inside_its_office_is_a_place(nlp):
    text = "献县经济开发区管委会主任王某某介绍了入园项目情况。"
    assert {"献县", "献县经济开发区"} <= recognised(text, "PLACE")
    assert ("献县经济开发区", "献县") in located_pairs(nlp, text)


def test_no_division_no_new_place():
    # a zone named after a hill, no division: nothing more than the zone
    text = "县领导到青禾山工业园区禾丰新材料项目现场调研。"
    assert recognised(text, "PLACE") == {"青禾山工业园区"}


def test_a_site_that_is_no_zone_keeps_its_division_unread():
    # only a zone's kind opens the rule: a trading centre is a project's own name
    places = recognised("县领导到献县某某商贸城项目现场调研。", "PLACE")
    assert "献县某某商贸城" not in places
