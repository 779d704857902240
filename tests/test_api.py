"""The Python API (``kg.build`` / ``kg.load`` / ``KnowledgeGraph``) on the seed pages.

The seeds are built once per module; expected answers are read from the JSONL files
that ``kg build`` (the command line, in another process) writes for the same input, so
the tests hold whatever the extractor finds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from conftest import ROOT, SEEDS, run_kg_build

import kg
from kg.api import AmbiguousNameError, EntityNotFoundError, KnowledgeGraph
from kg.graph import to_graph
from kg.model import Entity, Relation

OUTPUT_FILES = ("entities.jsonl", "relations.jsonl", "documents.jsonl", "graph.ttl", "graph.html")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


@pytest.fixture(scope="module")
def G() -> KnowledgeGraph:
    return kg.build(SEEDS, progress=False)


@pytest.fixture(scope="module")
def cli_out(tmp_path_factory) -> Path:
    """What ``kg build`` writes for the seeds (a separate process, as a user runs it)."""
    out = tmp_path_factory.mktemp("cli")
    run_kg_build(SEEDS, out, check=True, env=_env())
    return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def jsonl(cli_out) -> dict[str, list[dict]]:
    return {name: _jsonl(cli_out / f"{name}.jsonl") for name in ("entities", "relations", "documents")}


def test_import_kg_is_cheap():
    code = "import kg, sys; print([m for m in ('pandas', 'rdflib', 'spacy', 'networkx') if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True)
    assert done.stdout.strip() == "[]"
    assert kg.build is kg.api.build and kg.KnowledgeGraph is KnowledgeGraph


def test_save_writes_the_files_of_kg_build(G, cli_out, tmp_path):
    written = G.save(tmp_path)
    assert sorted(p.name for p in written) == sorted(OUTPUT_FILES)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (cli_out / name).read_bytes(), name


def test_save_is_staged_and_locked_like_kg_build(G, cli_out, tmp_path, monkeypatch):
    from kg.io import OutputBusy, lock_output

    G.save(tmp_path)
    held = lock_output(tmp_path)
    try:
        with pytest.raises(OutputBusy):
            G.save(tmp_path)
    finally:
        held.close()

    def broken(graph, out_dir):  # the disk fills up half-way through the Turtle file
        (out_dir / "graph.ttl").write_text("@prefix broken", encoding="utf-8")
        raise OSError(28, "No space left on device")

    from kg.export import _REGISTRY, get_exporter

    get_exporter("turtle")
    monkeypatch.setitem(_REGISTRY, "turtle", broken)
    with pytest.raises(OSError):
        G.save(tmp_path)
    for name in OUTPUT_FILES:  # the previous set is whole
        assert (tmp_path / name).read_bytes() == (cli_out / name).read_bytes(), name


def test_load_round_trips(G, cli_out, tmp_path):
    loaded = kg.load(cli_out)
    assert loaded == G
    loaded.save(tmp_path)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (cli_out / name).read_bytes(), name
    pd.testing.assert_frame_equal(loaded.entities, G.entities)
    pd.testing.assert_frame_equal(loaded.relations, G.relations)


def test_load_of_a_directory_without_output_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="entities.jsonl"):
        kg.load(tmp_path)


def test_entities_frame_is_entities_jsonl(G, jsonl):
    df = G.entities
    assert list(df.columns) == list(kg.tables.ENTITY_COLUMNS)
    assert len(df) == len(jsonl["entities"]) and df.id.is_unique
    labels = {e["id"]: e["label"] for e in jsonl["entities"]}
    for row, rec in zip(df.to_dict("records"), jsonl["entities"], strict=True):
        assert (row["id"], row["type"], row["label"], row["aliases"]) == (
            rec["id"],
            rec["type"],
            rec["label"],
            rec["aliases"],
        )
        assert row["mentions"] == rec["mentions"] and row["n_mentions"] == len(rec["mentions"])
        assert row["documents"] == sorted({m["doc"] for m in rec["mentions"]})
        attrs = rec["attributes"]
        for key in ("admin_code", "admin_level", "subtype"):
            assert (row[key] if not pd.isna(row[key]) else None) == attrs.get(key), (rec["id"], key)
        date = row["date"].date().isoformat() if not pd.isna(row["date"]) else None
        assert date == attrs.get("date"), rec["id"]
        # A meeting's place: its id and, beside it, its label.
        assert (row["place_id"], row["place"]) == (attrs.get("place"), labels.get(attrs.get("place"))) or (
            attrs.get("place") not in labels and row["place"] == attrs.get("place")
        )


def test_entity_classes_are_those_of_graph_ttl(G):
    df = G.entities
    for cls in ("Company", "County", "GovernmentBody"):
        typed = G.query(f"SELECT ?id WHERE {{ ?e a kg:{cls} ; schema:identifier ?id }}")
        assert set(df.id[df.kg_class == cls]) == set(typed.id), cls
    assert (df.kg_class[df.type == "PERSON"] == "Person").all()


def test_relations_frame_is_relations_jsonl(G, jsonl):
    df = G.relations
    labels = {e["id"]: e["label"] for e in jsonl["entities"]}
    assert len(df) == len(jsonl["relations"]) and df.id.is_unique
    for row, rec in zip(df.to_dict("records"), jsonl["relations"], strict=True):
        assert (row["id"], row["type"], row["head_id"]) == (rec["id"], rec["type"], rec["head"])
        assert row["head_label"] == labels[rec["head"]]
        if "tail" in rec:
            assert (row["tail_id"], row["tail_label"]) == (rec["tail"], labels[rec["tail"]])
        else:
            assert pd.isna(row["tail_id"]) and row["value"] == rec["value"]
        assert row["evidence"] == rec["evidence"] and row["n_evidence"] == len(rec["evidence"])
        if rec["evidence"]:
            first = rec["evidence"][0]
            assert (row["sentence"], row["doc"], row["start"], row["end"]) == (
                first["text"],
                first["doc"],
                first["start"],
                first["end"],
            )
        else:  # inferred facts: no sentence (missing, as pandas marks it)
            assert pd.isna(row["sentence"]) and pd.isna(row["doc"])
        if rec.get("value", {}).get("org"):  # a post's organisation: id and label
            assert (row["org_id"], row["org"]) == (rec["value"]["org"], labels.get(rec["value"]["org"]))
        assert round(row["confidence"], 3) == rec["confidence"] and row["inferred"] == rec["inferred"]
    amounts = df[df.type == "invested_amount"]
    assert len(amounts) == sum(r["type"] == "invested_amount" for r in jsonl["relations"])
    # Yuan stay whole numbers (not 1e+09 floats) next to the rows without an amount.
    assert str(df.amount.dtype) == "Int64"
    expected = [r["value"]["amount"] for r in jsonl["relations"] if r["type"] == "invested_amount"]
    assert amounts.amount.tolist() == expected


def test_documents_frame(G, jsonl):
    assert G.documents.id.tolist() == [d["id"] for d in jsonl["documents"]]
    assert G.documents.chars.tolist() == [d["chars"] for d in jsonl["documents"]]


def test_query_returns_a_dataframe_of_python_values(G, jsonl):
    labels = {e["id"]: e["label"] for e in jsonl["entities"]}
    expected = sorted(
        (labels[r["head"]], r["value"]["amount"]) for r in jsonl["relations"] if r["type"] == "invested_amount"
    )
    q = "SELECT ?project ?yuan WHERE { ?p kg:investedAmount/schema:value ?yuan ; rdfs:label ?project }"
    for engine in ("rdflib", "oxigraph"):
        df = G.query(q, engine=engine)
        assert isinstance(df, pd.DataFrame) and list(df.columns) == ["project", "yuan"]
        assert sorted(zip(df.project, df.yuan, strict=True)) == expected
        assert all(isinstance(v, str) for v in df.project) and all(isinstance(v, int) for v in df.yuan)
    chaired = sorted((labels[r["head"]], labels[r["tail"]]) for r in jsonl["relations"] if r["type"] == "chaired")
    df = G.query("SELECT ?who ?meeting WHERE { ?p kg:chaired ?m . ?p rdfs:label ?who . ?m rdfs:label ?meeting }")
    assert sorted(df.itertuples(index=False, name=None)) == chaired


def test_query_ask_construct_and_errors(G):
    from kg.query import QueryError

    assert G.query("ASK { ?p a kg:Person }") is True
    assert G.query("ASK { ?p a kg:Person ; rdfs:label 'nobody' }") is False
    triples = G.query("CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert len(triples) == (G.entities.type == "PERSON").sum()
    with pytest.raises(QueryError):
        G.query("SELECT ?x WHERE { ?x")
    with pytest.raises(ValueError, match="engine"):
        G.query("ASK {}", engine="nope")


def test_to_rdf_and_to_networkx(G, cli_out):
    from rdflib import Graph

    assert G.to_rdf().isomorphic(Graph().parse(cli_out / "graph.ttl"))
    nxg = G.to_networkx()
    assert isinstance(nxg, nx.MultiDiGraph)
    assert nxg.number_of_edges() == len(G.relations)
    nxg.remove_nodes_from(list(nxg.nodes))  # a copy: the KnowledgeGraph is unchanged
    assert len(G.to_networkx()) > 0


def _a_chair(jsonl) -> tuple[dict, dict]:
    """A chaired fact of the seed build and the person who chaired."""
    chaired = [r for r in jsonl["relations"] if r["type"] == "chaired"]
    if not chaired:
        pytest.skip("the extractor finds no chaired meeting in the seeds")
    person = next(e for e in jsonl["entities"] if e["id"] == chaired[0]["head"])
    return chaired[0], person


def test_neighbourhood_of_a_person_holds_the_meeting_they_chaired(G, jsonl):
    fact, person = _a_chair(jsonl)
    same_name = [e for e in jsonl["entities"] if e["label"] == person["label"]]
    name = person["label"] if len(same_name) == 1 else person["id"]
    sub = G.neighbourhood(name)
    ids = set(sub.entities.id)
    assert {person["id"], fact["tail"]} <= ids
    assert fact["id"] in set(sub.relations.id)
    # Exactly the entities one fact away, and only facts among the kept entities.
    around = {r["tail"] for r in jsonl["relations"] if r["head"] == person["id"] and "tail" in r}
    around |= {r["head"] for r in jsonl["relations"] if r.get("tail") == person["id"]}
    orgs = {r["value"].get("org") for r in jsonl["relations"] if r["head"] == person["id"] and "value" in r}
    assert ids == ({person["id"]} | around | orgs) - {None}
    assert set(sub.relations.head_id) <= ids and set(sub.relations.tail_id.dropna()) <= ids
    assert len(sub.entities) < len(G.entities)
    # hops=0: the person, and the organisations their posts name (a post's org must resolve).
    assert set(G.neighbourhood(name, hops=0).entities.id) == ({person["id"]} | orgs) - {None}
    assert ids <= set(G.neighbourhood(name, hops=2).entities.id)


def test_neighbourhood_finds_traditional_spellings(G, jsonl):
    from opencc import OpenCC

    _, person = _a_chair(jsonl)
    traditional = OpenCC("s2t").convert(person["label"])
    assert G.find(traditional).id.tolist() == G.find(person["label"]).id.tolist()
    assert G.find(person["id"]).id.tolist() == [person["id"]]


def test_neighbourhood_unknown_and_ambiguous_names():
    G = KnowledgeGraph(
        to_graph(
            [Entity("o1", "ORG", "晋创谷"), Entity("p1", "PLACE", "晋创谷"), Entity("c1", "ORG", "大同市工信局")],
            [Relation("r1", "located_in", "o1", "p1")],
        )
    )
    with pytest.raises(EntityNotFoundError, match="工信局.*大同市工信局"):
        G.neighbourhood("工信局")
    with pytest.raises(AmbiguousNameError, match="o1.*p1"):
        G.neighbourhood("晋创谷")
    assert set(G.neighbourhood("晋创谷", type="ORG").entities.id) == {"o1", "p1"}
    assert set(G.neighbourhood("p1", hops=0).entities.id) == {"p1"}


def test_build_reports_unreadable_inputs(tmp_path):
    seed = sorted(SEEDS.iterdir())[0]
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\xff")
    with pytest.warns(UserWarning, match="broken.txt"):
        G = kg.build(tmp_path, progress=False)
    assert G.report.documents == 1 and len(G.documents) == 1
    with pytest.raises(ValueError, match="strict"):
        kg.build(tmp_path, strict=True, progress=False)
    (tmp_path / seed.name).unlink()
    with pytest.raises(ValueError, match="no document"), pytest.warns(UserWarning):
        kg.build(tmp_path, progress=False)


# --- fixed schema, long tables, texts -------------------------------------------------------


def test_every_table_has_its_columns_and_dtypes_whatever_the_build_found(G):
    empty = KnowledgeGraph(to_graph([], []))
    for name in ("entities", "relations", "documents", "mentions", "evidence"):
        full, none = getattr(G, name), getattr(empty, name)
        assert list(none.columns) == list(full.columns), name
        assert none.dtypes.to_dict() == full.dtypes.to_dict(), name
    assert str(G.entities.date.dtype) == str(G.documents.date.dtype) == "datetime64[ns]"
    assert str(G.relations.since.dtype) == "datetime64[ns]" and str(G.relations.amount.dtype) == "Int64"
    # Seed meetings have dates: datetimes, not strings.
    dated = G.entities[G.entities.date.notna()]
    assert len(dated) and (dated.type == "MEETING").all()


def test_mentions_and_evidence_are_long_tables_that_index_the_texts(G, jsonl):
    mentions, evidence = G.mentions, G.evidence
    assert len(mentions) == sum(len(e["mentions"]) for e in jsonl["entities"])
    assert len(evidence) == sum(len(r["evidence"]) for r in jsonl["relations"])
    assert set(mentions.entity_id) <= set(G.entities.id) and set(evidence.relation_id) <= set(G.relations.id)
    for m in mentions.itertuples():
        assert G.text(m.doc)[m.start : m.end] == m.text
    for ev in evidence.itertuples():
        assert G.text(ev.doc)[ev.start : ev.end] == ev.sentence
    row = mentions.iloc[0]
    assert f"【{row.text}】" in G.context(row) and f"【{row.text}】" in G.context(row.to_dict())
    with pytest.raises(KeyError, match="nope"):
        G.text("nope")


def test_text_of_an_html_page_is_its_visible_text(tmp_path, monkeypatch):
    page = (
        "<html><head><title>要闻</title><script>var x = 1;</script></head>"
        "<body><p>市长张强主持召开全市重点工程项目调度会。</p></body></html>"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(page, encoding="utf-8")
    H = kg.build(tmp_path / "in", out=tmp_path / "out", progress=False)
    text = H.text("a.html")
    assert "张强" in text and "var x" not in text
    for m in H.mentions.itertuples():
        assert text[m.start : m.end] == m.text
    # Loaded from the output: the text graph.html keeps, even when the page changed since.
    (tmp_path / "in" / "a.html").write_text(page.replace("张强", "李明"), encoding="utf-8")
    assert kg.load(tmp_path / "out").text("a.html") == text
    # Without graph.html the text is read again from the file (its path relative to where
    # the build ran), which must not have changed.
    (tmp_path / "out" / "graph.html").unlink()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match="changed"):
        kg.load("out").text("a.html")


# --- ready answers ----------------------------------------------------------------------------


def test_within_is_transitive_located_in_as_sparql_has_it(G):
    counties = G.entities[G.entities.kg_class.isin(["County", "City"])]
    assert len(counties)
    for place_id in counties.id:
        got = G.within(place_id)
        expected = G.query(f"SELECT DISTINCT ?x WHERE {{ ?x kg:locatedIn+ <{kg.namespaces.entity_iri(place_id)}> }}")
        assert set(got.id) == set(expected.x) - {place_id}, place_id
        assert (got.hops >= 1).all() and set(got.via) <= set(got.id) | {place_id}
    companies = G.within(counties.id.iloc[0], type="Company")
    assert (companies.kg_class == "Company").all()


def test_people_at_an_organisation(G):
    rels = G.relations
    posts = rels[(rels.type == "holds_position") & rels.org_id.notna() & (rels.head_type == "PERSON")]
    org = posts.org_id.value_counts().index[0]
    at = G.people(at=org)
    expected = set(posts[posts.org_id == org].head_id)
    expected |= set(rels[(rels.type == "works_for") & (rels.tail_id == org) & (rels.head_type == "PERSON")].head_id)
    assert set(at.person_id) == expected and (at.org_id == org).all()
    assert set(G.people().person_id) >= expected


def test_timeline_holds_the_dated_meetings_in_order(G):
    t = G.timeline()
    assert list(t.columns) == ["date", "kind", "id", "label", "detail", "doc"]
    meetings = G.entities[(G.entities.type == "MEETING") & G.entities.date.notna()]
    assert set(t[t.kind == "meeting"].id) == set(meetings.id)
    assert t.date.is_monotonic_increasing and str(t.date.dtype) == "datetime64[ns]"


def test_investments_by_county_sum_the_projects(G):
    inv = G.investments()
    assert len(inv) == (G.relations.type == "invested_amount").sum()
    by = G.investments(by="county")
    assert by.amount.sum() == inv.amount.sum() and by.projects.sum() == inv.project_id.nunique()
    for row in by.itertuples():
        if isinstance(row.county_id, str):
            inside = set(G.within(row.county_id).id)
            assert set(inv[inv.county_id == row.county_id].project_id) <= inside
    with pytest.raises(ValueError, match="county"):
        G.investments(by="province")


def test_query_gives_ids_or_iris(G):
    q = "SELECT ?c ?cls WHERE { ?c a kg:Company ; a ?cls . FILTER(?cls = kg:Company) }"
    ids = G.query(q)
    assert set(ids.c) == set(G.entities[G.entities.kg_class == "Company"].id) and set(ids.cls) == {"kg:Company"}
    iris = G.query(q, iris=True)
    assert sorted(iris.c) == sorted(str(kg.namespaces.entity_iri(i)) for i in ids.c)
    facts = G.query("SELECT ?f ?d WHERE { ?f a kg:Assertion ; prov:wasDerivedFrom ?d }")
    assert set(facts.f) <= set(G.relations.id) and set(facts.d) <= set(G.documents.id)


def test_repr_html_is_a_summary_table(G):
    page = G._repr_html_()
    assert "<table" in page and f"{len(G.entities):,} entities" in page
    for kind, n in G.entities.type.value_counts().items():
        assert f"<td style='text-align:left'>{kind}</td><td>{n:,}</td>" in page
