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

import datetime as dt
import logging
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from kg import __version__
from kg.export import register_exporter
from kg.export.turtle_writer import serialize_turtle
from kg.graph import entity_nodes, relation_edges, value_label
from kg.io import atomic_write
from kg.namespaces import (
    KG,
    PREFIXES,
    amount_iri,
    amount_literal,
    build_iri,
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    lookup_form,
    post_iri,
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


def _get(obj: Any, name: str) -> Any:
    # Mentions and evidence are dataclasses in a built graph but may be plain dicts in a
    # graph that a caller assembled by hand.
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name)


def date_literal(value: Any) -> Literal | None:
    """An ``xsd:date`` (or ``xsd:gYearMonth`` / ``xsd:gYear``) for an ISO date, else ``None``.

    >>> date_literal("2024-03-05").n3()
    '"2024-03-05"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> date_literal("2024-03").datatype.endswith("gYearMonth"), date_literal("三月") is None
    (True, True)
    """
    if isinstance(value, dt.date):
        return Literal(value.isoformat()[:10], datatype=XSD.date)
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?", text):
            return Literal(dt.date.fromisoformat(text[:10]).isoformat(), datatype=XSD.date)
        if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:
            return Literal(text, datatype=XSD.gYearMonth)
        if re.fullmatch(r"\d{4}", text):
            return Literal(text, datatype=XSD.gYear)
    except ValueError:
        pass
    return None


def _subtype(d: Mapping[str, Any]) -> str | None:
    # The entity attribute ``kind`` (government, company, zone) cannot reach the graph under
    # that name: graph nodes use ``kind`` for entity/value. Read it as ``subtype``, or as
    # ``kind`` when a graph carries it there instead of "entity".
    kind = d.get("subtype") or d.get("kind")
    return None if kind in (None, "", "entity", "value") else str(kind)


def _confidence(value: Any) -> Literal:
    # Three decimals, as in relations.jsonl; an xsd:decimal so that it prints as 0.9.
    return Literal(format(Decimal(str(round(float(value), 3))), "f"), datatype=XSD.decimal)


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

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

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


def entity_triples(node: str, d: Mapping[str, Any], add, place_object, seen_doc, vocab=None) -> None:
    """The triples of one entity (``d``: its node data, as :func:`kg.graph.to_graph` stores it)
    to ``add``; ``place_object(id)`` is the object of a meeting's ``schema:location``,
    ``seen_doc(doc)`` is called with every document it is mentioned in. Used by
    :func:`graph_triples` and by the sharded build, which writes entities apart.
    """
    vocab = vocab or vocabulary()

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

    s = entity_iri(node)
    etype = d.get("type")
    base = vocab.entity_classes.get(etype)
    if base is None:
        known = ", ".join(sorted(vocab.entity_classes))
        raise ValueError(f"entity {node!r}: type {etype!r} has no class in the ontology (known: {known})")
    label = str(d.get("label", ""))
    classes = {base}
    kind = _subtype(d)
    kind_cls = vocab.kind_classes.get(kind) if kind else None
    if kind_cls is None and not kind and etype in ("ORG", "PLACE"):
        kind_cls = vocab.class_by_suffix(label)
        # A place named like a company is still a place; only zones are both.
        if etype == "PLACE" and kind_cls is not None and KG.Place not in vocab.types_of(kind_cls):
            kind_cls = None
    if kind_cls is not None:
        classes.add(kind_cls)
    level = d.get("admin_level")
    if level or d.get("admin_code"):
        classes.add(vocab.admin_level_classes.get(level, KG.AdministrativeArea))
    for cls in classes:
        add_types(s, cls)
    add((s, RDFS.label, Literal(label, lang="zh")))
    for alias in d.get("aliases") or ():
        if alias and alias != label:
            add((s, SKOS.altLabel, Literal(alias, lang="zh")))
    for name in {label, *(d.get("aliases") or ())}:
        key = lookup_form(str(name)) if name else ""
        if key:
            add((s, KG.lookup, Literal(key)))
    add((s, SDO.identifier, Literal(node)))
    for m in d.get("mentions") or ():
        doc = _get(m, "doc")
        seen_doc(doc)
        add((s, KG.mentionedIn, document_iri(doc)))
    if d.get("admin_code"):
        add((s, KG.adminCode, Literal(str(d["admin_code"]))))
    if d.get("date"):
        lit = date_literal(d["date"])
        if lit is None:
            log.warning("entity %s: date %r is not an ISO date; left out of graph.ttl", node, d["date"])
        else:
            add((s, SDO.startDate, lit))
    place = d.get("place")
    if place:
        add((s, SDO.location, place_object(place)))


def relation_triples(
    head: str, target: str, rid: str, d: Mapping[str, Any], add, is_entity, seen_doc, vocab=None
) -> URIRef:
    """The triples of one relation (``d``: its edge data) to ``add``, but for the
    ``prov:wasGeneratedBy`` of its assertion node, which is returned (the build's activity
    links to every fact). ``is_entity(id)``: whether an id is an entity of the graph."""
    vocab = vocab or vocabulary()

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

    rtype = d.get("type")
    pred = vocab.relation_predicates.get(rtype)
    if pred is None:
        known = ", ".join(sorted(vocab.relation_predicates))
        raise ValueError(f"relation {rid!r}: type {rtype!r} has no property in the ontology (known: {known})")
    s = entity_iri(head)
    value = d.get("value") or {}
    if rtype == "invested_amount":
        o = _amount(rid, value, vocab.qualifiers, add, add_types)
    elif rtype == "holds_position":
        o = _post(rid, head, value, is_entity, add, add_types)
    elif is_entity(target):
        o = entity_iri(target)
    else:
        raise ValueError(f"relation {rid!r} ({rtype}): tail {target!r} is not an entity")
    add((s, pred, o))
    # Parent and inverse properties (kg:worksFor -> org:memberOf, kg:attended ->
    # schema:attendee) are written too, so they answer without a reasoner.
    for parent, inverse in vocab.entailed_properties.get(pred, ()):
        add((o, parent, s) if inverse else (s, parent, o))

    f = fact_iri(rid)
    add_types(f, KG.Assertion)
    add((f, RDF.subject, s))
    add((f, RDF.predicate, pred))
    add((f, RDF.object, o))
    add((f, SDO.identifier, Literal(rid)))
    add((f, KG.confidence, _confidence(d.get("confidence", 1.0))))
    add((f, KG.inferred, Literal(bool(d.get("inferred", False)))))
    if d.get("rule"):
        add((f, KG.rule, Literal(str(d["rule"]))))
    # A post held "since" a date was held at that date too.
    when = value.get("date") or value.get("since")
    if when:
        lit = date_literal(when)
        if lit is not None:
            add((f, KG.asOf, lit))
    for ev in d.get("evidence") or ():
        doc, start, end, text = _get(ev, "doc"), _get(ev, "start"), _get(ev, "end"), _get(ev, "text")
        e = evidence_iri(doc, start, end, text)
        seen_doc(doc)
        add((f, KG.evidence, e))
        add((f, PROV.wasDerivedFrom, document_iri(doc)))
        add_types(e, KG.Evidence)
        add((e, KG.text, Literal(text)))
        add((e, KG.start, Literal(int(start))))
        add((e, KG.end, Literal(int(end))))
        add((e, PROV.wasQuotedFrom, document_iri(doc)))
    return f


def document_triples(doc_id: str, info: Mapping[str, Any], add, vocab=None) -> None:
    """The triples of one source document (``info``: its ``documents.jsonl`` record) to ``add``."""
    vocab = vocab or vocabulary()

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

    s = document_iri(doc_id)
    add_types(s, KG.Document)
    add((s, SDO.identifier, Literal(doc_id)))
    title = info.get("title")
    add((s, RDFS.label, Literal(title, lang="zh") if title else Literal(doc_id)))
    if title:
        add((s, SDO.name, Literal(title, lang="zh")))
    if info.get("path"):
        add((s, KG.path, Literal(str(info["path"]))))
    if info.get("sha256"):
        add((s, KG.sha256, Literal(str(info["sha256"]))))
    if info.get("chars"):
        add((s, KG.charCount, Literal(int(info["chars"]))))
    if info.get("date"):
        lit = date_literal(info["date"])
        if lit is not None:
            add((s, SDO.datePublished, lit))
    if info.get("url"):
        add((s, SDO.url, Literal(str(info["url"]), datatype=XSD.anyURI)))
    if info.get("source"):
        add((s, KG.source, Literal(str(info["source"]))))


def build_activity(documents: Mapping[str, Mapping[str, Any]], add=None, add_types=None) -> URIRef:
    """The ``prov:Activity`` of the build that read ``documents``; its triples go to ``add``.

    Deterministic: no clock time (see ``ontology/kg.ttl``); the IRI is a hash of kg's
    version and the inputs. The activity used every document and was run by kg (a
    ``prov:SoftwareAgent`` with ``schema:softwareVersion``).

    >>> triples = set()
    >>> a = build_activity({"a.txt": {"sha256": "00"}}, triples.add)
    >>> (a, PROV.used, document_iri("a.txt")) in triples
    True
    """
    activity = build_iri(__version__, documents)
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


def _amount(rid: str, value: Mapping[str, Any], qualifiers: Mapping[str, URIRef], add, add_types) -> URIRef:
    if "amount" not in value:
        raise ValueError(f"relation {rid!r} (invested_amount): value {dict(value)!r} has no 'amount'")
    currency = str(value.get("currency") or "CNY")
    qualifier = str(value.get("qualifier") or "exact")
    if qualifier not in qualifiers:
        raise ValueError(
            f"relation {rid!r} (invested_amount): qualifier {qualifier!r} is not one of {sorted(qualifiers)}"
        )
    a = amount_iri(value["amount"], currency, qualifier)
    add_types(a, KG.MonetaryAmount)
    add((a, RDFS.label, Literal(value_label("invested_amount", dict(value)), lang="zh")))
    add((a, SDO.value, amount_literal(value["amount"])))
    add((a, SDO.currency, Literal(currency)))
    add((a, KG.qualifier, qualifiers[qualifier]))
    return a


def _post(rid: str, head: str, value: Mapping[str, Any], is_entity, add, add_types) -> URIRef:
    position = value.get("position")
    if not position:
        raise ValueError(f"relation {rid!r} (holds_position): value {dict(value)!r} has no 'position'")
    org = value.get("org")
    p = post_iri(str(position), org, head)
    add_types(p, KG.Position)
    add((p, RDFS.label, Literal(str(position), lang="zh")))
    if org and is_entity(org):
        add((p, ORG.postIn, entity_iri(org)))
    elif org:
        log.warning("relation %s: post organisation %r is not an entity of the graph; no org:postIn", rid, org)
    return p


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
