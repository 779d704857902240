"""``kg build --sharded``: the outputs as compressed parts that tools can load in parallel.

Layout of ``--out``::

    manifest.json                        what follows, with record counts and SHA-256 of each part
    documents/part-00000.jsonl.gz …      the lines of documents.jsonl, in order
    entities/part-00000.jsonl.gz …       the lines of entities.jsonl
    relations/part-00000.jsonl.gz …      the lines of relations.jsonl
    mentions/part-00000.jsonl.gz …       one line per mention of an entity: entity, doc, start, end, text
    evidence/part-00000.jsonl.gz …       one line per evidence of a fact: relation, doc, text, start, end
    rdf/part-00000.nq.gz …               the triples of graph.ttl as N-Quads, in three named graphs

The JSONL parts, gunzipped and concatenated in the manifest's order, are byte for byte the
single files that ``kg build`` writes (``mentions`` and ``evidence`` are the mentions of
``entities.jsonl`` and the evidence of ``relations.jsonl``, one a line, in that order, for
tools that load tables); the quads of the RDF parts, without their graph, are the triples of
``graph.ttl``. Named graphs (:data:`kg.namespaces.NAMED_GRAPHS`): ``documents`` holds the
triples about source documents, ``provenance`` the assertion nodes of facts and their
evidence sentences, ``facts`` the rest (entities, their direct relations, posts, amounts),
so that a store can serve the facts without the provenance. Parts are gzip files without a
time stamp: the same graph gives the same bytes. There is no ``graph.html``: a view of a
whole corpus is no use; query the store for a subgraph instead (see the README).

:func:`write_shards` writes the parts of a graph built in one process (``kg build
--sharded``); with ``--dask`` the workers resolve and write them (:mod:`kg.shards_cluster`),
the parts are then ranges of the record ids, and an RDF part holds the triples of a hash
range of subjects.

>>> import tempfile, pathlib
>>> from kg.graph import to_graph
>>> from kg.model import Entity
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> from kg.model import Mention
>>> G = to_graph([Entity("x", "PLACE", "广灵县", mentions=[Mention("a.txt", 0, 3, "广灵县")])], [])
>>> [p.relative_to(out).as_posix() for p in write_shards(G, out)]
['entities/part-00000.jsonl.gz', 'mentions/part-00000.jsonl.gz', 'rdf/part-00000.nq.gz', 'manifest.json']
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export.jsonl import DOCUMENTS_FILE, ENTITIES_FILE, RELATIONS_FILE
from kg.io import atomic_write
from kg.namespaces import DOC, EV, FACT, NAMED_GRAPHS, graph_iri

MANIFEST_FILE = "manifest.json"
FORMAT = "kg-shards/1"
#: Lines per JSONL part and quads per RDF part (a part is a few MB compressed).
RECORDS_PER_PART = 100_000
QUADS_PER_PART = 500_000
#: The JSONL kinds: directory -> the single file whose lines it holds.
KINDS: dict[str, str] = {"documents": DOCUMENTS_FILE, "entities": ENTITIES_FILE, "relations": RELATIONS_FILE}
#: The JSONL tables of what the records hold: directory -> (record kind, field of the record).
TABLES: dict[str, tuple[str, str]] = {"mentions": ("entities", "mentions"), "evidence": ("relations", "evidence")}


def graph_of(subject: Any) -> str:
    """The named graph of a triple, by its subject.

    >>> from kg.namespaces import document_iri, entity_iri, fact_iri
    >>> [graph_of(document_iri("a.txt")), graph_of(fact_iri("r1")), graph_of(entity_iri("e1"))]
    ['documents', 'provenance', 'facts']
    """
    s = str(subject)
    if s.startswith(str(DOC)):
        return "documents"
    if s.startswith(str(FACT)) or s.startswith(str(EV)):
        return "provenance"
    return "facts"


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def record_lines(entities: Iterable[Any], relations: Iterable[Any]) -> dict[str, list[str]]:
    """The lines of the ``entities``, ``relations``, ``mentions`` and ``evidence`` parts of
    these records (``Entity`` and ``Relation``), in their order.

    >>> from kg.model import Entity, Mention
    >>> record_lines([Entity("x", "PLACE", "广灵县", mentions=[Mention("a.txt", 0, 3, "广灵县")])], [])["mentions"]
    ['{"entity": "x", "doc": "a.txt", "start": 0, "end": 3, "text": "广灵县"}\\n']
    """
    from kg.export.jsonl import _dump

    out: dict[str, list[str]] = {"entities": [], "relations": [], "mentions": [], "evidence": []}
    for e in entities:
        d = e.to_dict()
        out["entities"].append(_dump(d))
        out["mentions"].extend(_dump({"entity": e.id, **m}) for m in d["mentions"])
    for r in relations:
        d = r.to_dict()
        out["relations"].append(_dump(d))
        out["evidence"].extend(_dump({"relation": r.id, **ev}) for ev in d["evidence"])
    return out


def _records(G: nx.MultiDiGraph) -> dict[str, Iterable[str]]:
    from kg.export.jsonl import _dump
    from kg.graph import from_graph

    entities, relations = from_graph(G)
    lines = record_lines(entities, relations)
    return {"documents": [_dump(d) for d in G.graph.get("documents", {}).values()], **lines}


def quads_of(triples: Iterable[tuple[Any, Any, Any]]) -> list[Any]:
    """rdflib triples as pyoxigraph quads in their named graphs (:func:`graph_of`), each
    once, sorted by graph, then as N-Quads."""
    import pyoxigraph as ox

    graphs = {name: ox.NamedNode(str(graph_iri(name))) for name in NAMED_GRAPHS}
    term = oxigraph_term
    quads = [ox.Quad(term(s), term(p), term(o), graphs[graph_of(s)]) for s, p, o in set(triples)]
    order = {name: i for i, name in enumerate(NAMED_GRAPHS)}
    quads.sort(key=lambda q: (order[graph_of(q.subject.value)], str(q)))
    return quads


def _quads(G: nx.MultiDiGraph) -> list[Any]:
    """The triples of ``graph.ttl`` as pyoxigraph quads in their named graphs, sorted."""
    from kg.export.turtle import graph_triples

    return quads_of(graph_triples(G))


def write_part(out_dir: Path, kind: str, index: int, data: bytes, count: int) -> tuple[Path, dict]:
    """Write one part (gzip without a time stamp) of ``kind`` (a directory of the layout):
    its path and its manifest entry (path, ``records`` or ``quads``, SHA-256)."""
    part = PartWriter(out_dir, kind, index)
    with part.stack:  # on an error, the temporary file removed
        part.write(data, count)
        return part.path, part.close()


class PartWriter:
    """A part written as its data comes: gzip without a time stamp, the SHA-256 of the
    compressed bytes taken as they are written, the file renamed into place by :meth:`close`,
    which gives its manifest entry. Data is buffered up to ~1 MB before it is compressed, so a
    part of lines made one at a time (an entity of ~380,000 mentions) is never held whole.
    ``stack`` exits the file (removing it when an error ends the writing)."""

    def __init__(self, out_dir: Path, kind: str, index: int) -> None:
        suffix = ".nq.gz" if kind == "rdf" else ".jsonl.gz"
        self.out, self.kind = Path(out_dir), kind
        self.path = self.out / kind / f"part-{index:05d}{suffix}"
        self.stack = contextlib.ExitStack()
        self.count, self.buffer, self.size, self.gz = 0, [], 0, None
        self.sha = hashlib.sha256()

    def write(self, data: bytes | str, records: int = 0) -> None:
        """Add ``data`` (text is written as UTF-8) holding ``records`` records or quads."""
        blob = data.encode("utf-8") if isinstance(data, str) else data
        self.count += records
        self.buffer.append(blob)
        self.size += len(blob)
        if self.size > 1 << 20:
            self._flush()

    def _flush(self) -> None:
        if self.gz is None:
            raw = self.stack.enter_context(atomic_write(self.path, "wb"))
            sha = self.sha

            class Hashed:  # the compressed bytes hashed as they are written
                def write(self, b: bytes) -> int:
                    sha.update(b)
                    return raw.write(b)

                def flush(self) -> None:
                    raw.flush()

            self.gz = gzip.GzipFile(filename="", mode="wb", fileobj=Hashed(), mtime=0, compresslevel=6)
        self.gz.write(b"".join(self.buffer))
        self.buffer, self.size = [], 0

    def close(self) -> dict:
        """Finish the file, rename it into place; its manifest entry."""
        self._flush()
        self.gz.close()
        self.stack.close()
        count_key = "quads" if self.kind == "rdf" else "records"
        return {
            "path": self.path.relative_to(self.out).as_posix(),
            count_key: self.count,
            "sha256": self.sha.hexdigest(),
        }


def remove_old_parts(out_dir: Path, keep: Iterable[Path]) -> None:
    """Delete the parts in ``out_dir`` that are not in ``keep`` (those of an earlier build)."""
    kept = set(keep)
    for kind in (*KINDS, *TABLES, "rdf"):
        for old in sorted((out_dir / kind).glob("part-*")) if (out_dir / kind).is_dir() else []:
            if old not in kept:
                old.unlink()


def new_manifest() -> dict[str, Any]:
    """The manifest's head: format, kg's version, the named graphs."""
    from kg import __version__

    return {"format": FORMAT, "kg": __version__, "graphs": {name: str(graph_iri(name)) for name in NAMED_GRAPHS}}


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> Path:
    path = out_dir / MANIFEST_FILE
    with atomic_write(path) as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return path


def write_shards(
    G: nx.MultiDiGraph, out_dir: Path, records_per_part: int = RECORDS_PER_PART, quads_per_part: int = QUADS_PER_PART
) -> list[Path]:
    """Write the sharded outputs of ``G`` into ``out_dir`` (manifest last); return the paths written.

    Parts of an earlier build that this one did not write again are deleted.
    """
    import pyoxigraph as ox

    manifest = new_manifest()
    written: list[Path] = []

    def part(kind: str, index: int, data: bytes, count: int) -> dict:
        path, entry = write_part(out_dir, kind, index, data, count)
        written.append(path)
        return entry

    for kind, lines in _records(G).items():
        manifest[kind] = [
            part(kind, i, "".join(chunk).encode("utf-8"), len(chunk))
            for i, chunk in enumerate(_chunks(lines, records_per_part))
        ]
    manifest["rdf"] = [
        part("rdf", i, ox.serialize(chunk, format=ox.RdfFormat.N_QUADS), len(chunk))
        for i, chunk in enumerate(_chunks(_quads(G), quads_per_part))
    ]
    remove_old_parts(out_dir, written)
    written.append(write_manifest(out_dir, manifest))
    return written


def oxigraph_term(t: Any) -> Any:
    """The pyoxigraph term of an rdflib term (IRI, blank node or literal, tag and datatype kept).

    >>> from rdflib import Literal
    >>> oxigraph_term(Literal("广灵县", lang="zh"))
    <Literal value=广灵县 language=zh>
    """
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    assert isinstance(t, Literal)
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)
