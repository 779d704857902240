"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph, on pyoxigraph.

``kg serve out/`` loads ``out/graph.ttl`` (or a ``.ttl``, ``.nt``, ``.nt.gz``, ``.nq.gz`` file;
the default graph of a query is then the union of the named graphs) into an in-memory
pyoxigraph store and answers SPARQL at ``http://127.0.0.1:7878/sparql``:

* queries by ``GET /sparql?query=…``, ``POST`` of a form (``query=…``) or ``POST`` of
  ``application/sparql-query`` (the three ways of the SPARQL 1.1 Protocol);
* results as SPARQL JSON (default), XML, CSV or TSV for SELECT/ASK, Turtle or N-Triples for
  CONSTRUCT/DESCRIBE, chosen by the ``Accept`` header;
* the prefixes of ``kg query`` are predeclared, and ``kg:lookup "廣靈縣"`` is folded to the
  simplified form as in ``kg query``;
* updates (``update=…``, ``application/sparql-update``) are refused with 403: the endpoint is
  read-only; a query that runs longer than the time limit (10 s) is stopped and answered
  with 503; it listens on the loopback address unless ``--host`` says otherwise;
* ``GET /`` is a small query form (no script, no network) for a browser.

Each query runs in a forked child process that holds the store copy-on-write, so a query
past its time limit is ended by killing that process; requests are served one at a time.

>>> server = make_server(load_store("seeds/does-not-exist.ttl"), port=0)   # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import html
import multiprocessing
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

from kg.literals import normalise_lookups
from kg.namespaces import PREFIXES
from kg.query import QueryError, graph_path

#: Result formats by media type: (SELECT/ASK format name, CONSTRUCT format name).
SELECT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES"}
DEFAULT_TIMEOUT = 10.0
_TEXT = "text/plain; charset=utf-8"
MAX_BODY = 1 << 20

_FORM = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'self'">
<style>body{{font-family:sans-serif;margin:2em}}textarea{{width:100%;height:14em;font-family:monospace}}</style>
</head><body><h1>kg SPARQL endpoint (read-only)</h1>
<p>Graph: {graph} ({triples} triples). Endpoint: <code>/sparql</code>. Predeclared prefixes: {prefixes}.</p>
<form action="/sparql" method="get"><textarea name="query">{example}</textarea><br>
<select name="format"><option value="text/csv">CSV</option><option value="application/sparql-results+json">JSON</option>
<option value="text/turtle">Turtle (CONSTRUCT)</option></select> <button type="submit">Run</button></form>
</body></html>
"""
_EXAMPLE = """SELECT ?company WHERE {
  ?c a kg:Organization ; rdfs:label ?company ; kg:locatedIn+ ?county .
  ?county kg:lookup "广灵县" .
} ORDER BY ?company"""


def load_store(path: Path) -> Any:
    """A pyoxigraph ``Store`` with the graph of ``path`` (Turtle, N-Triples, N-Quads; ``.gz`` too)."""
    import gzip

    import pyoxigraph as ox

    p = graph_path(path)
    name = p.name[:-3] if p.name.endswith(".gz") else p.name
    fmt = ox.RdfFormat.from_extension(name.rsplit(".", 1)[-1]) if "." in name else None
    if fmt is None:
        fmt = ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        data = gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes()
        store.load(data, format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{p}: not valid {fmt.name}: {exc}") from exc
    return store


def _negotiate(accept: str, table: dict[str, str], default: str) -> tuple[str, str]:
    """(media type, format name) for an Accept header; the first listed type we know wins."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return media, table[media]
    return next((m for m, f in table.items() if f == default)), default


def run_sparql(store: Any, query: str, accept: str = "") -> tuple[int, str, bytes]:
    """Run ``query`` on ``store``; ``(HTTP status, content type, body)``. No time limit here."""
    import pyoxigraph as ox

    try:
        # Named graphs (graph.nq.gz) are also in the default graph, as one union; GRAPH <…> picks one.
        result = store.query(
            normalise_lookups(query),
            prefixes={p: str(ns) for p, ns in PREFIXES.items()},
            use_default_graph_as_union=True,
        )
        if isinstance(result, ox.QueryTriples):
            media, name = _negotiate(accept, GRAPH_TYPES, "TURTLE")
            body = result.serialize(format=getattr(ox.RdfFormat, name))
        else:
            media, name = _negotiate(accept, SELECT_TYPES, "JSON")
            body = result.serialize(format=getattr(ox.QueryResultsFormat, name))
    except SyntaxError as exc:
        return HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", f"bad SPARQL: {exc}\n".encode()
    except (OSError, ValueError) as exc:
        return HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode()
    charset = "" if media.startswith("application/sparql-results+xml") else "; charset=utf-8"
    return HTTPStatus.OK, media + charset, body


def _child(store: Any, query: str, accept: str, conn: Any) -> None:
    try:
        conn.send(run_sparql(store, query, accept))
    finally:
        conn.close()


def run_with_timeout(store: Any, query: str, accept: str, timeout: float) -> tuple[int, str, bytes]:
    """:func:`run_sparql` in a forked process, killed after ``timeout`` seconds (then 503)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(store, query, accept, child), daemon=True)
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            try:
                return parent.recv()
            except EOFError:
                pass
            return HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", b"the query process failed\n"
        return (
            HTTPStatus.SERVICE_UNAVAILABLE,
            "text/plain; charset=utf-8",
            f"query stopped: it ran longer than the time limit of {timeout:g} s\n".encode(),
        )
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()


class SparqlHandler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol, query operation only."""

    server_version = "kg-sparql/1"
    store: Any = None
    timeout_s: float = DEFAULT_TIMEOUT
    graph_name: str = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        # A SPARQL UI served from another origin (YASGUI, a notebook) may read the answers.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse_update(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, _TEXT, b"read-only endpoint: SPARQL updates are refused\n")

    def _query(self, query: str | None, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._refuse_update()
        if not query:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain; charset=utf-8", b"no query (give ?query=...)\n")
        accept = params.get("format", [""])[0] or self.headers.get("Accept", "")
        self._send(*run_with_timeout(self.store, query, accept, self.timeout_s))

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if url.path in ("/", "/index.html") and not params:
            page = _FORM.format(
                graph=html.escape(self.graph_name),
                triples=len(self.store),
                prefixes=html.escape(" ".join(f"{p}:" for p in PREFIXES)),
                example=html.escape(_EXAMPLE),
            )
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode())
        if url.path not in ("/sparql", "/query", "/"):
            return self._send(HTTPStatus.NOT_FOUND, _TEXT, b"not found: the endpoint is /sparql\n")
        self._query(params.get("query", [None])[0], params)

    do_HEAD = do_GET

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain; charset=utf-8", b"query too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._refuse_update()
        if ctype == "application/sparql-query":
            return self._query(body, params)
        if ctype in ("application/x-www-form-urlencoded", ""):
            params.update(urllib.parse.parse_qs(body))
            return self._query(params.get("query", [None])[0], params)
        self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "text/plain; charset=utf-8", f"unsupported {ctype}\n".encode())


def make_server(
    store: Any, host: str = "127.0.0.1", port: int = 7878, timeout: float = DEFAULT_TIMEOUT, name: str = ""
) -> HTTPServer:
    """An ``HTTPServer`` answering SPARQL on ``store`` (call ``serve_forever()``); port 0 picks a free one."""
    handler = type("Handler", (SparqlHandler,), {"store": store, "timeout_s": timeout, "graph_name": name})
    return HTTPServer((host, port), handler)


def serve_command(args: argparse.Namespace) -> int:
    """``kg serve DIR|GRAPH.ttl [--host H] [--port P] [--query-timeout S]``; runs until Ctrl-C."""
    try:
        path = graph_path(args.graph)
        store = load_store(path)
    except QueryError as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return 1
    timeout = getattr(args, "query_timeout", DEFAULT_TIMEOUT)
    try:
        server = make_server(store, args.host, args.port, timeout, str(path))
    except OSError as exc:
        print(f"kg serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    host, port = server.server_address[:2]
    print(
        f"kg serve: {len(store)} triples of {path}; SPARQL endpoint http://{host}:{port}/sparql "
        f"(read-only, {timeout:g} s per query); Ctrl-C stops",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
