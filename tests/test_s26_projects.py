"""Session 26 (s26-proj): classes of projects named by their stage, size, kind or funding, in
a clause or as a list's item, are no projects; a firm followed by its amount and then its project
invests in it. Sentences from the tuning pages (real-pages-20, -24, -26, -28, -29, -23)."""

from __future__ import annotations

from test_project_clauses import investors

from kg.ingest import segment_document
from kg.nlp.entities import recognise
from kg.nlp.pipeline import analyse_article
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import words_of


def projects(text: str) -> set[str]:
    words = words_of(make_segmenter("lac").segment(text))
    return {text[c.start : c.end] for c in recognise(text, words) if c.label == "PROJECT"}


def test_projects_under_construction_are_a_class():
    # real-pages-24 w05
    got = projects("会议强调，要强化央地合作，认真梳理驻区央企及分公司机构、央企在建项目、谋划项目三个清单，按图索骥。")
    assert not any(n.endswith("在建项目") for n in got)


def test_big_projects_a_clause_calls_for_are_a_class():
    # real-pages-26 b12, real-pages-16 h08
    assert not projects("坚定不移调结构、促转型，聚力突破大项目，增添发展新动能。")
    assert not projects("持续深化与通化在医药健康、人参产业、新能源等领域务实合作，在通化投资布局一批大项目、好项目。")


def test_a_kind_of_public_works_in_a_counted_list_is_no_project():
    # real-pages-28 d05: the list's other items stay projects
    got = projects(
        "会议听取和研究了现代物流业扶持奖励办法、平西铁路支线建设、市政基础设施项目建设、香山生态文旅综合体等4个项目的情况汇报。"
    )
    assert "市政基础设施项目" not in got
    assert "香山生态文旅综合体" in got


def test_a_list_item_counting_a_class_of_projects_is_no_project():
    # real-pages-20 l06: "某某基地等3个工业产业项目" names the base, not the class
    got = projects(
        "这次集中开工的15个重点项目，总投资24.18亿元。包括，凤县林麝农村产业融合发展示范园1个农业产业项目、"
        "陕西本草康源生物医药中间体基地等3个工业产业项目、嘉陵绿谷温泉旅游等3个文化旅游项目。"
    )
    assert "陕西本草康源生物医药中间体基地" in got
    assert "嘉陵绿谷温泉旅游" in got
    assert not any("个" in n for n in got)


def test_a_counted_item_naming_its_works_stays_a_project():
    # real-proj q16: the count inside the item counts named works, not a class
    from kg.nlp.entities.project_checks import listed_class

    assert not listed_class("丘北县红旗水库、干龙潭水库等11个集中式饮用水源地环境保护整治工程")
    assert listed_class("凤县林麝农村产业融合发展示范园1个农业产业项目")


def test_a_firm_with_a_comma_before_its_amount_builds_the_project(nlp):
    # real-pages-29 e10
    got = investors(nlp, "衢商企业浙江广胜集团，投资6.2亿元，拟在衢江区打造46兆瓦“农光互补”光伏发电项目。")
    assert ("浙江广胜集团", "46兆瓦“农光互补”光伏发电项目") in got


def test_a_firms_amount_followed_by_its_project(nlp):
    # real-pages-24 w06 ("X总投资2500万元、Y"), real-pages-23 f02 ("X投资4500万元Y")
    got = investors(
        nlp,
        "张卫华一行先后实地察看了绿丹枣业总投资2500万元、年产2万吨红枣生产线的二期工程、益华纸业生活用纸生产项目。",
    )
    assert ("绿丹枣业", "年产2万吨红枣生产线") in got
    assert not any(p == "益华纸业生活用纸生产项目" and o == "绿丹枣业" for o, p in got)
    got = investors(nlp, "中源山泉有限公司投资4500万元年产60万吨优质天然山泉水技改扩建工程二期正在建设。")
    assert any(o == "中源山泉有限公司" and p.startswith("年产60万吨优质天然山泉水技改扩建工程") for o, p in got)


def test_the_learned_tagger_adds_no_class_of_projects(nlp):
    # real-pages-25 x03: "对亿元以上重点项目、中央预算内项目等实行周调度" (the span tagger read the class
    # as a name; the rules' class endings now guard its spans too)
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "real-pages-25" / "texts" / "x03.txt"
    names = set()
    for art in segment_document("x03.txt", path.read_text()):
        doc = analyse_article(nlp, art)
        names |= {art.text[m.start : m.end] for m in doc._.mentions if m.label == "PROJECT"}
    assert "中央预算内项目" not in names


def test_a_signings_partner_is_no_part_of_its_projects_name(nlp):
    # real-pages-24 w02, real-pages-15 g07, real-pages-28 d09: "与|某公司|某项目"
    text = "与肇东市大力水泥制品厂水泥制品加工项目，签约额1.5亿元；与河北凤东皮草有限公司兔皮深加工项目，签约。"
    got = projects(text)
    assert {"水泥制品加工项目", "兔皮深加工项目"} <= got
    assert not any("公司" in n or "厂" in n for n in got)
    assert {("肇东市大力水泥制品厂", "水泥制品加工项目"), ("河北凤东皮草有限公司", "兔皮深加工项目")} <= investors(
        nlp, text
    )
    got = projects(
        "其中，与深圳万利加集团300万吨重质碳酸钙超细微粉项目、与北京汇丰民源科贸有限公司电子商务产业园项目在招商推介大会上签约。"
    )
    assert {"300万吨重质碳酸钙超细微粉项目", "电子商务产业园项目"} <= got
    assert projects("赴太原开展招商引资，与中铝集团山西华兴铝业有限公司对接洽谈氧化铝项目，寻求合作。") == {
        "氧化铝项目"
    }


def test_a_company_opening_a_project_without_a_partner_word_stays():
    # real-pages-19 k03: no 与 before the firm, the gold names the project with it
    got = projects("正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工。")
    assert any(n.startswith("正大集团") for n in got)
