"""The tables of :class:`kg.api.KnowledgeGraph`: pandas DataFrames with a fixed schema.

Every column is always there, with the same dtype, whatever the build found: a column
that no row fills is all missing (``<NA>`` / ``NaT``), never absent, so code written
against one build runs on the next. Ids are everywhere, next to their labels: ``head_id``
/ ``head_label``, ``org_id`` / ``org``, ``place_id`` / ``place``.

* dates (``date``, ``since``) are ``datetime64[ns]``; a year alone (``"2019"``) is its
  first day, a text that is not a date is ``NaT``;
* amounts are ``Int64`` yuan (whole: the extractor rounds them), with ``currency`` and
  ``qualifier`` (``exact``, ``approx``, ``at_least``, ``planned``) columns;
* text columns are ``object`` (``str`` or ``None``), counts ``int64``, flags ``bool``.

:func:`mentions_frame` and :func:`evidence_frame` are the long tables: one row per
mention, one row per evidence sentence.

>>> from kg.model import Entity, Mention
>>> from kg.graph import to_graph
>>> G = to_graph([Entity("m1", "MEETING", "调度会", mentions=[Mention("a.txt", 3, 6, "调度会")],
...                      attributes={"date": "2023-06-21"})], [])
>>> df = entities_frame(G, {})
>>> str(df.date.dtype), df.date.iloc[0].date().isoformat(), bool(pd.isna(df.admin_code.iloc[0]))
('datetime64[ns]', '2023-06-21', True)
>>> mentions_frame(G)[["entity_id", "doc", "start", "end", "text"]].values.tolist()
[['m1', 'a.txt', 3, 6, '调度会']]
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import networkx as nx
import pandas as pd

from kg.graph import documents_of, entity_nodes, from_graph

#: Entity attributes that get a column of their own (other attributes follow them).
ENTITY_ATTRIBUTES: tuple[str, ...] = (
    "admin_code", "admin_level", "subtype", "date", "place_id", "place", "resolution", "possible_same",
)  # fmt: skip
#: Columns of :attr:`KnowledgeGraph.entities` (then any other attribute the build found).
ENTITY_COLUMNS: tuple[str, ...] = (
    "id", "type", "kg_class", "label", "aliases", "n_mentions", "documents", "mentions", *ENTITY_ATTRIBUTES,
)  # fmt: skip
#: Columns of :attr:`KnowledgeGraph.relations`.
RELATION_COLUMNS: tuple[str, ...] = (
    "id", "type", "head_id", "head_label", "head_type", "tail_id", "tail_label", "tail_type",
    "amount", "currency", "qualifier", "position", "org_id", "org", "date", "since",
    "confidence", "rule", "inferred", "sentence", "doc", "start", "end", "n_evidence", "evidence", "value",
)  # fmt: skip
#: Columns of :attr:`KnowledgeGraph.documents`.
DOCUMENT_COLUMNS: tuple[str, ...] = ("id", "path", "title", "date", "url", "source", "chars", "sha256")
#: Columns of :attr:`KnowledgeGraph.mentions`: one row per mention of an entity.
MENTION_COLUMNS: tuple[str, ...] = ("entity_id", "entity", "type", "doc", "start", "end", "text")
#: Columns of :attr:`KnowledgeGraph.evidence`: one row per evidence sentence of a fact.
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "relation_id", "type", "head_id", "head_label", "tail_id", "tail_label", "value",
    "doc", "start", "end", "sentence", "confidence", "rule",
)  # fmt: skip

_DATE_COLUMNS = frozenset({"date", "since"})
_INT_COLUMNS = frozenset({"n_mentions", "n_evidence", "chars"})


def to_datetime(values: list[Any]) -> pd.Series:
    """ISO dates (``2023-06-21``, ``2023-06``, ``2023``) as ``datetime64[ns]``; anything else ``NaT``.

    >>> to_datetime(["2023-06-21", "2019", None, "soon"]).dt.strftime("%Y-%m-%d").tolist()
    ['2023-06-21', '2019-01-01', nan, nan]
    """
    texts = [v if isinstance(v, str) else None for v in values]
    return pd.Series(pd.to_datetime(texts, format="ISO8601", errors="coerce"), dtype="datetime64[ns]")


def _typed(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for c in columns:
        values = [row.get(c) for row in rows]
        if c in _DATE_COLUMNS:
            df[c] = to_datetime(values)
        elif c in _INT_COLUMNS:
            df[c] = pd.array([0 if v is None else int(v) for v in values], dtype="int64")
        elif c in ("amount", "start", "end"):
            df[c] = pd.array([None if v is None else round(v) for v in values], dtype="Int64")
        elif c == "confidence":
            df[c] = pd.array([float(v) for v in values], dtype="float64")
        elif c == "inferred":
            df[c] = pd.array([bool(v) for v in values], dtype="bool")
        else:
            # object columns: str or None (pandas would put NaN in a column built empty)
            df[c] = pd.Series(values, dtype="object")
    return df


def entities_frame(G: nx.MultiDiGraph, classes: dict[str, str | None]) -> pd.DataFrame:
    """One row per entity, in id order (see :attr:`kg.api.KnowledgeGraph.entities`)."""
    entities, _ = from_graph(G)
    labels = {n: d.get("label") for n, d in entity_nodes(G)}
    known = set(ENTITY_COLUMNS) | {"place"}
    extra = sorted({k for e in entities for k in e.attributes} - known)
    rows = []
    for e in entities:
        attrs = e.attributes
        place = attrs.get("place")
        row: dict[str, Any] = {
            "id": e.id,
            "type": e.type,
            "kg_class": classes.get(e.id),
            "label": e.label,
            "aliases": list(e.aliases),
            "n_mentions": len(e.mentions),
            "documents": sorted({m.doc for m in e.mentions}),
            "mentions": [m.to_dict() for m in e.mentions],
            "admin_code": attrs.get("admin_code"),
            "admin_level": attrs.get("admin_level"),
            "subtype": attrs.get("subtype"),
            "date": attrs.get("date"),
            # A meeting's place is an entity id: its label beside it.
            "place_id": place if place in labels else None,
            "place": labels.get(place, place) if place is not None else None,
        }
        row.update({k: attrs.get(k) for k in extra})
        rows.append(row)
    return _typed(rows, [*ENTITY_COLUMNS, *extra])


def relations_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per fact, in relation-id order (see :attr:`kg.api.KnowledgeGraph.relations`)."""
    _, relations = from_graph(G)
    nodes = G.nodes
    rows = []
    for r in relations:
        value = dict(r.value) if r.value is not None else None
        v = value or {}
        evidence = [ev.to_dict() for ev in r.evidence]
        first = evidence[0] if evidence else {}
        org = v.get("org")
        rows.append(
            {
                "id": r.id,
                "type": r.type,
                "head_id": r.head,
                "head_label": nodes[r.head].get("label"),
                "head_type": nodes[r.head].get("type"),
                "tail_id": r.tail,
                "tail_label": nodes[r.tail].get("label") if r.tail is not None else None,
                "tail_type": nodes[r.tail].get("type") if r.tail is not None else None,
                "amount": v.get("amount"),
                "currency": v.get("currency"),
                "qualifier": v.get("qualifier"),
                "position": v.get("position"),
                "org_id": org,
                "org": nodes[org].get("label") if org in nodes else None,
                "date": v.get("date"),
                "since": v.get("since"),
                "confidence": r.confidence,
                "rule": r.rule,
                "inferred": r.inferred,
                "sentence": first.get("text"),
                "doc": first.get("doc"),
                "start": first.get("start"),
                "end": first.get("end"),
                "n_evidence": len(evidence),
                "evidence": evidence,
                "value": value,
            }
        )
    return _typed(rows, list(RELATION_COLUMNS))


def documents_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per source document (see :attr:`kg.api.KnowledgeGraph.documents`)."""
    rows = [dict(d.__dict__) for d in documents_of(G)]
    return _typed(rows, list(DOCUMENT_COLUMNS))


def mentions_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per mention: entity id, label and type, document, offsets, text as written."""
    rows = [
        {"entity_id": n, "entity": d.get("label"), "type": d.get("type"), **m.to_dict()}
        for n, d in entity_nodes(G)
        for m in d.get("mentions") or []
    ]
    return _typed(rows, list(MENTION_COLUMNS))


def evidence_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per evidence sentence of a fact (inferred facts have none, so no row)."""
    from kg.graph import value_label

    _, relations = from_graph(G)
    nodes = G.nodes
    rows = []
    for r in relations:
        for ev in r.evidence:
            rows.append(
                {
                    "relation_id": r.id,
                    "type": r.type,
                    "head_id": r.head,
                    "head_label": nodes[r.head].get("label"),
                    "tail_id": r.tail,
                    "tail_label": nodes[r.tail].get("label") if r.tail is not None else None,
                    "value": value_label(r.type, r.value) if r.value is not None else None,
                    "doc": ev.doc,
                    "start": ev.start,
                    "end": ev.end,
                    "sentence": ev.text,
                    "confidence": r.confidence,
                    "rule": r.rule,
                }
            )
    return _typed(rows, list(EVIDENCE_COLUMNS))


# --- SPARQL answers --------------------------------------------------------------------


def rdf_value(term: Any, names: dict[str, str] | None = None) -> Any:
    """An rdflib term as the plain Python value a DataFrame cell should hold.

    ``names`` maps IRIs to what the cell shows instead (entity, fact and document ids).
    """
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return names.get(str(term), str(term)) if names is not None else str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Literal):  # a language-tagged string, or a datatype rdflib does not map
            return str(value)
        if isinstance(value, Decimal):  # kg:confidence: floats plot and aggregate in pandas
            return float(value)
        return value
    return str(term)


class Prefixed(dict):
    """IRI -> entity/fact/document id; any other IRI of a known namespace -> ``prefix:name``."""

    def __init__(self, names: dict[str, str], prefixes: Any) -> None:
        super().__init__(names)
        self._namespaces = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))

    def get(self, iri: str, default: Any = None) -> Any:  # type: ignore[override]
        if iri in self:
            return self[iri]
        for ns, prefix in self._namespaces:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return default
