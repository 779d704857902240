"""Exporters: plugins that write the graph to a directory, registered by name.

An exporter is a function ``(G, out_dir) -> list[Path]``. Register your own with
:func:`register_exporter` (or the ``kg.exporters`` entry-point group), as rdflib does for
serialisers::

    @register_exporter("csv")
    def write_csv(G, out_dir): ...

``kg build`` runs the exporters named in ``DEFAULT_EXPORTERS``.
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
_BUILTIN = {"jsonl": "kg.export.jsonl", "turtle": "kg.export.turtle", "html": "kg.export.html"}
DEFAULT_EXPORTERS: tuple[str, ...] = ("jsonl", "turtle", "html")


def register_exporter(name: str) -> Callable[[Exporter], Exporter]:
    """Decorator: make ``func`` the exporter called ``name``."""

    def decorate(func: Exporter) -> Exporter:
        _REGISTRY[name] = func
        return func

    return decorate


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
