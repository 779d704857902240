"""``kg query``: SPARQL over ``graph.ttl`` with rdflib or pyoxigraph.

``run_query`` is the library entry point; ``query_command`` is the CLI's. Both predeclare
the prefixes of :data:`kg.namespaces.PREFIXES` (``kg:``, ``ent:``, ``fact:``, ``schema:``,
``org:``, ``prov:``, ``skos:``, ``rdfs:`` ...), so a query may omit its ``PREFIX`` lines;
a ``PREFIX`` in the query overrides a predeclared one.

Results come back as a :class:`QueryResult` whose terms are rdflib terms whichever engine
ran the query, so rows from the two engines compare equal.

Example
-------
>>> from kg.graph import to_graph
>>> from kg.model import Entity, Relation
>>> G = to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
...              [Relation("r1", "chaired", "p1", "m1")])
>>> r = run_query(G, 'SELECT ?m WHERE { ?p rdfs:label "张强"@zh ; kg:chaired/rdfs:label ?m }')
>>> print(r.to_table())
m
--------------
古城建设专题会
(1 row)
>>> run_query(G, "ASK { ?p kg:chaired ?m }", engine="oxigraph").boolean
True
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.entailment import entail_rdfs
from kg.io import terminal_safe
from kg.literals import language_tag_hints, normalise_lookups
from kg.namespaces import PREFIXES
from kg.query_limits import DEFAULT_TIMEOUT, QueryStopped, run_limited, update_keyword, uses_service

ENGINES = ("rdflib", "oxigraph")
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


# --- loading -------------------------------------------------------------------------------

_FORMATS_BY_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt"}


def _graph_path(path: str | Path) -> Path:
    p = Path(path)
    if p.is_dir():
        # `kg query out/ ...` means the graph.ttl that `kg build --out out/` wrote.
        p = p / "graph.ttl"
    if not p.exists():
        raise QueryError(f"{p}: no such file (give the graph.ttl that kg build wrote)")
    if not p.is_file():
        raise QueryError(f"{p}: not a file")
    return p


def load_rdflib(path: str | Path) -> Graph:
    """Parse a Turtle (``.ttl``) or N-Triples (``.nt``) file into an rdflib ``Graph``.

    >>> try:
    ...     load_rdflib("no/such.ttl")
    ... except QueryError as exc:
    ...     print(exc)
    no/such.ttl: no such file (give the graph.ttl that kg build wrote)
    """
    p = _graph_path(path)
    fmt = _FORMATS_BY_SUFFIX.get(p.suffix.lower(), "turtle")
    try:
        return Graph().parse(p, format=fmt)
    except Exception as exc:  # rdflib raises several unrelated types for bad syntax
        kind = "N-Triples" if fmt == "nt" else "Turtle"
        raise QueryError(f"{p}: not valid {kind} (cut short or damaged?): {exc}") from exc


def load_oxigraph(path: str | Path):
    """Load a Turtle or N-Triples file into an in-memory ``pyoxigraph.Store``."""
    import pyoxigraph as ox

    p = _graph_path(path)
    fmt = ox.RdfFormat.N_TRIPLES if p.suffix.lower() == ".nt" else ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{p}: not valid {fmt.name} (cut short or damaged?): {exc}") from exc
    return store


def _to_store(g: Graph):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


# --- running -------------------------------------------------------------------------------


def run_query(
    source: str | Path | Graph | nx.MultiDiGraph | Any,
    sparql: str,
    engine: str = "rdflib",
    prefixes: Mapping[str, Namespace] = PREFIXES,
    allow_service: bool = False,
) -> QueryResult:
    """Run a SPARQL query on a graph and return a :class:`QueryResult`.

    ``source`` is a path to ``graph.ttl`` (or the build directory holding it), an rdflib
    ``Graph``, a kg ``MultiDiGraph`` (exported on the fly) or, for ``engine="oxigraph"``, a
    ``pyoxigraph.Store``. ``prefixes`` are predeclared. Raises :class:`QueryError` for a
    missing or unreadable graph, for a query that does not parse, for SPARQL Update (the
    graph is read-only) and for ``SERVICE`` (the network) unless ``allow_service``.

    >>> run_query(Graph(), "SELECT ?s WHERE { ?s a kg:Person }").rows
    []
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
    keyword = update_keyword(sparql)
    if keyword:
        raise QueryError(f"read-only: kg query does not run SPARQL Update ({keyword}); change the inputs, build again")
    if not allow_service and uses_service(sparql):
        raise QueryError("SERVICE would query a remote endpoint; kg query runs offline (--allow-service to allow it)")
    sparql = normalise_lookups(sparql)
    if isinstance(source, nx.Graph):
        from kg.export.turtle import to_rdf

        source = to_rdf(source)
    if engine == "rdflib":
        if isinstance(source, str | Path):
            source = load_rdflib(source)
        if not isinstance(source, Graph):
            raise TypeError(f"engine rdflib needs a path or an rdflib Graph, not {type(source).__name__}")
        return _run_rdflib(source, sparql, prefixes)
    if isinstance(source, str | Path):
        source = load_oxigraph(source)
    elif isinstance(source, Graph):
        source = _to_store(source)
    return _run_oxigraph(source, sparql, prefixes)


def _run_rdflib(g: Graph, sparql: str, prefixes: Mapping[str, Namespace]) -> QueryResult:
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(sparql, initNs=dict(prefixes))
    except Exception as exc:  # pyparsing errors and rdflib's own (unknown prefix ...)
        raise QueryError(f"bad SPARQL: {exc}") from exc
    try:
        # rdflib evaluates lazily: the rows are read here, so that an error met on the way
        # (a bad regular expression in FILTER regex) is a QueryError too.
        res = g.query(prepared)
        if res.type == "SELECT":
            variables = [str(v) for v in res.vars or []]
            return QueryResult("select", variables, [tuple(row) for row in res])
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        return QueryResult("graph", triples=list(res.graph or []))
    except Exception as exc:
        raise QueryError(f"query failed: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    if isinstance(exc, re.error):
        return f"bad regular expression: {exc}"
    return str(exc) or type(exc).__name__


def _run_oxigraph(store: Any, sparql: str, prefixes: Mapping[str, Namespace]) -> QueryResult:
    import pyoxigraph as ox

    try:
        res = store.query(sparql, prefixes={p: str(ns) for p, ns in prefixes.items()})
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    try:  # solutions are computed as they are read
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows = [tuple(_from_ox(sol[v]) for v in res.variables) for sol in res]
            return QueryResult("select", variables, rows)
        triples = [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in res]
    except (OSError, ValueError, SyntaxError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return QueryResult("graph", triples=triples)


def _from_ox(term: Any) -> Node | None:
    # pyoxigraph terms -> rdflib terms, so both engines return equal rows.
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dtype = term.datatype.value
        return Literal(term.value, datatype=None if dtype == str(XSD.string) else URIRef(dtype))
    raise TypeError(f"unsupported term {term!r}")


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


# --- command line --------------------------------------------------------------------------


def _query_text(args: argparse.Namespace) -> str:
    if args.sparql and args.file:
        raise ValueError("give the query as an argument or with --file, not both")
    if args.file:
        path = Path(args.file)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(f"{path}: not UTF-8 text ({exc})") from exc
    if not args.sparql:
        raise ValueError("no query: give the SPARQL text as an argument or --file QUERY.rq")
    return args.sparql


def query_command(args: argparse.Namespace) -> int:
    """Run ``kg query GRAPH.ttl 'SPARQL' | --file q.rq [--format ...] [--engine ...]``.

    Prints the result on stdout; errors go to stderr as ``kg query: <file>: <problem>``.
    Returns 0 on success, 1 for a missing or unreadable graph or query file, a bad query,
    an update, ``SERVICE`` without ``--allow-service`` or a query stopped by ``--timeout``;
    2 when no query (or two) was given.

    >>> import argparse
    >>> query_command(argparse.Namespace(graph="no/such.ttl", sparql="ASK {}", file=None,
    ...                                  format="table", engine="rdflib"))
    1
    """
    timeout = getattr(args, "timeout", DEFAULT_TIMEOUT)
    allow_service = getattr(args, "allow_service", False)
    try:
        text = _query_text(args)
    except ValueError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    except QueryError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 1
    if timeout is not None and timeout < 0:
        print(f"kg query: --timeout must be 0 (no limit) or more (got {timeout:g})", file=sys.stderr)
        return 2

    def answer() -> tuple[str, list[str]]:
        """The formatted answer and, when it is empty, why a literal of the query may match nothing."""
        source = args.graph
        if getattr(args, "entailment", "none") == "rdfs":
            source = entail_rdfs(load_rdflib(args.graph))
        result = run_query(source, text, engine=args.engine, allow_service=allow_service)
        hints = []
        if (result.kind == "select" and not result.rows) or result.boolean is False:
            hints = language_tag_hints(source, normalise_lookups(text))
        return result.format(args.format), hints

    try:
        output, hints = run_limited(answer, timeout)
    except QueryError as exc:
        where = f"{args.file}: " if args.file and str(exc).startswith(("bad SPARQL", "query failed")) else ""
        print(f"kg query: {terminal_safe(where + str(exc))}", file=sys.stderr)
        return 1
    except QueryStopped as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(output)
    for hint in hints:
        print(f"kg query: warning: {terminal_safe(hint)}", file=sys.stderr)
    return 0

