"""``located_in`` of a trip's stops named in the sentences after the trip's own (s32-trips):
"X到某县调研。…陪同调研。调研组先后深入A、B…" -> A in 某县 (``trip_scope``,
located_trip_scope.py), on sentences of the tuning pages. The annotators mark these facts
optional (the evidence names the stop, not the place: GUIDE.md), so the rule moves no score;
the tests pin what it reads and where its scope ends.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_stop_two_sentences_after_the_trip_is_in_the_place_of_the_trip(nlp):
    # real-pages-10 y03: "开展专题调研" (the kind of work before the verb), the accompanying
    # officials' sentence between the trip and its stops
    got = located_pairs(
        nlp,
        "6月21日,省发展改革委党组成员、副主任翟建军带领调研组在静宁县开展专题调研。平凉市政府副市长王锦,"
        "市发展改革委主任郑忠锋,静宁县委书记何鹏峰,县委副书记、县政府县长王蕾,县委常委、县政府常务副县长"
        "靳智德等陪同调研。\n\n调研组先后深入静宁工业园区农副产品加工产业园、引洮供水二期配套静宁县城乡供水工程"
        "及净水厂工程等地,详细了解静宁县上半年经济运行情况。",
    )
    assert ("静宁工业园区农副产品加工产业园", "静宁县") in got


def test_the_stops_after_a_titled_trip_are_in_its_county(nlp):
    # real-pages-14 n01: the trip named in the title, the stops after "考察中,考察团一行先后来到"
    got = located_pairs(
        nlp,
        "清徐县党政考察团在交城县考察交流学习\n\n"
        "11月22日上午,清徐县委书记王剑峰带队的考察团来到交城县,就创优营商环境助力企业发展进行考察交流。\n\n"
        "考察中,考察团一行先后来到山西美锦煤化工制氢有限公司、吕梁杭氧气体有限公司、山西新天源药业有限公司、"
        "磁窑古村等地,通过实地考察观摩、听取相关情况介绍和现场交流的方式,详细了解企业发展情况。",
    )
    assert ("吕梁杭氧气体有限公司", "交城县") in got
    assert ("山西新天源药业有限公司", "交城县") in got


def test_another_place_before_the_stops_ends_the_trip(nlp):
    # real-pages-28 d11: the first stop sentence names a road of its own before its stops; the
    # later stops (named by their city, gold 佳木斯) are not the 郊区 trip's
    got = located_pairs(
        nlp,
        "5月16日下午,省交投集团党委书记、董事长尚云龙带队一行到郊区调研考察项目。市人大常委会副主任、"
        "郊区委书记冯甲伟,郊区委副书记、区长董秋实陪同调研。\n\n五月的郊区春意盎然、风景如画。调研组沿郊区"
        "38公里西线旅游路先后来到敖其湾赫哲族风景区、达勒国家森林公园和卧佛山滑雪场等地实地考察文旅项目建设。"
        "\n\n随后,调研组来到龙江交投佳木斯国际物流港、佳木斯数字创意产业园项目现场,详细了解项目总体规划。",
    )
    assert ("龙江交投佳木斯国际物流港", "郊区") not in got
