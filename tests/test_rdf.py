"""graph.ttl: the Turtle export of the gold graph, read by three parsers, checked by SHACL
and queried with plain SPARQL (explicit PREFIX lines, no kg helpers)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from kg.export import get_exporter
from kg.export.turtle import TURTLE_FILE, graph_triples, serialize_turtle, to_rdf
from kg.graph import to_graph
from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation
from kg.namespaces import (
    ID,
    KG,
    ONTOLOGY_FILE,
    PREFIXES,
    SHAPES_FILE,
    amount_literal,
    entity_iri,
    fact_iri,
    post_iri,
    vocabulary,
)

# Plain Namespaces: rdflib's DefinedNamespace objects at module level make pytest's
# collector emit warnings when it probes them.
SDO = PREFIXES["schema"]
XSD = PREFIXES["xsd"]
PROV = PREFIXES["prov"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

SPARQL_PREFIXES = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


@pytest.fixture(scope="module")
def ttl(gold_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rdf")
    paths = get_exporter("turtle")(gold_graph, out)
    assert paths == [out / TURTLE_FILE]
    return paths[0]


@pytest.fixture(scope="module")
def rdf(ttl) -> Graph:
    return Graph().parse(ttl, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def select(g: Graph, query: str) -> list[tuple]:
    return [tuple(row) for row in g.query(SPARQL_PREFIXES + query)]


# --- parsers -------------------------------------------------------------------------------


def test_rdflib_and_oxigraph_read_the_same_triples(ttl, rdf, gold_graph):
    store = pyoxigraph.Store()
    store.load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(rdf) == len(store) == len(graph_triples(gold_graph))
    assert len(rdf) > 5000


def test_rapper_reads_the_same_triples(ttl, rdf):
    if shutil.which("rapper") is None:
        pytest.skip("rapper not installed (Debian raptor2-utils, listed in .ci/debian-packages.txt)")
    proc = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "Warning" not in proc.stderr and "Error" not in proc.stderr, proc.stderr
    m = re.search(r"returned (\d+) triples", proc.stderr)
    assert m, proc.stderr
    assert int(m.group(1)) == len(rdf)


def test_to_rdf_is_the_same_graph_as_the_file(gold_graph, rdf):
    assert set(to_rdf(gold_graph)) == set(rdf)


# --- SHACL ---------------------------------------------------------------------------------


def test_export_conforms_to_shapes(rdf, shapes):
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_shapes_catch_a_broken_export(rdf, shapes):
    broken = Graph()
    for t in rdf:
        broken.add(t)
    zhang = entity_iri("d001-p5")
    meeting = entity_iri("d001-m1")
    broken.remove((zhang, RDFS.label, None))  # an entity without a label
    broken.remove((zhang, KG.chaired, meeting))  # an assertion without its triple
    broken.add((meeting, KG.attended, meeting))  # a meeting attending: wrong domain, no assertion
    amount = next(broken.subjects(RDF.type, KG.MonetaryAmount))
    broken.set((amount, SDO.currency, Literal("yuan")))  # not an ISO currency
    conforms, results, _ = pyshacl.validate(broken, shacl_graph=shapes, inference="none")
    assert not conforms
    sh = "http://www.w3.org/ns/shacl#"
    focus = {str(o) for o in results.objects(None, URIRef(sh + "focusNode"))}
    values = {str(o) for o in results.objects(None, URIRef(sh + "value"))}
    assert {str(zhang), str(meeting), str(amount)} <= focus
    assert str(fact_iri("d001-r41")) in values  # the assertion whose triple is gone
    assert str(meeting) in values  # the triple without an assertion


# --- plain SPARQL finds the facts ------------------------------------------------------------


def test_zhang_qiang_chaired_the_dispatch_meeting(rdf):
    rows = select(
        rdf,
        """SELECT ?meeting WHERE {
             ?p a kg:Person ; rdfs:label "张强"@zh ; kg:chaired ?m .
             ?m a kg:Meeting ; rdfs:label ?meeting . }""",
    )
    meetings = {str(m) for (m,) in rows}
    assert "全市重点工程项目调度会" in meetings
    assert "古城建设专题会" in meetings


def test_company_located_in_guangling_county(rdf):
    rows = select(
        rdf,
        """SELECT ?name WHERE {
             ?c a kg:Organization ; rdfs:label ?name ; kg:locatedIn ?place .
             ?place rdfs:label "广灵县"@zh . }""",
    )
    assert ("广灵县御鑫隆再生资源有限公司",) in [tuple(str(x) for x in r) for r in rows]
    # Its name ends in 有限公司, so it is also a company in both vocabularies.
    company = select(rdf, 'SELECT ?c WHERE { ?c rdfs:label "广灵县御鑫隆再生资源有限公司"@zh }')[0][0]
    assert (company, RDF.type, KG.Company) in rdf
    assert (company, RDF.type, SDO.Corporation) in rdf


def test_huayang_project_invests_682_million_yuan(rdf):
    rows = select(
        rdf,
        """SELECT ?yuan ?currency ?qualifier WHERE {
             ?p rdfs:label "华阳高性能碳纤维项目"@zh ; kg:investedAmount ?a .
             ?a schema:value ?yuan ; schema:currency ?currency ; kg:qualifier ?qualifier . }""",
    )
    assert len(rows) == 1
    yuan, currency, qualifier = rows[0]
    assert yuan.toPython() == 682000000 and yuan.datatype == XSD.integer
    assert (str(currency), qualifier) == ("CNY", KG.Exact)
    # A numeric filter finds it too: 6.82亿 is below 10亿, 20亿 is not.
    big = select(
        rdf,
        """SELECT ?name WHERE { ?p rdfs:label ?name ; kg:investedAmount/schema:value ?v .
                                FILTER(?v >= 1000000000) }""",
    )
    names = {str(n) for (n,) in big}
    assert "华兴农博园" in names and "华阳高性能碳纤维项目" not in names


def test_evidence_sentence_is_reachable_from_the_fact(rdf):
    rows = select(
        rdf,
        """SELECT ?fact ?sentence ?start ?end ?docid ?confidence ?rule ?inferred WHERE {
             ?p rdfs:label "张强"@zh ; kg:chaired ?m .
             ?m rdfs:label "全市重点工程项目调度会"@zh .
             ?fact rdf:subject ?p ; rdf:predicate kg:chaired ; rdf:object ?m ;
                   kg:confidence ?confidence ; kg:rule ?rule ; kg:inferred ?inferred ;
                   kg:evidence ?ev .
             ?ev kg:text ?sentence ; kg:start ?start ; kg:end ?end ;
                 prov:wasQuotedFrom/schema:identifier ?docid . }""",
    )
    assert len(rows) == 1
    fact, sentence, start, end, docid, confidence, rule, inferred = rows[0]
    assert fact == fact_iri("d001-r41")
    assert str(sentence) == "张强主持召开全市重点工程项目调度会"
    assert str(docid) == "001_dda893dc9e605152.txt"
    # The offsets point at the sentence in the real page.
    text = (SEEDS / str(docid)).read_text(encoding="utf-8")
    assert text[start.toPython() : end.toPython()] == str(sentence)
    assert (float(confidence), str(rule), inferred.toPython()) == (0.9, "gold", False)


def test_holds_position_is_an_org_post(rdf):
    rows = select(
        rdf,
        """SELECT ?title ?orgname WHERE {
             ?p rdfs:label "张强"@zh ; org:holds ?post .
             ?post a org:Post ; rdfs:label ?title .
             OPTIONAL { ?post org:postIn/rdfs:label ?orgname } }""",
    )
    got = {(str(t), str(o) if o is not None else None) for t, o in rows}
    assert ("市委副书记", "市委") in got
    assert ("市委书记", "大同市委") in got
    assert ("市长", None) in got
    # 市长 without an organisation: each holder has his own post.
    assert post_iri("市长", None, "d001-p5") != post_iri("市长", None, "d003-p10")


def test_every_relation_is_a_direct_triple_with_an_assertion(gold_graph, rdf):
    predicates = vocabulary().relation_predicates
    edges = list(gold_graph.edges(keys=True, data=True))
    for head, target, rid, d in edges:
        f = fact_iri(rid)
        s, p, o = rdf.value(f, RDF.subject), rdf.value(f, RDF.predicate), rdf.value(f, RDF.object)
        assert (s, p) == (entity_iri(head), predicates[d["type"]]), rid
        assert (s, p, o) in rdf, rid
        if d["value"] is None:
            assert o == entity_iri(target), rid
    assert len(set(rdf.subjects(RDF.type, KG.Assertion))) == len(edges)
    used = {p for p in rdf.predicates() if p in set(predicates.values())}
    assert used == set(predicates.values())  # the gold has all seven relation types


def test_labels_and_aliases(rdf, gold_graph):
    datong = entity_iri("d000-e1")
    assert list(rdf.objects(datong, RDFS.label)) == [Literal("大同市", lang="zh")]
    assert set(rdf.objects(datong, SKOS.altLabel)) == {Literal("大同", lang="zh"), Literal("我市", lang="zh")}
    entities = [n for n, d in gold_graph.nodes(data=True) if d["kind"] == "entity"]
    for n in entities:
        labels = list(rdf.objects(entity_iri(n), RDFS.label))
        assert len(labels) == 1 and labels[0].language == "zh", n


def test_iris_are_ascii_and_ours(rdf):
    ours = str(ID)
    for t in {x for triple in rdf for x in triple if isinstance(x, URIRef)}:
        assert str(t).isascii(), t
    for s in set(rdf.subjects()):
        assert isinstance(s, URIRef) and str(s).startswith(ours), s


def test_iris_of_non_ascii_ids_are_hashes_stable_across_machines():
    # SHA-1 of the UTF-8 id: the same on every machine and Python (unlike hash()).
    assert str(entity_iri("张强")) == "https://w3id.org/kg-news/id/entity/_h11ca558e102522d1d1bf"
    assert str(entity_iri("d001-p5")) == "https://w3id.org/kg-news/id/entity/d001-p5"
    assert entity_iri("_h11ca558e102522d1d1bf") != entity_iri("张强")  # a raw id cannot pose as a hash


# --- bytes ---------------------------------------------------------------------------------

_EXPORT_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from conftest import gold_records
from kg.graph import to_graph
from kg.export.turtle import write_turtle
write_turtle(to_graph(*gold_records()), Path(sys.argv[1]))
"""


def test_output_is_byte_identical_across_processes(ttl, tmp_path):
    script = _EXPORT_SCRIPT.format(tests=str(ROOT / "tests"))
    outputs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, cwd=ROOT, env=env)
        outputs.append((out / TURTLE_FILE).read_bytes())
    assert outputs[0] == outputs[1] == ttl.read_bytes()


def test_output_does_not_depend_on_input_order(gold_graph):
    from conftest import gold_records

    entities, relations, documents = gold_records()
    shuffled = to_graph(entities[::-1], relations[::-1], documents[::-1])
    assert serialize_turtle(graph_triples(shuffled)) == serialize_turtle(graph_triples(gold_graph))


# --- ontology ------------------------------------------------------------------------------


def test_ontology_declares_every_term_the_export_uses(rdf):
    onto = Graph().parse(ONTOLOGY_FILE, format="turtle")
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(KG._NS))}
    used = {t for triple in rdf for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    assert used <= declared, used - declared
    # ... and the Python namespace lists exactly the ontology's terms.
    assert {KG[name] for name in KG.__annotations__} == declared


# --- attributes on a small graph -------------------------------------------------------------


def _small_graph():
    doc = "003_02c2f344adb7a1d2.txt"
    text = (SEEDS / doc).read_text(encoding="utf-8")
    sentence = "广灵县御鑫隆再生资源有限公司"
    i = text.index(sentence)
    ev = [Evidence(doc, sentence, i, i + len(sentence))]
    entities = [
        Entity("county", "PLACE", "广灵县", ["广灵"], [Mention(doc, i, i + 3, "广灵县")],
               {"admin_code": "140223", "admin_level": "county"}),
        Entity("shanxi", "PLACE", "山西省", [], [], {"admin_code": "14", "admin_level": "province"}),
        Entity("zone", "ORG", "广灵经开区", [], [], {"subtype": "zone"}),
        Entity("bureau", "ORG", "市工信局", [], [], {}),
        Entity("firm", "ORG", sentence, [], [], {}),
        Entity("meeting", "MEETING", "全市重点工程项目调度会", [], [], {"date": "2024-03-05", "place": "county"}),
        Entity("cao", "PERSON", "曹旭", [], [], {}),
        Entity("park", "PROJECT", "华兴农博园", [], [], {}),
    ]  # fmt: skip
    relations = [
        Relation("r1", "located_in", "firm", "county", evidence=ev, confidence=0.83, rule="prefix-county"),
        Relation("r2", "holds_position", "cao", value={"position": "局长", "org": "bureau", "date": "2024-03"},
                 evidence=ev),
        Relation("r3", "invested_amount", "park", value={"amount": 2.0e9, "currency": "CNY", "qualifier": "planned"},
                 evidence=ev),
        Relation("r4", "located_in", "park", "county", inferred=True, rule="zone-in-county"),
    ]  # fmt: skip
    documents = [DocumentInfo(doc, path=f"seeds/{doc}", date="2024-03-06", title="大同日报", chars=len(text))]
    return to_graph(entities, relations, documents)


def test_attributes_become_typed_triples(shapes):
    g = to_rdf(_small_graph())
    county, meeting = entity_iri("county"), entity_iri("meeting")
    assert {KG.County, KG.AdministrativeArea, SDO.AdministrativeArea, KG.Place} <= set(g.objects(county, RDF.type))
    assert g.value(county, KG.adminCode) == Literal("140223")
    # The gazetteer gives provinces two-digit codes.
    assert KG.Province in set(g.objects(entity_iri("shanxi"), RDF.type))
    assert g.value(entity_iri("shanxi"), KG.adminCode) == Literal("14")
    assert g.value(meeting, SDO.startDate) == Literal("2024-03-05", datatype=XSD.date)
    assert g.value(meeting, SDO.location) == county
    assert {KG.DevelopmentZone, KG.Place, KG.Organization} <= set(g.objects(entity_iri("zone"), RDF.type))
    assert KG.GovernmentBody in set(g.objects(entity_iri("bureau"), RDF.type))  # by its suffix 局
    assert KG.Company in set(g.objects(entity_iri("firm"), RDF.type))
    assert g.value(fact_iri("r2"), KG.asOf) == Literal("2024-03", datatype=XSD.gYearMonth)
    assert g.value(fact_iri("r1"), KG.confidence) == Literal("0.83", datatype=XSD.decimal)
    post = g.value(entity_iri("cao"), ORG.holds)
    assert g.value(post, ORG.postIn) == entity_iri("bureau")
    amount = g.value(entity_iri("park"), KG.investedAmount)
    assert g.value(amount, SDO.value) == Literal("2000000000", datatype=XSD.integer)
    assert g.value(amount, KG.qualifier) == KG.Planned
    doc = g.value(fact_iri("r1"), PROV.wasDerivedFrom)
    assert g.value(doc, SDO.datePublished) == Literal("2024-03-06", datatype=XSD.date)
    assert g.value(doc, RDFS.label) == Literal("大同日报", lang="zh")
    # The inferred fact has no evidence and still conforms.
    assert g.value(fact_iri("r4"), KG.inferred) == Literal(True)
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_amounts_are_numbers():
    assert amount_literal(682000000.0) == Literal("682000000", datatype=XSD.integer)
    assert amount_literal(1.5) == Literal("1.5", datatype=XSD.decimal)


def test_bad_input_is_named():
    g = to_graph([Entity("x", "PLACE", "广灵县")], [])
    g.nodes["x"]["type"] = "TOWN"
    with pytest.raises(ValueError, match=r"entity 'x': type 'TOWN'"):
        graph_triples(g)
    bad = to_graph(
        [Entity("p", "PROJECT", "华兴农博园")],
        [Relation("r9", "invested_amount", "p", value={"amount": 1, "qualifier": "roughly"})],
    )
    with pytest.raises(ValueError, match=r"relation 'r9'.*qualifier 'roughly'"):
        graph_triples(bad)


# --- entailment, lookup names, documents and the build activity (issue 19) ----------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def test_export_conforms_under_rdfs_entailment(rdf, shapes, ontology):
    conforms, _, report = pyshacl.validate(rdf, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_shapes_under_rdfs_still_catch_a_wrong_derivation(shapes, ontology):
    broken = to_rdf(_small_graph())
    fact = fact_iri("r1")
    broken.add((fact, PROV.wasDerivedFrom, entity_iri("cao")))  # a fact derived from a person
    conforms, results, _ = pyshacl.validate(broken, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert not conforms
    assert str(fact) in {str(o) for o in results.objects(None, URIRef("http://www.w3.org/ns/shacl#focusNode"))}


def test_parent_properties_answer_without_a_reasoner(rdf, gold_graph):
    works_for = sum(1 for *_, d in gold_graph.edges(data=True) if d["type"] == "works_for")
    attended = sum(1 for *_, d in gold_graph.edges(data=True) if d["type"] == "attended")
    assert works_for and attended
    for parent in ("schema:worksFor", "org:memberOf"):
        rows = select(rdf, f"SELECT ?p ?o WHERE {{ ?p {parent} ?o . ?p a kg:Person . ?o a kg:Organization }}")
        assert len(rows) == len(set(select(rdf, "SELECT ?p ?o WHERE { ?p kg:worksFor ?o }"))) > 0
    rows = select(
        rdf,
        """SELECT ?name WHERE { ?m rdfs:label "全市重点工程项目调度会"@zh ; schema:attendee ?p .
                                               ?p rdfs:label ?name }""",
    )
    assert {str(n) for (n,) in rows} >= {"任希杰", "孟维君", "高新文"}


def test_kg_query_rdfs_entailment_adds_the_other_parents(ttl, capsys):
    from kg.cli import main

    q = "SELECT (COUNT(*) AS ?n) WHERE { ?f prov:wasDerivedFrom ?e . ?e a kg:Evidence }"
    assert main(["query", str(ttl), q, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "0"
    assert main(["query", str(ttl), q, "--format", "csv", "--entailment", "rdfs"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 100
    q = 'SELECT ?e WHERE { ?d schema:mentions ?e . ?e kg:lookup "张强" }'  # inverse of kg:mentionedIn
    assert main(["query", str(ttl), q, "--format", "csv", "--entailment", "rdfs"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 1


def test_traditional_and_simplified_names_find_the_same_county(ttl):
    from kg.query import run_query

    q = 'SELECT ?c ?name WHERE {{ ?c kg:lookup "{}" ; rdfs:label ?name }}'
    simplified = run_query(ttl, q.format("广灵县")).rows
    assert simplified and {str(name) for _, name in simplified} == {"广灵县"}
    assert set(run_query(ttl, q.format("廣靈縣")).rows) == set(simplified)
    assert set(run_query(ttl, q.format("廣靈縣"), engine="oxigraph").rows) == set(simplified)
    # An alias written in traditional characters in the text is found by either form.
    zhang = run_query(ttl, 'SELECT ?p WHERE { ?p kg:lookup "張強" ; a kg:Person }').rows
    assert zhang == [(entity_iri("d001-p5"),)] or entity_iri("d001-p5") in {p for (p,) in zhang}


def test_kg_query_warns_about_a_literal_with_the_wrong_tag(ttl, capsys):
    from kg.cli import main

    assert main(["query", str(ttl), 'SELECT ?c WHERE { ?c rdfs:label "广灵县" }']) == 0
    captured = capsys.readouterr()
    assert "(0 rows)" in captured.out
    assert '"广灵县" matches nothing in the graph, but "广灵县"@zh does' in captured.err
    assert main(["query", str(ttl), 'SELECT ?c WHERE { ?c rdfs:label "廣靈縣"@zh }']) == 0
    assert 'but "广灵县"@zh does' in capsys.readouterr().err
    assert main(["query", str(ttl), 'SELECT ?c WHERE { ?c rdfs:label "广灵县"@zh }']) == 0
    assert capsys.readouterr().err == ""  # rows: no warning
    assert main(["query", str(ttl), 'SELECT ?c WHERE { ?c rdfs:label "没有这个地方"@zh }']) == 0
    assert capsys.readouterr().err == ""  # nothing to hint at


def test_documents_are_news_articles_used_by_one_build(rdf, gold_graph):
    docs = set(rdf.subjects(RDF.type, KG.Document))
    assert docs and docs == set(rdf.subjects(RDF.type, SDO.NewsArticle))
    assert docs <= set(rdf.subjects(RDF.type, SDO.CreativeWork))
    activities = set(rdf.subjects(RDF.type, PROV.Activity))
    assert len(activities) == 1
    activity = activities.pop()
    assert set(rdf.objects(activity, PROV.used)) == docs
    software = rdf.value(activity, PROV.wasAssociatedWith)
    assert (software, RDF.type, PROV.SoftwareAgent) in rdf
    import kg

    assert str(rdf.value(software, SDO.softwareVersion)) == kg.__version__
    facts = set(rdf.subjects(RDF.type, KG.Assertion))
    assert {f for f in facts if rdf.value(f, PROV.wasGeneratedBy) == activity} == facts
    # No clock time in graph.ttl: the same input is the same bytes (times go to prov.ttl).
    assert rdf.value(activity, PROV.startedAtTime) is None


def test_the_build_activity_depends_on_the_inputs_only():
    from conftest import gold_records

    entities, relations, documents = gold_records()
    a = {t for t in graph_triples(to_graph(entities, relations, documents)) if t[1] == PROV.wasGeneratedBy}
    b = {t for t in graph_triples(to_graph(entities[::-1], relations, documents)) if t[1] == PROV.wasGeneratedBy}
    assert a == b
    changed = [DocumentInfo(**{**d.to_dict(), "sha256": "0" * 64}) for d in documents]
    c = {t for t in graph_triples(to_graph(entities, relations, changed)) if t[1] == PROV.wasGeneratedBy}
    assert {o for *_, o in c} != {o for *_, o in a}


def test_a_seed_build_conforms_with_and_without_rdfs_entailment(tmp_path, shapes, ontology):
    """The check of issue 19 on what `kg build` writes (247 violations under RDFS before it)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_readme import build_seeds

    data = Graph().parse(build_seeds(tmp_path), format="turtle")
    for inference in ("none", "rdfs"):
        conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference)
        assert conforms, (inference, report)
