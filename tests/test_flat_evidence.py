"""A fact stated in every document (its evidence grows with the corpus) is made and written
from sorted runs of its evidence (kg.resolve.flat_mentions), as an entity of many mentions
is: the task that makes it holds none of its long runs, its lines are the same bytes as
those of ``resolve()``, and an RDF part is sorted in bounded runs to the same bytes."""

from __future__ import annotations

import gzip

import pyoxigraph as ox
from conftest import document_part_shares
from rdflib import URIRef

from kg import shards_writers
from kg.model import Evidence
from kg.nlp.document import DocumentResult, MentionRecord, RelationRecord
from kg.resolve import flat, resolve
from kg.resolve.flat_mentions import Evidences, Run
from kg.shards import quads_of, record_lines
from kg.shards_writers import TripleSink, write_rdf, write_relations

COUNTY, CITY = "黑石县", "黑石市"  # invented places
ACTIVITY = URIRef("https://example.org/activity")


def _corpus(n: int) -> list[DocumentResult]:
    """``n`` documents, each stating 30 times (in 29 sentences: one said twice) that the
    county is in the city, with a confidence and rule that vary from document to document."""
    docs = []
    for d in range(n):
        name = f"d{d:04d}.txt"
        ms = [MentionRecord(0, 0, 3, COUNTY, COUNTY, "PLACE", "rule", 0.9)]
        ms.append(MentionRecord(0, 4, 7, CITY, CITY, "PLACE", "rule", 0.9))
        rels = []
        for i in range(30):
            s = min(i, 28) * 20  # the last sentence is the one before again
            ev = Evidence(name, f"{COUNTY}位于{CITY}。{s}", s, s + 12)
            rels.append(RelationRecord("located_in", 0, 1, None, ev, f"r{d % 3}", 0.5 + (d % 3) / 10))
        docs.append(DocumentResult(name, ms, rels, 1))
    return docs


def test_the_task_that_makes_a_fact_holds_none_of_its_long_runs(tmp_path):
    held, counts = {}, {}
    for n in (40, 160):
        (tmp_path / str(n)).mkdir()
        shares = document_part_shares(_corpus(n), per_part=10, buckets=2, runs=tmp_path / str(n), kind="relations")
        fact = [f for bucket in shares for share in bucket for f in share.values()]
        # Each part's 300 readings of the fact are a run in a file; what the task loads
        # is where they are, none of them: the same for 4x the documents.
        assert all(isinstance(f["ev"], Run) for f in fact) and len(fact) == n // 10
        held[n] = sum(len(f["ev"]) for f in fact if isinstance(f["ev"], list))
        counts[n] = sum(len(f["ev"]) for f in fact)
        [made] = [r for bucket in shares for r in flat.relation_part(*bucket)]
        assert isinstance(made.evidence, Evidences) and len(made.evidence) == n * 29
        assert (made.confidence, made.rule) == (0.7, "r2")  # the best, first read in d0002
    assert counts == {40: 1200, 160: 4800}
    assert held[40] == held[160] == 0


def test_facts_from_runs_are_those_of_resolve_and_written_to_the_same_bytes(tmp_path):
    results = _corpus(40)  # 600 readings of the fact a part: a run of two chunks
    want_e, want = resolve(results)
    parts = [results[i::2] for i in range(2)]
    got_e, got = flat.resolve_flat(parts, 2, runs=tmp_path)
    [fact] = [r for r in got if r.type == "located_in"]
    assert isinstance(fact.evidence, Evidences) and len(fact.evidence) == 40 * 29
    assert got == want and got_e == want_e
    # Written one evidence at a time, the lines are those of the single files.
    stage = tmp_path / "stage"
    lines: dict[str, list] = {"relations": [], "evidence": []}
    triples = []
    for bucket in range(2):
        made = [r for r in got if flat.id_bucket(r.id, 2) == bucket]
        out = write_relations(str(stage), 2, bucket, made, [], ACTIVITY)
        for kind, written in out["entries"].items():
            lines[kind] += written
        triples += [t for run in out["triples"] for t in run]
    for kind in ("relations", "evidence"):
        parts = [gzip.decompress((stage / e["path"]).read_bytes()).decode("utf-8") for _, e in sorted(lines[kind])]
        text = "".join(parts)
        assert text == "".join(record_lines([], sorted(want, key=lambda r: r.id))[kind])
    assert len(triples) > 40 * 29 * 5  # the evidence's triples, sent on through the runs


def test_an_rdf_part_is_sorted_in_bounded_runs_to_the_same_bytes(tmp_path, monkeypatch):
    _, rels = resolve(_corpus(12))
    sink = TripleSink(str(tmp_path), "relations", 0, 1)
    from kg.export.rdf_records import relation_triples

    for r in rels:
        d = {"type": r.type, "value": r.value, "evidence": r.evidence, "confidence": r.confidence}
        relation_triples(r.head, r.tail, r.id, d | {"rule": r.rule}, sink.add, lambda x: True, lambda doc: None)
    [run] = sink.close()
    triples = list(run)
    want = ox.serialize(quads_of(triples), format=ox.RdfFormat.N_QUADS)
    sorted_at_once: list[int] = []
    real = shards_writers._sorted_lines

    def counted(batch):
        sorted_at_once.append(len(batch))
        return real(batch)

    monkeypatch.setattr(shards_writers, "_sorted_lines", counted)
    monkeypatch.setattr(shards_writers, "RDF_RUN", 100)
    # The same triples sent twice (by two writers): each quad once in the part.
    bucket, entry = write_rdf(str(tmp_path), 0, run, triples[::-1])
    assert gzip.decompress((tmp_path / entry["path"]).read_bytes()) == want
    assert entry["quads"] == len(quads_of(triples)) > 1000
    assert len(sorted_at_once) > 10 and max(sorted_at_once) <= 100
    assert not list((tmp_path / ".kg-spill").glob("rdf-*"))  # its runs removed


def test_a_writer_holds_a_bounded_number_of_triples(tmp_path, monkeypatch):
    results = _corpus(20)
    _, rels = resolve(results)
    held: list[int] = []
    real = TripleSink._flush

    def flush(self):
        held.append(sum(len(h) for h in self.held))
        real(self)

    monkeypatch.setattr(TripleSink, "_flush", flush)
    monkeypatch.setattr(shards_writers, "SINK_BUFFER", 200)
    out = write_relations(str(tmp_path), 3, 0, rels, [], ACTIVITY)
    assert len(held) > 10 and max(held) <= 200
    sent = [t for run in out["triples"] for t in run]
    assert len(set(sent)) > 20 * 29 * 5
