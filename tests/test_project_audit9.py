"""Projects, session 16 corpus audit of issue 14 (benchmarks/audits/s16-proj): a project that opens
its clause with who invests in it after it, and one project kept as two in a document.

A signing or opening report describes each project in turn by its name, then who invests in it,
then its figures: "某某综合回收项目由某公司投资建设，总投资1亿元", "某某科技城是由某集团投资20亿元
建设". Such names are often made of trade words alone (no place, no company), or open with a word
the tagger reads as a verb, so no source took them, and their total and investor were lost. The
clause fixes both edges: the name starts where the clause does and ends at 由. A name needs a
project's head word, or a facility's with a proper noun; a bare 该项目 names nothing new; 由X承建
(the contractor) and 由X建设 are no such frame. Sentences of the kind, names invented."""

from __future__ import annotations

from conftest import invested_amounts as amounts
from conftest import recognised
from test_project_clauses import investors

from kg.nlp.document import DocumentResult, MentionRecord
from kg.resolve.document_merges import merge_short_forms_in_document
from kg.resolve.keys import UnionFind, mention_key


def projects(text: str) -> set[str]:
    return recognised(text, "PROJECT")


def test_a_trade_named_project_before_its_investor(nlp):
    text = "据悉,铝灰渣资源化综合利用项目由青岚环保科技有限公司投资建设,总投资约1.5亿元,用地30亩。"
    assert "铝灰渣资源化综合利用项目" in projects(text)
    assert ("青岚环保科技有限公司", "铝灰渣资源化综合利用项目") in investors(nlp, text)
    assert amounts(nlp, text) == {("铝灰渣资源化综合利用项目", 150_000_000)}


def test_a_name_opening_with_a_verb_like_word(nlp):
    text = "启航智能装备产业园项目由星瀚控股集团投资建设,落户城东工业园。"
    assert "启航智能装备产业园项目" in projects(text)
    assert ("星瀚控股集团", "启航智能装备产业园项目") in investors(nlp, text)


def test_the_signing_words_before_the_name_are_no_part_of_it():
    found = projects("本次签约项目智能温控阀门生产项目由恒锐机电有限公司投资,计划年内开工。")
    assert "智能温控阀门生产项目" in found
    assert not any(name.startswith("本次") or name.startswith("签约") for name in found)


def test_a_facility_with_a_proper_noun_and_an_amount():
    assert "青峰山康养小镇" in projects("青峰山康养小镇是由鸿远集团投资12亿元建设,项目建设用地600亩。")
    assert "青峰山康养小镇" in projects("据悉,青峰山康养小镇由鸿远集团倾力打造,占地600亩。")


def test_generic_words_and_contractors_name_no_project():
    assert projects("该项目由青岚环保科技有限公司投资建设,总投资约1.5亿元。") == set()
    assert projects("其中一期工程由青岚环保科技有限公司投资建设。") == set()
    assert projects("目前,整个项目由县城投公司投资建设,总投资2亿元。") == set()
    assert projects("重点项目由县城投公司投资建设。") == set()
    assert "污水管网改造工程" not in projects("污水管网改造工程由中建某局承建,工期一年。")


# One project kept as two in a document (the audit's K2, 7 pages of 7 sites of A): a name that ends
# another's (its place chain, its company or brand left out) and head words written alike.


def _groups(*names: str) -> list[set[str]]:
    ms = [MentionRecord(0, 0, 1, n, n, "PROJECT", "head_words", 0.7) for n in names]
    r = DocumentResult("d.txt", ms, [], 1)
    ks = [mention_key(r, m) for m in ms]
    uf = UnionFind()
    merge_short_forms_in_document(r, ks, uf)
    groups: dict[str, set[str]] = {}
    for n, k in zip(names, ks, strict=True):
        groups.setdefault(uf.find(k), set()).add(n)
    return sorted(groups.values(), key=len, reverse=True)


def test_a_project_named_without_its_place_chain_is_one():
    assert len(_groups("青山县柳河镇云栖小镇一期项目", "云栖小镇一期项目")) == 1


def test_a_project_named_without_its_company_s_short_name_is_one():
    assert len(_groups("华拓新能年产8GWh钠离子电池制造项目", "年产8GWh钠离子电池制造项目")) == 1


def test_works_and_project_heads_written_alike():
    assert len(_groups("县道215线青石至柳坪段改造工程", "县道215线青石至柳坪段改造项目")) == 1
    assert len(_groups("青山县云栖医药产业园", "云栖医药产业园区")) == 1


def test_a_tail_two_longer_names_end_in_names_neither():
    assert len(_groups("柳河镇蔬菜加工项目", "青石镇蔬菜加工项目", "蔬菜加工项目")) == 3


def test_a_short_tail_stays_apart():
    assert len(_groups("青山县云栖项目", "云栖项目")) == 2
