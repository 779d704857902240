"""Exporters: plugins that write the graph to a directory, registered by name.

An exporter is a function ``(G, out_dir) -> list[Path]``. Register your own with
:func:`register_exporter` (or the ``kg.exporters`` entry-point group), as rdflib does for
serialisers::

    @register_exporter("csv")
    def write_csv(G, out_dir): ...

``kg build`` runs the exporters named in ``DEFAULT_EXPORTERS`` (or those of ``--formats``);
``kg export DIR --to NAME`` runs one on a built directory. :func:`exporter_names` lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path

import networkx as nx

Exporter = Callable[[nx.MultiDiGraph, Path], list[Path]]

_REGISTRY: dict[str, Exporter] = {}
#: Built-in exporters, by name -> module that registers it on import.
_BUILTIN = {
    "jsonl": "kg.export.jsonl",
    "turtle": "kg.export.turtle",
    "html": "kg.export.html",
    "graphml": "kg.export.graphml",
    "gexf": "kg.export.graphml",
    "neo4j": "kg.export.neo4j",
    "nt.gz": "kg.export.rdf_bulk",
    "nq.gz": "kg.export.rdf_bulk",
    "prov": "kg.export.rdf_bulk",
    "jsonld": "kg.export.jsonld",
}
DEFAULT_EXPORTERS: tuple[str, ...] = ("jsonl", "turtle", "html")


def register_exporter(name: str) -> Callable[[Exporter], Exporter]:
    """Decorator: make ``func`` the exporter called ``name``."""

    def decorate(func: Exporter) -> Exporter:
        _REGISTRY[name] = func
        return func

    return decorate


def exporter_names() -> list[str]:
    """Every exporter name: built-ins, registered ones and entry points, sorted.

    >>> {"turtle", "graphml", "neo4j", "nq.gz", "jsonld"} <= set(exporter_names())
    True
    """
    return sorted(set(_BUILTIN) | set(_REGISTRY) | {ep.name for ep in entry_points(group="kg.exporters")})


def get_exporter(name: str) -> Exporter:
    """The exporter registered as ``name`` (built-ins and entry points are loaded lazily)."""
    if name not in _REGISTRY and name in _BUILTIN:
        import_module(_BUILTIN[name])
    if name not in _REGISTRY:
        for ep in entry_points(group="kg.exporters"):
            if ep.name == name:
                _REGISTRY[name] = ep.load()
    if name not in _REGISTRY:
        known = sorted(set(_REGISTRY) | set(_BUILTIN))
        raise KeyError(f"no exporter named {name!r} (known: {', '.join(known)})")
    return _REGISTRY[name]


def export(G: nx.MultiDiGraph, out_dir: Path, names: tuple[str, ...] = DEFAULT_EXPORTERS) -> list[Path]:
    """Run the named exporters; return the files they wrote."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in names:
        written.extend(get_exporter(name)(G, out_dir))
    return written
