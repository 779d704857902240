"""Session 27 (s27-org): organisations on unseen real pages.

Kinds read on the general tuning sets' errors (``benchmarks/audits/s27-org/``), each on pages of
at least three sites:

* a firm of a "、" list that the tagger cut before its trade word ("沈阳市宏远/ORG|电磁线、") is the
  whole item (``org.firm_item_ends``);
* a class of bodies or of people is no body: "台湾顶尖大学", "区域性总部", "某县领导干部";
* the outlet a page's header names beside the date ("2018-04-21 10:05   某某新闻网").

The sentences are quoted from the tuning pages named in each test.
"""

from __future__ import annotations

from kg.nlp.document import analyse_document


def _found(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.label, m.norm) for m in analyse_document(nlp, "t.txt", text).mentions}


def test_listed_firms_cut_before_their_trade_word_are_whole(nlp):
    # real-pages-31 s11 (中招网): the items close with "、" and with a count of firms ("9家企业")
    text = (
        "什邡市招商引资项目集中签约仪式在市政府第四会议室举行,四川九创投资、四川宝利丰科技、苏州塞维拉上吴电梯、"
        "苏州奥斯玛电梯、沈阳市宏远电磁线、重庆卓越科技、成都深嘉机械、郑州中泉路桥设备、大益汽车配件9家企业代表"
        "分别与副市长席建国签订了项目投资协议书。"
    )
    found = _found(nlp, text)
    assert ("ORG", "沈阳市宏远电磁线") in found
    assert ("ORG", "大益汽车配件") in found
    assert ("ORG", "沈阳市宏远") not in found
    assert ("ORG", "大益汽车") not in found


def test_a_list_of_firms_the_tagger_cut_becomes_a_list(nlp):
    # real-pages-20 l03 (美篇): with two items whole, the list of firms is read as one
    text = (
        "抚顺有禄商业公司代表签约企业发言。云南远阳玻璃、大连万融、湖北中油优艺、唐山钢铁、辽宁顺利邦物流、"
        "阳煦果业等13家省内外企业与开发区签订合作,投资领域涵盖冰雪文旅、现代物流等诸多领域。"
    )
    found = _found(nlp, text)
    assert {("ORG", "云南远阳玻璃"), ("ORG", "阳煦果业"), ("ORG", "唐山钢铁"), ("ORG", "湖北中油优艺")} <= found
    assert ("ORG", "云南远阳") not in found


def test_no_list_firm_where_the_items_are_projects_or_posts(nlp):
    # real-amount b01 (traditional): projects by their short names, closed by 项目
    text = (
        "簽約儀式上,縣領導周寧、胡孟輝、李曉、楊廣禮分別與中電建漢江源、嘉欣生物制品加工、深圳樂鄒電子科技、"
        "鼎榮新型建材項目代表簽約。"
    )
    assert ("ORG", "嘉欣生物制品加工") not in _found(nlp, text)
    # real-pages-15 g01 (traditional): a government's party group and its members, a post
    text = "縣政府黨組成員、縣發改局局長張清雄,貴州德江經開區黨工委副書記鄭國文參加考察。"
    found = _found(nlp, text)
    assert ("ORG", "县政府") in found
    assert not {n for label, n in found if label == "ORG" and n.endswith("成员")}


def test_cadres_and_ranked_classes_are_no_bodies(nlp):
    # real-pages-25 x06 and -22 o02 (traditional): 领导干部 are people
    found = _found(nlp, "考察團對陸良縣領導幹部謀事創業的熱情、濃厚的招商氛圍表示讚賞。")
    assert not {n for label, n in found if label == "ORG" and n.endswith("干部")}
    found = _found(
        nlp,
        "開原市經濟開發區副主任宋維業、開原市副縣級領導干部劉長宏、開原市文旅廣局局長王碩等到遼寧興東科技有限公司調研。",
    )
    assert not {n for label, n in found if label == "ORG" and n.endswith("干部")}
    assert ("ORG", "辽宁兴东科技有限公司") in found
    # real-pages-30 r12 (Yahoo, traditional): one of the top universities is a class
    found = _found(nlp, "陳光復指出，澎科大作為澎湖最高學府；成功大學則為臺灣頂尖大學之一，擁有豐富學術資源。")
    assert ("ORG", "成功大学") in found
    assert ("ORG", "台湾顶尖大学") not in found
    # real-pages-31 s03 (hmsc.cn): regional head offices to attract
    text = "同时积极引进世界500强和中国500强等区域性总部、结算中心,新一代信息技术等高新技术产业研发设计中心。"
    assert ("ORG", "区域性总部") not in _found(nlp, text)


def test_the_outlet_a_header_names_beside_the_date(nlp):
    # real-pages-16 h12 (宁武新闻网): the name after the date and time on one line
    text = (
        "当前位置: 首页>>经济广角>>正文\n\n宁武县举行重点项目集中开工仪式\n2018-04-21 10:05   宁武新闻网\n\n"
        "吹响2018转型项目建设年冲锋号"
    )
    assert ("ORG", "宁武新闻网") in _found(nlp, text)
    # real-pages-31 s05 (红网): the outlet's line before the date's line
    text = (
        "石光明等人来龙山调研工业集中区情况\n红网龙山站\n\n07-10 11:30\n\n"
        "省人大民侨外委主任委员石光明听取龙山县工作情况汇报"
    )
    assert ("ORG", "红网龙山站") in _found(nlp, text)
    # real-pages-18 j03 (今日周村): the name before the date; the place it is named after stays a place
    text = "山东> 今日山东> 正文\n\n沙向东调研企业运行和项目建设情况\n\n今日周村 2020-08-03 07:31\n\n□融媒体记者 路意"
    found = _found(nlp, text)
    assert ("ORG", "今日周村") in found
    assert ("PLACE", "周村") in found
    # the headline before it is no outlet, nor the reporter's line
    assert not {n for label, n in found if label == "ORG" and ("调研" in n or "记者" in n)}
    # real-pages-29 e10 (浙江在线): the outlet's line before the date's; the province it opens with
    text = "首届衢商大会结出硕果 签约项目27个 总投资184.01亿元\n浙江在线衢州频道 时间:\n2013-12-15 08:33:41\n"
    found = _found(nlp, text)
    assert {("ORG", "浙江在线衢州频道"), ("PLACE", "浙江")} <= found
