"""``graph.jsonld``: the triples of ``graph.ttl`` as JSON-LD, with kg's published ``@context``.

The context is ``ontology/context.jsonld`` (served as ``https://w3id.org/kg-news/context.jsonld``):
the prefixes of ``graph.ttl`` (``kg:``, ``ent:``, ``schema:`` ...) and short terms for the
relations and attributes (``label``, ``lookup``, ``locatedIn``, ``chaired``, ``confidence``
...). The file embeds it, so that a JSON-LD processor needs no network to read it. Nodes
are sorted by ``@id`` and their values by their text: the same graph gives the same bytes.

>>> import tempfile
>>> from kg.graph import to_graph
>>> from kg.model import Entity
>>> out = Path(tempfile.mkdtemp())
>>> path, = write_jsonld(to_graph([Entity("x", "PLACE", "广灵县")], []), out)
>>> node = [n for n in json.loads(path.read_text(encoding="utf-8"))["@graph"] if n["@id"] == "ent:x"][0]
>>> node["label"], node["lookup"]
('广灵县', '广灵县')
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export import register_exporter
from kg.export.turtle import to_rdf
from kg.io import atomic_write
from kg.namespaces import CONTEXT_FILE

JSONLD_FILE = "graph.jsonld"
#: Where the context is published (the file itself is ``ontology/context.jsonld``).
CONTEXT_URL = "https://w3id.org/kg-news/context.jsonld"


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The ``@context`` object of ``ontology/context.jsonld``."""
    if not CONTEXT_FILE.exists():
        raise FileNotFoundError(f"{CONTEXT_FILE}: JSON-LD context missing")
    try:
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise ValueError(f"{CONTEXT_FILE}: not a JSON-LD context ({exc})") from exc


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def jsonld_document(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The JSON-LD document (a dict) of ``G``: ``{"@context": ..., "@graph": [...]}``, sorted."""
    g = to_rdf(G)
    ctx = context()
    data = json.loads(g.serialize(format="json-ld", context=ctx, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    for node in nodes:
        for k, v in node.items():
            if isinstance(v, list):
                node[k] = sorted(v, key=_sort_key)
    nodes.sort(key=lambda n: str(n.get("@id")))
    return {"@context": ctx, "@graph": nodes}


@register_exporter("jsonld")
def write_jsonld(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.jsonld`` into ``out_dir``."""
    path = out_dir / JSONLD_FILE
    doc = jsonld_document(G)
    with atomic_write(path) as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    return [path]
