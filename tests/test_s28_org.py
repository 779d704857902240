"""Session 28 (s28-org): organisations on unseen real pages.

Kinds read on the general tuning sets' errors (``benchmarks/audits/s28-org/``):

* a supervision, liaison or discipline group named by its leader's post is a body
  ("省第二督查组副组长", "…纪检监察组组长"; ``org_suffixes``), and a group the commission
  sends into a body is named with the sender ("省纪委监委派驻某某纪检监察组": ``org.stationed_marks``);
* a province written before a city's or county's level body names the city's or county's body
  ("湖北宜昌市委" is 宜昌市委: ``kg/nlp/entities/province_openings.py``).

The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.label, m.norm) for m in analyse_document(nlp, "t.txt", text).mentions}


def test_groups_named_by_their_leaders_posts_are_bodies(nlp):
    # real-pages-32 t08 (河北新闻网承德频道)
    text = (
        "市委书记柴宝良、市长王亚军、市人大常委会主任刘文勤、市委副书记郭旭涛,市领导卢健、傅海旺,"
        "省第二督查组副组长刘大中在市主会场参加集中开工仪式。"
    )
    assert ("ORG", "省第二督查组") in _found(nlp, text)
    # real-pages-33 u06 (滁州市统计局): the group the commission keeps in a bureau, whole
    text = (
        "5月27—28日,市统计局党组书记、局长高文冬赴定远县和凤阳县进行脱贫攻坚帮扶并调研经济运行及统计基层基础"
        "规范化工作,市纪委监委驻市发改委纪检监察组组长乐家发、副组长邢立发,市统计局副局长杜春花、二级调研员"
        "刘和参加调研。"
    )
    found = _found(nlp, text)
    assert ("ORG", "市纪委监委驻市发改委纪检监察组") in found
    assert ("ORG", "市纪委监委驻市发改委") not in found


def test_a_group_sent_into_a_body_keeps_its_sender(nlp):
    # real-org o01 (武穴网): "派驻" marks the group as "驻" does
    text = "市委书记查俊与到访的湖北银行党委委员、省纪委监委派驻湖北银行纪检监察组组长张育英一行,围绕深化合作座谈。"
    found = _found(nlp, text)
    assert ("ORG", "省纪委监委派驻湖北银行纪检监察组") in found
    assert ("ORG", "湖北银行纪检监察组") not in found


def test_working_groups_of_a_plan_are_no_body(nlp):
    # real-pages-25 x02: "工作组组长" of the plan's several groups names no one group
    text = "按照指挥部工作方案,各工作组责任领导和工作组组长亲自抓、负总责。"
    assert not {n for label, n in _found(nlp, text) if label == "ORG" and n.endswith("组")}


def _without_place(nlp, text: str) -> dict[str, str | None]:
    return {
        m.norm: m.attrs.get("without_place") for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "ORG"
    }


def test_a_province_before_a_citys_body_names_the_citys_body(nlp):
    # real-pages-31 s01 (xkdiek.com): the body is 宜昌市委 (its mention keeps the province)
    assert _without_place(nlp, "湖北宜昌市委副书记、市长张家胜出席开工仪式并宣布开工。")["湖北宜昌市委"] == "宜昌市委"
    # real-pages-34 v10 (uwlp.cn, traditional): a province and a city before a district's body
    names = _without_place(nlp, "灣區建設十一集團董事長宦亞玲與廣東省汕頭市潮南區委副書記、區長張曉鏗會談。")
    assert names["广东省汕头市潮南区委"] == "潮南区委"


def test_a_city_before_its_districts_body_and_a_province_before_a_firm_stay(nlp):
    # real-pages-20 l09: a municipality is the city, its district's body keeps it (the place
    # prefix's short name is the district's body, as before)
    found = _found(nlp, "推介会现场,天津市蓟州区委常委、办公室主任宋立夫表示,蓟州区地处京津唐三市之腹心。")
    assert ("ORG", "天津市蓟州区委") in found
    # real-pages-19 k07: a firm's name keeps its places as written
    names = _without_place(nlp, "由广西桂平市联胜食品有限公司投资的速食米粉生产项目。")
    assert names.get("广西桂平市联胜食品有限公司") is None
