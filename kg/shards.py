"""``kg build --sharded``: the outputs as compressed parts that tools can load in parallel.

Layout of ``--out``::

    manifest.json                        what follows, with record counts and SHA-256 of each part
    documents/part-00000.jsonl.gz …      the lines of documents.jsonl, in order
    entities/part-00000.jsonl.gz …       the lines of entities.jsonl
    relations/part-00000.jsonl.gz …      the lines of relations.jsonl
    rdf/part-00000.nq.gz …               the triples of graph.ttl as N-Quads, in three named graphs

The JSONL parts, gunzipped and concatenated, are byte for byte the single files that
``kg build`` writes; the quads of the RDF parts, without their graph, are the triples of
``graph.ttl``. Named graphs (:data:`kg.namespaces.NAMED_GRAPHS`): ``documents`` holds the
triples about source documents, ``provenance`` the assertion nodes of facts and their
evidence sentences, ``facts`` the rest (entities, their direct relations, posts, amounts),
so that a store can serve the facts without the provenance. Parts are gzip files without a
time stamp: the same graph gives the same bytes. There is no ``graph.html``: a view of a
whole corpus is no use; query the store for a subgraph instead (see the README).

Resolution still runs in one process before the parts are written; only the output is
sharded (the distributed resolution of issue 20 comes with the public steps of
:mod:`kg.resolve`).

>>> import tempfile, pathlib
>>> from kg.graph import to_graph
>>> from kg.model import Entity
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.relative_to(out).as_posix() for p in write_shards(to_graph([Entity("x", "PLACE", "广灵县")], []), out)]
['entities/part-00000.jsonl.gz', 'rdf/part-00000.nq.gz', 'manifest.json']
"""

from __future__ import annotations

import gzip
import hashlib
import io
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


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(data)
    return buf.getvalue()


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _records(G: nx.MultiDiGraph) -> dict[str, Iterable[str]]:
    from kg.export.jsonl import _dump
    from kg.graph import from_graph

    entities, relations = from_graph(G)
    return {
        "documents": (_dump(d) for d in G.graph.get("documents", {}).values()),
        "entities": (_dump(e.to_dict()) for e in entities),
        "relations": (_dump(r.to_dict()) for r in relations),
    }


def _quads(G: nx.MultiDiGraph) -> list[Any]:
    """The triples of ``graph.ttl`` as pyoxigraph quads in their named graphs, sorted."""
    import pyoxigraph as ox

    from kg.export.turtle import graph_triples

    graphs = {name: ox.NamedNode(str(graph_iri(name))) for name in NAMED_GRAPHS}

    term = oxigraph_term
    quads = [ox.Quad(term(s), term(p), term(o), graphs[graph_of(s)]) for s, p, o in graph_triples(G)]
    order = {name: i for i, name in enumerate(NAMED_GRAPHS)}
    quads.sort(key=lambda q: (order[graph_of(q.subject.value)], str(q)))
    return quads


def write_shards(
    G: nx.MultiDiGraph, out_dir: Path, records_per_part: int = RECORDS_PER_PART, quads_per_part: int = QUADS_PER_PART
) -> list[Path]:
    """Write the sharded outputs of ``G`` into ``out_dir`` (manifest last); return the paths written.

    Parts of an earlier build that this one did not write again are deleted.
    """
    import pyoxigraph as ox

    from kg import __version__

    manifest: dict[str, Any] = {"format": FORMAT, "kg": __version__, "graphs": {}}
    manifest["graphs"] = {name: str(graph_iri(name)) for name in NAMED_GRAPHS}
    written: list[Path] = []

    def part(kind: str, index: int, suffix: str, data: bytes, count_key: str, count: int) -> dict:
        path = out_dir / kind / f"part-{index:05d}{suffix}"
        blob = _gzip(data)
        with atomic_write(path, "wb") as f:
            f.write(blob)
        written.append(path)
        return {
            "path": path.relative_to(out_dir).as_posix(),
            count_key: count,
            "sha256": hashlib.sha256(blob).hexdigest(),
        }

    for kind, lines in _records(G).items():
        manifest[kind] = [
            part(kind, i, ".jsonl.gz", "".join(chunk).encode("utf-8"), "records", len(chunk))
            for i, chunk in enumerate(_chunks(lines, records_per_part))
        ]
    manifest["rdf"] = [
        part("rdf", i, ".nq.gz", ox.serialize(chunk, format=ox.RdfFormat.N_QUADS), "quads", len(chunk))
        for i, chunk in enumerate(_chunks(_quads(G), quads_per_part))
    ]
    keep = set(written)
    for kind in (*KINDS, "rdf"):
        for old in sorted((out_dir / kind).glob("part-*")) if (out_dir / kind).is_dir() else []:
            if old not in keep:
                old.unlink()
    path = out_dir / MANIFEST_FILE
    with atomic_write(path) as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    written.append(path)
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
