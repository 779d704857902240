"""Session 28 (s28-org2): a descriptor before a firm's name is no part of it.

Kinds read on the general tuning sets' errors (``benchmarks/audits/s28-org2/``):

* a group's holdings word between the group and its company ends the company's name on the left
  ("某某商会|旗下|某某有限公司": ``name_words.org_stops``);
* a class phrase of rank or kind before a company, in the tagger's one word or in words of its
  own, is no part of the name ("中国500强企业|某某集团有限公司", "臺灣LED核心企業|某某股份有限公司":
  ``org.apposition_marks`` before ``org.apposition_nouns``);
* a word that ends in a company's long suffix names a company whatever the tagger's tag
  ("某某光電股份有限公司/v").

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
