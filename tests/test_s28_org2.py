"""Session 28 (s28-org2): a descriptor before a firm's name is no part of it.

Kinds read on the general tuning sets' errors (``benchmarks/audits/s28-org2/``):

* a group's holdings word between the group and its company ends the company's name on the left
  ("某某商会|旗下|某某有限公司": ``name_words.org_stops``);
* a class phrase of rank or kind before a company, in the tagger's one word or in words of its
  own, is no part of the name ("中国500强企业|某某集团有限公司", "臺灣LED核心企業|某某股份有限公司":
  ``org.apposition_marks`` before ``org.apposition_nouns``);
* a word that ends in a company's long suffix names a company though the tagger read it as no
  name ("某某光電股份有限公司/v").

The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document
from kg.nlp.entities.joined_bodies import apposition_cut


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.label, m.norm) for m in analyse_document(nlp, "t.txt", text).mentions}


def test_a_groups_holdings_word_ends_the_company_on_the_left(nlp):
    # real-pages-32 t12 (heyuanxw.com)
    text = (
        "据悉,公共服务区建设项目由深圳紫金商会旗下紫金县龙和汇联合投资发展有限公司投资建设,计划总投资8亿元,"
        "用地面积约26万平方米。"
    )
    found = _found(nlp, text)
    assert ("ORG", "紫金县龙和汇联合投资发展有限公司") in found
    assert ("ORG", "深圳紫金商会") in found
    assert ("ORG", "深圳紫金商会旗下紫金县龙和汇联合投资发展有限公司") not in found


def test_a_class_phrase_of_rank_before_a_company_is_cut_off(nlp):
    # real-pages-33 u03 (ahstudent.com): the tagger's one word "中国500强企业水发集团有限公司/ORG"
    text = (
        "该项目为今年一季度黔东南州重点招商引资项目,由台江县人民政府与中国500强企业水发集团有限公司签约,项目用地110亩。"
    )
    found = _found(nlp, text)
    assert ("ORG", "水发集团有限公司") in found
    assert ("ORG", "中国500强企业水发集团有限公司") not in found
    # real-pages p11 (人民網): "LED核心企業/ORG 傳寶光電股份有限公司/v"
    text = "其中,由臺灣LED核心企業傳寶光電股份有限公司投資建設的LED光電照明項目總投資7億元,明年下半年有望建成投產。"
    found = _found(nlp, text)
    assert ("ORG", "传宝光电股份有限公司") in found
    assert not any("核心" in name for label, name in found if label == "ORG")


def test_a_class_noun_without_a_mark_stays_inside_a_name():
    # "中国中小企业发展促进中心": 中小 is no mark of rank, the body's own name holds 企业
    assert apposition_cut("中国中小企业发展促进中心") == 0
    assert apposition_cut("中国500强企业水发集团有限公司") == len("中国500强企业")


def test_a_word_the_tagger_read_as_no_name_that_ends_like_a_company(nlp):
    # real-amount a01: the tagger's ")控股有限公司/w" opens with a bracket, no name of its own
    text = "招商美冷(香港)控股有限公司拟投资0.35亿美元,在龙泉驿区建设冷链物流项目。"
    assert ("ORG", "香港)控股有限公司") not in _found(nlp, text)
    # real-pages-15 g05: "厂商爱妮企业股份有限公司/n" (a class noun inside the tagger's name word)
    # stays out, as at the base
    text = (
        "县府31日在一楼大厅办理「南投旺来产业园区热销记者会」,6大进驻厂商爱妮企业股份有限公司总裁陈威中、"
        "先麦食品股份有限公司董事长吴生泉、宝田股份有限公司董事长许胜铭、信织实业股份有限公司董事长徐孟榆、"
        "上纬企业股份有限公司董事长蔡朝阳、石城实业股份有限公司总经理朱俊宏及议员曾振炎、张维华等都出席活动,"
        "并一一上台拼上园区拼图,最后由县长林明溱宣告南投旺来产业园区启动。"
    )
    assert ("ORG", "厂商爱妮企业股份有限公司") not in _found(nlp, text)
