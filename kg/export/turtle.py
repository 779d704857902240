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
  confidence, rule, inferred flag and ``kg:evidence`` nodes (sentence, offsets, document).

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
19
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

from kg.export import register_exporter
from kg.graph import entity_nodes, relation_edges, value_label
from kg.io import atomic_write
from kg.namespaces import (
    KG,
    PREFIXES,
    amount_iri,
    amount_literal,
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    post_iri,
    vocabulary,
)

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
    >>> sorted(str(o) for s, p, o in graph_triples(to_graph([Entity("x", "PLACE", "广灵县")], []))
    ...        if p == RDFS.label)
    ['广灵县']
    """
    vocab = vocabulary()
    out: set[Triple] = set()
    add = out.add
    documents: Mapping[str, Mapping[str, Any]] = G.graph.get("documents", {})
    doc_ids: set[str] = set(documents)

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

    for node, d in entity_nodes(G):
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
        add((s, SDO.identifier, Literal(node)))
        for m in d.get("mentions") or ():
            doc = _get(m, "doc")
            doc_ids.add(doc)
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
            if place in G and G.nodes[place].get("kind") == "entity":
                pd = G.nodes[place]
                # schema:location names a Place; a body that hosts the meeting goes by its name.
                if pd.get("type") == "PLACE":
                    add((s, SDO.location, entity_iri(place)))
                else:
                    add((s, SDO.location, Literal(str(pd.get("label", place)), lang="zh")))
            else:
                add((s, SDO.location, Literal(str(place), lang="zh")))

    for head, target, rid, d in relation_edges(G):
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
            o = _post(rid, head, value, G, add, add_types)
        elif G.nodes[target].get("kind") == "entity":
            o = entity_iri(target)
        else:
            raise ValueError(f"relation {rid!r} ({rtype}): tail {target!r} is not an entity")
        add((s, pred, o))

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
            doc_ids.add(doc)
            add((f, KG.evidence, e))
            add((f, PROV.wasDerivedFrom, document_iri(doc)))
            add_types(e, KG.Evidence)
            add((e, KG.text, Literal(text)))
            add((e, KG.start, Literal(int(start))))
            add((e, KG.end, Literal(int(end))))
            add((e, PROV.wasQuotedFrom, document_iri(doc)))

    for doc_id in doc_ids:
        info = documents.get(doc_id, {})
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
    return out


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


def _post(rid: str, head: str, value: Mapping[str, Any], G: nx.MultiDiGraph, add, add_types) -> URIRef:
    position = value.get("position")
    if not position:
        raise ValueError(f"relation {rid!r} (holds_position): value {dict(value)!r} has no 'position'")
    org = value.get("org")
    p = post_iri(str(position), org, head)
    add_types(p, KG.Position)
    add((p, RDFS.label, Literal(str(position), lang="zh")))
    if org and org in G and G.nodes[org].get("kind") == "entity":
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


# --- deterministic Turtle writer -----------------------------------------------------------

# A local name that needs no escaping in a Turtle (and SPARQL) prefixed name, ASCII only.
_PN_LOCAL = re.compile(r"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_STRING_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_STRING_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _STRING_ESCAPES})
# Looked up once: attribute access on rdflib's DefinedNamespace is slow in a hot loop.
_XSD_STRING, _XSD_INTEGER, _XSD_DECIMAL, _XSD_BOOLEAN = XSD.string, XSD.integer, XSD.decimal, XSD.boolean
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x21), *map(ord, '<>"{}|^`\\'))}


class _Writer:
    """Turns rdflib terms into Turtle text, remembering the text of each IRI."""

    def __init__(self, prefixes: Mapping[str, Namespace]):
        # Longest namespace first, so ent: wins over a shorter namespace that also matches.
        self.namespaces = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.cache: dict[str, str] = {str(RDF.type): "a"}

    def iri(self, iri: str) -> str:
        text = self.cache.get(iri)
        if text is None:
            text = "<" + iri.translate(_IRI_ESCAPES) + ">"
            for ns, prefix in self.namespaces:
                if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri, len(ns)):
                    text = f"{prefix}:{iri[len(ns) :]}"
                    break
            self.cache[iri] = text
        return text

    def term(self, t: Node) -> str:
        if isinstance(t, URIRef):
            return self.iri(str(t))
        if isinstance(t, BNode):
            return f"_:{t}"
        if isinstance(t, Literal):
            lexical = str(t)
            if t.language:
                return f'"{lexical.translate(_STRING_ESCAPES)}"@{t.language}'
            dtype = t.datatype
            if dtype is None or dtype == _XSD_STRING:
                return f'"{lexical.translate(_STRING_ESCAPES)}"'
            if (
                (dtype == _XSD_INTEGER and _INTEGER.fullmatch(lexical))
                or (dtype == _XSD_DECIMAL and _DECIMAL.fullmatch(lexical))
                or (dtype == _XSD_BOOLEAN and lexical in ("true", "false"))
            ):
                return lexical
            return f'"{lexical.translate(_STRING_ESCAPES)}"^^{self.iri(str(dtype))}'
        raise TypeError(f"cannot write {t!r} as Turtle")


def _natural(text: str) -> tuple:
    # d000-e2 before d000-e10; the text itself breaks ties (d01 vs d1).
    parts = re.split(r"(\d+)", text)
    return (tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), text)


# Types and names first; on assertions, the triple they are about before its provenance.
_PREDICATE_RANK = {
    p: i for i, p in enumerate(("a", "rdfs:label", "skos:altLabel", "rdf:subject", "rdf:predicate", "rdf:object"))
}


def serialize_turtle(triples: Iterable[Triple], prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
    """Turtle text for ``triples``, sorted: the same triples always give the same text.

    Subjects in natural order of their IRI, ``a`` then ``rdfs:label`` then the other
    predicates by name, objects by their text. Literals keep their language tag and
    datatype; non-ASCII text is written as UTF-8.

    >>> from rdflib import Literal, URIRef
    >>> print(serialize_turtle([(URIRef("http://ex.org/s"), RDFS.label, Literal("张强", lang="zh"))],
    ...                        {"rdfs": Namespace(str(RDFS))}), end="")
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    <http://ex.org/s> rdfs:label "张强"@zh .
    """
    w = _Writer(prefixes)
    by_subject: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(w.term(s), {}).setdefault(w.term(p), set()).add(w.term(o))
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    for subject in sorted(by_subject, key=_natural):
        preds = by_subject[subject]
        body = " ;\n    ".join(
            f"{p} {', '.join(sorted(preds[p]))}" for p in sorted(preds, key=lambda p: (_PREDICATE_RANK.get(p, 9), p))
        )
        lines.append(f"\n{subject} {body} .")
    return "\n".join(lines) + "\n"


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
