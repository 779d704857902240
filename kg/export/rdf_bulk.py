"""Bulk RDF: ``graph.nt.gz`` (N-Triples), ``graph.nq.gz`` (N-Quads in named graphs) and ``prov.ttl``.

The triples are those of ``graph.ttl`` (:func:`kg.export.turtle.graph_triples`), one a line,
sorted, gzipped without a time stamp: the same graph gives the same bytes. Every triple
store loads N-Triples and N-Quads in bulk (``oxigraph load``, ``riot``, ``tdb2.tdbloader``,
Virtuoso's ``ld_dir``, GraphDB's importer).

In ``graph.nq.gz`` each triple is in one of three named graphs, so a store can load or
query the facts alone:

* ``<https://w3id.org/kg-news/id/graph/facts>``: entities (types, labels, ``kg:lookup``,
  attributes), the direct relation triples, amounts and posts;
* ``<https://w3id.org/kg-news/id/graph/provenance>``: the assertion nodes and the evidence
  sentences;
* ``<https://w3id.org/kg-news/id/graph/documents>``: the documents and the build activity.

``prov.ttl`` (exporter ``prov``, not run by default) states when the build ran:
``prov:startedAtTime`` and ``prov:endedAtTime`` of the build's ``prov:Activity`` (the one of
``graph.ttl``). It is kept out of ``graph.ttl`` so that ``graph.ttl`` stays byte-identical
for the same input; two builds give two ``prov.ttl``.

>>> import gzip, tempfile
>>> from kg.graph import to_graph
>>> from kg.model import Entity
>>> out = Path(tempfile.mkdtemp())
>>> [p.name for p in write_nquads(to_graph([Entity("x", "PLACE", "广灵县")], []), out)]
['graph.nq.gz']
>>> [line.split()[2:] for line in gzip.open(out / "graph.nq.gz", "rt", encoding="utf-8") if '广灵县"@zh' in line]
[['"广灵县"@zh', '<https://w3id.org/kg-news/id/graph/facts>', '.']]
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, XSD
from rdflib.term import Node

from kg.export import register_exporter
from kg.export.turtle import build_activity, graph_triples, serialize_turtle
from kg.io import atomic_write
from kg.namespaces import BUILD, DOC, DOCUMENTS_GRAPH, EV, FACT, FACTS_GRAPH, PROVENANCE_GRAPH, SOFTWARE

NT_FILE = "graph.nt.gz"
NQ_FILE = "graph.nq.gz"
PROV_FILE = "prov.ttl"

Triple = tuple[Node, Node, Node]

_PROVENANCE = (str(FACT), str(EV))
_DOCUMENTS = (str(DOC), str(BUILD), str(SOFTWARE))


def nt_term(t: Node) -> str:
    """A term in N-Triples syntax (pyoxigraph's writer does the escaping).

    >>> nt_term(Literal("张\\n强", lang="zh")), nt_term(URIRef("http://ex.org/a"))
    ('"张\\\\n强"@zh', '<http://ex.org/a>')
    """
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return str(ox.NamedNode(str(t)))
    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, Literal):
        if t.language:
            return str(ox.Literal(str(t), language=t.language))
        if t.datatype is not None and t.datatype != XSD.string:
            return str(ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))))
        return str(ox.Literal(str(t)))
    raise TypeError(f"cannot write {t!r} as N-Triples")


def named_graph(subject: Node) -> URIRef:
    """The named graph of a triple of ``graph.ttl``, by its subject (see the module docstring)."""
    s = str(subject)
    if s.startswith(_PROVENANCE):
        return PROVENANCE_GRAPH
    if s.startswith(_DOCUMENTS):
        return DOCUMENTS_GRAPH
    return FACTS_GRAPH


def nquad_lines(triples: Iterable[Triple], quads: bool) -> list[str]:
    """Sorted N-Triples (``quads=False``) or N-Quads lines, each ending in a newline."""
    cache: dict[Node, str] = {}

    def term(t: Node) -> str:
        text = cache.get(t)
        if text is None:
            text = cache[t] = nt_term(t)
        return text

    lines = []
    for s, p, o in triples:
        g = f" {term(named_graph(s))}" if quads else ""
        lines.append(f"{term(s)} {term(p)} {term(o)}{g} .\n")
    lines.sort()
    return lines


def _write_gzip(path: Path, lines: list[str]) -> None:
    with atomic_write(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        for line in lines:
            f.write(line.encode("utf-8"))


@register_exporter("nt.gz")
def write_ntriples(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.nt.gz``: the triples of ``graph.ttl`` as gzipped, sorted N-Triples."""
    path = out_dir / NT_FILE
    _write_gzip(path, nquad_lines(graph_triples(G), quads=False))
    return [path]


@register_exporter("nq.gz")
def write_nquads(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.nq.gz``: the triples of ``graph.ttl`` in three named graphs, gzipped N-Quads."""
    path = out_dir / NQ_FILE
    _write_gzip(path, nquad_lines(graph_triples(G), quads=True))
    return [path]


def _time(value: object) -> Literal:
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return Literal(when.isoformat(timespec="seconds"), datatype=XSD.dateTime)


@register_exporter("prov")
def write_prov(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``prov.ttl``: the build activity of ``graph.ttl`` with the times of this run.

    The times come from ``G.graph["run"]`` (``started`` / ``ended``, ISO 8601), which
    ``kg build`` sets; a graph without them gets the activity without times.
    """
    triples: set[Triple] = set()
    activity = build_activity(G.graph.get("documents", {}), triples.add)
    run = G.graph.get("run") or {}
    if run.get("started"):
        triples.add((activity, PROV.startedAtTime, _time(run["started"])))
    if run.get("ended"):
        triples.add((activity, PROV.endedAtTime, _time(run["ended"])))
    path = out_dir / PROV_FILE
    with atomic_write(path) as f:
        f.write("# When this build ran: the prov:Activity of graph.ttl, with its start and end time.\n")
        f.write(serialize_turtle(triples))
    return [path]
