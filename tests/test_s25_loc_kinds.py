"""``located_in`` kinds of session 25 (s25-loc), from the errors of the general real-pages sets:

- a project named after the park it builds ("某某产业园建设项目", "某某工业园基础设施提质扩容工程") is
  that park's building, not a project inside the park (``park_in_name``, which still reads the
  park as a place; real-pages-5, -10, -12, -17, -19);
- a project or a site whose name opens with the short form of a town the article names in full
  ("织某童装产业园二期项目" with 织某镇, "峨某古盐田" with 峨某镇) is in that town
  (``town_short_opening``, kg/nlp/relations/located_town_forms.py; real-pages, real-pages-21);
- a federation or an association named by Hong Kong's or Macau's name ("澳门某某联合会") is in the
  region, as the region's bureaus are (``place_in_name``'s region bodies; real-pages-14, -19).

The towns, parks, firms and associations are made up.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_that_builds_its_park_is_not_in_the_park(nlp):
    got = located_pairs(
        nlp,
        "3月2日上午,全县二季度重点项目集中开工。投资2亿元的青禾智能装备产业园建设项目同时开工。",
    )
    assert ("青禾智能装备产业园建设项目", "青禾智能装备产业园") not in got


def test_a_company_that_a_park_opens_is_still_in_the_park(nlp):
    got = located_pairs(nlp, "3月2日上午,王建新来到青禾智能装备产业园恒岳机械有限公司,察看生产线。")
    assert ("青禾智能装备产业园恒岳机械有限公司", "青禾智能装备产业园") in got


def test_a_town_short_form_opens_a_project_and_a_site(nlp):
    got = located_pairs(
        nlp,
        "11月29日上午,澄桥童装产业园二期项目正式开工。项目的实施有利于推进澄桥镇小城市综合改革试点工作。"
        "调研组还走访了澄桥古盐田等地。",
    )
    assert ("澄桥童装产业园二期项目", "澄桥镇") in got
    assert ("澄桥古盐田", "澄桥镇") in got


def test_no_town_named_in_full_places_nothing(nlp):
    got = located_pairs(nlp, "11月29日上午,澄桥童装产业园二期项目正式开工。调研组还走访了晴川镇。")
    assert not any(h.startswith("澄桥") for h, _t in got)


def test_a_macau_federation_is_in_macau(nlp):
    got = located_pairs(nlp, "经济财政司司长昨日继续拜访社团,上午到访澳门制衣商联合会,听取意见。他表示澳门经济稳定。")
    assert ("澳门制衣商联合会", "澳门") in got
