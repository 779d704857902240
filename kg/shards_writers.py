"""The tasks of ``kg build --sharded --dask`` that write the entities', relations' and RDF parts.

:mod:`kg.shards_cluster` runs them on the workers: an entity bucket's ``entities/`` and
``mentions/`` parts (one per type), a relation bucket's ``relations/`` and ``evidence/``
parts, each with its triples sent on by RDF bucket (a hash range of subjects), and each RDF
bucket's part of the triples it was sent, once each.

What a task holds does not grow with its records: an entity's mentions and a fact's
evidence are written a line at a time from their runs (:mod:`kg.resolve.flat_mentions`),
the triples go to a file of runs per writer as they are made (:class:`TripleSink`), and an
RDF part is sorted in runs of :data:`RDF_RUN` quads on disk, merged as it is written
(:func:`write_rdf`; held whole, a hash range of ~50,000 quads took ~55 MB of a worker).
"""

from __future__ import annotations

import contextlib
import dataclasses
import heapq
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.export.jsonl import _dump
from kg.model import ENTITY_TYPES, Entity, Relation
from kg.resolve import flat
from kg.resolve.flat_mentions import Run, RunWriter, chunked
from kg.shards import PartWriter, graph_of, oxigraph_term
from kg.shards_spill import SPILL

#: Entity id prefixes in sorted order: entity parts are numbered type-major, so that the
#: manifest's order is the id order.
PREFIXES: tuple[str, ...] = tuple(sorted(t.lower() for t in ENTITY_TYPES))
_ID = re.compile(r"[a-z]+-[0-9a-f]{12}")
#: Triples a writer holds before it writes them to its file of runs (:class:`TripleSink`).
SINK_BUFFER = 16_384
#: Quads an RDF part sorts in memory at a time (:func:`write_rdf`).
RDF_RUN = 16_384


class TripleSink:
    """A writer's triples by RDF bucket (:func:`~kg.resolve.flat.partition_of` of the subject),
    written to a file of runs (one per bucket) whenever :data:`SINK_BUFFER` are held, so that
    a bucket of many records or a fact of much evidence is never held whole. The file is
    named anew each time (a task run again after a worker was lost writes its own), in the
    staging folder's spill folder (removed with it)."""

    def __init__(self, stage: str, kind: str, bucket: int, buckets: int, buffer: int | None = None) -> None:
        spill = Path(stage) / SPILL
        spill.mkdir(parents=True, exist_ok=True)
        self.runs = RunWriter(str(spill / f"triples-{kind}-{bucket}-{uuid.uuid4().hex}.runs"))
        self.held: list[set] = [set() for _ in range(buckets)]
        self.buckets, self.buffer, self.size = buckets, buffer or SINK_BUFFER, 0

    def add(self, triple: tuple) -> None:
        held = self.held[flat.partition_of(str(triple[0]), self.buckets)]
        if triple not in held:
            held.add(triple)
            self.size += 1
            if self.size >= self.buffer:
                self._flush()

    def _flush(self) -> None:
        for k, held in enumerate(self.held):
            if held:
                self.runs.add(k, list(held))
                held.clear()
        self.size = 0

    def close(self) -> list[Run | list]:
        """Per RDF bucket, the run of its triples (an empty list for none)."""
        self._flush()
        runs = self.runs.close()
        return [runs.get(k, []) for k in range(self.buckets)]


def _is_entity(node: str) -> bool:
    return bool(_ID.fullmatch(str(node))) and not str(node).startswith("rel-")


def write_entities(
    stage: str, buckets: int, bucket: int, made: tuple[list[Entity], list], labels: list[dict[str, str]]
) -> dict[str, Any]:
    """Write an entity bucket's ``entities/`` and ``mentions/`` parts (one per type) on this
    worker; return their manifest entries, counts by type and the triples by RDF bucket."""
    from rdflib import Literal

    from kg.export.rdf_records import entity_triples, vocabulary
    from kg.namespaces import entity_iri

    entities = made[0]
    label_of: dict[str, str] = {}
    for found in labels:
        label_of.update(found)
    vocab = vocabulary()
    sink = TripleSink(stage, "entities", bucket, buckets)
    entries: dict[str, list] = {"entities": [], "mentions": []}

    def place_object(place: str) -> Any:
        if place.startswith("place-"):
            return entity_iri(place)
        return Literal(label_of.get(place, place), lang="zh")

    by_type: dict[str, list[Entity]] = {}
    for e in entities:
        by_type.setdefault(e.type, []).append(e)
    for etype, ents in sorted(by_type.items()):
        index = PREFIXES.index(etype.lower()) * buckets + bucket
        with contextlib.ExitStack() as stack:
            parts = {kind: PartWriter(Path(stage), kind, index) for kind in ("entities", "mentions")}
            for part in parts.values():  # on an error, their temporary files removed
                stack.push(part.stack.__exit__)
            for e in ents:
                # The lines are written as they are made: an entity's mentions may be merged
                # from runs on disk (kg.resolve.flat_mentions), never all held at once.
                docs = _write_entity(e, parts["entities"], parts["mentions"])
                out: set = set()
                d = {"kind": "entity", "type": e.type, "label": e.label, "aliases": e.aliases}
                d["mentions"] = [{"doc": doc} for doc in docs]  # a mentionedIn triple per document
                entity_triples(e.id, {**d, **e.attributes}, out.add, place_object, lambda doc: None, vocab)
                for t in out:
                    sink.add(t)
            for kind, part in parts.items():
                if part.count:
                    entries[kind].append((index, part.close()))
    return {"entries": entries, "counts": Counter(e.type for e in entities), "triples": sink.close()}


def _write_entity(e: Entity, entities: PartWriter, mentions: PartWriter) -> dict[str, None]:
    """Write ``e``'s line and its mentions' lines (as :func:`kg.shards.record_lines`, one mention
    at a time); return the documents it is mentioned in, in order."""
    attrs = dict(e.attributes)  # the keys of Entity.to_dict, in its order
    head = _dump(
        {"id": e.id, "type": e.type, "label": e.label, "aliases": list(e.aliases), "mentions": [], "attributes": attrs}
    )
    # The mentions' list, written item by item between the line's head and tail (a key
    # cannot occur unescaped in a JSON string, so this is where the list is).
    cut = head.index(', "mentions": []') + len(', "mentions": [')
    entities.write(head[:cut], 1)
    docs: dict[str, None] = {}
    for i, m in enumerate(e.mentions):
        md = m.to_dict()
        entities.write((", " if i else "") + json.dumps(md, ensure_ascii=False))
        mentions.write(_dump({"entity": e.id, **md}), 1)
        docs[m.doc] = None
    entities.write(head[cut:])
    return docs


def write_relations(
    stage: str, buckets: int, bucket: int, relations: list[Relation], derived: list[Relation], activity: Any
) -> dict[str, Any]:
    """Write a relation bucket's ``relations/`` and ``evidence/`` parts; as :func:`write_entities`."""
    from rdflib.namespace import PROV

    from kg.export.rdf_records import relation_triples, vocabulary
    from kg.graph import value_node_id

    rels = sorted(relations + derived, key=lambda r: r.id)
    rels = [dataclasses.replace(r, tail=None) if r.value is not None else r for r in rels]
    vocab = vocabulary()
    sink = TripleSink(stage, "relations", bucket, buckets)
    entries: dict[str, list] = {"relations": [], "evidence": []}
    with contextlib.ExitStack() as stack:
        parts = {kind: PartWriter(Path(stage), kind, bucket) for kind in ("relations", "evidence")}
        for part in parts.values():  # on an error, their temporary files removed
            stack.push(part.stack.__exit__)
        for r in rels:
            # The lines are written as they are made, and the triples sent on as they come:
            # a fact's evidence may be merged from runs on disk (kg.resolve.flat_mentions).
            _write_relation(r, parts["relations"], parts["evidence"])
            target = value_node_id(r.type, r.value, r.head) if r.value is not None else r.tail
            d = {"type": r.type, "value": r.value, "evidence": r.evidence, "confidence": r.confidence}
            d |= {"rule": r.rule, "inferred": r.inferred}
            f = relation_triples(r.head, target, r.id, d, sink.add, _is_entity, lambda doc: None, vocab)
            sink.add((f, PROV.wasGeneratedBy, activity))
        for kind, part in parts.items():
            if part.count:
                entries[kind].append((bucket, part.close()))
    return {"entries": entries, "counts": Counter(r.type for r in rels), "triples": sink.close()}


def _write_relation(r: Relation, relations: PartWriter, evidence: PartWriter) -> None:
    """Write ``r``'s line and its evidence's lines (as :func:`kg.shards.record_lines`, one
    evidence at a time)."""
    head = _dump(dataclasses.replace(r, evidence=[]).to_dict())
    # The evidence list, written item by item between the line's head and tail. The last
    # '"evidence": []' is the record's: after it come a number, a string and a boolean, and
    # a key cannot occur unescaped in a JSON string (a value's own key comes before it).
    cut = head.rindex(', "evidence": []') + len(', "evidence": [')
    relations.write(head[:cut], 1)
    for i, ev in enumerate(r.evidence):
        ed = ev.to_dict()
        relations.write((", " if i else "") + json.dumps(ed, ensure_ascii=False))
        evidence.write(_dump({"relation": r.id, **ed}), 1)
    relations.write(head[cut:])


def write_rdf(stage: str, bucket: int, *shares: Iterable) -> tuple[int, dict] | None:
    """Write the RDF part of a hash range of subjects: the triples every writer sent it, once
    each, sorted as :func:`kg.shards.quads_of` sorts them. They are sorted :data:`RDF_RUN` at
    a time into runs on disk, merged as the part is written."""
    runs = RunWriter(str(Path(stage) / SPILL / f"rdf-{bucket}-{uuid.uuid4().hex}.runs"))
    sorted_runs: list = []
    batch: set = set()
    try:
        for share in shares:
            for t in share:
                batch.add(t)
                if len(batch) >= RDF_RUN:
                    Path(runs.path).parent.mkdir(parents=True, exist_ok=True)
                    for chunk in chunked(_sorted_lines(batch)):
                        runs.add(len(sorted_runs), chunk)
                    sorted_runs.append(len(sorted_runs))
                    batch = set()
        last = _sorted_lines(batch)
        batch = set()
        written = runs.close()
        part = PartWriter(Path(stage), "rdf", bucket)
        with part.stack:  # on an error, the temporary file removed
            previous = None
            for line in heapq.merge(last, *(written[k] for k in sorted_runs)):
                if line != previous:  # a triple sent by two writers, or in two runs
                    part.write(line[1] + " .\n", 1)
                    previous = line
            return (bucket, part.close()) if part.count else None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(runs.path)


def _sorted_lines(triples: set) -> list[tuple[int, str]]:
    """``(graph order, N-Quads line without its " .")`` of rdflib triples, sorted: the order
    of :func:`kg.shards.quads_of` (``pyoxigraph.serialize`` writes a quad as ``str(quad)``
    and " .")."""
    import pyoxigraph as ox

    from kg.namespaces import NAMED_GRAPHS, graph_iri

    graphs = {name: ox.NamedNode(str(graph_iri(name))) for name in NAMED_GRAPHS}
    order = {name: i for i, name in enumerate(NAMED_GRAPHS)}
    term = oxigraph_term
    out = []
    for s, p, o in triples:
        q = ox.Quad(term(s), term(p), term(o), graphs[graph_of(s)])
        out.append((order[graph_of(q.subject.value)], str(q)))
    out.sort()
    return out


def labels_for(made: tuple[list[Entity], list], *wanted: set[str]) -> dict[str, str]:
    """The labels of this bucket's entities that some meeting names as its place."""
    want = set().union(*wanted)
    return {e.id: e.label for e in made[0] if e.id in want}


def all_wanted(*wanted: set[str]) -> set[str]:
    """The union of the buckets' :func:`places_wanted`: one task that every bucket's
    :func:`labels_for` reads (each reading every bucket's set made ~P squared edges of the
    task graph to keep in the scheduler)."""
    return set().union(*wanted)


def all_labels(*labels: dict[str, str]) -> list[dict[str, str]]:
    """The buckets' :func:`labels_for` in one list (the ``labels`` of :func:`write_entities`),
    made once for all buckets (as :func:`all_wanted`)."""
    return list(labels)


def places_wanted(made: tuple[list[Entity], list]) -> set[str]:
    """The entities other than places that this bucket's meetings name as their place."""
    return {p for e in made[0] if (p := e.attributes.get("place")) and not str(p).startswith("place-")}
