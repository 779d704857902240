"""The tasks of ``kg build --sharded --dask`` that write the entities', relations' and RDF parts.

:mod:`kg.shards_cluster` runs them on the workers: an entity bucket's ``entities/`` and
``mentions/`` parts (one per type), a relation bucket's ``relations/`` and ``evidence/``
parts, each with its triples sent on by RDF bucket (a hash range of subjects), and each RDF
bucket's part of the triples it was sent, once each.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from kg.export.jsonl import _dump
from kg.model import ENTITY_TYPES, Entity, Relation
from kg.resolve import flat
from kg.shards import PartWriter, quads_of, record_lines, write_part

#: Entity id prefixes in sorted order: entity parts are numbered type-major, so that the
#: manifest's order is the id order.
PREFIXES: tuple[str, ...] = tuple(sorted(t.lower() for t in ENTITY_TYPES))
_ID = re.compile(r"[a-z]+-[0-9a-f]{12}")


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
    triples: list[list] = [[] for _ in range(buckets)]
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
                    triples[flat.partition_of(str(t[0]), buckets)].append(t)
            for kind, part in parts.items():
                if part.count:
                    entries[kind].append((index, part.close()))
    return {"entries": entries, "counts": Counter(e.type for e in entities), "triples": triples}


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
    triples: list[list] = [[] for _ in range(buckets)]
    for r in rels:
        out: set = set()
        target = value_node_id(r.type, r.value, r.head) if r.value is not None else r.tail
        d = {"type": r.type, "value": r.value, "evidence": r.evidence, "confidence": r.confidence}
        d |= {"rule": r.rule, "inferred": r.inferred}
        f = relation_triples(r.head, target, r.id, d, out.add, _is_entity, lambda doc: None, vocab)
        out.add((f, PROV.wasGeneratedBy, activity))
        for t in out:
            triples[flat.partition_of(str(t[0]), buckets)].append(t)
    entries: dict[str, list] = {"relations": [], "evidence": []}
    for kind, lines in record_lines([], rels).items():
        if lines:
            _, entry = write_part(Path(stage), kind, bucket, "".join(lines).encode("utf-8"), len(lines))
            entries[kind].append((bucket, entry))
    return {"entries": entries, "counts": Counter(r.type for r in rels), "triples": triples}


def write_rdf(stage: str, bucket: int, *shares: list) -> tuple[int, dict] | None:
    """Write the RDF part of a hash range of subjects: the triples every writer sent it, once each."""
    import pyoxigraph as ox

    quads = quads_of(t for share in shares for t in share)
    if not quads:
        return None
    return bucket, write_part(Path(stage), "rdf", bucket, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(quads))[
        1
    ]


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
