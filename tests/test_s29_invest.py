"""Session 29 (s29-invest): ``invests_in`` where a class of rank or kind ("世界500强企业、",
"中国500强企业") or the group that owns the firm ("某商会旗下") stands between the slot word (由, 与)
and the investor, where the partner is named with the work it shares ("与X合作的P"), and where a
note in brackets, a joining word (则) or a word of planning (规划) stands between the investor that
builds and its verb. Sentences from the tuning pages real-pages-32 t12, real-pages-30 r01,
real-pages-35 w09, real-pages-26 b04, real-pages-15 g07, real-pages-23 f04 and real-meet q03
(kg/nlp/relations/invest_slots.py, kg/nlp/relations/invests_in.py, kg/nlp/investors.py)."""

from __future__ import annotations

from test_project_clauses import investors


def test_an_owner_and_its_firm_after_you_both_invest(nlp):
    # real-pages-32 t12: "由某商会旗下某公司投资建设": the gold names both; the firm after 旗下 was missed
    got = investors(
        nlp,
        "据悉,公共服务区建设项目由深圳紫金商会旗下紫金县龙和汇联合投资发展有限公司投资建设,计划总投资8亿元,"
        "用地面积约26万平方米,主要经营厂房、宿舍、住宅小区、商业街铺、办公楼等项目的建设、出租和销售。",
    )
    assert ("紫金县龙和汇联合投资发展有限公司", "公共服务区建设项目") in got
    assert ("深圳紫金商会", "公共服务区建设项目") in got


def test_a_ranked_class_before_the_partner_of_a_shared_work(nlp):
    # real-pages-30 r01 (traditional script): "與世界500強企業、|正威集團合作的P"
    got = investors(nlp, "曹妃甸區與世界500強企業、正威集團合作的裝備製造及系列産業項目,計劃投資約300億元。")
    assert got == {("正威集团", "装备制造及系列产业项目")}


def test_a_class_of_firms_with_no_name_after_it_invests_in_nothing(nlp):
    # real-pages-15 g07: the class is the partner itself, no firm is named
    got = investors(
        nlp,
        "据了解,此次阿荣旗与各个行业的领军企业签约的15个项目,涵盖国计民生,事关经济发展,"
        "其中新绿色有机农业、可循环再利用发展、生态观光现代农业、全域治理等项目占比较大。",
    )
    assert got == set()
    # real-pages-23 f04: 旗下 with no investing clause; real-meet q03: 合作的 with no project after it
    got = investors(nlp, "省供销社愿与蚌埠加强对接,进一步拓展合作领域,发动旗下更多优质企业来蚌投资创业,共享发展成果。")
    assert got == set()
    got = investors(nlp, "会议研究在全市选取部分楼宇作为“飞地经济”承接载体,研究探索与外域地区合作的新方式。")
    assert got == set()


def test_a_joining_word_or_a_bracket_and_a_plan_before_the_verb_of_the_firm_that_builds(nlp):
    # real-pages-35 w09 (traditional): "某公司則投資4.5億元,建設P"
    got = investors(nlp, "北京中航長力新能源科技有限公司則投資4.5億元,建設新能源電動汽車用鋅空氣動力電池項目。")
    assert got == {("北京中航长力新能源科技有限公司", "新能源电动汽车用锌空气动力电池项目")}
    # real-pages-26 b04 (traditional): "某公司(某地—某地)規劃在某縣建設P"
    got = investors(
        nlp,
        "據悉,國家電投集團寧夏能源鋁業有限責任公司(鹽池—寧東)規劃在鹽池縣建設900MW光伏新能源基地,"
        "項目按照“降碳減排、綠電替代、光伏復合”原則,以新能源發電替代部分火電電量。",
    )
    assert got == {("国家电投集团宁夏能源铝业有限责任公司", "900MW光伏新能源基地")}
