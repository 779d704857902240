"""The graph with plain attributes: what GraphML, GEXF, Neo4j and ``KnowledgeGraph.to_networkx()`` carry.

The graph of :mod:`kg.graph` holds Python objects (mention and evidence records, value
dicts, alias lists) that GraphML, GEXF and CSV cannot store. :func:`to_property_graph`
turns it into a ``networkx.MultiDiGraph`` whose attribute values are only ``str``, ``int``,
``float`` or ``bool`` (an attribute that has no value is left out, never ``None``):

* entity nodes (key: the entity id): ``kind="entity"``, ``type`` (PERSON, ORG, PLACE,
  PROJECT, MEETING), ``kg_class`` (the most specific class of ``graph.ttl``: County,
  Company ...), ``label``, ``lookup`` (the simplified name), ``aliases`` (joined by ``|``),
  ``mentions`` and ``documents`` (counts), and the entity's attributes (``admin_code``,
  ``admin_level``, ``date``, ``subtype`` ...);
* value nodes: ``kind="value"``, ``type`` ``AMOUNT`` (key ``amount:<currency>-<number>-<qualifier>``,
  with ``amount`` as a float in yuan, ``currency``, ``qualifier``) or ``POSITION`` (key
  ``post:<hash>``, one per title and organisation as the ``org:Post`` of ``graph.ttl``, with
  ``position`` and ``org``); they are read from each edge's ``value``, whatever nodes the
  source graph has for them;
* one edge per fact (key: the relation id): ``type`` and ``label`` (the relation type),
  ``confidence`` (float), ``rule``, ``inferred`` (bool), ``evidence`` (count),
  ``sentence`` and ``doc`` (the first evidence), ``date``, and for the value relations the
  value on the edge too (``amount``, ``currency``, ``qualifier``, ``position``, ``org``).

>>> from kg.graph import to_graph
>>> from kg.model import Entity, Relation
>>> G = to_graph([Entity("p", "PROJECT", "华兴农博园")],
...              [Relation("r1", "invested_amount", "p", value={"amount": 2e9, "currency": "CNY"})])
>>> P = to_property_graph(G)
>>> sorted(P.nodes)
['amount:p:CNY-2000000000-exact', 'p']
>>> P.edges["p", "amount:p:CNY-2000000000-exact", "r1"]["amount"]
2000000000.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.graph import entity_nodes, relation_edges, value_label

Plain = str | int | float | bool

#: Entity node data that is not copied as it is (it is flattened or renamed).
_ENTITY_SKIP = frozenset({"kind", "type", "label", "aliases", "mentions"})


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def plain(value: Any) -> Plain | None:
    """A value GraphML/GEXF/CSV can store: numbers and text as they are, lists joined by ``|``.

    >>> plain(["大同", "我市"]), plain({"a": 1}), plain(None), plain(3)
    ('大同|我市', '{"a": 1}', None, 3)
    """
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(plain(v)) for v in value if v is not None]
        return "|".join(sorted(items) if isinstance(value, set | frozenset) else items)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def entity_classes(G: nx.MultiDiGraph) -> dict[str, str | None]:
    """Entity id -> its most specific ``kg:`` class name as ``graph.ttl`` types it (``County``)."""
    from rdflib.namespace import RDF

    from kg.export.turtle import graph_triples
    from kg.namespaces import KG, entity_iri, vocabulary

    H = nx.MultiDiGraph()
    H.add_nodes_from(entity_nodes(G))
    types: dict[Any, set] = {}
    for s, p, o in graph_triples(H):
        if p == RDF.type and str(o).startswith(str(KG)):
            types.setdefault(s, set()).add(o)
    vocab = vocabulary()
    out: dict[str, str | None] = {}
    for node, _ in entity_nodes(G):
        classes = types.get(entity_iri(node), set())
        # The most specific class is the one with the most superclasses.
        best = max(sorted(classes), key=lambda c: len(vocab.types_of(c)), default=None)
        out[node] = str(best)[len(str(KG)) :] if best is not None else None
    return out


def _put(data: dict[str, Plain], name: str, value: Any) -> None:
    v = plain(value)
    if v is not None and v != "":
        data[name] = v


def value_node(relation_type: str, head: str, value: Mapping[str, Any]) -> tuple[str, dict[str, Plain]]:
    """The key and data of the node for a relation's value (an amount or a post).

    An amount is its project's own (two projects of equal cost share no node, as in
    :func:`kg.graph.value_node_id`); a post follows its IRI in ``graph.ttl``: holders of one
    title in one organisation share it, a title without an organisation is its holder's own.

    >>> value_node("holds_position", "p1", {"position": "市长"})[1]["label"]
    '市长'
    """
    from kg.namespaces import amount_iri, post_iri

    if relation_type == "invested_amount":
        currency = str(value.get("currency") or "CNY")
        qualifier = str(value.get("qualifier") or "exact")
        data: dict[str, Plain] = {"kind": "value", "type": "AMOUNT", "kg_class": "MonetaryAmount"}
        data["label"] = value_label(relation_type, dict(value))
        data.update(amount=float(value["amount"]), currency=currency, qualifier=qualifier)
        # The project's own amount: its id, then the amount's name in graph.ttl.
        return f"amount:{head}:" + str(amount_iri(value["amount"], currency, qualifier)).rsplit("/", 1)[1], data
    position = str(value.get("position") or "")
    org = value.get("org")
    iri = post_iri(position, org, head)
    data = {"kind": "value", "type": "POSITION", "kg_class": "Position", "label": position, "position": position}
    _put(data, "org", org)
    return "post:" + str(iri).rsplit("/", 1)[1], data


def to_property_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with plain attributes only (see the module docstring); nodes and edges sorted."""
    P = nx.MultiDiGraph()
    P.graph["name"] = "kg-news"
    P.graph["documents"] = len(G.graph.get("documents", {}))
    classes = entity_classes(G)
    from kg.namespaces import lookup_form

    for node, d in entity_nodes(G):
        data: dict[str, Plain] = {"kind": "entity", "type": str(d.get("type")), "label": str(d.get("label", node))}
        _put(data, "kg_class", classes.get(node))
        data["lookup"] = lookup_form(data["label"])
        aliases = [a for a in d.get("aliases") or () if a and a != data["label"]]
        _put(data, "aliases", aliases)
        mentions = list(d.get("mentions") or ())
        data["mentions"] = len(mentions)
        data["documents"] = len({_get(m, "doc") for m in mentions})
        for k, v in sorted(d.items()):
            if k not in _ENTITY_SKIP:
                _put(data, k, v)
        place = d.get("place")
        if place and place in G and G.nodes[place].get("kind") == "entity":
            _put(data, "place_label", G.nodes[place].get("label"))
        P.add_node(node, **data)
    for head, target, rid, d in relation_edges(G):
        rtype = str(d.get("type"))
        value = d.get("value")
        if value is not None:
            target, vdata = value_node(rtype, head, value)
            if target not in P:
                P.add_node(target, **vdata)
        elif target not in P:
            raise ValueError(f"relation {rid!r} ({rtype}): tail {target!r} is not an entity")
        evidence = list(d.get("evidence") or ())
        edata: dict[str, Plain] = {"type": rtype, "label": rtype}
        edata["confidence"] = float(d.get("confidence", 1.0))
        _put(edata, "rule", d.get("rule"))
        edata["inferred"] = bool(d.get("inferred", False))
        edata["evidence"] = len(evidence)
        if evidence:
            _put(edata, "sentence", _get(evidence[0], "text"))
            _put(edata, "doc", _get(evidence[0], "doc"))
        if value is not None:
            for k in ("amount", "currency", "qualifier", "position", "org"):
                if k in value:
                    _put(edata, k, float(value[k]) if k == "amount" else value[k])
            _put(edata, "date", value.get("date") or value.get("since"))
            if rtype == "invested_amount":
                edata.setdefault("currency", "CNY")
                edata.setdefault("qualifier", "exact")
        P.add_edge(head, target, key=rid, **edata)
    # Value nodes were added as edges met them; sort every node, entity or value, by key.
    S = nx.MultiDiGraph(**P.graph)
    S.add_nodes_from(sorted(P.nodes(data=True), key=lambda x: x[0]))
    S.add_edges_from(P.edges(keys=True, data=True))
    return S
