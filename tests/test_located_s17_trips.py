"""``located_in`` of the stops of an inspection trip named in the sentence after the trip's
(issue 14, session 17, audited in ``benchmarks/audits/s17-lists2``): the trip's place may follow
来 or 前往 and what the place is to the visitors ("前往扶贫联系点某县调研"); the next sentence,
opened by the travellers (一行, 大家), names the stops after 先后实地走访, 首先来到 and the like.

The sentences, persons and firms are made up; the counties are real divisions (the rules read
the gazetteer).
"""

from __future__ import annotations

from conftest import built_located


def test_stops_of_a_trip_that_comes_to_the_county():
    got = built_located(
        "5月6日,市政协主席王立群来霍山县走访调研,县政协主席陪同。"
        "王立群一行先后来到安徽青松竹业有限公司、霍山明辉电子有限公司,详细了解企业生产经营情况。"
    )
    assert ("安徽青松竹业有限公司", "霍山县") in got
    assert ("霍山明辉电子有限公司", "霍山县") in got


def test_stops_after_a_visit_with_a_word_between_verb_and_place():
    got = built_located(
        "4月3日,副省长赵文海前往扶贫联系点镇坪县调研产业发展。"
        "赵文海一行先后深入华源茶叶种植示范基地、秦巴山珍加工厂项目进行调研。"
    )
    assert ("华源茶叶种植示范基地", "镇坪县") in got


def test_stops_after_a_field_visit_word_and_first_stop():
    got = built_located(
        "6月2日,市委常委刘建明一行赴武义县走访调研企业,县领导陪同。"
        "刘建明一行先后实地走访了浙江青禾工贸有限公司、武义鼎盛五金有限公司。"
    )
    assert ("浙江青禾工贸有限公司", "武义县") in got
    got = built_located(
        "3月9日,市人大常委会副主任孙玉明到凤台县视察重点项目建设。"
        "孙玉明一行首先来到凤台华新纸业扩建项目现场,听取项目进展汇报。"
    )
    assert ("凤台华新纸业扩建项目", "凤台县") in got


def test_a_stop_list_not_opened_by_the_travellers_places_nothing():
    # The next sentence's subject is a body of its own, not the trip's group: no stop of the trip.
    got = built_located(
        "5月6日,市政协主席王立群来霍山县走访调研。市发改委先后来到安徽青松竹业有限公司、霍山明辉电子有限公司开展服务。"
    )
    assert ("安徽青松竹业有限公司", "霍山县") not in got


def test_projects_listed_after_a_time_word_in_the_county_that_held_the_event():
    # The county opens the event's sentence and holds it; the list speaks back of it with a time
    # word and no count.
    got = built_located(
        "3月8日上午,黟县举行2024年第一季度重点项目集中开工仪式。县委书记出席开工仪式并宣布项目开工。"
        "今天集中开工项目分别是:徽山茶叶精深加工项目、碧溪田园综合体项目,总投资12亿元。"
    )
    assert ("徽山茶叶精深加工项目", "黟县") in got
    assert ("碧溪田园综合体项目", "黟县") in got


def test_projects_of_this_event_listed_with_no_count():
    got = built_located(
        "5月9日上午,宁陵县举行重大项目集中开工仪式。本次集中开工项目共20个,总投资50亿元。"
        "据了解,本次集中开工的重大项目包括恒通冷链物流园项目、城南污水处理厂建设项目等。"
    )
    assert ("恒通冷链物流园项目", "宁陵县") in got
    assert ("城南污水处理厂建设项目", "宁陵县") in got
