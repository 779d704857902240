"""``located_in`` false facts of session 35 (s35-prefixprec): a city or province that opens a
place's or project's name, in a province the article writes nowhere outside names, names the
project after it (an outside firm's brand, a homonym), it does not place the project there
(``kg.nlp.relations.far_prefix``; GUIDE.md: "a place seen only inside another name: optional when it
is a province or a distant city"). Kept: the city the article writes itself, a county opening the
name, a company's place of registration. Placeholder names (某某); the divisions are of no
readable page.
"""

from __future__ import annotations

from conftest import located_pairs

PAGE = "近日,旬邑县2024年第二批重点项目集中开工,其中{}某某新材料项目总投资5亿元,建成后将带动就业300人。"


def test_a_project_opened_by_a_city_of_another_province_is_not_placed_there(nlp):
    for city in ("新余", "新余市"):
        got = located_pairs(nlp, PAGE.format(city))
        assert (f"{city}某某新材料项目", city) not in got, got


def test_a_county_opening_the_name_still_places_it(nlp):
    got = located_pairs(nlp, PAGE.format("渝水区"))
    assert ("渝水区某某新材料项目", "渝水区") in got, got


def test_the_city_the_article_writes_still_places_it(nlp):
    text = "近日,新余市2024年第二批重点项目集中开工,其中新余某某新材料项目总投资5亿元。"
    assert ("新余某某新材料项目", "新余") in located_pairs(nlp, text)


def test_a_company_keeps_its_city_of_registration(nlp):
    text = "近日,旬邑县与新余某某科技有限公司签订投资协议,项目总投资5亿元。"
    assert ("新余某某科技有限公司", "新余") in located_pairs(nlp, text)
