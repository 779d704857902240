"""Names and language tags in SPARQL: ``kg:lookup`` strings folded, hints for literals that match nothing.

``graph.ttl`` tags labels ``@zh`` and keeps every name in ``kg:lookup`` as a plain,
simplified string. :func:`normalise_lookups` brings the strings of a query's ``kg:lookup``
patterns to that form (``kg query``, ``KnowledgeGraph.query`` and ``kg serve`` apply it);
:func:`language_tag_hints` says why a literal matches nothing when it would match with
another tag, none, or in simplified characters (``kg query`` prints the hints).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg.namespaces import PREFIXES

_LOOKUP = re.compile(
    r"(?P<pred>kg:lookup|<https://w3id\.org/kg-news/ontology#lookup>)(?P<space>\s+)"
    r'"(?P<text>(?:[^"\\\n]|\\.)*)"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?'
)


def normalise_lookups(sparql: str) -> str:
    """Bring the strings matched against ``kg:lookup`` to its form (simplified, NFKC, no tag).

    ``kg:lookup`` holds every name of an entity simplified, so ``廣靈縣`` and ``广灵县`` find
    the same county; a language tag there would match nothing and is dropped.

    >>> normalise_lookups('SELECT ?c WHERE { ?c kg:lookup "廣靈縣"@zh }')
    'SELECT ?c WHERE { ?c kg:lookup "广灵县" }'
    """
    from kg.namespaces import lookup_form

    def fold(m: re.Match) -> str:
        text = m["text"]
        if "\\" not in text:
            text = lookup_form(text)
        return f'{m["pred"]}{m["space"]}"{text}"'

    return _LOOKUP.sub(fold, sparql)


_LITERAL = re.compile(
    r"(?:(?P<pred>[A-Za-z][\w-]*:[\w-]*|<[^<>\s]+>)\s+)?"
    r'"(?P<text>(?:[^"\\\n]|\\.)*)"(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?(?P<dtype>\^\^)?'
)
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^<>\s]*)>", re.I)


def language_tag_hints(source: str | Path | Graph | Any, sparql: str) -> list[str]:
    """Why a query's string literals may match nothing: each one that is in no triple, but is
    there with another language tag (or none), or in another script, gives one hint.

    ``source`` is a graph path, an rdflib ``Graph`` or a ``pyoxigraph.Store``.

    >>> g = Graph(); _ = g.add((URIRef("http://ex.org/c"), URIRef("http://ex.org/name"), Literal("广灵县", lang="zh")))
    >>> print(*language_tag_hints(g, 'SELECT ?c WHERE { ?c ?p "广灵县" }'))
    "广灵县" matches nothing in the graph, but "广灵县"@zh does (labels are tagged @zh; kg:lookup "广灵县" ...
    """
    from kg.namespaces import lookup_form

    if isinstance(source, str | Path):
        from kg.query import load_oxigraph

        source = load_oxigraph(source)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes.update({p or "": ns for p, ns in _PREFIX_DECL.findall(sparql)})

    def predicate(token: str | None) -> URIRef | None:
        # The predicate written just before the literal, in a triple pattern (not a FILTER).
        if not token or token in ("a",):
            return None
        if token.startswith("<"):
            return URIRef(token[1:-1])
        prefix, _, local = token.partition(":")
        return URIRef(prefixes[prefix] + local) if prefix in prefixes else None

    def present(lit: Literal, pred: URIRef | None) -> bool:
        if isinstance(source, Graph):
            return (None, pred, lit) in source
        import pyoxigraph as ox

        term = ox.Literal(str(lit), language=lit.language) if lit.language else ox.Literal(str(lit))
        p = ox.NamedNode(str(pred)) if pred is not None else None
        return next(iter(source.quads_for_pattern(None, p, term)), None) is not None

    hints = []
    for m in _LITERAL.finditer(sparql):
        if m["dtype"] or "\\" in m["text"]:
            continue
        text, lang = m["text"], (m["lang"] or "")[1:] or None
        pred = predicate(m["pred"])
        if present(Literal(text, lang=lang), pred):
            continue
        written = f'"{text}"' + (f"@{lang}" if lang else "")
        simple = lookup_form(text)
        for candidate in dict.fromkeys([Literal(text), Literal(text, lang="zh"), Literal(simple, lang="zh")]):
            if candidate.language == lang and str(candidate) == text:
                continue
            if present(candidate, pred):
                shown = f'"{candidate}"' + (f"@{candidate.language}" if candidate.language else "")
                hints.append(
                    f"{written} matches nothing in the graph, but {shown} does (labels are tagged @zh; "
                    f'kg:lookup "{simple}" matches any name, untagged)'
                )
                break
    return hints
