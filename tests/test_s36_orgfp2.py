"""Session 36 (s36-orgfp2): a firm's name holds no noun of kinship or role; an office's kind alone is no body.

"某某股份有限公司全资子公司|某某开发有限公司", "某某供应链重要成员|某某科技股份有限公司", "某某零件厂商|某某企业股份
有限公司", "某某高科|母公司": the tagger runs one organisation across the noun; the firms on either side are
the bodies, a description before the noun is none
(:func:`kg.nlp.entities.firm_relatives.without_firm_relatives`). Names whose rest after the noun is no
firm's ("某某厂商联合会") and firms whose name only holds the characters ("某某电子公司") stay whole.
Sentences written for these tests (甲乙 / 丙丁 placeholders).
"""

from __future__ import annotations

from test_entities import mentions

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.class_bodies import office_kind
from kg.nlp.entities.firm_relatives import relative_parts, without_firm_relatives
from kg.nlp.words import words_of


def _orgs(text: str, segments: list[tuple[str, str]], name: str) -> list[str]:
    start = text.index(name)
    cands = [Candidate(start, start + len(name), "ORG", "statistical", 0.6)]
    return [text[c.start : c.end] for c in without_firm_relatives(text, words_of(segments), cands)]


def test_a_parent_and_its_subsidiary_are_two_firms() -> None:
    text = "该项目由甲乙发展集团股份有限公司全资子公司甲乙丙丁资源开发有限公司和丙丁投资建设开发集团有限公司共同建设。"
    found = mentions(text)
    assert ("甲乙发展集团股份有限公司", "ORG") in found
    assert ("甲乙丙丁资源开发有限公司", "ORG") in found
    assert not any("子公司甲乙" in name for name, _ in found)


def test_a_description_before_the_firm_is_no_part_of_its_name() -> None:
    text = "深耕某市逾40年的螺丝与精密零件厂商丙丁企业股份有限公司在某某厂址举行动土仪式。"
    found = mentions(text)
    assert ("丙丁企业股份有限公司", "ORG") in found
    assert ("精密零件厂商丙丁企业股份有限公司", "ORG") not in found
    text = "甲乙供应链重要成员丙丁科技股份有限公司今与市政府签约。"
    segments = [("甲乙供应链重要成员丙丁科技股份有限公司", "ORG"), ("今", "t"), ("与", "p"), ("市政府", "ORG")]
    segments += [("签约", "v"), ("。", "w")]
    assert _orgs(text, segments, "甲乙供应链重要成员丙丁科技股份有限公司") == ["丙丁科技股份有限公司"]


def test_a_bare_company_before_the_noun_is_dropped() -> None:
    text = "公司全资子公司丙丁科技集团有限公司签订协议"
    segments = [
        ("公司", "n"),
        ("全资", "b"),
        ("子公司", "n"),
        ("丙丁科技集团有限公司", "ORG"),
        ("签订", "v"),
        ("协议", "n"),
    ]
    assert _orgs(text, segments, "公司全资子公司丙丁科技集团有限公司") == ["丙丁科技集团有限公司"]


def test_a_kin_noun_closing_the_name_leaves_the_firm() -> None:
    assert relative_parts("甲乙高科母公司", frozenset({0})) == [(0, 4)]
    assert relative_parts("甲乙高科全资子公司", frozenset({0, 4})) == [(0, 4)]


def test_names_the_nouns_do_not_split_stay_whole() -> None:
    # what follows the noun is no firm's name: an association of makers
    assert relative_parts("甲乙中华厂商联合会", frozenset({0, 2, 4, 6})) is None
    assert relative_parts("甲乙工业区厂商协进会", frozenset({0, 2, 5, 7})) is None
    # 电子公司 holds 子公司 inside a word, and a bare 子公司 closes no name
    assert relative_parts("丙丁甲乙电子公司", frozenset({0, 2, 4, 6})) is None
    assert relative_parts("丙丁甲乙电子公司", frozenset({0})) is None
    # a role noun closing the name is a description, no firm ("甲乙零件厂商")
    assert relative_parts("甲乙零件厂商", frozenset({0})) is None
    # the noun opening the name splits nothing ("厂商会展览服务有限公司" is one firm)
    assert relative_parts("厂商会展览服务有限公司", frozenset({0, 2, 3, 5})) is None
    assert ("甲乙中华厂商联合会", "ORG") in mentions("甲乙中华厂商联合会于今早举行开幕典礼。")


def test_an_offices_kind_alone_is_no_body() -> None:
    # rule 2 (kg.nlp.entities.class_bodies.office_kind): 代表处, 联络处, 驻港公司, 区域总部 named by no one
    assert ("海外駐港公司", "ORG") not in mentions("去年內地和海外駐港公司數量達9960家。")
    assert ("区域总部", "ORG") not in mentions("要抓住机遇,重点布局区域总部、科技金融等高端业态。")
    for kind in ("代表處", "联络处", "驻港公司", "区域总部", "內地辦事處"):
        assert office_kind(kind)


def test_offices_named_by_their_body_or_place_stay() -> None:
    found = mentions("甲乙市政府驻上海办事处主任某某出席。")
    assert ("甲乙市政府驻上海办事处", "ORG") in found
    for name in ("丙丁代表處", "甲乙集团华北区域总部", "街道办事处", "甲乙联络处"):
        assert not office_kind(name)
