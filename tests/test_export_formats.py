"""Every export format round-trips through its reader: networkx (GraphML, GEXF), pyoxigraph
(N-Triples, N-Quads, JSON-LD) and an embedded Cypher database (kuzu) loaded from the Neo4j
CSV files, which answers the mission's three questions in Cypher."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.export import get_exporter
from kg.export.property_graph import to_property_graph
from kg.export.turtle import graph_triples
from kg.graph import to_graph
from kg.model import Entity, Relation
from kg.namespaces import CONTEXT_FILE, DOCUMENTS_GRAPH, FACTS_GRAPH, PROVENANCE_GRAPH

PLAIN = (str, int, float, bool)


@pytest.fixture(scope="module")
def out(gold_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    for name in ("turtle", "graphml", "gexf", "neo4j", "nt.gz", "nq.gz", "jsonld"):
        get_exporter(name)(gold_graph, out)
    return out


@pytest.fixture(scope="module")
def ttl_store(out) -> ox.Store:
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def triples(store: ox.Store) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store}


# --- the property graph ----------------------------------------------------------------------


def test_property_graph_has_plain_attributes_and_every_fact(gold_graph):
    P = to_property_graph(gold_graph)
    assert P.number_of_edges() == gold_graph.number_of_edges()
    for _, d in P.nodes(data=True):
        assert all(isinstance(v, PLAIN) for v in d.values()), d
    for _, _, d in P.edges(data=True):
        assert all(isinstance(v, PLAIN) for v in d.values()), d
    zhang = P.nodes["d001-p5"]
    assert (zhang["label"], zhang["type"], zhang["kind"]) == ("张强", "PERSON", "entity")
    assert P.nodes["d003-e1"]["kg_class"] in ("County", "Place")  # the gold has no gazetteer level
    amounts = [d for _, _, d in P.edges(data=True) if d["type"] == "invested_amount"]
    assert 682000000.0 in {d["amount"] for d in amounts}


def test_value_nodes_come_from_the_edges_value(gold_graph):
    # Whatever node a value relation points at in kg.graph (shared or one per fact), the
    # property graph reads the value from the edge.
    G = gold_graph.copy()
    head, target, key, d = next((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if d["value"])
    G.remove_edge(head, target, key)
    G.add_node("value:per-fact", kind="value", type="X", label="?")
    G.add_edge(head, "value:per-fact", key=key, **d)
    P = to_property_graph(G)
    assert "value:per-fact" not in P
    ((_, tail, data),) = [(u, v, x) for u, v, k, x in P.edges(keys=True, data=True) if k == key]
    assert tail.startswith(("amount:", "post:")) and P.nodes[tail]["kind"] == "value"


def test_to_networkx_writes_and_reads_graphml_and_gexf(tmp_path):
    from kg.api import KnowledgeGraph

    G = KnowledgeGraph(to_graph(
        [Entity("p", "PROJECT", "华兴农博园", ["农博园"]), Entity("o", "ORG", "华兴集团")],
        [Relation("r1", "invested_amount", "p", value={"amount": 2e9, "currency": "CNY"}),
         Relation("r2", "invests_in", "o", "p", confidence=0.8)],
    ))  # fmt: skip
    nxg = G.to_networkx()
    nx.write_graphml(nxg, tmp_path / "g.graphml")
    nx.write_gexf(nxg, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(nxg.nodes(data=True))
    assert back.edges["o", "p", "r2"]["confidence"] == 0.8
    assert nx.read_gexf(tmp_path / "g.gexf").nodes["p"]["label"] == "华兴农博园"


# --- GraphML and GEXF --------------------------------------------------------------------


def test_graphml_round_trips(out, gold_graph):
    P = to_property_graph(gold_graph)
    R = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert dict(R.nodes(data=True)) == dict(P.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in R.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in P.edges(keys=True, data=True)
    }


def test_gexf_round_trips(out, gold_graph):
    P = to_property_graph(gold_graph)
    R = nx.read_gexf(out / "graph.gexf")
    assert set(R.nodes) == set(P.nodes)
    for n, d in P.nodes(data=True):
        assert R.nodes[n] == d, n
    edges = {d["id"]: (u, v, d) for u, v, d in R.edges(data=True)}
    assert len(edges) == P.number_of_edges()
    for u, v, k, d in P.edges(keys=True, data=True):
        ru, rv, rd = edges[k]
        assert (ru, rv) == (u, v)
        assert rd["relation"] == d["type"] and rd["label"] == d["label"]
        assert rd["confidence"] == d["confidence"] and rd.get("amount") == d.get("amount")
    assert "lastmodifieddate" not in (out / "graph.gexf").read_text(encoding="utf-8")


def test_exports_are_byte_identical(out, gold_graph, tmp_path):
    for name, files in (
        ("graphml", ["graph.graphml"]),
        ("gexf", ["graph.gexf"]),
        ("nq.gz", ["graph.nq.gz"]),
        ("jsonld", ["graph.jsonld"]),
        ("neo4j", ["neo4j/rels_CHAIRED.csv", "neo4j/load.cypher"]),
    ):
        get_exporter(name)(gold_graph, tmp_path)
        for f in files:
            assert (tmp_path / f).read_bytes() == (out / f).read_bytes(), f  # fmt: skip


# --- bulk RDF and JSON-LD -------------------------------------------------------------------


def test_ntriples_are_the_triples_of_graph_ttl(out, ttl_store):
    store = ox.Store()
    store.load(gzip.decompress((out / "graph.nt.gz").read_bytes()), format=ox.RdfFormat.N_TRIPLES)
    assert triples(store) == triples(ttl_store)


def test_nquads_split_facts_provenance_and_documents(out, ttl_store):
    store = ox.Store()
    store.load(gzip.decompress((out / "graph.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS)
    assert triples(store) == triples(ttl_store)
    graphs = {str(g.value) for g in store.named_graphs()}
    assert graphs == {str(FACTS_GRAPH), str(PROVENANCE_GRAPH), str(DOCUMENTS_GRAPH)}

    # The facts alone answer the mission's questions; the assertions are elsewhere.
    def count(graph, pattern: str) -> int:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ {pattern} }} }}"
        return int(next(iter(store.query(q)))["n"].value)

    chaired = (
        '?p <http://www.w3.org/2000/01/rdf-schema#label> "张强"@zh ; <https://w3id.org/kg-news/ontology#chaired> ?m'
    )
    assertion = "?f a <https://w3id.org/kg-news/ontology#Assertion>"
    assert count(FACTS_GRAPH, chaired) >= 2
    assert count(FACTS_GRAPH, assertion) == 0
    assert count(PROVENANCE_GRAPH, assertion) == gold_edges(store)
    assert count(DOCUMENTS_GRAPH, "?d a <https://schema.org/NewsArticle>") == 5


def gold_edges(store: ox.Store) -> int:
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s } }"
    return int(next(iter(store.query(q)))["n"].value)


def test_jsonld_round_trips_with_the_published_context(out, ttl_store):
    doc = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    store = ox.Store()
    store.load(path=str(out / "graph.jsonld"), format=ox.RdfFormat.JSON_LD)
    assert triples(store) == triples(ttl_store)
    zhang = next(n for n in doc["@graph"] if n["@id"] == "ent:d001-p5")
    assert zhang["label"] == "张强" and "ent:d001-m1" in json.dumps(zhang["chaired"])


def test_jsonld_keeps_decimal_amounts_and_traditional_names(tmp_path):
    G = to_graph(
        [Entity("p", "PROJECT", "華興農博園")],
        [Relation("r1", "invested_amount", "p", value={"amount": 1.5, "currency": "CNY"})],
    )
    (path,) = get_exporter("jsonld")(G, tmp_path)
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.JSON_LD)
    expected = ox.Store()
    expected.load(
        "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph_triples(G)).encode(),
        format=ox.RdfFormat.N_TRIPLES,
    )
    assert triples(store) == triples(expected)


# --- Neo4j CSV into an embedded Cypher database ---------------------------------------------

_KUZU_TYPES = {"int": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN", "string": "STRING"}


def _split(header: str) -> tuple[str, str]:
    name, _, kind = header.partition(":")
    return name, kind or "string"


def _value(text: str, kind: str):
    return {"int": int, "double": float, "boolean": lambda t: t == "true"}.get(kind, str)(text)


def load_kuzu(neo4j_dir: Path, db_path: Path):
    """Load the neo4j-admin CSV files into kuzu, reading nothing but their headers and rows."""
    kuzu = pytest.importorskip("kuzu")
    conn = kuzu.Connection(kuzu.Database(str(db_path)))
    table_of: dict[str, str] = {}
    for f in sorted(neo4j_dir.glob("nodes_*.csv")):
        table = f.stem[len("nodes_") :]
        rows = list(csv.reader(f.open(encoding="utf-8", newline="")))
        header = rows[0]
        assert header[0] == "id:ID" and header[-1] == ":LABEL", f
        cols = [_split(h) for h in header[1:-1]]
        ddl = ", ".join(f"`{n}` {_KUZU_TYPES[k]}" for n, k in cols)
        conn.execute(f"CREATE NODE TABLE {table}(id STRING, {ddl}, labels STRING, PRIMARY KEY(id))")
        for row in rows[1:]:
            props = {n: _value(v, k) for (n, k), v in zip(cols, row[1:-1], strict=True) if v != ""}
            props.update(id=row[0], labels=row[-1])
            assert table in row[-1].split(";")
            sets = ", ".join(f"`{n}`: ${n}" for n in props)
            conn.execute(f"CREATE (:{table} {{{sets}}})", props)
            table_of[row[0]] = table
    for f in sorted(neo4j_dir.glob("rels_*.csv")):
        rows = list(csv.reader(f.open(encoding="utf-8", newline="")))
        header = rows[0]
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"], f
        rtype = rows[1][2]
        assert f.stem == f"rels_{rtype}"
        cols = [_split(h) for h in header[3:]]
        pairs = sorted({(table_of[r[0]], table_of[r[1]]) for r in rows[1:]})
        ddl = ", ".join([*(f"FROM {a} TO {b}" for a, b in pairs), *(f"`{n}` {_KUZU_TYPES[k]}" for n, k in cols)])
        conn.execute(f"CREATE REL TABLE {rtype}({ddl})")
        for row in rows[1:]:
            props = {n: _value(v, k) for (n, k), v in zip(cols, row[3:], strict=True) if v != ""}
            sets = ", ".join(f"`{n}`: ${n}" for n in props)
            conn.execute(
                f"MATCH (a:{table_of[row[0]]} {{id: $kg_src}}), (b:{table_of[row[1]]} {{id: $kg_dst}}) "
                f"CREATE (a)-[:{rtype} {{{sets}}}]->(b)",
                {**props, "kg_src": row[0], "kg_dst": row[1]},
            )
    return conn


def cypher(conn, query: str) -> list[list]:
    return conn.execute(query).get_all()


@pytest.fixture(scope="module")
def kuzu_conn(out, tmp_path_factory):
    return load_kuzu(out / "neo4j", tmp_path_factory.mktemp("kuzu") / "db")


def test_neo4j_files_load_into_a_cypher_database(kuzu_conn, gold_graph):
    P = to_property_graph(gold_graph)
    tables = ["Person", "Organization", "Place", "Project", "Meeting", "Amount", "Position"]
    nodes = sum(cypher(kuzu_conn, f"MATCH (n:{t}) RETURN count(n)")[0][0] for t in tables)
    assert nodes == P.number_of_nodes()
    assert cypher(kuzu_conn, "MATCH ()-[r]->() RETURN count(r)")[0][0] == P.number_of_edges()


def test_cypher_companies_located_in_a_county(kuzu_conn):
    rows = cypher(
        kuzu_conn,
        """
        MATCH (c:Organization)-[:LOCATED_IN*1..3]->(p:Place {lookup: '广灵县'})
        RETURN DISTINCT c.label ORDER BY c.label""",
    )
    assert ["广灵县御鑫隆再生资源有限公司"] in rows


def test_cypher_who_chaired_and_attended_which_meeting(kuzu_conn):
    rows = cypher(
        kuzu_conn,
        """
        MATCH (p:Person {lookup: '张强'})-[:CHAIRED]->(m:Meeting)
        OPTIONAL MATCH (a:Person)-[:ATTENDED]->(m)
        RETURN m.label, a.label ORDER BY m.label, a.label""",
    )
    meetings = {m for m, _ in rows}
    assert {"全市重点工程项目调度会", "古城建设专题会"} <= meetings
    assert any(a for _, a in rows)


def test_cypher_how_much_was_invested_in_which_project(kuzu_conn):
    rows = cypher(
        kuzu_conn,
        """
        MATCH (p:Project)-[r:INVESTED_AMOUNT]->(a:Amount)
        RETURN p.label, r.amount, r.qualifier, a.amount ORDER BY r.amount DESC""",
    )
    by_project = {p: (amount, q, node_amount) for p, amount, q, node_amount in rows}
    assert by_project["华阳高性能碳纤维项目"] == (682000000.0, "exact", 682000000.0)
    assert rows[0][1] >= 1e9


def test_neo4j_admin_headers_and_cypher_script(out):
    d = out / "neo4j"
    script = (d / "load.cypher").read_text(encoding="utf-8")
    command = (d / "import.sh").read_text(encoding="utf-8")
    for f in sorted(d.glob("*.csv")):
        assert f"file:///{f.name}" in script and f.name in command, f.name
    header = next(csv.reader((d / "rels_INVESTED_AMOUNT.csv").open(encoding="utf-8")))
    assert {"confidence:double", "inferred:boolean", "amount:double", "currency", "qualifier"} <= set(header)
    header = next(csv.reader((d / "rels_HOLDS_POSITION.csv").open(encoding="utf-8")))
    assert "position" in header
    assert script.count("LOAD CSV WITH HEADERS") == len(list(d.glob("*.csv")))


# --- kg export and kg build --formats -------------------------------------------------------


def test_kg_export_and_build_formats(tmp_path, capsys):
    seed = Path(__file__).resolve().parent.parent / "seeds" / "004_109dd10dde93b1b5.txt"
    built = tmp_path / "built"
    assert main(["build", str(seed), "--out", str(built), "--jobs", "1", "--formats", "turtle,graphml,prov"]) == 0
    names = sorted(p.name for p in built.iterdir() if not p.name.startswith("."))
    assert names == ["documents.jsonl", "entities.jsonl", "graph.graphml", "graph.ttl", "prov.ttl", "relations.jsonl"]
    prov = (built / "prov.ttl").read_text(encoding="utf-8")
    assert "prov:startedAtTime" in prov and "prov:endedAtTime" in prov
    assert "startedAtTime" not in (built / "graph.ttl").read_text(encoding="utf-8")
    assert main(["export", str(built), "--to", "gexf", "--out", str(tmp_path / "x.gexf")]) == 0
    assert nx.read_gexf(tmp_path / "x.gexf").number_of_nodes() > 0
    assert main(["export", str(built), "--to", "neo4j", "--out", str(tmp_path / "neo")]) == 0
    assert (tmp_path / "neo" / "neo4j" / "load.cypher").exists()
    capsys.readouterr()
    assert main(["export", str(built), "--to", "dot"]) == 2
    assert "unknown format 'dot'" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nowhere"), "--to", "gexf"]) == 1
    assert "entities.jsonl" in capsys.readouterr().err
    assert main(["build", str(seed), "--out", str(built), "--formats", "turtle,svg"]) == 2
    assert "unknown --formats svg" in capsys.readouterr().err
