"""``located_in`` false facts of session 30 (s30-locfp), on sentences of the tuning pages:

- a project whose name opens with a road, railway or square is not placed in it (``place_prefix``:
  real-pages-37 a05, -20 l04, -14 n02, real-place2 p12); a hotel on a street (the seeds) and a
  project in a park (real-place2 p12) still are.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_project_opening_with_a_road_or_square_is_not_placed_in_it(nlp):
    # real-pages-37 a05
    text = (
        "当天集中开工的北区雨水排放工程,银西铁路庆阳站站前广场及交通枢纽项目,"
        "东区污水处理厂尾水排放及兰州东路雨水排放工程,城市生活垃圾填埋场改建工程等15个重点项目,总投资22.7亿元。"
    )
    got = located_pairs(nlp, text)
    assert not any(t.endswith(("兰州东路", "站前广场")) for _h, t in got), got
    # real-pages-20 l04
    text = "9月15日上午,农安县举行2023年秋季项目集中开工暨中宏广场商业综合体项目建设启动仪式。"
    got = located_pairs(nlp, text)
    assert not any(t == "中宏广场" for _h, t in got), got
    # real-place2 p12: a road's section
    text = "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、凤凰生态公园提档升级建设项目等。"
    assert not any(t == "顺蓬营一级公路" for _h, t in located_pairs(nlp, text))


def test_a_hotel_on_a_street_and_a_project_in_a_park_are_still_placed(nlp):
    # seeds 000: an ORG on the street is there
    got = located_pairs(nlp, "6月28日，记者在兴平街丽芮酒店东侧看到，大量砂石物随意堆放在非机动车道上。")
    assert ("丽芮酒店", "兴平街") in got or ("兴平街丽芮酒店", "兴平街") in got, got
    # real-place2 p12: a park's project lies in the park
    text = (
        "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、凤凰生态公园提档升级建设项目、"
        "相如湖国家旅游度假区游客接待中心等。"
    )
    got = located_pairs(nlp, text)
    assert ("凤凰生态公园提档升级建设项目", "凤凰生态公园") in got, got
