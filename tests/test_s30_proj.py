"""Session 30 (s30-proj): project spans in lists.

- Short items listed with "、" before one head belong to the name (``shared_head_items`` in
  :mod:`kg.nlp.entities.shared_heads`): the walk used to stop at the "、" and keep the last item.
- The fields a covering verb lists (涵盖/涉及/聚焦 A、B) are no projects (:mod:`kg.nlp.entities.covered_items`).
- A project's name never holds an open bracket (:mod:`kg.nlp.entities.bracket_runs`).

Sentences quoted from tuning pages; lists whose items are projects of their own stay apart.
"""

from __future__ import annotations

from conftest import project_names as _projects
from conftest import relation_pairs as _relations

from kg.nlp.document import analyse_document

A05 = (
    "当天集中开工的肖金镇芮岭1.65万头生猪育肥场项目,东郊湖、小北湖、西湖3个湖体及海绵设施工程,"
    "张铁沟、小崆峒、火巷沟3个沟道海绵化治理项目,北区雨水排放工程,银西铁路庆阳站站前广场及交通枢纽项目,"
    "东区污水处理厂尾水排放及兰州东路雨水排放工程,东区、南区污水处理厂调节池建设项目,齐家川流域生态修复与保护工程、"
    "砚瓦川流域生态湿地建设项目,城市生活垃圾填埋场改建工程,北区热源厂改扩建项目,庆阳四中校园扩建项目等15个重点项目,"
    "总投资22.7亿元。"
)


def test_labelled_parts_before_one_head_are_one_project(nlp):
    # real-pages-37 a05: kg kept "南区污水处理厂调节池建设项目" and placed the whole in 东区
    projects = _projects(nlp, A05)
    assert "东区、南区污水处理厂调节池建设项目" in projects
    assert "南区污水处理厂调节池建设项目" not in projects
    located = _relations(nlp, A05, "located_in")
    assert not any(h == "东区、南区污水处理厂调节池建设项目" for h, _ in located)


def test_numbered_seams_before_one_head_are_one_project(nlp):
    # real-pages-37 a08 (traditional): "15號煤層水平延深項目" was the project
    text = (
        "在山西平定古州衛東煤業有限公司,劉文華實地察看9號、15號煤層水平延深項目建設進展,"
        "詳細了解項目總體規劃、資源儲量、建設周期、年度投資計劃等情況。"
    )
    projects = _projects(nlp, text)
    assert "9號、15號煤層水平延深項目" in projects
    assert "15號煤層水平延深項目" not in projects


def test_a_short_common_item_keeps_the_amount_and_investor(nlp):
    # real-pages-30 r04: the amount went to "机械设备生产线项目"
    text = (
        "海南嘉龙河畔贸易有限公司投资的新型环保、机械设备生产线项目拟投资1.2亿元,"
        "主要生产油烟净化器、活性炭吸附设备、紫外线杀菌设备等,广泛用于机械加工、石油、化工、食品等行业。"
    )
    whole = "新型环保、机械设备生产线项目"
    assert whole in _projects(nlp, text)
    assert (whole, 120000000) in _relations(nlp, text, "invested_amount")
    assert ("海南嘉龙河畔贸易有限公司", whole) in _relations(nlp, text, "invests_in")


def test_a_firm_and_its_two_products_are_one_project(nlp):
    # real-pages-33 u10 (traditional): two false names, "…公司建筑門窗" and "防火玻璃項目"
    text = (
        "竣工項目22項,總投資18.94億元,主要包括深廣節能科技公司建筑門窗、防火玻璃項目、森碩木業公司人造板項目、"
        "展興建材科技公司鋼結構項目等。"
    )
    projects = _projects(nlp, text)
    assert "深廣節能科技公司建筑門窗、防火玻璃項目" in projects
    assert "防火玻璃項目" not in projects
    assert "森碩木業公司人造板項目" in projects


def _widened(text: str, item: str) -> str:
    """The span ``shared_head_items`` gives the candidate ``item`` of ``text`` (LAC's words)."""
    from kg.nlp.entities.candidate import Candidate
    from kg.nlp.entities.shared_heads import shared_head_items
    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    words = words_of(make_segmenter("lac").segment(text))
    at = text.index(item)
    (c,) = shared_head_items(text, words, [Candidate(at, at + len(item), "PROJECT", "head_words", 0.7)])
    return text[c.start : c.end]


def test_items_that_name_their_maker_stay_apart():
    # real-pages-2 q08 and real-pages-33 u06: each brand's or firm's item is its own project in the gold
    text = (
        "9月26日,松原经济技术开发区隆重举行了吉林盼盼食品工业园暨松原中国粮食城、乐隆隆食品、婴舒宝婴童用品、"
        "冠达星家居、腾辉包装项目和LNG项目开工奠基仪式。"
    )
    assert _widened(text, "腾辉包装项目") == "腾辉包装项目"
    text = "调研了县经开区的标准化厂房,西卅店镇的众兴菌业、肉羊养殖扶贫项目,县盐化工业园的安徽华塑股份有限公司。"
    assert _widened(text, "肉羊养殖扶贫项目") == "肉羊养殖扶贫项目"
    # real-pages-12 k07: fields of a longer phrase each ("环保设备制造、分布式光伏")
    text = "点对点推进了硅晶石加工、环保设备制造、分布式光伏、林业碳汇开发等重点项目。"
    assert _widened(text, "林业碳汇开发等重点项目") == "林业碳汇开发等重点项目"
    # and the shape it is for, on LAC's words (real-pages-37 a05)
    assert _widened(A05, "南区污水处理厂调节池建设项目") == "东区、南区污水处理厂调节池建设项目"


A10 = (
    "以泰顺县为例,此次签约的项目包括:总投资12亿元的无人机产业基地项目(聚焦高性能无人机研发、生产);"
    "总投资11.8亿元的亿邦黑色母粒新材料制造项目(年处理24万吨废轮胎,生产军工及工业所需化工原料);"
    "总投资17.8亿元的湖岸云居度假区项目(涵盖旅游、农业观光等,推动一二三产融合)等7个项目,"
    "涉及制造业、新能源、文旅等多个领域。"
)


def test_covered_fields_are_no_projects_and_names_stop_at_the_bracket(nlp):
    # real-pages-37 a10: "…项目(聚焦高性能无人机研发", "生产)", "农业观光" were projects
    projects = _projects(nlp, A10)
    assert {"无人机产业基地项目", "亿邦黑色母粒新材料制造项目", "湖岸云居度假区项目"} <= projects
    assert "农业观光" not in projects
    assert not any("(" in p or ")" in p for p in projects)
    amounts = _relations(nlp, A10, "invested_amount")
    assert ("无人机产业基地项目", 1200000000) in amounts
    assert ("湖岸云居度假区项目", 1780000000) in amounts


def test_parts_a_project_covers_are_neither_projects_nor_bodies(nlp):
    # real-pages-38 p08: "公铁联运基地" (LAC: ORG) was a project
    text = (
        "按照双方合作协议,望都县与河北交通投资集团公司将共同支持河北钧达科贸发展有限公司“农产品冷链物流”项目建设,"
        "努力将该项目打造成为涵盖铁路物流基地、公铁联运基地、综合服务基地,电子商务中心区、仓储分拨配送区。"
    )
    r = analyse_document(nlp, "t.txt", text)
    assert not any(m.text.endswith("基地") and m.label in ("PROJECT", "ORG") for m in r.mentions)


def test_a_list_of_projects_with_amounts_after_sheji_stays(nlp):
    # real-amount b01: 涉及 opens a list of projects there, each with its investor and amount
    text = (
        "據了解,此次簽約活動,投資總額為33億元,涉及福建恒豐實業有限公司投資1.2億元的恒豐花崗巖板材加工項目;"
        "湖北泰瑞有限公司投資1億元的鼎榮新型建材項目。"
    )
    assert "恒豐花崗巖板材加工項目" in _projects(nlp, text)
