"""``graph.ttl``: the graph as RDF in Turtle, with statement-level provenance.

The vocabulary is ``ontology/kg.ttl``; the constraints every export meets are
``ontology/shapes.ttl``; ``docs/rdf.md`` explains the model with example queries. In short:

* every entity is typed (its ``kg:`` class and all superclasses, ``schema:`` and ``org:``
  included), has one ``rdfs:label`` (``@zh``), ``skos:altLabel`` for aliases,
  ``schema:identifier`` (its JSONL id) and ``kg:mentionedIn`` its documents;
* every relation is one direct triple (``located_in`` -> ``kg:locatedIn``,
  ``chaired`` -> ``kg:chaired``, ``attended`` -> ``kg:attended``, ``invested_amount`` ->
  ``kg:investedAmount``, ``invests_in`` -> ``kg:investsIn``, ``holds_position`` ->
  ``org:holds``, ``works_for`` -> ``kg:worksFor``), and one ``kg:Assertion`` node
  (``fact:<relation id>``, an ``rdf:Statement``) that names that triple and carries
  confidence, rule, inferred flag and ``kg:evidence`` nodes (sentence, offsets, document);
* every entity has ``kg:lookup``: its names in one plain form (simplified, no language tag);
  parent and inverse properties are written out (``org:memberOf``, ``schema:worksFor``,
  ``schema:attendee``); documents are ``schema:NewsArticle``; one ``prov:Activity`` (the
  build: inputs, software and version) generated every assertion.

The Turtle is written by :func:`serialize_turtle`, not by rdflib's serialiser: triples are
sorted, so the same graph gives the same bytes on every run (rdflib does not promise a
stable order), and writing 10^5 triples takes about a second.

Example
-------
>>> from kg.graph import to_graph
>>> from kg.model import Entity, Relation
>>> G = to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
...              [Relation("r1", "chaired", "p1", "m1", rule="chair-pattern")])
>>> ttl = serialize_turtle(graph_triples(G))
>>> [line.strip() for line in ttl.splitlines() if "kg:chaired" in line]
['kg:chaired ent:m1 ;', 'rdf:predicate kg:chaired ;']
>>> len(to_rdf(G))
31
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO
from rdflib.term import Node

from kg import __version__
from kg.export import register_exporter
from kg.export.rdf_records import (  # noqa: F401
    date_literal,
    document_triples,
    entity_triples,
    relation_triples,
    type_adder,
)
from kg.export.turtle_writer import serialize_turtle
from kg.graph import entity_nodes, relation_edges
from kg.io import atomic_write
from kg.namespaces import (  # KG: for the examples
    KG,  # noqa: F401
    PREFIXES,
    build_iri,
    document_iri,
    entity_iri,
    software_iri,
    vocabulary,
)

__all__ = ["TURTLE_FILE", "build_activity", "graph_triples", "serialize_turtle", "to_rdf", "write_turtle"]

log = logging.getLogger(__name__)

TURTLE_FILE = "graph.ttl"

Triple = tuple[Node, Node, Node]

_HEADER = (
    "# kg-news knowledge graph. Vocabulary: ontology/kg.ttl (https://w3id.org/kg-news/ontology#);\n"
    "# constraints: ontology/shapes.ttl; model and example queries: docs/rdf.md.\n"
)


# --- graph -> triples -----------------------------------------------------------------------


def graph_triples(G: nx.MultiDiGraph) -> set[Triple]:
    """All triples of ``graph.ttl`` for ``G`` (see the module docstring for the model).

    Raises ``ValueError`` naming the entity or relation whose type has no ontology term.

    >>> from kg.graph import to_graph
    >>> from kg.model import Entity
    >>> sorted(str(o) for s, p, o in graph_triples(to_graph([Entity("x", "PLACE", "廣靈縣")], []))
    ...        if s == entity_iri("x") and p in (RDFS.label, KG.lookup))
    ['广灵县', '廣靈縣']
    """
    vocab = vocabulary()
    out: set[Triple] = set()
    add = out.add
    documents: Mapping[str, Mapping[str, Any]] = G.graph.get("documents", {})
    doc_ids: set[str] = set(documents)

    add_types = type_adder(add, vocab)

    def place_object(place: str) -> Node:
        if place in G and G.nodes[place].get("kind") == "entity":
            pd = G.nodes[place]
            return entity_iri(place) if pd.get("type") == "PLACE" else Literal(str(pd.get("label", place)), lang="zh")
        return Literal(str(place), lang="zh")

    def is_entity(node: str) -> bool:
        return node in G and G.nodes[node].get("kind") == "entity"

    for node, d in entity_nodes(G):
        entity_triples(node, d, add, place_object, doc_ids.add, vocab)
    facts: list[URIRef] = []
    for head, target, rid, d in relation_edges(G):
        facts.append(relation_triples(head, target, rid, d, add, is_entity, doc_ids.add, vocab))

    for doc_id in doc_ids:
        document_triples(doc_id, documents.get(doc_id, {}), add, vocab)
    activity = build_activity({d: documents.get(d, {}) for d in doc_ids}, add, add_types)
    for f in facts:
        add((f, PROV.wasGeneratedBy, activity))
    return out


def build_activity(
    documents: Mapping[str, Mapping[str, Any]], add=None, add_types=None, activity: URIRef | None = None
) -> URIRef:
    """The ``prov:Activity`` of the build that read ``documents``; its triples go to ``add``.

    Deterministic: no clock time (see ``ontology/kg.ttl``); the IRI is a hash of kg's
    version and the inputs. The activity used every document and was run by kg (a
    ``prov:SoftwareAgent`` with ``schema:softwareVersion``).

    >>> triples = set()
    >>> a = build_activity({"a.txt": {"sha256": "00"}}, triples.add)
    >>> (a, PROV.used, document_iri("a.txt")) in triples
    True

    ``activity``: its IRI, when the documents are not all at hand (``kg build --sharded
    --dask`` hashes them a part at a time, :class:`kg.shards_cluster.ActivityHash`).
    """
    activity = activity if activity is not None else build_iri(__version__, documents)
    if add is None:
        return activity
    if add_types is None:

        def add_types(s: URIRef, cls: URIRef) -> None:
            add((s, RDF.type, cls))

    software = software_iri(__version__)
    add((activity, RDF.type, PROV.Activity))
    add((activity, RDFS.label, Literal(f"kg build of {len(documents)} document(s)")))
    add((activity, PROV.wasAssociatedWith, software))
    for doc in documents:
        add((activity, PROV.used, document_iri(doc)))
    add((software, RDF.type, PROV.SoftwareAgent))
    add((software, RDF.type, PROV.Agent))
    add((software, RDF.type, SDO.SoftwareApplication))
    add((software, RDFS.label, Literal(f"kg {__version__}")))
    add((software, SDO.name, Literal("kg")))
    add((software, SDO.softwareVersion, Literal(__version__)))
    return activity


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The graph as an rdflib ``Graph`` (the same triples as ``graph.ttl``), prefixes bound.

    >>> from kg.graph import to_graph
    >>> from kg.model import Entity
    >>> g = to_rdf(to_graph([Entity("x", "ORG", "广灵县御鑫隆再生资源有限公司")], []))
    >>> (entity_iri("x"), RDF.type, KG.Company) in g
    True
    """
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    for t in graph_triples(G):
        g.add(t)
    return g


@register_exporter("turtle")
def write_turtle(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.ttl`` into ``out_dir``; return its path.

    >>> import tempfile
    >>> from kg.graph import to_graph
    >>> from kg.model import Entity
    >>> [p.name for p in write_turtle(to_graph([Entity("x", "PLACE", "广灵县")], []), Path(tempfile.mkdtemp()))]
    ['graph.ttl']
    """
    path = out_dir / TURTLE_FILE
    text = serialize_turtle(graph_triples(G))
    with atomic_write(path) as f:
        f.write(_HEADER)
        f.write(text)
    return [path]
