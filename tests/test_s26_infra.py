"""Session 26 (s26-infra): transport lines named without a project head word are projects.

The tagger reads a railway's or an expressway's name as a place; the tuning golds type such lines
PROJECT (real-pages-26 b08, -28 d05, -29 e03, -13 m03), and a line stays a place only where
something lies on, along or near it. The sentences are quoted from the tuning pages.
"""

from __future__ import annotations

from conftest import typed


def test_an_expressway_that_is_extended_and_renamed_is_a_project(nlp):
    # real-pages-29 e03
    text = (
        "连佛高速将向南延伸连接机场第二高速,并将更名为广连高速;"
        "广清两市即将启动广州地铁向北延伸至清远市主城区的可行性研究。"
    )
    found = typed(nlp, text)
    assert ("连佛高速", "PROJECT") in found
    assert ("连佛高速", "PLACE") not in found
    assert ("广连高速", "PLACE") not in found


def test_a_railway_the_region_plans_with_its_hub_is_a_project(nlp):
    # real-pages-26 b08
    text = (
        "同时,要牢牢把握海东与西宁在交通方面的合作发展基础,"
        "对西成铁路及青藏线、兰新线,机场和高速公路等综合交通枢纽进行综合考虑。"
    )
    found = typed(nlp, text)
    assert ("西成铁路", "PROJECT") in found
    assert ("西成铁路", "PLACE") not in found


def test_a_railway_inside_a_projects_name_is_no_place_of_its_own(nlp):
    # real-pages-5 t12: the line opens the project's name; no PLACE 三原油库铁路 in it
    text = (
        "基础设施项目4个,即投资8.19亿元的三原油库铁路专用线及配套设施项目、"
        "投资1.74亿元的高新区绿色食品工业园基础设施提质扩容工程。"
    )
    found = typed(nlp, text)
    assert ("三原油库铁路专用线及配套设施项目", "PROJECT") in found
    assert not any(name == "三原油库铁路" and label == "PLACE" for name, label in found)


def test_what_lies_near_an_expressway_is_not_made_a_project(nlp):
    # real-loc l03: the farm lies near the expressway; the line named so is no work
    text = "中埔鄉的公館農場台糖土地,近國3高速公路、82快速路;公館滯洪池工程預計今年完工。"
    found = typed(nlp, text)
    assert not any("國3高速公路" in name and label == "PROJECT" for name, label in found)
