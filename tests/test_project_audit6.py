"""Projects, session 14 corpus audit of issue 14 (benchmarks/audits/s14-proj): 及 between two
parts of what one project builds keeps them in one name.

"某某培训基地及健康管理中心建设工程" is one project: the facility before 及 has no project head of
its own, so it is a part of the name that ends at the head after it (the gold names such projects
whole). Two projects that each carry their head ("甲项目及乙项目") and bodies joined by 及 ("某局及
某局") stay apart. A name ending in 建设工程 is read as one ending in 建设项目.

Sentences of each kind, names invented."""

from __future__ import annotations

from conftest import recognised


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_two_facilities_joined_by_ji_make_one_project():
    found = projects("青石县中医院康复训练基地及健康体检中心建设工程昨日主体封顶。")
    assert "青石县中医院康复训练基地及健康体检中心建设工程" in found
    assert "青石县中医院康复训练基地" not in found


def test_a_facility_the_tagger_reads_as_a_body_stays_in_the_name():
    found = projects("其中,云岭西部智能装备制造中心及研发中心项目由青石云岭科技有限公司投资建设。")
    assert "云岭西部智能装备制造中心及研发中心项目" in found


def test_two_products_of_one_base_make_one_name():
    found = projects("其中,东湖新能源20GWh磷酸铁锂电芯及储能一体化产业基地成功落户。")
    assert "东湖新能源20GWh磷酸铁锂电芯及储能一体化产业基地" in found


def test_a_construction_works_named_with_its_building():
    found = projects("青石县人民医院门诊综合楼建设工程昨日开工。")
    assert "青石县人民医院门诊综合楼建设工程" in found


def test_two_projects_and_two_bodies_joined_by_ji_stay_apart():
    found = projects("青石县东湖大桥项目及西山隧道项目同日开工。")
    assert "青石县东湖大桥项目及西山隧道项目" not in found
    found = projects("由县发改局及县住建局负责的东湖公园提升工程进展顺利。")
    assert not any(name.startswith(("县发改局", "发改局")) for name in found)


def test_a_programme_named_with_jianshe_gongcheng_is_no_project():
    assert not projects("第三期青岳名师建设工程人选考核合格,共有九十人。")
    assert not projects("全县深入推进基层党组织建设工程。")


def test_a_short_second_mention_is_the_same_project():
    from kg.nlp.document import DocumentResult, MentionRecord
    from kg.resolve.document_merges import merge_short_forms_in_document
    from kg.resolve.keys import UnionFind, mention_key

    names = ["云岭智能终端及核心零部件产业基地项目", "云岭基地项目"]
    ms = [MentionRecord(0, 0, 1, n, n, "PROJECT", "head_words", 0.7) for n in names]
    r = DocumentResult("d.txt", ms, [], 1)
    ks = [mention_key(r, m) for m in ms]
    uf = UnionFind()
    merge_short_forms_in_document(r, ks, uf)
    assert uf.find(ks[0]) == uf.find(ks[1])
    # two projects of one brand that end alike: the short name names neither
    names.append("云岭物流及仓储配套产业基地项目")
    ms = [MentionRecord(0, 0, 1, n, n, "PROJECT", "head_words", 0.7) for n in names]
    r = DocumentResult("d.txt", ms, [], 1)
    ks = [mention_key(r, m) for m in ms]
    uf = UnionFind()
    merge_short_forms_in_document(r, ks, uf)
    assert uf.find(ks[1]) not in (uf.find(ks[0]), uf.find(ks[2]))
