"""``kg build --sharded``: the parts hold exactly the single files' lines and graph.ttl's
triples, in named graphs, load in pyoxigraph, and are the same bytes on every run."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pyoxigraph as ox

from kg.cli import main
from kg.export import DEFAULT_EXPORTERS, export
from kg.io import LOCK_FILE
from kg.namespaces import NAMED_GRAPHS, graph_iri
from kg.shards import KINDS, MANIFEST_FILE, write_shards

ROOT = Path(__file__).resolve().parent.parent


def triples_of_turtle(path: Path) -> set[tuple[str, str, str]]:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in store}


def test_parts_are_the_single_outputs_split(gold_graph, tmp_path):
    single, sharded = tmp_path / "single", tmp_path / "sharded"
    export(gold_graph, single, DEFAULT_EXPORTERS)
    # Small parts, so that every kind has several.
    write_shards(gold_graph, sharded, records_per_part=2, quads_per_part=100)
    manifest = json.loads((sharded / MANIFEST_FILE).read_text("utf-8"))
    for kind, single_file in KINDS.items():
        parts = manifest[kind]
        assert len(parts) > 1
        blobs = [(sharded / p["path"]).read_bytes() for p in parts]
        assert [hashlib.sha256(b).hexdigest() for b in blobs] == [p["sha256"] for p in parts]
        lines = b"".join(gzip.decompress(b) for b in blobs)
        assert lines == (single / single_file).read_bytes()
        assert sum(p["records"] for p in parts) == lines.count(b"\n")
    # mentions/ and evidence/: the entities' mentions and the facts' evidence, one a line.
    entities = [json.loads(x) for x in (single / "entities.jsonl").read_text("utf-8").splitlines()]
    relations = [json.loads(x) for x in (single / "relations.jsonl").read_text("utf-8").splitlines()]
    for table, expected in (
        ("mentions", [{"entity": e["id"], **m} for e in entities for m in e["mentions"]]),
        ("evidence", [{"relation": r["id"], **ev} for r in relations for ev in r["evidence"]]),
    ):
        assert len(manifest[table]) > 1 and expected
        lines = b"".join(gzip.decompress((sharded / p["path"]).read_bytes()) for p in manifest[table])
        assert [json.loads(x) for x in lines.splitlines()] == expected
    # The union of the RDF parts is graph.ttl, each triple once, in its named graph.
    store = ox.Store()
    for p in manifest["rdf"]:
        store.bulk_load(gzip.decompress((sharded / p["path"]).read_bytes()), format=ox.RdfFormat.N_QUADS)
    quads = list(store)
    assert len(quads) == sum(p["quads"] for p in manifest["rdf"])
    assert {(str(q.subject), str(q.predicate), str(q.object)) for q in quads} == triples_of_turtle(single / "graph.ttl")
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(quads)
    by_graph = {name: sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri(name)))))
                for name in NAMED_GRAPHS}  # fmt: skip
    assert all(by_graph.values()) and sum(by_graph.values()) == len(quads)
    # Assertion nodes are provenance, not facts; what the documents are is in their graph.
    rdf_subject = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    graph = {name: ox.NamedNode(str(graph_iri(name))) for name in NAMED_GRAPHS}
    assert not list(store.quads_for_pattern(None, rdf_subject, None, graph["facts"]))
    assert list(store.quads_for_pattern(None, rdf_subject, None, graph["provenance"]))
    assert all("/id/doc/" in q.subject.value for q in store.quads_for_pattern(None, None, None, graph["documents"]))


def test_same_bytes_again_and_old_parts_removed(gold_graph, tmp_path):
    out = tmp_path / "out"
    first = write_shards(gold_graph, out, records_per_part=3, quads_per_part=50)
    before = {p: p.read_bytes() for p in first}
    second = write_shards(gold_graph, out, records_per_part=1000, quads_per_part=100_000)
    assert not [p for p in first if p not in second and p.exists()]  # the extra parts are gone
    third = write_shards(gold_graph, out, records_per_part=3, quads_per_part=50)
    assert {p: p.read_bytes() for p in third} == before


def test_kg_build_sharded_writes_the_parts_and_no_html(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0]),
                 "--out", str(out), "--jobs", "1", "--no-cache", "--sharded"]) == 0  # fmt: skip
    manifest = json.loads((out / MANIFEST_FILE).read_text("utf-8"))
    assert manifest["entities"] and manifest["relations"] and manifest["documents"] and manifest["rdf"]
    assert not (out / "graph.html").exists() and not (out / "graph.ttl").exists()
    assert [p.name for p in out.iterdir() if p.is_file() and p.name != LOCK_FILE] == [MANIFEST_FILE]


def test_the_workers_write_the_documents_in_parts_by_range_of_names(tmp_path):
    # --sharded --dask: the documents' records stay on the workers, cut into parts by ranges
    # of names (bounds from a sample of names); each part's task writes its documents/ part
    # and the RDF part of their triples and of the activity's prov:used of them (part 0 also
    # the activity's own triples). The parts, in order, are documents.jsonl, and their
    # triples are those of the documents and of the activity of a single build, each once.
    from kg import __version__
    from kg.export.jsonl import _dump
    from kg.export.rdf_records import document_triples
    from kg.export.turtle import build_activity
    from kg.model import DocumentInfo
    from kg.shards import quads_of
    from kg.shards_documents import (
        ActivityHash,
        NameSample,
        gather_documents,
        names_and_hashes,
        split_documents,
        write_documents,
    )

    docs = [
        DocumentInfo(name, name, f"第{i}期 县长调研重点项目", f"{i:064x}", 900, f"2024-05-{i % 28 + 1:02d}")
        for i, name in ((i, f"{(i * 37) % 40:03d}.txt") for i in range(40))
    ]
    sample = NameSample(size=4)
    for d in docs:
        sample.add(d.id)
    bounds = sample.bounds(4)
    assert 1 <= len(bounds) <= 3
    # the records of three analysis tasks, in input order (not in name order)
    splits = [split_documents(bounds, docs[i : i + 15]) for i in range(0, 40, 15)]
    parts = [gather_documents(*[s[p] for s in splits]) for p in range(len(bounds) + 1)]
    hashed = ActivityHash(__version__)
    for part in parts:
        hashed.update(names_and_hashes(part))
    activity = hashed.iri()
    written = [write_documents(str(tmp_path), p, 4 + p, activity, len(docs), part) for p, part in enumerate(parts)]
    lines = b"".join(gzip.decompress((tmp_path / e["path"]).read_bytes()) for (_, e), _ in written)
    assert lines.decode("utf-8") == "".join(_dump(d.to_dict()) for d in sorted(docs, key=lambda d: d.id))
    assert [i for (i, _), _ in written] == list(range(len(parts)))
    assert [i for _, (i, _) in written] == [4 + p for p in range(len(parts))]
    many = [
        q for _, (_, e) in written for q in gzip.decompress((tmp_path / e["path"]).read_bytes()).decode().splitlines()
    ]
    assert len(many) == len(set(many)) == sum(e["quads"] for _, (_, e) in written)
    triples: set = set()
    info = {d.id: d.to_dict() for d in docs}
    for doc_id, d in info.items():
        document_triples(doc_id, d, triples.add)
    assert build_activity(info, triples.add) == activity
    assert sorted(many) == sorted(str(q) + " ." for q in quads_of(triples))
