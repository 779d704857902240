"""Session 31 (s31-org): organisations on unseen real pages.

A count glued into an organisation's span or right before it makes a class of bodies, no body
(``[org.counted_names]``, ``kg/nlp/entities/plausible.py``). A level's body named by an
abbreviated stem ("县城投公司", "区投促中心") that the tagger splits is one organisation
(``kg/nlp/entities/abbreviated_bodies.py``, ``[org.abbreviated_bodies]``).
Kinds and counts: ``benchmarks/audits/s31-org/``. The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _orgs(nlp, text: str) -> set[str]:
    return {m.norm for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "ORG"}


def test_a_count_glued_into_a_body_makes_no_body(nlp):
    # real-pages-39 ba03 (人民网宁夏频道): five schools of the county, no body "贺兰县5所"
    text = "22日的集中开工活动,贺兰县5所学校新建项目也同时开工,总投资3.92亿元,以EPC总承包的形式建设。"
    assert not any("5所" in o for o in _orgs(nlp, text))
    # real-pages-29 e11 (dab.org.hk): a count of firms
    text = "科技園公司成立十四年來,透過創業培育計劃,已培育了超過590間科技公司,未來會繼續致力推動香港再工業化。"
    found = _orgs(nlp, text)
    assert not any("590" in o for o in found)
    assert "科技园公司" in found


def test_a_count_right_before_a_body_makes_a_class(nlp):
    # real-pages-29 e10 (zjol.com.cn): seventeen chambers, no one 衢州商会
    text = "从2004年开始,北京、上海、杭州、广州、宁波、深圳等地先后建立了17个衢州商会或衢州籍人士同乡联谊会。"
    assert "衢州商会" not in _orgs(nlp, text)
    # real-pages-34 v05 (exmoo.com): six liaison offices; the bureau itself stays
    text = "截至上月中旬,貿促局連同在內地六個聯絡處和代表處,累計收到21個查詢個案和一個申請。"
    found = _orgs(nlp, text)
    assert "联络处" not in found
    assert "贸促局" in found


def test_a_county_body_named_by_its_abbreviated_stem(nlp):
    # real-pages-39 ba06 (zxyzs.com): "县城/n|投/v|公司/n"
    text = (
        "详细了解了唐官屯镇关于园区开发建设和铁路货场改扩建项目规划建设情况、"
        "县城投公司关于与北京路局合作建设铁路货场改扩建项目进展情况。"
    )
    assert "县城投公司" in _orgs(nlp, text)
    # real-pages-7 v01 (香港商報): traditional characters
    text = "會上,中方縣商科工信局、縣產業開發區、縣農業農村局、縣文旅廣體局、縣城發集團分別作了項目推介。"
    assert "县城发集团" in _orgs(nlp, text)


def test_a_promotion_body_cut_inside_its_stem_is_whole(nlp):
    # real-pages-35 w08 (sjcfw.com.cn): "区投/ORG|促/v|中心/n"
    text = "松江区重大产业项目签约现场小松从区投促中心了解到,集中签约的50个项目涵盖电子信息、新材料等多个领域。"
    found = _orgs(nlp, text)
    assert "区投促中心" in found and "松江区投" not in found and "区投" not in found
    # real-pages-13 m11 (bktnk.com): "市投/ORG|促办/v", the deputy director works for it
    text = "中共河东区委副书记、区长王亚明、市投促办副主任张连军、河东区政府副区长门建兴陪同考察对接。"
    found = _orgs(nlp, text)
    assert "市投促办" in found and "市投" not in found


def test_a_stem_that_opens_a_longer_word_is_no_body(nlp):
    # the county town's development, no abbreviated body: "县城|发展|集团" has no 城发 + head
    text = "推动县城发展集团化经营。"
    assert not any(o.startswith("县城发") for o in _orgs(nlp, text))
