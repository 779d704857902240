"""``located_in`` of places missed in session 32 (s32-locplace), on sentences of the tuning pages:

- a park or part of a zone named right after the zone holding it ("某某经济开发区|某某园区内",
  "某某开发区|软体|创意园、", "某某工业园区|临空综合经济园", "某某经济开发区|临港|经济|板块,"): no
  source read the part; ``kg/nlp/entities/zone_parts.py`` makes it a place, and the relation stage
  places it in the zone right before it.
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_park_named_right_after_its_zone(nlp):
    # real-pages-29 e02: 彰教 is a place word of this sentence only (name_before_area refused it)
    got = located_pairs(
        nlp,
        "邵氏锌硒茶酒是凤冈农业产业化星火计划项目,设在凤冈经济开发区彰教园区内,预计总投资5亿元以上,"
        "茶园种植面积达1万亩。",
    )
    assert ("彰教园区", "凤冈经济开发区") in got


def test_a_visited_park_with_a_head_no_place_word_holds(nlp):
    # real-pages-28 d06 (traditional): 创意园 is no place head; the zone before it names the park's place
    got = located_pairs(
        nlp,
        "視察中,市人大代表先後到武清開發區軟體創意園、丹佛斯天津有限公司、天津市三宇車體制造、翠亨路等地實地視察。",
    )
    assert ("软体创意园", "武清开发区") in got  # (the article is read in simplified characters)
    # real-pages-26 b08: the tagger reads the park as one place word after the zone's
    got = located_pairs(
        nlp,
        "张建民一行先后来到海东工业园区临空综合经济园和乐都区朝阳山兰青线乐都至杏园段局部线路改建工程施工现场。",
    )
    assert ("临空综合经济园", "海东工业园区") in got


def test_a_part_whose_stem_holds_a_place_word(nlp):
    # real-pages p07: 临港 alone was read as a place (false); the part is 临港经济板块
    got = located_pairs(
        nlp,
        "启迪生物医药产业园项目由广东启迪集团投资建设,落户广海湾经济开发区临港经济板块,着力打造生物医药全产业链。",
    )
    assert ("临港经济板块", "广海湾经济开发区") in got
    assert ("临港", "广海湾经济开发区") not in got


def test_a_park_that_opens_a_project_name_is_left_to_the_project(nlp):
    # real-pages-13 m08: "某开发区|临港|产业园,": kg reads the project whole with its zone (the gold's alias);
    # no second place is cut out of it
    got = located_pairs(nlp, "项目位于团风经济开发区临港产业园,计划总投资20亿元,占地面积713亩。")
    assert ("临港产业园", "团风经济开发区") not in got
    assert ("团风经济开发区临港产业园", "团风经济开发区") in got
