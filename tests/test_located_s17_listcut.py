"""A list of projects that 等 closes, whose first item opens with the county, places its items
in the county, and a list ends at what is no item (``benchmarks/audits/s17-listintro``). The
firms a trip to a park or zone visits are in that zone, as those of a trip to a county are in
the county. Every name here is made up; the county is the gazetteer's. (The round's other
kind, a list going on past an item the entity stage cut at its front, was on one tuning page
and no page of its pool: not taken.)"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import located_pairs

from kg.nlp.relations.located_listed import listed_after


def _view(text: str, names: list[str]) -> SimpleNamespace:
    """A stand-in for the relation stage's view: one sentence, a PROJECT mention per name."""
    mentions = []
    for n in names:
        start = text.index(n)
        mentions.append(SimpleNamespace(start=start, end=start + len(n), label="PROJECT", attrs={}))
    return SimpleNamespace(
        article=SimpleNamespace(text=text),
        mentions=mentions,
        of_type=lambda k, *labels: [i for i, m in enumerate(mentions) if m.label in labels],
    )


def test_a_list_still_ends_at_what_is_no_item():
    # a clause between two names ends the list: the names after it are not its items
    text = "其中安泽县联科机械生产线项目、东岭花卉产业园项目,另有县城供水改造工程项目等待审批。"
    view = _view(text, ["安泽县联科机械生产线项目", "东岭花卉产业园项目", "县城供水改造工程项目"])
    assert listed_after(view, 0, 0) == []
    text = "其中安泽县联科机械生产线项目、东岭花卉产业园项目、以及由外地企业投资的青禾茶叶加工项目等4个项目。"
    view = _view(text, ["安泽县联科机械生产线项目", "东岭花卉产业园项目", "青禾茶叶加工项目"])
    assert listed_after(view, 0, 0) == []


def test_a_county_opening_the_first_item_after_qizhong_places_the_list(nlp):
    found = located_pairs(
        nlp,
        "30个招商项目现场签约,其中安泽县联科机械自动化生产线项目、鑫荣花卉产业园项目、"
        "佳美日化用品制造项目、青禾茶叶加工项目等4个项目成功签约。",
    )
    # (an item opened by a site name of its own, "东岭花卉产业园项目", keeps its own place since
    # s29-place reads such sites: tests/test_s29_place.py)
    assert {
        ("鑫荣花卉产业园项目", "安泽县"),
        ("佳美日化用品制造项目", "安泽县"),
        ("青禾茶叶加工项目", "安泽县"),
    } <= found


def test_the_firms_a_trip_to_a_zone_visits_are_in_the_zone(nlp):
    found = located_pairs(
        nlp,
        "6月3日,县长李卫东到城南经济开发区调研。李卫东一行先后走访了华峰纺织有限公司、金源食品有限公司和宏达机械有限公司。",
    )
    assert {("华峰纺织有限公司", "城南经济开发区"), ("宏达机械有限公司", "城南经济开发区")} <= found
    # a zone the sentence only names in passing is no trip's place
    found = located_pairs(
        nlp, "6月3日,城南经济开发区召开会议。会后,县长李卫东先后走访了华峰纺织有限公司和金源食品有限公司。"
    )
    assert ("华峰纺织有限公司", "城南经济开发区") not in found
