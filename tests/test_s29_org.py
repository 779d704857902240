"""Session 29 (s29-org): organisations and works_for on unseen real pages.

Kinds read on the general tuning sets' errors (``benchmarks/audits/s29-org/``):

* the outlet of a page's credit in forms the byline readers missed or cut: a site's channel named
  by the place it serves ("某某网河南频道讯", "某某网龙山站7月10日讯": ``org.outlet_channels``), a
  blank before the source credit's colon or "来源于" ("來源 : 某某網某城", "本文来源于某某新闻网[…]"),
  a brand before a middle dot ("新某某·某某网讯") and a paper and its app in one credit
  ("来源:某某日报·某某客户端": ``kg/nlp/entities/outlet_parts.py``);
* a body whose head word was missing from ``org_suffixes`` (公署, 贸促会): its party group
  ("某某贸促会党组成员、副会长X") was read as the body;
* a preposition the tagger glued before a level body as a one-character name ("经/ORG|省政府");
* a body's walk over a conjunction that passed a whole body or a quotation ("省委“1310”具体部署和市委");
* "项目由某某集团": 由 after a project word is no part of the firm's name.

The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from test_s26_works_kinds import works

from kg.nlp.document import analyse_document


def _orgs(nlp, text: str) -> set[str]:
    return {m.norm for m in analyse_document(nlp, "t.txt", text).mentions if m.label == "ORG"}


def test_a_sites_channel_named_by_its_place_is_the_outlet(nlp):
    # real-pages-36 x03 (人民网河南频道)
    text = "人民网河南频道讯12月22日上午,在许昌9个重点产业集聚区内,17个投资亿元以上项目同时开工。"
    found = _orgs(nlp, text)
    assert "人民网河南频道" in found
    assert "人民网" not in found
    # real-pages-31 s05 (红网): the station's reporter works for the station
    text = "红网龙山站7月10日讯(记者 张军)7月9日,省人大常委会委员石光明来龙山调研工业集中区情况。"
    assert ("张军", "红网龙山站") in works(nlp, text)


def test_source_credits_with_a_blank_before_the_colon_or_laiyuanyu(nlp):
    # real-pages-35 w01 (中國網溫州)
    text = "溫州第二季度重大項目集中簽約123個\n\n時間:2024-07-03 16:15:48 來源 : 中國網溫州 作者 : 鄭序\n\n"
    text += "7月2日上午,2024年溫州市第二季度重大項目集中簽約集中開工活動舉行。"
    assert "中国网温州" in _orgs(nlp, text)
    # real-pages-21 m07 (上饶新闻网)
    text = "全年完成财政收入3.5亿元,总量创历史新高。(周茂辉)\n本文来源于上饶新闻网[www.srxww.com]\n"
    assert "上饶新闻网" in _orgs(nlp, text)
    # real-pages-18 j05: a credit naming only the kind of outlet names none
    text = "来源 : 电视台  作者 :   浏览次数 : 8355\n县委书记出席签约仪式。"
    assert "电视台" not in _orgs(nlp, text)


def test_outlets_joined_by_a_middle_dot_are_each_an_outlet(nlp):
    # real-pages-36 x01 (新江苏·中国江苏网): a brand before the dot, no place
    text = "2023-02-12\n新江苏·中国江苏网讯 (顾介铸 朱娜 贾秋敏)2月10日,靖江市38个重大产业项目集中开工。"
    found = _orgs(nlp, text)
    assert {"新江苏", "中国江苏网"} <= found
    # real-pages-23 f10: a paper and its app in one source credit
    text = "湖南省县域经济研究会赴常宁调研县域经济发展情况\n\n文章来源:湖南日报·新湖南客户端 时间:2025-09-03 17:11:46\n"
    found = _orgs(nlp, text)
    assert {"湖南日报", "新湖南客户端"} <= found
    assert "湖南日报·新湖南客户端" not in found


def test_a_bodys_party_group_is_not_the_body(nlp):
    # real-pages-36 x05: 贸促会 ends a body's name
    text = "县委书记唐德荣,金荣集团董事长李文金,湖南省贸促会党组成员、副会长伍登国出席签约仪式。"
    assert "湖南省贸促会" in _orgs(nlp, text)
    assert "湖南省贸促会党组" not in _orgs(nlp, text)
    pairs = works(nlp, text)
    assert ("伍登国", "湖南省贸促会") in pairs
    assert ("伍登国", "湖南省贸促会党组") not in pairs
    # real-pages-30 r10: 行政公署
    text = "在拜会锡林郭勒盟行政公署党组成员、副盟长兼锡林浩特市委书记兴安时,李海介绍了中国二冶发展沿革。"
    found = _orgs(nlp, text)
    assert "锡林郭勒盟行政公署" in found
    assert "锡林郭勒盟行政公署党组" not in found


def test_a_preposition_before_a_body_is_no_part_of_its_name(nlp):
    # real-pages-30 r03: "经/ORG|省政府"
    text = "据了解,莒县经济开发区是2006年经省政府批准设立的省级开发区。"
    found = _orgs(nlp, text)
    assert "省政府" in found
    assert "经省政府" not in found
    # real-pages-36 x04: "项目由|某某集团" (the firm's name walked over a bracketed place)
    text = "据了解,地球卫士(北川)环保新材料项目由信德控股集团投资建设。"
    found = _orgs(nlp, text)
    assert "信德控股集团" in found
    assert "由信德控股集团" not in found


def test_a_bodys_walk_stops_before_a_whole_body_and_a_quotation(nlp):
    # real-pages-36 x08
    text = "认真落实省委“1310”具体部署和市委“433”工作安排,扎实推进“百千万工程”。"
    found = _orgs(nlp, text)
    assert "市委" in found
    assert not any("部署" in n for n in found)
    # a government's name joined by 和 stays whole (real-pages-34 v10's gold body)
    text = "潮南区工业和信息化局局长黄厚文介绍了项目情况。"
    assert "潮南区工业和信息化局" in _orgs(nlp, text)
