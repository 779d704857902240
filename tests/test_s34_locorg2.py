"""``located_in`` around a park written inside a project's name (s34-locorg2): a park followed by a
link road ("某区|某某工业园区|西南向联外道路工程") is the end the road runs out from. The road is
not in the park, and the place written before the park places the road, not the park; a project
of any other kind after the park stays in it, and the park in the place.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_link_road_out_of_a_park_is_in_the_county_not_in_the_park(nlp):
    road = "沐川县中部工业园区联外道路工程"
    got = located_pairs(nlp, f"记者获悉,{road}今日正式通车。")
    assert (road, "沐川县") in got
    assert (road, "中部工业园区") not in got
    assert ("中部工业园区", "沐川县") not in got


def test_a_project_after_a_park_is_in_the_park_and_the_park_in_the_county(nlp):
    project = "沐川县中部工业园区标准厂房项目"
    got = located_pairs(nlp, f"记者获悉,{project}今日正式开工。")
    assert (project, "中部工业园区") in got
    assert ("中部工业园区", "沐川县") in got
