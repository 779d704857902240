"""The triples of ``graph.ttl`` per record: an entity, a relation (a fact with its
assertion node and evidence), a source document. :func:`kg.export.turtle.graph_triples`
is these for every record of a graph; the sharded build (:mod:`kg.shards_cluster`) calls
them on the workers, one bucket of records at a time.

>>> triples = set()
>>> document_triples("a.txt", {"title": "标题"}, triples.add)
>>> sorted(str(o) for _, p, o in triples if p == RDFS.label)
['标题']
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg.graph import value_label
from kg.namespaces import (
    KG,
    amount_iri,
    amount_literal,
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    lookup_form,
    post_iri,
    vocabulary,
)

log = logging.getLogger("kg.export.turtle")


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


def type_adder(add, vocab) -> Callable[[URIRef, URIRef], None]:
    """``add_types(s, cls)``: ``s rdf:type`` ``cls`` and every class ``cls`` is a subclass of
    in the ontology (``vocab.types_of``), each to ``add``."""

    def add_types(s: URIRef, cls: URIRef) -> None:
        for t in vocab.types_of(cls):
            add((s, RDF.type, t))

    return add_types


def entity_triples(node: str, d: Mapping[str, Any], add, place_object, seen_doc, vocab=None) -> None:
    """The triples of one entity (``d``: its node data, as :func:`kg.graph.to_graph` stores it)
    to ``add``; ``place_object(id)`` is the object of a meeting's ``schema:location``,
    ``seen_doc(doc)`` is called with every document it is mentioned in. Used by
    :func:`graph_triples` and by the sharded build, which writes entities apart.
    """
    vocab = vocab or vocabulary()
    add_types = type_adder(add, vocab)

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
    add_types = type_adder(add, vocab)

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
    evidence = d.get("evidence") or ()
    if evidence:
        # A fact stated in many documents has many sentences: the terms that do not change
        # from one to the next are looked up once.
        has_evidence, derived_from, quoted_from = KG.evidence, PROV.wasDerivedFrom, PROV.wasQuotedFrom
        has_text, has_start, has_end, evidence_class = KG.text, KG.start, KG.end, KG.Evidence
    for ev in evidence:
        doc, start, end, text = _get(ev, "doc"), _get(ev, "start"), _get(ev, "end"), _get(ev, "text")
        e = evidence_iri(doc, start, end, text)
        source = document_iri(doc)
        seen_doc(doc)
        add((f, has_evidence, e))
        add((f, derived_from, source))
        add_types(e, evidence_class)
        add((e, has_text, Literal(text)))
        add((e, has_start, _integer(int(start))))
        add((e, has_end, _integer(int(end))))
        add((e, quoted_from, source))
    return f


@lru_cache(maxsize=65536)
def _integer(n: int) -> Literal:
    """``Literal(n)`` (an ``xsd:integer``), made once per number: offsets repeat across sentences."""
    return Literal(n)


def document_triples(doc_id: str, info: Mapping[str, Any], add, vocab=None) -> None:
    """The triples of one source document (``info``: its ``documents.jsonl`` record) to ``add``."""
    vocab = vocab or vocabulary()
    add_types = type_adder(add, vocab)

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
