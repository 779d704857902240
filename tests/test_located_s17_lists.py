"""``located_in`` of the projects and firms a place's list counts (issue 14, session 17,
audited in ``benchmarks/audits/s17-firmloc``).

* A sentence that speaks back of the event the sentence before reports ("…集中签约仪式在某县
  政府举行。此次签约的8个项目包括A、B"; "此次集中开工项目共12项，…，包括A、B") places the
  projects it lists in the event's place: the division opening the event's name after its date,
  else the place it was held in (在…举行).
* A count may follow its noun ("某县此次开工项目3个，分别是A、B"), and a count of firms ("某县
  参展企业共有4家，分别是A、B") lists companies, named with or without a company head.
* A county opening the first item of a list that 等 closes places every item ("某县A项目、B项目
  等"); a province there is that item's own: it places no other item.

The sentences and firms are made up; the counties are real divisions (the rules read the
gazetteer).
"""

from __future__ import annotations

from conftest import built_located


def test_projects_of_the_county_event_named_before():
    got = built_located(
        "今天上午,2022年涞源县春季重点项目集中开工仪式在涞源县银坊镇某某项目现场举行。"
        "此次集中开工项目共8项,其中市重点项目两个,总投资3.5亿元,"
        "包括丰源塑料包装制品项目、县城地下管网改造项目、县污水处理厂提标改造工程等项目。"
    )
    assert ("丰源塑料包装制品项目", "涞源县") in got
    assert ("县城地下管网改造项目", "涞源县") in got
    # the venue's town is where the ceremony was, not where each project is
    assert ("丰源塑料包装制品项目", "银坊镇") not in got


def test_projects_of_an_event_held_in_a_county_after_its_guests():
    got = built_located(
        "5月8日,总投资20亿元的新能源项目合作协议签约仪式在江西省崇仁县县行政中心举行。"
        "县委书记王某某出席签约仪式。\n"
        "据了解,这次签约的两个项目分别是青松集团投资12亿元建设的农光互补光伏电站项目、白杨公司建设的储能电站项目。"
    )
    assert ("农光互补光伏电站项目", "崇仁县") in got
    assert ("储能电站项目", "崇仁县") in got


def test_a_listed_project_naming_another_division_is_left():
    got = built_located(
        "2023年涞源县第二批项目集中签约仪式在县政府举行。"
        "此次签约的6个项目包括青松食品加工项目、保定市满城区白杨物流园项目。"
    )
    assert ("青松食品加工项目", "涞源县") in got
    assert not any(h.endswith("白杨物流园项目") and t == "涞源县" for h, t in got)


def test_no_event_before_places_nothing():
    got = built_located(
        "记者从县发改局获悉,全县经济运行平稳。此次集中开工的5个项目包括青松食品加工项目、白杨物流园项目。"
    )
    assert not any(h in ("青松食品加工项目", "白杨物流园项目") for h, _ in got)


def test_a_count_after_its_noun_introduces_the_list():
    got = built_located("涞源县此次开工项目3个,分别是青松食品加工项目、白杨物流园项目、金穗面粉厂扩建项目。")
    assert {("青松食品加工项目", "涞源县"), ("白杨物流园项目", "涞源县"), ("金穗面粉厂扩建项目", "涞源县")} <= got


def test_a_count_of_firms_lists_companies():
    got = built_located(
        "据招商局介绍,此次滦平县参展企业共有4家,分别是青禾实业、云杉农业、白桦食品有限公司、金穗种植专业合作社。"
    )
    assert {
        ("青禾实业", "滦平县"),
        ("云杉农业", "滦平县"),
        ("白桦食品有限公司", "滦平县"),
        ("金穗种植专业合作社", "滦平县"),
    } <= got


def test_a_park_opening_the_count_holds_the_projects_listed_further_on():
    got = built_located(
        "青禾生态产业园集中开工的项目有6个,计划总投资3亿元,其中工业项目3个,计划总投资2亿元,"
        "分别是白杨木业加工项目、金穗面粉加工项目、青松包装材料项目。"
    )
    assert {
        ("白杨木业加工项目", "青禾生态产业园"),
        ("金穗面粉加工项目", "青禾生态产业园"),
        ("青松包装材料项目", "青禾生态产业园"),
    } <= got


def test_part_counts_after_the_county_count_list_its_projects():
    got = built_located(
        "据了解,涞源县此次集中开工项目3个,总投资5亿元。涵盖工业项目1个,即投资2亿元的白杨木业加工项目;"
        "基础设施项目2个,即投资1亿元的县城供水管网改造工程、投资2亿元的城南道路改造工程。"
    )
    assert {
        ("白杨木业加工项目", "涞源县"),
        ("县城供水管网改造工程", "涞源县"),
        ("城南道路改造工程", "涞源县"),
    } <= got


def test_a_city_opening_the_count_places_nothing_by_this_rule():
    # a prefecture's list spans its counties: the rule reads counties, towns, villages and parks
    got = built_located("保定市此次集中开工项目2个,分别是白杨木业加工项目、金穗面粉加工项目。")
    assert ("白杨木业加工项目", "保定市") not in got


def test_a_province_opening_a_list_places_only_its_own_item():
    # "某县A项目、B项目等": the county holds the list; a province opening the first item is that
    # item's own (a province-wide list, or the origin of its firm)
    got = built_located(
        "大会现场发布了总投资30亿元的河北青松产能置换项目、白杨独立储能示范项目、金穗高端汽车模具项目等5个项目。"
    )
    assert ("白杨独立储能示范项目", "河北省") not in got
    assert ("金穗高端汽车模具项目", "河北省") not in got
    got = built_located("签约仪式上,安徽青禾农业、上海白杨科技、安徽金穗桥梁等十余家企业与该县共签约项目15个。")
    assert ("上海白杨科技", "安徽省") not in got


def test_a_county_opening_a_list_still_places_each_item():
    got = built_located("涞源县白杨物流园项目、金穗面粉加工项目等3个项目开工。")
    assert ("金穗面粉加工项目", "涞源县") in got
