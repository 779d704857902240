"""The in-memory knowledge graph: one ``networkx.MultiDiGraph`` that every exporter reads.

Shape of the graph
------------------
* ``G.graph["documents"]``: ``{doc_id: DocumentInfo.to_dict()}``; after a build also
  ``G.graph["texts"]``: ``{doc_id: text}`` (the document view of ``graph.html`` reads it).
* Entity nodes: key = entity id; data ``kind="entity"``, ``type``, ``label``,
  ``aliases`` (list), ``mentions`` (list of :class:`~kg.model.Mention`) and the entity's
  ``attributes`` flattened into the node data (``admin_code``, ``date`` ...).
* Value nodes (objects of ``invested_amount`` / ``holds_position``): key = ``value:<hash>``;
  data ``kind="value"``, ``type`` (``AMOUNT`` / ``POSITION``), ``label``, ``value`` (dict).
  A value belongs to its fact (see :func:`value_node_id`): an amount is a node of its
  project, a post without an organisation a node of its holder; only a post at a named
  organisation is shared by its holders, as they share the ``org:Post`` in ``graph.ttl``.
  So two projects that cost the same, or two deputy mayors of two cities, are never
  joined through a value node.
* Edges: ``head -> tail`` (or ``head -> value node``), key = relation id; data ``type``,
  ``value`` (value relations), ``evidence`` (list of :class:`~kg.model.Evidence`),
  ``confidence``, ``rule``, ``inferred``.

Example
-------
>>> from kg.model import Entity, Relation
>>> people = [Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")]
>>> G = to_graph(people, [Relation("r1", "chaired", "p1", "m1")])
>>> [(u, v, d["type"]) for u, v, d in G.edges(data=True)]
[('p1', 'm1', 'chaired')]
>>> entities, relations = from_graph(G)
>>> [r.tail for r in relations]
['m1']
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.model import DocumentInfo, Entity, Relation

_ENTITY_KEYS = ("kind", "type", "label", "aliases", "mentions")


def value_node_id(relation_type: str, value: dict[str, Any], head: str = "") -> str:
    """The stable key of the node that stands for the value of ``head``'s relation.

    The value is the holder's own unless it is a post at a named organisation (``org``):
    that post is one node for all its holders, as ``org:Post`` is in RDF.

    >>> a = value_node_id("invested_amount", {"amount": 5, "currency": "CNY"}, "project-a")
    >>> a == value_node_id("invested_amount", {"amount": 5, "currency": "CNY"}, "project-b")
    False
    >>> post = {"position": "市长", "org": "org-1"}
    >>> value_node_id("holds_position", post, "p1") == value_node_id("holds_position", post, "p2")
    True
    >>> value_node_id("holds_position", {"position": "记者"}, "p1") == value_node_id(
    ...     "holds_position", {"position": "记者"}, "p2")
    False
    """
    owner = "" if relation_type == "holds_position" and value.get("org") else head
    payload = json.dumps(
        [relation_type, value, owner] if owner else [relation_type, value], ensure_ascii=False, sort_keys=True
    )
    return "value:" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:16]


def value_label(relation_type: str, value: dict[str, Any]) -> str:
    """A short human label for a value node (``6.82亿元`` is shown as ``682000000 CNY``)."""
    if relation_type == "invested_amount":
        qualifier = value.get("qualifier", "exact")
        prefix = {"approx": "约", "at_least": "≥", "planned": "计划"}.get(qualifier, "")
        return f"{prefix}{value.get('amount'):,} {value.get('currency', 'CNY')}"
    return str(value.get("position", ""))


def to_graph(
    entities: Iterable[Entity],
    relations: Iterable[Relation],
    documents: Iterable[DocumentInfo] = (),
) -> nx.MultiDiGraph:
    """Build the graph from resolved entities and relations.

    Nodes and edges are inserted in sorted order so that every exporter that walks the
    graph writes the same bytes for the same input.
    """
    G = nx.MultiDiGraph()
    G.graph["documents"] = {d.id: d.to_dict() for d in sorted(documents, key=lambda d: d.id)}
    for e in sorted(entities, key=lambda e: e.id):
        G.add_node(
            e.id,
            kind="entity",
            type=e.type,
            label=e.label,
            aliases=list(e.aliases),
            mentions=sorted(e.mentions),
            **e.attributes,
        )
    for r in sorted(relations, key=lambda r: r.id):
        if r.head not in G:
            raise ValueError(f"relation {r.id}: head {r.head!r} is not an entity of the graph")
        if r.value is not None:
            target = value_node_id(r.type, r.value, r.head)
            if target not in G:
                G.add_node(
                    target,
                    kind="value",
                    type="AMOUNT" if r.type == "invested_amount" else "POSITION",
                    label=value_label(r.type, r.value),
                    value=dict(r.value),
                )
        elif r.tail is not None and r.tail in G:
            target = r.tail
        else:
            raise ValueError(f"relation {r.id}: tail {r.tail!r} is not an entity of the graph")
        G.add_edge(
            r.head,
            target,
            key=r.id,
            type=r.type,
            value=dict(r.value) if r.value is not None else None,
            evidence=list(r.evidence),
            confidence=r.confidence,
            rule=r.rule,
            inferred=r.inferred,
        )
    return G


def entity_nodes(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    """The entity nodes (not value nodes) in id order, with their data."""
    return sorted(((n, d) for n, d in G.nodes(data=True) if d.get("kind") == "entity"), key=lambda x: x[0])


def relation_edges(G: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    """All edges as ``(head, target, relation_id, data)`` in relation-id order."""
    return sorted(G.edges(keys=True, data=True), key=lambda x: x[2])


def from_graph(G: nx.MultiDiGraph) -> tuple[list[Entity], list[Relation]]:
    """Turn the graph back into entity and relation records (inverse of :func:`to_graph`)."""
    entities = [
        Entity(
            id=n,
            type=d["type"],
            label=d["label"],
            aliases=list(d.get("aliases") or []),
            mentions=list(d.get("mentions") or []),
            attributes={k: v for k, v in d.items() if k not in _ENTITY_KEYS},
        )
        for n, d in entity_nodes(G)
    ]
    relations = []
    for head, target, key, d in relation_edges(G):
        is_value = d.get("value") is not None
        relations.append(
            Relation(
                id=key,
                type=d["type"],
                head=head,
                tail=None if is_value else target,
                value=d.get("value"),
                evidence=list(d.get("evidence") or []),
                confidence=d.get("confidence", 1.0),
                rule=d.get("rule", ""),
                inferred=d.get("inferred", False),
            )
        )
    return entities, relations


def documents_of(G: nx.MultiDiGraph) -> list[DocumentInfo]:
    """The documents recorded on the graph."""
    return [DocumentInfo(**d) for _, d in sorted(G.graph.get("documents", {}).items())]
