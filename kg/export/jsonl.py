"""``entities.jsonl`` and ``relations.jsonl``: the format of ``../shared/gold/score.py``."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.export import register_exporter
from kg.graph import from_graph, to_graph
from kg.io import atomic_write
from kg.model import DocumentInfo, Entity, Relation

ENTITIES_FILE = "entities.jsonl"
RELATIONS_FILE = "relations.jsonl"
DOCUMENTS_FILE = "documents.jsonl"


def _dump(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


@register_exporter("jsonl")
def write_jsonl(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write one JSON object a line for every entity, relation and document of ``G``."""
    entities, relations = from_graph(G)
    paths = [out_dir / ENTITIES_FILE, out_dir / RELATIONS_FILE, out_dir / DOCUMENTS_FILE]
    with atomic_write(paths[0]) as f:
        f.writelines(_dump(e.to_dict()) for e in entities)
    with atomic_write(paths[1]) as f:
        f.writelines(_dump(r.to_dict()) for r in relations)
    with atomic_write(paths[2]) as f:
        f.writelines(_dump(d) for d in G.graph.get("documents", {}).values())
    return paths


def read_jsonl(out_dir: Path) -> nx.MultiDiGraph:
    """Load a graph that :func:`write_jsonl` (``kg build``) wrote into ``out_dir``."""

    def lines(name: str) -> list[dict]:
        path = out_dir / name
        if not path.exists():
            return []
        records = []
        # Split on "\n" only: a title may hold U+2028 or U+0085, which splitlines() would cut.
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{i}: not JSON ({exc})") from exc
        return records

    if not (out_dir / ENTITIES_FILE).exists():
        raise FileNotFoundError(f"{out_dir / ENTITIES_FILE}: no such file (is {out_dir} a kg build output?)")
    entities = [Entity.from_dict(d) for d in lines(ENTITIES_FILE)]
    relations = [Relation.from_dict(d) for d in lines(RELATIONS_FILE)]
    documents = [DocumentInfo(**d) for d in lines(DOCUMENTS_FILE)]
    return to_graph(entities, relations, documents)
