"""``graph.graphml`` and ``graph.gexf``: the property graph for Gephi, yEd and Cytoscape.

Both files hold :func:`kg.export.property_graph.to_property_graph`: entity and value nodes
with ``label``, ``type``, ``kg_class`` ..., one edge per fact with ``label`` (the relation),
``confidence``, ``amount``, ``date`` ... ``networkx.read_graphml`` and ``networkx.read_gexf``
read them back. In GEXF an edge's ``type`` is its direction, so the relation type is the
edge attribute ``relation`` there (and the edge ``label``). GEXF's ``lastmodifieddate`` is
left out so that the same graph gives the same bytes.

>>> import tempfile
>>> from kg.graph import to_graph
>>> from kg.model import Entity, Relation
>>> G = to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
...              [Relation("r1", "chaired", "p1", "m1")])
>>> out = Path(tempfile.mkdtemp())
>>> [p.name for p in write_graphml(G, out) + write_gexf(G, out)]
['graph.graphml', 'graph.gexf']
>>> R = nx.read_gexf(out / "graph.gexf")
>>> R.nodes["p1"]["label"], [d["relation"] for _, _, d in R.edges(data=True)]
('张强', ['chaired'])
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.export import register_exporter
from kg.export.property_graph import to_property_graph
from kg.io import atomic_write

GRAPHML_FILE = "graph.graphml"
GEXF_FILE = "graph.gexf"


@register_exporter("graphml")
def write_graphml(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.graphml`` (typed ``<key>`` declarations: string, int, double, boolean)."""
    P = to_property_graph(G)
    path = out_dir / GRAPHML_FILE
    text = "\n".join(nx.generate_graphml(P, encoding="utf-8", prettyprint=True))
    with atomic_write(path) as f:
        f.write(text + "\n")
    return [path]


def gexf_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The property graph with the edge attribute ``type`` renamed ``relation`` (GEXF's ``type`` is a direction)."""
    P = to_property_graph(G)
    for _, _, key, d in P.edges(keys=True, data=True):
        d["relation"] = d.pop("type")
        d["id"] = key
    return P


@register_exporter("gexf")
def write_gexf(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.gexf`` (GEXF 1.2, directed, edge ids are the relation ids)."""
    P = gexf_graph(G)
    path = out_dir / GEXF_FILE
    text = "\n".join(nx.generate_gexf(P, encoding="utf-8", prettyprint=True, version="1.2draft"))
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    with atomic_write(path) as f:
        f.write(text + "\n")
    return [path]
