"""``located_in`` kinds of session 28 (s28-loc1: heads that are bodies, firms, zones), on
sentences of the tuning pages:

- a level's body the tokenizer cut from the place written before it ("开原|市委书记", "且末|县委",
  "那曲|市委") is in that place (``place_prefix`` via ``located_cut.cut_body_place``;
  real-pages-15 g04, -22 o02, -32 t11); a bare 市委 with no place before it stays unplaced;
- the mention written right after a prefixed name is read past the name's nested prefix
  ("柳城县工业园区|河西片区": the zone's part is in the zone; ``located_cut.mention_before``;
  real-pages-33 u10), not the nested prefix itself ("义县|七里河工业园区": no 七里河 in 义县);
- a branch named by its place after its parent's name ("德阳银行|什邡|支行", "中国银行|信阳|分行") is
  in that place, not in its parent's (``located_cut.branch_facts``; real-pages-31 s11, -18 j05,
  -24 w06).
"""

from __future__ import annotations

from conftest import located_pairs


def test_a_body_cut_from_its_place_is_in_the_place(nlp):
    # real-pages-32 t11: LAC reads "那曲市委书记" without the place
    got = located_pairs(nlp, "8月3日下午,那曲市委书记庄劲松与华电集团有限公司党组副书记、董事祖斌座谈。")
    assert ("市委", "那曲") in got


def test_a_county_committee_cut_from_its_county_is_in_the_county(nlp):
    # real-pages-15 g04: "且末" read as a conjunction
    got = located_pairs(
        nlp,
        "且末县财政收入进入低谷期,但且末县工业、矿业发展逐步进入建设期,且末县委、政府及各族人民应当坚定信心,"
        "强力推进新型工业化,不断增强县域经济的实力。",
    )
    assert ("县委", "且末") in got


def test_a_bare_committee_stays_unplaced(nlp):
    # real-pages-32 t11: "市委" with no place written before it (GUIDE: optional)
    got = located_pairs(nlp, "庄劲松首先代表市委、市政府对中国华电集团有限公司一行工作组的到来表示热烈欢迎。")
    assert not any(h in ("市委", "市政府") for h, _t in got)


def test_a_zone_part_written_after_the_zone_is_in_it(nlp):
    # real-pages-33 u10 (traditional on the page)
    got = located_pairs(
        nlp,
        "2月20日上午,在廣西柳州市柳城縣工業園區河西片區,柳城縣舉行2023年一季度重大項目集中開竣工儀式,"
        "共有46個項目集中開竣工。",
    )
    assert ("河西片区", "柳城县工业园区") in got
    assert ("柳城县工业园区", "柳城县") in got


def test_a_site_opening_a_parks_name_is_not_placed_in_the_county_before_it(nlp):
    # real-loc l10: the gold places the park in 义县, not the river 七里河
    got = located_pairs(nlp, "正月初三上午,记者来到义县七里河工业园区,感受着春节假期的“义县速度”。")
    assert ("七里河", "义县") not in got


def test_a_bank_branch_named_by_a_city_is_in_the_city(nlp):
    # real-pages-18 j05: the gold places the branch in 信阳
    got = located_pairs(
        nlp,
        "中国管理科学研究院高级管理人才培训中心主任董英豪,中国银行信阳分行行长李慧勇和我县领导周哲、余国芳等出席签约仪式。",
    )
    assert ("中国银行信阳分行", "信阳") in got


def test_a_bank_branch_is_in_the_place_its_name_writes_before_its_head(nlp):
    # real-pages-31 s11: the gold places both branches in 什邡市, neither in 德阳
    got = located_pairs(
        nlp,
        "同时,四川九创投资有限公司分别与工商银行什邡支行、德阳银行什邡支行代表签订了总额10亿元的战略合作协议。",
    )
    assert ("工商银行什邡支行", "什邡") in got
    assert not any(h.endswith("支行") and t.startswith("德阳") for h, t in got)


def test_a_branch_named_by_a_province_is_not_placed_in_its_parents_city(nlp):
    # real-pages-24 w06: the branch is no firm of 东营市 (the gold places it in 新疆, optional)
    got = located_pairs(
        nlp,
        "张卫华一行先后实地察看了日处理污水2万吨污水处理厂建设,东营市东源新型建材有限公司新疆分公司总投资1.86亿元的"
        "SAP保温板.天然真石漆等建材项目。",
    )
    assert not any(h.endswith("新疆分公司") and t.startswith("东营") for h, t in got)
