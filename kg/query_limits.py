"""What ``kg query`` refuses and how long it may run: no ``SERVICE`` (the network) unless
asked for, no SPARQL Update (the graph is a file kg wrote), and a time limit that holds
for both engines.

The query runs in a child process (forked: the loaded modules are shared), which is
killed when the time is up or on Ctrl-C; neither rdflib nor pyoxigraph can otherwise be
stopped in the middle of a query (pyoxigraph does not even see Ctrl-C until it is done).

>>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
True
>>> uses_service('SELECT ?service WHERE { ?service rdfs:label "SERVICE" }  # SERVICE')
False
>>> update_keyword("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }")
'INSERT'
>>> run_limited(lambda: 6 * 7, timeout=10)
42
"""

from __future__ import annotations

import multiprocessing
import re
import signal
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: Seconds a query may take by default (``kg query --timeout``).
DEFAULT_TIMEOUT = 300.0

# Strings, IRIs and comments hold no keyword: blanked before the keywords are looked for.
_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)
# A keyword, not a variable (?service), a prefixed name (kg:service) or part of a word.
_SERVICE = re.compile(r"(?<![?$:\w-])SERVICE(?![\w:-])", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:\s*|BASE\s+)<>\s*)*", re.IGNORECASE)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


class QueryStopped(Exception):
    """The query ran out of time and was stopped."""


def _code(sparql: str) -> str:
    return _NOT_CODE.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", sparql)


def uses_service(sparql: str) -> bool:
    """Whether the query asks a remote endpoint (``SERVICE``)."""
    return bool(_SERVICE.search(_code(sparql)))


def update_keyword(sparql: str) -> str | None:
    """The SPARQL Update keyword the request starts with (``INSERT``, ``DELETE``…), or None."""
    code = _code(sparql)
    m = _UPDATE.match(code, _PROLOGUE.match(code).end())
    return m.group(1).upper() if m else None


def _child(conn: Any, func: Callable[[], Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        conn.send((True, func()))
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            conn.send((False, exc))
        except Exception:
            conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_limited(func: Callable[[], T], timeout: float | None) -> T:
    """``func()`` run in a child process, stopped after ``timeout`` seconds (None or 0: no
    limit); raises what ``func`` raised, :class:`QueryStopped` when the time is up, and
    ``KeyboardInterrupt`` (after killing the child) on Ctrl-C."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, func), daemon=True)
    # Ctrl-C is held back until the child is started and known: one that lands while the fork
    # returns would leave a child nobody kills, running on and holding the terminal's pipes.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        child.start()
        send.close()
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if not receive.poll(timeout or None):
            raise QueryStopped(f"no answer after {timeout:g} s; stopped (raise --timeout to wait longer)")
        try:
            ok, value = receive.recv()
        except EOFError:
            raise RuntimeError(f"the query process ended without an answer (exit status {child.exitcode})") from None
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if child.pid is not None:
            if child.is_alive():
                child.kill()
            child.join()
        receive.close()
    if not ok:
        raise value
    return value
