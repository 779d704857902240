"""kg: a knowledge-graph builder for Chinese news.

Stages, one module each: ``ingest -> nlp -> resolve -> graph -> export``.

The Python API (:mod:`kg.api`) is loaded on first use, so ``import kg`` stays cheap (no
pandas, spaCy or rdflib until they are needed):

>>> import kg
>>> G = kg.build(kg.datasets.seeds())           # doctest: +SKIP
>>> G = kg.build(["市长张强主持召开调度会。"])     # doctest: +SKIP
>>> G.entities.groupby("type").size()           # doctest: +SKIP
>>> kg.load("out").query("SELECT ?n WHERE { ?c a kg:Company ; rdfs:label ?n }")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "build", "load", "EntityNotFoundError", "AmbiguousNameError"]

if TYPE_CHECKING:
    from kg.api import AmbiguousNameError, EntityNotFoundError, KnowledgeGraph, build, load


#: Submodules that ``kg.<name>`` imports on first use.
_SUBMODULES = ("api", "datasets", "notebook")


def __getattr__(name: str) -> Any:
    # PEP 562: the API's names are imported from kg.api only when first used.
    if name in __all__:
        from kg import api

        return getattr(api, name)
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"kg.{name}")
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__, *_SUBMODULES])
