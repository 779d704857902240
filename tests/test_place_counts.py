"""Phrases that speak of a class or a count of places, not of one place, of the kinds that
recur on the pages of session 12's second place pool (issue 14, audited in
``benchmarks/audits/s12-place2``): a class word of villages standing alone ("建制村",
"旅游村") and a span that holds a count or a measure ("9县47乡", "8米太阳能主路"). Every
village, township and sentence here is made up.
"""

from __future__ import annotations

from test_place_forms import places


def test_a_class_word_of_villages_alone_is_no_place():
    assert "建制村" not in places("全县120个建制村全部通了客车,乡镇和建制村通硬化路率达到百分之百")
    found = places("该镇把青禾村打造成旅游村,吸引八方游客")
    assert "青禾村" in found and "旅游村" not in found
    assert "城中村" not in places("今年城中村改造工作有序推进")


def test_a_count_of_divisions_is_no_place():
    found = places("暴雨警戒分布在9县47乡186村,包括青禾乡石岭村")
    assert "石岭村" in found
    assert not {"9县47乡", "186村"} & found


def test_a_measure_or_a_count_before_a_head_is_no_place():
    assert not any("8米" in p for p in places("两村共新建8米太阳能主路路灯102盏"))
    assert not any("15条" in p for p in places("全市15条高速公路全部恢复通行"))
    assert not any("113年" in p for p in places("青禾社区荣获113年度全国社区优秀奖"))


def test_a_road_named_by_its_number_stays_a_place():
    # the number of a road is part of its name, no count
    assert "307国道" in places("307国道沿线的石岭村加快发展")


def test_the_level_word_of_we_county_is_no_part_of_a_town_after_it():
    # "我县|擂鼓镇" (s12-place2's left-alone, lead): the tagger reads the town alone, the head
    # word's left edge took the 县 of 我县 along
    found = places("我县青禾镇新建学校一所,本县东岭乡种植大豆")
    assert {"青禾镇", "东岭乡"} <= found and not {"县青禾镇", "县东岭乡"} & found


def test_a_count_in_chinese_numerals_or_a_determiner_is_no_place():
    # s13-place A: "某村、某村…某村五个村", "某村和某社区双村联动", "深入沿河各村": a class of villages
    found = places("青禾村、石岭村、东坪村三个村联合成立合作社,三村抱团发展")
    assert {"青禾村", "石岭村", "东坪村"} <= found
    assert not {"三个村", "三村"} & found
    found = places("此次活动实现石岭村和青禾社区双村联动")
    assert {"石岭村", "青禾社区"} <= found and "双村" not in found
    assert not any(p.endswith("各村") for p in places("镇干部深入沿河各村开展防汛巡查"))


def test_a_numeral_inside_a_village_name_stays():
    # the numeral of a name with its own stem is no count ("某庄三村")
    found = places("东坪三村和青禾二村新修了通组公路")
    assert {"东坪三村", "青禾二村"} <= found
    # a name made of numerals ("七二村", "三八村") is no count either
    assert "三八村" in places("石岭镇三八村新建了文化广场")


def test_a_kind_of_road_is_no_road():
    # s13-place B (read after its measure): roads named by their surface or their use
    found = places("青禾村新铺了柏油路,告别了坑洼土路;石岭村打通断头路,兴修通组路")
    assert {"青禾村", "石岭村"} <= found
    assert not any(p.endswith(("柏油路", "土路", "断头路", "通组路")) for p in found)
    assert not any(p.endswith("硬化路") for p in places("东坪乡所有建制村通硬化路"))
    # a road with a name of its own stays
    assert "青禾路" in places("石岭村位于青禾路东侧")


def test_a_quotation_before_a_place_is_no_part_of_it():
    # s13-place A: headlines that open with a quoted phrase before the village
    found = places("“山水人家”青禾村:老村换新颜")
    assert "青禾村" in found
    assert not any("山水人家" in p for p in found)
