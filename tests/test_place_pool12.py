"""Places of the kinds that recur on the pages of session 12's place pool (issue 14, audited in
``benchmarks/audits/s12-place``): a chain of divisions written by short forms and run into the
place below it ("某市短名+某区短名+某某镇"). Every town and village here is made up; the
divisions are real ones of the gazetteer, since the rule reads its tree.
"""

from __future__ import annotations

from test_located_loc3 import located
from test_place_forms import places


def test_a_chain_of_short_forms_before_a_town_is_one_place_each(nlp):
    found = places("成都双流青禾镇举办第三届油菜花节")
    assert {"成都", "双流", "青禾镇"} <= found and "成都双流青禾镇" not in found
    rels = located(nlp, "重庆万州白岩镇柑橘喜获丰收")
    assert ("白岩镇", "万州区") in rels or ("白岩镇", "万州") in rels


def test_a_chain_of_two_short_forms_alone_is_two_places():
    found = places("来自杭州萧山的客商纷纷前来考察")
    assert {"杭州", "萧山"} <= found and "杭州萧山" not in found


def test_a_short_form_outside_the_division_before_it_is_no_chain():
    # 古城区 lies in another city: "某市古城" is a site of the city, not two divisions
    from kg.nlp.entities.place_forms import division_chain, lies_in

    assert division_chain("大同市古城") is None
    assert not lies_in("古城", "大同市") and lies_in("萧山", "杭州")


def test_a_place_read_whole_takes_no_common_word_before_it():
    # a time word, an adjective, a class noun before a village or street the tagger read whole
    assert "柳湾村" in places("据了解,以前柳湾村各组之间照明条件参差不齐")
    assert "以前柳湾村" not in places("据了解,以前柳湾村各组之间照明条件参差不齐")
    found = places("工作组进驻项目村青凤村开展宣传")
    assert "青凤村" in found and "项目村青凤村" not in found
    assert "著名金英街" not in places("游客远眺著名金英街的老建筑")


def test_a_place_keeps_a_division_or_a_split_character_before_it():
    # the tagger may cut the county out of a park's name ("应|城市") or one character off the
    # name ("下|溪水库"): both stay in the name
    assert "下塘水库" in places("项目位于大有镇下塘水库上游")


def test_the_items_of_a_list_closed_by_a_count_of_villages_are_places():
    found = places("受灾区域包括青石村、白岭、红坡等3个村")
    assert {"青石村", "白岭", "红坡"} <= found
    # a count right after the last item, no 等: the item is cut from the count
    found = places("工作组走访了东坪、西冲2村的农户")
    assert {"东坪", "西冲"} <= found and "西冲2村" not in found


def test_a_count_that_is_not_the_lists_makes_no_places():
    # a count of another thing, a level word run on, no place among the items
    assert places("重点推进教育、卫生等5个村级项目") == set()
    assert "卫生" not in places("青石村、卫生院长等三个村干部到场")
    assert "部门" not in places("省直部门、长株潭三市代表出席")
