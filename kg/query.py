"""``kg query``: SPARQL over ``graph.ttl`` with rdflib or pyoxigraph.

``run_query`` is the library entry point; ``query_command`` is the CLI's. Both predeclare
the prefixes of :data:`kg.namespaces.PREFIXES` (``kg:``, ``ent:``, ``fact:``, ``schema:``,
``org:``, ``prov:``, ``skos:``, ``rdfs:`` ...), so a query may omit its ``PREFIX`` lines;
a ``PREFIX`` in the query overrides a predeclared one.

Results come back as a :class:`~kg.query_result.QueryResult` (formatted by
:mod:`kg.query_result`) whose terms are rdflib terms whichever engine ran the query, so rows
from the two engines compare equal.

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
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.entailment import entail_rdfs
from kg.io import terminal_safe
from kg.literals import language_tag_hints, normalise_lookups
from kg.namespaces import PREFIXES
from kg.query_limits import DEFAULT_TIMEOUT, QueryStopped, run_limited, update_keyword, uses_service
from kg.query_result import FORMATS, QueryError, QueryResult

# (QueryError, QueryResult and FORMATS are importable from here, as before the split.)
__all__ = [
    "ENGINES",
    "FORMATS",
    "PREFIXES",
    "QueryError",
    "QueryResult",
    "load_oxigraph",
    "load_rdflib",
    "query_command",
    "run_query",
]

ENGINES = ("rdflib", "oxigraph")


# --- loading -------------------------------------------------------------------------------

_FORMATS_BY_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt"}


def graph_path(path: str | Path) -> Path:
    """The graph file ``path`` names: the file itself, or the ``graph.ttl`` of a ``kg build``
    directory; a ``QueryError`` when there is none (``kg query`` and ``kg serve`` read it so)."""
    p = Path(path)
    if p.is_dir():
        # `kg query out/ ...` means the graph.ttl that `kg build --out out/` wrote.
        p = p / "graph.ttl"
    if not p.exists():
        raise QueryError(f"{p}: no such file (give a kg build directory or its graph.ttl)")
    if not p.is_file():
        raise QueryError(f"{p}: not a file")
    return p


def load_rdflib(path: str | Path) -> Graph:
    """Parse a Turtle (``.ttl``) or N-Triples (``.nt``) file into an rdflib ``Graph``.

    >>> try:
    ...     load_rdflib("no/such.ttl")
    ... except QueryError as exc:
    ...     print(exc)
    no/such.ttl: no such file (give a kg build directory or its graph.ttl)
    """
    p = graph_path(path)
    fmt = _FORMATS_BY_SUFFIX.get(p.suffix.lower(), "turtle")
    try:
        return Graph().parse(p, format=fmt)
    except Exception as exc:  # rdflib raises several unrelated types for bad syntax
        kind = "N-Triples" if fmt == "nt" else "Turtle"
        raise QueryError(f"{p}: not valid {kind} (cut short or damaged?): {exc}") from exc


def load_oxigraph(path: str | Path):
    """Load a Turtle or N-Triples file into an in-memory ``pyoxigraph.Store``."""
    import pyoxigraph as ox

    p = graph_path(path)
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
