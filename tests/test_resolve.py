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
    doc = DocumentResult("d.txt", [_m("华兴大同农批城", "PROJECT"), _m("华兴大同农批城项目", "PROJECT", 30)], [], 1)
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
        "云中遗珍——辽金文物精品展",
        "全市文旅产业招商推进会",
        "泽州县30万千瓦风电储能项目",
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
        ("PROJECT", "晋北煤化工基地"),
        ("PROJECT", "晋北煤化工基地100万千瓦光伏发电项目"),
    ]


def test_village_without_its_level_word_is_the_village():
    ms = [_m("镇边堡村", "PLACE"), _m("镇边堡", "PLACE", 30), _m("镇边堡长城", "PLACE", 60)]
    ents, _ = resolve([DocumentResult("d.txt", ms, [], 1)])
    assert sorted(e.label for e in ents) == sorted(["镇边堡长城", "镇边堡村"])


# --- across documents: context, not the name alone (issue 16) ---------------------------


def _post(doc: str, person: int, position: str) -> RelationRecord:
    return RelationRecord("holds_position", person, None, {"position": position}, Evidence(doc, "", 0, 0), "title", 0.9)


def _person_doc(doc: str, post: str | None = None, city: str | None = None, date: str | None = None):
    rels = [_post(doc, 0, post)] if post else []
    return DocumentResult(doc, [_m("张强", "PERSON")], rels, 1, home_city=city, article_dates={0: date} if date else {})


def _persons(ents):
    return sorted(sorted({m.doc for m in e.mentions}) for e in ents if e.type == "PERSON")


def test_one_person_in_two_articles_of_one_city_with_and_without_title():
    ents, _ = resolve([_person_doc("a.txt", "市长", "大同市"), _person_doc("b.txt", None, "大同市")])
    assert _persons(ents) == [["a.txt", "b.txt"]]
    (why,) = ents[0].attributes["resolution"]
    assert (why["rule"], why["shared"], why["docs"]) == ("person.same_city", "大同市", ["a.txt", "b.txt"])


def test_namesakes_of_two_cities_are_two_persons_and_not_even_possibly_one():
    ents, _ = resolve([_person_doc("a.txt", "市长", "大同市"), _person_doc("h.txt", "副市长", "合肥市")])
    assert _persons(ents) == [["a.txt"], ["h.txt"]]
    assert not any("possible_same" in e.attributes for e in ents)


def test_a_post_and_its_deputy_at_the_same_time_are_two_persons():
    a = _person_doc("a.txt", "市长", "大同市", "2023-06-21")
    b = _person_doc("b.txt", "常务副市长", "大同市", "2023-07-02")
    assert _persons(resolve([a, b])[0]) == [["a.txt"], ["b.txt"]]
    # years apart, a deputy may have become the chief
    c = _person_doc("c.txt", "副市长", "大同市", "2019-01-05")
    assert _persons(resolve([a, c])[0]) == [["a.txt", "c.txt"]]


def test_without_evidence_namesakes_stay_apart_as_possible_same():
    ents, _ = resolve([_person_doc("a.txt", "市长", "大同市"), _person_doc("x.txt")])
    persons = sorted((e for e in ents if e.type == "PERSON"), key=lambda e: e.mentions[0].doc)
    assert len(persons) == 2
    assert persons[0].attributes["possible_same"][0]["id"] == persons[1].id
    assert persons[1].attributes["possible_same"][0]["id"] == persons[0].id
    assert "大同市 / unknown" in persons[0].attributes["possible_same"][0]["reason"]


def _county_doc(doc: str, county: str, code: str) -> DocumentResult:
    place = _m(county, "PLACE", 0, {"admin_code": code, "admin_level": "county"})
    return DocumentResult(doc, [place, _m("县委", "ORG", 10)], [], 1)


def test_bare_county_committee_is_the_committee_of_the_county_the_article_is_about():
    ents, _ = resolve([_county_doc("f.txt", "肥西县", "340123")])
    (body,) = [e for e in ents if e.type == "ORG"]
    assert (body.label, body.aliases) == ("肥西县委", ["县委"])
    # two articles about one county: one committee; about two counties: two
    ents, _ = resolve([_county_doc("f.txt", "肥西县", "340123"), _county_doc("g.txt", "肥西县", "340123")])
    assert len([e for e in ents if e.type == "ORG"]) == 1
    ents, _ = resolve([_county_doc("f.txt", "肥西县", "340123"), _county_doc("l.txt", "灵丘县", "140224")])
    assert sorted(e.label for e in ents if e.type == "ORG") == ["灵丘县委", "肥西县委"]


def test_bodies_every_city_has_merge_only_within_one_city():
    def doc(name: str, city: str | None) -> DocumentResult:
        return DocumentResult(name, [_m("人民医院", "ORG")], [], 1, home_city=city)

    ents, _ = resolve([doc("a.txt", "大同市"), doc("b.txt", "大同市"), doc("h.txt", "合肥市")])
    assert sorted(sorted({m.doc for m in e.mentions}) for e in ents) == [["a.txt", "b.txt"], ["h.txt"]]
    # villages alike; a village of an article whose city is unknown is only possibly the same
    villages = [
        DocumentResult(d, [_m("新华村", "PLACE")], [], 1, home_city=c)
        for d, c in (("a.txt", "大同市"), ("b.txt", "大同市"), ("h.txt", "合肥市"), ("x.txt", None))
    ]
    ents, _ = resolve(villages)
    assert sorted(sorted({m.doc for m in e.mentions}) for e in ents) == [["a.txt", "b.txt"], ["h.txt"], ["x.txt"]]
    unknown = next(e for e in ents if e.mentions[0].doc == "x.txt")
    assert len(unknown.attributes["possible_same"]) == 2


def test_a_bare_peoples_body_is_the_body_of_its_own_city():
    """A bare 人大常委会 or 政协 on two cities' pages names two bodies; the nation's (全国政协)
    is one body on every page."""

    def doc(name: str, body: str, city: str) -> DocumentResult:
        return DocumentResult(name, [_m(body, "ORG")], [], 1, home_city=city)

    for body in ("人大常委会", "政协", "工商联"):
        ents, _ = resolve([doc("a.txt", body, "大同市"), doc("b.txt", body, "大同市"), doc("h.txt", body, "合肥市")])
        assert sorted(sorted({m.doc for m in e.mentions}) for e in ents) == [["a.txt", "b.txt"], ["h.txt"]]
    ents, _ = resolve([doc("a.txt", "全国政协", "大同市"), doc("h.txt", "全国政协", "合肥市")])
    assert [sorted({m.doc for m in e.mentions}) for e in ents] == [["a.txt", "h.txt"]]


def test_decisions_file_joins_and_splits_by_name_and_document(tmp_path):
    a, b, x = _person_doc("a.txt", "市长", "大同市"), _person_doc("b.txt", None, "大同市"), _person_doc("x.txt")
    path = tmp_path / "decisions.csv"
    path.write_text("decision,a,b\nsame,张强@a.txt,張強@x.txt\n", encoding="utf-8")
    assert _persons(resolve([a, b, x], path)[0]) == [["a.txt", "b.txt", "x.txt"]]
    path.write_text("decision,a,b,note\ndifferent,张强@大同市,张强@b.txt,\n", encoding="utf-8")
    # "different" by city and document: b.txt is apart, and not offered as possibly the same
    ents, _ = resolve([a, b], path)
    assert _persons(ents) == [["a.txt"], ["b.txt"]]
    assert not any("possible_same" in e.attributes for e in ents)


def test_review_file_with_decisions_filled_in_is_a_decisions_file(tmp_path):
    from kg.resolve import write_review_csv

    docs = [_person_doc("a.txt", "市长", "大同市"), _person_doc("x.txt")]
    ents, _ = resolve(docs)
    review = tmp_path / "review.csv"
    assert write_review_csv(ents, review) == 1
    lines = review.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("decision,a,b,")
    review.write_text("\n".join([lines[0], "same" + lines[1]]), encoding="utf-8")
    ents2, _ = resolve(docs, review)
    (person,) = [e for e in ents2 if e.type == "PERSON"]
    assert person.attributes["resolution"][0]["rule"] == "decision.same"


def test_bad_decisions_file_names_the_file_and_line(tmp_path):
    import pytest

    from kg.resolve import load_decisions

    path = tmp_path / "d.csv"
    path.write_text("decision,a,b\nmaybe,x,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"d\.csv:2: decision 'maybe'"):
        load_decisions(path)
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks the column"):
        load_decisions(path)


def test_importing_resolution_loads_no_nlp_stack():
    import subprocess
    import sys

    code = "import sys, kg.resolve; print(sorted(m for m in ('spacy', 'onnxruntime') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_resolution_benchmark_meets_its_targets():
    # benchmarks/resolution: 26 real and written documents with gold clusters across them,
    # and the homonym cases (a person of each non-Datong document renamed after a Datong one)
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "resolution"))
    import bench_resolve

    out = bench_resolve.run()
    assert out["documents"] == 26
    assert out["real"]["all"]["bcubed"]["f1"] >= 0.95
    assert out["homonyms"]["renamed"] >= 15
    assert out["homonyms"]["all"]["bcubed"]["f1"] >= 0.95
    persons = out["homonyms"]["PERSON"]["pairwise"]
    assert persons["pred_pairs"] >= 10 and persons["p"] >= 0.98


FEIXI = (
    "肥西县委书记调研环巢湖生态示范区建设\n\n本报讯 8月14日，肥西县委书记李华实地调研肥西县环巢湖生态示范区建设情况。"
    "县委副书记王刚，县委常委、常务副县长陈静陪同调研。\n\n李华一行先后来到派河大道三标段、中派污水处理厂等项目建设现场，"
    "详细察看项目进展情况。县委副书记王刚要求，肥西县各乡镇要做好服务保障工作。\n"
)
FEIDONG = (
    "县政协主席调研产业项目\n\n5月23日上午，县政协主席王刚到肥东县店埠镇、肥东经开区对包联项目进行调研。"
    "县委书记赵明主持召开项目调度会。\n\n王刚先后来到合肥海源机械有限公司车桥项目建设现场，了解工程进展中的问题和困难。"
    "王刚指出，肥东县正处于产业转型升级的关键期，县直相关部门要加强服务协调。\n"
)


def test_county_bodies_and_namesakes_of_two_county_articles_through_the_pipeline():
    # Two articles of one city (合肥) about two counties, written for this test in the
    # manner of county news: each bare 县委 is its county's; the two 王刚 (a deputy party
    # secretary of 肥西, the CPPCC chairman of 肥东) are two persons.
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    docs = [analyse_document(nlp, "feixi.txt", FEIXI), analyse_document(nlp, "feidong.txt", FEIDONG)]
    ents, rels = resolve(docs)
    orgs = {(e.label, tuple(sorted({m.doc for m in e.mentions}))) for e in ents if e.type == "ORG"}
    assert {("肥西县委", ("feixi.txt",)), ("肥东县委", ("feidong.txt",))} <= orgs
    assert not any(e.label == "县委" for e in ents)
    wang = [e for e in ents if e.label == "王刚"]
    assert sorted(sorted({m.doc for m in e.mentions}) for e in wang) == [["feidong.txt"], ["feixi.txt"]]
    by_id = {e.id: e for e in ents}
    employers = {by_id[r.tail].label for r in rels if r.type == "works_for" and by_id[r.head].label == "王刚"}
    assert employers == {"肥西县委", "肥东县政协"}


def test_cross_document_comparisons_grow_linearly_with_the_corpus(monkeypatch):
    # Blocking by name: a person is compared with the groups of its name in its city (and
    # the possible-same candidates, capped), never with the whole corpus. Four times the
    # documents, at most about four times the comparisons.
    import kg.resolve.corpus as corpus

    cities = ["大同市", "太原市", "长治市", "晋中市", "朔州市", None]
    names = ["王伟", "张伟", "李军", "刘洋", "陈静", "杨帆", "赵磊", "黄勇"]

    def corpus_of(n: int) -> list[DocumentResult]:
        docs = []
        for d in range(n):
            ms = [_m(names[(d + k) % len(names)], "PERSON", 10 * k) for k in range(3)]
            rels = [_post(f"{d}.txt", 0, ["市长", "副市长", "局长"][d % 3])]
            docs.append(DocumentResult(f"{d:04d}.txt", ms, rels, 1, home_city=cities[d % len(cities)]))
        return docs

    def comparisons(n: int) -> int:
        calls = [0]
        for fn in ("person_conflict", "_link_reason"):
            original = getattr(corpus, fn)

            def counted(*args, _f=original, **kwargs):
                calls[0] += 1
                return _f(*args, **kwargs)

            monkeypatch.setattr(corpus, fn, counted)
        resolve(corpus_of(n))
        monkeypatch.undo()
        return calls[0]

    small, large = comparisons(120), comparisons(480)
    assert small > 100
    assert large <= 4.5 * small


def test_kg_build_applies_a_decisions_file_and_rejects_a_bad_one(tmp_path, capsys):
    import json

    from kg.cli import main

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "feixi.txt").write_text(FEIXI, encoding="utf-8")
    (texts / "feidong.txt").write_text(FEIDONG, encoding="utf-8")
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("# the user knows better\ndecision,a,b\nsame,王刚@feixi.txt,王刚@feidong.txt\n", "utf-8")
    out = tmp_path / "out"
    assert main(["build", str(texts), "--out", str(out), "--jobs", "1", "--resolutions", str(decisions)]) == 0
    first = (out / "entities.jsonl").read_bytes()
    wang = [e for e in map(json.loads, first.decode("utf-8").splitlines()) if e["label"] == "王刚"]
    assert len(wang) == 1 and {m["doc"] for m in wang[0]["mentions"]} == {"feixi.txt", "feidong.txt"}
    assert wang[0]["attributes"]["resolution"][-1]["rule"] == "decision.same"
    # stable: the same decisions give the same bytes on a rebuild
    assert main(["build", str(texts), "--out", str(out), "--jobs", "1", "--resolutions", str(decisions)]) == 0
    assert (out / "entities.jsonl").read_bytes() == first
    decisions.write_text("decision,a,b\nperhaps,王刚,王刚\n", encoding="utf-8")
    assert main(["build", str(texts), "--out", str(tmp_path / "o2"), "--resolutions", str(decisions)]) == 2
    assert "decisions.csv:2: decision 'perhaps'" in capsys.readouterr().err
    assert not (tmp_path / "o2" / "entities.jsonl").exists()


def test_generic_projects_stay_in_their_document_and_named_ones_join():
    # a project named only by what it builds holds in its document; a name with a company joins
    generic = {"generic_name": True, "common_tail": 7}

    def doc(d: str) -> DocumentResult:
        ms = [_m("污水处理厂项目", "PROJECT", 0, dict(generic)), _m("宏达光伏项目", "PROJECT", 20)]
        return DocumentResult(d, ms, [], 1)

    ents, _ = resolve([doc("a.txt"), doc("b.txt")])
    docs = sorted((e.label, tuple(sorted({m.doc for m in e.mentions}))) for e in ents)
    assert docs == [
        ("宏达光伏项目", ("a.txt", "b.txt")),
        ("污水处理厂项目", ("a.txt",)),
        ("污水处理厂项目", ("b.txt",)),
    ]


def test_projects_of_two_counties_do_not_join_on_their_name_without_the_place():
    # written for this test: each county's "污水处理厂项目" is its own, in one article or two
    # (not "某县集中开工项目": that names a class of projects, no project)
    from kg.nlp.document import analyse_document
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    texts = {
        "a.txt": "本报讯 肥西县污水处理厂项目和肥东县污水处理厂项目同日启动。",
        "b.txt": "本报讯 长丰县污水处理厂项目昨日启动，长丰县标准化厂房项目同时开工。",
        "c.txt": "本报讯 庐江县标准化厂房项目开工，总投资3亿元。",
    }
    ents, _ = resolve([analyse_document(nlp, d, t) for d, t in texts.items()])
    projects = {e.label: sorted({m.doc for m in e.mentions}) for e in ents if e.type == "PROJECT"}
    assert projects["肥西县污水处理厂项目"] == projects["肥东县污水处理厂项目"] == ["a.txt"]
    assert projects["长丰县污水处理厂项目"] == ["b.txt"]
    assert projects["长丰县标准化厂房项目"] == ["b.txt"] and projects["庐江县标准化厂房项目"] == ["c.txt"]
    assert len([e for e in ents if e.type == "PROJECT"]) == 5
