"""Places of the kinds that recur on the pages of session 12's place pool (issue 14, audited in
``benchmarks/audits/s12-place``): a chain of divisions written by short forms and run into the
place below it ("某市短名+某区短名+某某镇"), also where no gazetteer lists the opening (a Taiwan
county named alone elsewhere in the article). Every town and village here is made up; the
divisions are real ones of the gazetteer, since the rule reads its tree.
"""

from __future__ import annotations

from conftest import located_pairs
from test_place_forms import places


def test_a_chain_of_short_forms_before_a_town_is_one_place_each(nlp):
    found = places("成都双流青禾镇举办第三届油菜花节")
    assert {"成都", "双流", "青禾镇"} <= found and "成都双流青禾镇" not in found
    rels = located_pairs(nlp, "重庆万州白岩镇柑橘喜获丰收")
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


def test_a_short_form_no_gazetteer_lists_before_a_township_the_article_names_alone(nlp):
    # Taiwan's counties and townships are in no installed gazetteer: the opening is a division
    # when the article names it as a place on its own (the townships here are made up)
    found = places("台风过后,花莲多处道路中断,花莲青溪乡部分村落成为孤岛")
    assert {"花莲", "青溪乡"} <= found and "花莲青溪乡" not in found
    found = places("县长来到屏东云岭乡视察,屏东民众欢迎")
    assert "云岭乡" in found and "屏东云岭乡" not in found
    assert ("云岭乡", "屏东") in located_pairs(nlp, "县长来到屏东云岭乡视察,屏东民众欢迎")


def test_an_opening_the_article_never_names_alone_or_a_road_stays_one_name():
    from kg.nlp.entities.place_forms import division_then_place

    assert division_then_place("青岚云岭乡") is None  # no gazetteer division, no evidence
    assert division_then_place("207国道新丰镇", frozenset({"207国道"})) is None  # a town on a road
    assert division_then_place("青岚中山路社区", frozenset({"青岚"})) is None  # named by its road
    assert division_then_place("青岚度假村", frozenset({"青岚", "青岚度假村"})) is None  # a resort
    assert division_then_place("屏东云岭乡", frozenset({"屏东", "云岭乡"})) == 2


def test_a_township_the_tagger_calls_a_body_before_its_office_is_the_township():
    # "某县某某乡/ORG|公所": the body is the township's office, the township a place
    from kg.nlp.entities.statistical import statistical_candidates
    from kg.nlp.words import words_of

    words = words_of([("云林县青溪乡", "ORG"), ("公所", "n"), ("举办", "v"), ("活动", "n")])
    text = "".join(w.text for w in words)
    found = {(text[c.start : c.end], c.label) for c in statistical_candidates(words)}
    assert ("云林县青溪乡公所", "ORG") in found and ("云林县青溪乡", "ORG") not in found
