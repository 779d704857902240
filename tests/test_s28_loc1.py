"""``located_in`` kinds of session 28 (s28-loc1: heads that are bodies, firms, zones), on
sentences of the tuning pages:

- a level's body the tokenizer cut from the place written before it ("开原|市委书记", "且末|县委",
  "那曲|市委") is in that place (``place_prefix`` via ``located_cut.cut_body_place``;
  real-pages-15 g04, -22 o02, -32 t11); a bare 市委 with no place before it stays unplaced;
- the mention written right after a prefixed name is read past the name's nested prefix
  ("柳城县工业园区|河西片区": the zone's part is in the zone; ``located_cut.mention_before``;
  real-pages-33 u10), not the nested prefix itself ("义县|七里河工业园区": no 七里河 in 义县);
- the towns, villages and parks that open the stops of a trip in a sentence a county frames
  ("在泾源县,X察看…香水镇卡子村…、米岗村…") are in the county (``place_opener`` via
  ``located_trip.framed_places``; real-pages-32 t04, -33 u06, -15 g02), not those after another
  county the sentence names;
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


def test_the_towns_of_a_trip_a_county_frames_are_in_the_county(nlp):
    # real-pages-32 t04: the stops after "在彭阳县" are 彭阳县's, not 泾源县's
    got = located_pairs(
        nlp,
        "在泾源县,滑志敏实地察看泾源县大湾乡绿塬村共享储能电站、香水镇卡子村闽宁协作产业示范园、米岗村农旅融合产业示范区、"
        "泾河源镇底沟村高标准农田、轻工产业园肉牛精深加工等项目建设情况;在彭阳县调研白阳镇阳洼村肉牛“出户入园”养殖园区、"
        "古城镇温沟村设施农业示范园。",
    )
    assert {("香水镇", "泾源县"), ("米岗村", "泾源县"), ("泾河源镇", "泾源县")} <= got
    assert ("卡子村", "泾源县") not in got  # the village after its town is the town's
    assert ("白阳镇", "泾源县") not in got and ("古城镇", "泾源县") not in got


def test_the_towns_and_parks_of_a_county_trip_are_in_the_county(nlp):
    # real-pages-33 u06, real-pages-15 g02 (traditional on the page)
    got = located_pairs(
        nlp,
        "在定远县,高文冬一行在西卅店镇召开了脱贫攻坚推进会,调研了县经开区的标准化厂房,西卅店镇的众兴菌业、肉羊养殖扶贫项目。",
    )
    assert ("西卅店镇", "定远县") in got and ("县经开区", "定远县") in got
    got = located_pairs(
        nlp,
        (
            "在蘭西縣,藍紹敏來到紅光鎮劉家大院採摘園、北旺食品有限公司、哈三聯制藥有限公司、眾合鑫成新材料有限公"
            "司、藍之潤生物科技有限公司、黃崖子民俗村和榆林食品工業園區、哈達農産品國際物流園,了解蔬果種植、肉類"
            "加工、藥品生産、新型材料、大豆加工、文旅融合、園區建設、冷鏈物流等情況。"
        ),
    )
    assert ("红光镇", "兰西县") in got and ("榆林食品工业园区", "兰西县") in got
