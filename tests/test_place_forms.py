"""Place names on real local-news pages that the tagger cuts or runs on (issue 14): zones named
by their kind and host, places run into a title, classes of villages, ordinary words."""

from __future__ import annotations

from kg.ingest import normalize
from kg.nlp.entities import recognise
from kg.nlp.segmenters import make_segmenter
from kg.nlp.words import Word, words_of
from kg.resolve.document_merges import abbreviates


def mentions(text: str) -> set[tuple[str, str]]:
    text = normalize(text)[0]
    words = words_of(make_segmenter("lac").segment(text))
    return {(text[c.start : c.end], c.label) for c in recognise(text, words)}


def places(text: str) -> set[str]:
    return {name for name, label in mentions(text) if label == "PLACE"}


def test_zone_named_by_its_county_is_one_place():
    found = places("县委书记刘勇到武乡县工业园区调研企业复工情况")
    assert "武乡县工业园区" in found
    assert "工业园区" not in found


def test_zone_of_the_level_word_and_the_bare_kind():
    # "县|经济开发区" is the county's zone; "在经济开发区办公楼" alone names no new place
    found = places("县长李华深入县经济开发区调研，在经济开发区办公楼看望干部职工")
    assert found == {"县经济开发区"}
    assert "县产业集聚区" in places("县委书记到县产业集聚区调研，园区内企业生产正常")


def test_bare_zone_kind_is_no_place():
    found = mentions("企业入驻工业园区后享受税收优惠")
    assert not {name for name, _ in found} & {"工业园区"}


def test_place_run_into_a_title():
    # traditional characters as Taiwan's county pages write them
    found = places("南投縣長許淑華視察竹山鎮，竹山鎮長陪同")
    assert {"南投县", "竹山镇"} <= found
    assert "南投县长" not in found and "竹山" not in found
    assert {"台东县", "池上乡"} <= places("台东县长饶庆铃在池上乡长陪同下视察关山镇")


def test_classes_of_villages_are_no_places():
    found = places("镇里大力推进美丽宜居示范村建设，打造乡村振兴示范村")
    assert not {p for p in found if p.endswith("村")}
    assert "镇里" not in found
    # a named village is still one
    assert "天河村" in places("县委书记来到天河村调研乡村振兴示范村建设")


def _tagged(*pieces: tuple[str, str]) -> tuple[str, list[Word]]:
    """A sentence as the tagger cut it (the cuts the tagger makes on real pages)."""
    words, at = [], 0
    for text, tag in pieces:
        words.append(Word(at, at + len(text), text, tag))
        at += len(text)
    return "".join(p for p, _ in pieces), words


def test_chain_of_divisions_in_one_word_is_two_places():
    text, words = _tagged(("今年", "TIME"), ("，", "w"), ("内蒙古乌审旗", "LOC"), ("实施", "v"), ("重点项目", "n"))
    found = {(text[c.start : c.end], c.label) for c in recognise(text, words)}
    assert {("内蒙古", "PLACE"), ("乌审旗", "PLACE")} <= found
    assert ("内蒙古乌审旗", "PLACE") not in found


def test_town_run_into_its_village_is_two_places():
    text, words = _tagged(
        ("县长", "n"),
        ("一行", "m"),
        ("先", "d"),
        ("后来", "TIME"),
        ("柳林镇南", "LOC"),
        ("庄村", "LOC"),
        ("、", "w"),
        ("北庄村", "LOC"),
        ("调研", "v"),
    )
    found = {text[c.start : c.end] for c in recognise(text, words) if c.label == "PLACE"}
    assert {"柳林镇", "南庄村", "北庄村"} <= found
    assert not {p for p in found if p.startswith("后来") or p == "柳林镇南"}


def test_county_body_is_no_abbreviation_of_another_body():
    # "武乡县委" and "武乡县发改委" are two bodies of one county
    assert not abbreviates("武乡县委", "武乡县发改委")
    assert abbreviates("清华美院", "清华大学美术学院")


def orgs(text: str) -> set[str]:
    return {name for name, label in mentions(text) if label == "ORG"}


def test_brand_and_business_word_in_a_list_of_firms():
    # the tagger calls the brand alone an organisation: the business word belongs to it
    assert "宏源塑胶" in orgs("来到康达医疗、宏源塑胶等企业进行实地查看")


def test_zone_bodies_named_by_the_zone_kind():
    assert "开发区投资促进局" in orgs("开发区投资促进局局长李明向记者介绍")
    # a company the zone sets up is no body of its government
    assert not orgs("将两家公司整合为开发区平台公司")


def test_two_bodies_joined_by_a_conjunction_are_two():
    # the tagger runs the conjunction into the first body's name
    text, words = _tagged(
        ("副县长", "n"),
        ("代表", "v"),
        ("泾县人民政府与", "ORG"),
        ("中铁建设集团有限公司", "ORG"),
        ("董事长", "n"),
        ("进行", "v"),
        ("了", "u"),
        ("现场", "s"),
        ("签约", "vn"),
    )
    found = {text[c.start : c.end] for c in recognise(text, words) if c.label == "ORG"}
    assert {"泾县人民政府", "中铁建设集团有限公司"} <= found
    assert not {o for o in found if "与" in o}
    # a conjunction inside one body's name stays
    assert "市文化和旅游局" in orgs("市文化和旅游局局长在会上讲话")


def test_resort_named_by_its_lake():
    found = places("随后一行来到太平湖生态文化旅游度假区进行调研")
    assert "太平湖生态文化旅游度假区" in found
    assert "旅游度假区" not in places("该县积极推进旅游度假区建设")


def test_class_noun_before_a_company_in_one_word():
    # "投资企业|某某集团": the tagger keeps the class noun in the company's name
    text, words = _tagged(("投资", "vn"), ("企业金源矿业集团", "ORG"), ("董事长", "n"), ("王刚", "PER"), ("致辞", "v"))
    found = {text[c.start : c.end] for c in recognise(text, words) if c.label == "ORG"}
    assert "金源矿业集团" in found
    assert "企业金源矿业集团" not in found
    # a trade word of the company's own name stays: "某某(上海)企业咨询有限公司"
    assert "科尔尼(上海)企业咨询有限公司" in orgs("科尔尼(上海)企业咨询有限公司项目经理刘伟等一行来调研")


def test_a_country_modifying_a_notion_is_no_place():
    """ "中国式现代化", "中国特色", "中国梦": the country's name modifies a notion
    (``place.country_modifier_tails``); "中国经济" still mentions the country."""
    from conftest import recognised

    assert not recognised("谱写中国式现代化新篇章，坚持中国特色社会主义，实现中国梦。", "PLACE")
    assert recognised("中国经济持续向好。", "PLACE") == {"中国"}
