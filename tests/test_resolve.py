"""Resolution: one entity per real thing, with its fullest label and its other names."""

from __future__ import annotations

from kg.model import Evidence
from kg.nlp.document import DocumentResult, MentionRecord, RelationRecord
from kg.resolve import resolve


def _m(text: str, label: str, start: int = 0, attrs: dict | None = None) -> MentionRecord:
    return MentionRecord(0, start, start + len(text), text, text, label, "head_words", 0.7, attrs or {})


def test_level_word_short_form_joins_the_one_county_body():
    # "灵丘县委组织部 … 该县县委组织部": one body, labelled with its full name.
    doc = DocumentResult("d.txt", [_m("灵丘县委组织部", "ORG"), _m("县委组织部", "ORG", 40)], [], 1)
    ents, _ = resolve([doc])
    assert len(ents) == 1
    assert ents[0].label == "灵丘县委组织部"
    assert ents[0].aliases == ["县委组织部"]


def test_level_word_short_form_stays_apart_when_two_counties_have_the_body():
    doc = DocumentResult(
        "d.txt",
        [_m("灵丘县委组织部", "ORG"), _m("广灵县委组织部", "ORG", 20), _m("县委组织部", "ORG", 40)],
        [],
        1,
    )
    ents, _ = resolve([doc])
    assert sorted(e.label for e in ents) == ["县委组织部", "广灵县委组织部", "灵丘县委组织部"]


def test_traditional_form_is_an_alias_of_the_simplified_label():
    m = MentionRecord(0, 0, 2, "張強", "张强", "PERSON", "statistical", 0.6)
    ents, _ = resolve([DocumentResult("d.txt", [m], [], 1)])
    assert (ents[0].label, ents[0].aliases) == ("张强", ["張強"])


def test_project_with_and_without_xiangmu_is_one():
    doc = DocumentResult(
        "d.txt", [_m("华兴大同农批城", "PROJECT"), _m("华兴大同农批城项目", "PROJECT", 30)], [], 1
    )
    ents, _ = resolve([doc])
    assert [(e.label, e.aliases) for e in ents] == [("华兴大同农批城项目", ["华兴大同农批城"])]


def test_brand_with_business_words_is_one_company():
    doc = DocumentResult(
        "d.txt",
        [_m("秦淮数据集团", "ORG"), _m("秦淮集团", "ORG", 20), _m("中联联志", "ORG", 40), _m("中联", "ORG", 50)],
        [],
        1,
    )
    ents, _ = resolve([doc])
    labels = sorted((e.label, tuple(e.aliases)) for e in ents)
    assert labels == [("中联", ()), ("中联联志", ()), ("秦淮数据集团", ("秦淮集团",))]


def test_one_type_for_a_name_the_tagger_reads_two_ways():
    ms = [
        MentionRecord(0, i * 10, i * 10 + 6, "晋创谷·大同", "晋创谷·大同", t, "statistical", 0.6)
        for i, t in enumerate(["PLACE", "ORG", "ORG"])
    ]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert [(e.type, e.label, len(e.mentions)) for e in ents] == [("ORG", "晋创谷·大同", 3)]


def test_abbreviation_joins_its_full_name_in_the_document():
    doc = DocumentResult(
        "d.txt",
        [
            _m("清华大学美术学院", "ORG"),
            _m("清华美院", "ORG", 20),
            _m("浙江大学", "ORG", 40),
            _m("浙江工业大学", "ORG", 50),
        ],
        [],
        1,
    )
    ents, _ = resolve([doc])
    assert sorted((e.label, tuple(e.aliases)) for e in ents) == [
        ("浙江大学", ()),
        ("浙江工业大学", ()),
        ("清华大学美术学院", ("清华美院",)),
    ]


def test_short_party_committee_joins_the_one_district_committee():
    doc = DocumentResult("d.txt", [_m("平城区委", "ORG"), _m("区委", "ORG", 30)], [], 1)
    ents, _ = resolve([doc])
    assert [(e.label, e.aliases) for e in ents] == [("平城区委", ["区委"])]


def _works_for(doc: str, person: int, org: int) -> RelationRecord:
    return RelationRecord("works_for", person, org, None, Evidence(doc, "", 0, 0), "title", 0.9)


def test_same_name_persons_with_different_employers_stay_apart():
    a = DocumentResult(
        "a.txt", [_m("王强", "PERSON"), _m("中车大同电力机车有限公司", "ORG", 10)], [_works_for("a.txt", 0, 1)], 1
    )
    b = DocumentResult("b.txt", [_m("王强", "PERSON"), _m("大同市工信局", "ORG", 10)], [_works_for("b.txt", 0, 1)], 1)
    c = DocumentResult(
        "c.txt", [_m("王强", "PERSON"), _m("中车大同电力机车有限公司", "ORG", 10)], [_works_for("c.txt", 0, 1)], 1
    )
    ents, _ = resolve([a, b, c])
    persons = sorted(sorted(m.doc for m in e.mentions) for e in ents if e.type == "PERSON")
    assert persons == [["a.txt", "c.txt"], ["b.txt"]]


def test_project_named_by_company_short_form_joins_the_full_name():
    # a caption names the project by the brand, the text by the company's full name
    doc = DocumentResult(
        "d.txt",
        [
            _m("忻州华晟碳素科技有限公司", "ORG"),
            _m("忻州华晟碳素科技有限公司年产30万吨负极材料项目", "PROJECT", 20),
            _m(
                "原平市华晟碳素年产30万吨负极材料项目",
                "PROJECT",
                90,
                {"without_place": "华晟碳素年产30万吨负极材料项目"},
            ),
        ],
        [],
        1,
    )
    ents, _ = resolve([doc])
    projects = [e for e in ents if e.type == "PROJECT"]
    assert len(projects) == 1
    assert projects[0].label == "忻州华晟碳素科技有限公司年产30万吨负极材料项目"


def test_bodies_of_different_places_never_merge():
    # "能源局" is the short form of two bodies of two places in one article
    doc = DocumentResult(
        "d.txt",
        [
            _m("包头市能源局", "ORG", 0, {"without_place": "能源局"}),
            _m("内蒙古自治区能源局", "ORG", 30, {"without_place": "能源局"}),
        ],
        [],
        1,
    )
    ents, _ = resolve([doc])
    assert sorted(e.label for e in ents) == ["内蒙古自治区能源局", "包头市能源局"]
    # "县委" of one county's article is not that of another's
    a = DocumentResult("a.txt", [_m("昔阳县委", "ORG"), _m("县委", "ORG", 20)], [], 1)
    b = DocumentResult("b.txt", [_m("平定县委", "ORG"), _m("县委", "ORG", 20)], [], 1)
    ents, _ = resolve([a, b])
    assert sorted(e.label for e in ents) == ["平定县委", "昔阳县委"]


def test_declared_and_region_stripped_short_forms_join_the_company():
    doc = DocumentResult(
        "d.txt",
        [
            _m("阳泉华凯储能科技股份有限公司", "ORG", 0, {"short_form": "华凯"}),
            _m("华凯", "ORG", 30),
            _m("华凯储能公司", "ORG", 60),
        ],
        [],
        1,
    )
    ents, _ = resolve([doc])
    assert [(e.label, sorted(e.aliases)) for e in ents] == [("阳泉华凯储能科技股份有限公司", ["华凯", "华凯储能公司"])]


def test_event_with_and_without_its_edition_is_one():
    doc = DocumentResult(
        "d.txt", [_m("云冈国际音乐节新闻发布会", "MEETING"), _m("第五届云冈国际音乐节新闻发布会", "MEETING", 40)], [], 1
    )
    ents, _ = resolve([doc])
    assert [e.label for e in ents] == ["第五届云冈国际音乐节新闻发布会"]


def test_event_without_its_scope_and_project_without_its_size_are_one():
    ms = [
        _m("全市文旅产业招商推进会", "MEETING"),
        _m("文旅产业招商推进会", "MEETING", 30),
        _m("泽州县30万千瓦风电储能项目", "PROJECT", 60),
        _m("泽州县风电储能项目", "PROJECT", 90),
        _m("云中遗珍——辽金文物精品展", "MEETING", 120),
        _m("辽金文物精品展", "MEETING", 150),
    ]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert sorted(e.label for e in ents) == [
        "云中遗珍——辽金文物精品展", "全市文旅产业招商推进会", "泽州县30万千瓦风电储能项目"
    ]


def test_short_form_that_two_full_names_share_names_neither():
    ms = [
        _m("泽州县30万千瓦风电项目", "PROJECT"),
        _m("泽州县10万千瓦风电项目", "PROJECT", 30),
        _m("泽州县风电项目", "PROJECT", 60),
    ]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert len(ents) == 3


def test_base_of_a_project_is_one_entity_with_the_base_standing_alone():
    ms = [
        _m("晋北煤化工基地", "PLACE", 0, {"nested": True, "base": True}),
        _m("晋北煤化工基地100万千瓦光伏发电项目", "PROJECT", 0),
        _m("晋北煤化工基地", "PROJECT", 80),
    ]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert sorted((e.type, e.label) for e in ents) == [
        ("PROJECT", "晋北煤化工基地"), ("PROJECT", "晋北煤化工基地100万千瓦光伏发电项目")
    ]


def test_village_without_its_level_word_is_the_village():
    ms = [_m("镇边堡村", "PLACE"), _m("镇边堡", "PLACE", 30), _m("镇边堡长城", "PLACE", 60)]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert sorted(e.label for e in ents) == sorted(["镇边堡长城", "镇边堡村"])
