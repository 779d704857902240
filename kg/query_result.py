"""The answer to a SPARQL query (:class:`QueryResult`) and how it is written: an aligned
table for people, SPARQL CSV / JSON results, Turtle or JSON-LD for triples.

:mod:`kg.query` loads the graph and runs the query; this module only formats what came back,
whichever engine ran it.

>>> rows = [(Literal("张强", lang="zh"), Literal(682000000)), (Literal("古城建设专题会", lang="zh"), Literal(3))]
>>> r = QueryResult("select", ["name", "amount"], rows)
>>> print(r.to_table())
name           | amount
---------------+----------
张强           | 682000000
古城建设专题会 |         3
(2 rows)
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.io import terminal_safe
from kg.namespaces import PREFIXES

FORMATS = ("table", "csv", "json")

Triple = tuple[Node, Node, Node]


class QueryError(Exception):
    """A query or a graph that cannot be used; the message names the file or the problem."""


@dataclass
class QueryResult:
    """The answer to a query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    ``kind`` is ``"select"``, ``"ask"`` or ``"graph"``. Terms are rdflib terms; an unbound
    variable is ``None``.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def records(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of Python values: numbers as int/Decimal, labels and IRIs as str.

        >>> QueryResult("select", ["n"], [(Literal(682000000),)]).records()
        [{'n': 682000000}]
        """
        return [
            {v: (None if t is None else t.toPython()) for v, t in zip(self.variables, row, strict=True)}
            for row in self.rows
        ]

    def format(self, fmt: str = "table", prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
        """The result as text: ``table`` (aligned, for people), ``csv`` or ``json``.

        SELECT: a table, SPARQL CSV or SPARQL JSON results. ASK: ``yes``/``no`` (table),
        ``true``/``false`` (csv) or SPARQL JSON. CONSTRUCT/DESCRIBE: Turtle (table, csv) or
        JSON-LD (json).
        """
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
        if self.kind == "ask":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
            if fmt == "csv":
                return "true\n" if self.boolean else "false\n"
            return "yes\n" if self.boolean else "no\n"
        if self.kind == "graph":
            return self.to_jsonld(prefixes) if fmt == "json" else self.to_turtle(prefixes)
        if fmt == "csv":
            return self.to_csv()
        if fmt == "json":
            return self.to_json() + "\n"
        return self.to_table(prefixes) + "\n"

    def to_table(self, prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
        """SELECT rows as an aligned text table; IRIs shortened with ``prefixes``.

        Columns are padded by display width, so Chinese text (two columns a character)
        lines up in a terminal.
        """
        shorten = _Shortener(prefixes)
        # Escaped: a sentence holding a control character must not drive the terminal.
        cells = [[terminal_safe(shorten(t)) for t in row] for row in self.rows]
        widths = [_width(v) for v in self.variables]
        for row in cells:
            widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]
        # Numbers right-aligned, so that 682000000 and 2000000000 compare at a glance.
        right = [
            bool(self.rows) and all(t is None or _is_number(t) for t in column)
            for column in zip(*self.rows, strict=True)
        ] or [False] * len(self.variables)

        def line(values: list[str], align: list[bool]) -> str:
            return " | ".join(_pad(v, w, r) for v, w, r in zip(values, widths, align, strict=True)).rstrip()

        left = [False] * len(widths)
        n = len(self.rows)
        out = [line(self.variables, left), "-+-".join("-" * w for w in widths)]
        out.extend(line(row, right) for row in cells)
        out.append(f"({n} row{'' if n == 1 else 's'})")
        return "\n".join(out)

    def to_csv(self) -> str:
        """SELECT rows as SPARQL 1.1 CSV results: full IRIs, literals as their text."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.variables)
        for row in self.rows:
            w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
        return buf.getvalue()

    def to_json(self) -> str:
        """SELECT rows as SPARQL 1.1 JSON results (UTF-8, not \\u-escaped)."""
        bindings = [
            {v: _json_term(t) for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows
        ]
        doc = {"head": {"vars": self.variables}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1)

    def to_turtle(self, prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
        """CONSTRUCT/DESCRIBE triples as sorted Turtle (the writer of ``graph.ttl``)."""
        from kg.export.turtle import serialize_turtle

        return serialize_turtle(self.triples, prefixes)

    def to_jsonld(self, prefixes: Mapping[str, Namespace] = PREFIXES) -> str:
        """CONSTRUCT/DESCRIBE triples as JSON-LD."""
        g = Graph()
        for p, ns in prefixes.items():
            g.bind(p, ns, override=True, replace=True)
        for t in self.triples:
            g.add(t)
        return g.serialize(format="json-ld", context={p: str(ns) for p, ns in prefixes.items()}) + "\n"


# --- output helpers ------------------------------------------------------------------------


class _Shortener:
    """IRI -> ``prefix:local`` for display (any local name; this is not Turtle)."""

    def __init__(self, prefixes: Mapping[str, Namespace]):
        self.namespaces = sorted(((str(ns), p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.cache: dict[str, str] = {}

    def __call__(self, t: Node | None) -> str:
        if t is None:
            return ""
        if isinstance(t, URIRef):
            iri = str(t)
            text = self.cache.get(iri)
            if text is None:
                text = "a" if t == RDF.type else f"<{iri}>"
                for ns, p in self.namespaces:
                    if iri.startswith(ns) and t != RDF.type:
                        text = f"{p}:{iri[len(ns) :]}"
                        break
                self.cache[iri] = text
            return text
        if isinstance(t, BNode):
            return f"_:{t}"
        # Literals by their text; line breaks would break the table.
        return str(t).replace("\r", "").replace("\n", "⏎")


def _char_width(c: str) -> int:
    if unicodedata.combining(c) or c in "\u200b\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _width(s: str) -> int:
    """Terminal columns of ``s``: CJK characters take two.

    >>> _width("张强"), _width("abc")
    (4, 3)
    """
    return sum(_char_width(c) for c in s) if not s.isascii() else len(s)


def _pad(s: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(s))
    return fill + s if right else s + fill


_NUMERIC = frozenset(
    XSD[n]
    for n in (
        "integer",
        "decimal",
        "double",
        "float",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
        "unsignedByte",
    )
)


def _is_number(t: Node) -> bool:
    return isinstance(t, Literal) and t.datatype in _NUMERIC


def _json_term(t: Node) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    assert isinstance(t, Literal)
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype is not None and t.datatype != XSD.string:
        d["datatype"] = str(t.datatype)
    return d
