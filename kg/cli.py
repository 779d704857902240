"""Command line: ``kg build``, ``kg eval``, ``kg query``.

Exit status: 0 when at least one document built, 1 when none did (or a check failed),
2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs from Chinese news.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph of INPUT files/directories into --out")
    b.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    b.add_argument("--out", type=Path, required=True, help="output directory")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    b.add_argument("--strict", action="store_true", help="any unreadable input fails the build, nothing is written")
    b.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse every document again (by default results of unchanged documents are reused from OUT/.kg-cache)",
    )
    b.add_argument("--segmenter", default="lac", help="word segmenter: lac (default) or pkuseg")
    b.add_argument("--pkuseg-model", type=Path, help="model directory for --segmenter pkuseg")
    b.add_argument(
        "--dask",
        nargs="?",
        const="",
        metavar="ADDRESS",
        help="analyse on a Dask cluster: the scheduler at ADDRESS (or $DASK_SCHEDULER_ADDRESS), "
        "else a local cluster of --jobs workers (pip install 'kg[dask]')",
    )
    b.add_argument("--batch-mb", type=float, default=None, help="with --dask: MB of input files per task (0.5)")
    b.add_argument(
        "--sharded",
        action="store_true",
        help="write manifest.json and gzipped parts (documents/ entities/ relations/ *.jsonl.gz, rdf/*.nq.gz) "
        "instead of the single files and graph.html",
    )

    e = sub.add_parser("eval", help="build INPUT and score it against gold annotations")
    e.add_argument("gold", type=Path, metavar="GOLD_DIR")
    e.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    e.add_argument("--out", type=Path, help="keep the built graph here")
    e.add_argument("--errors", action="store_true", help="list misses and false hits")
    e.add_argument("--jobs", type=int, default=None)

    q = sub.add_parser("query", help="run SPARQL on a Turtle graph")
    q.add_argument("graph", type=Path, metavar="GRAPH.ttl")
    q.add_argument("sparql", nargs="?", help="the query text (or use --file)")
    q.add_argument("--file", type=Path, help="read the query from this file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--engine", choices=("rdflib", "oxigraph"), default="rdflib")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: the command line); return the exit status.

    >>> main(["build", "--jobs"])   # doctest: +SKIP
    2
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        # argparse exits on a usage error (2) or after --help (0); hand back the status
        # instead, so that callers and tests get a return value like every other outcome.
        return e.code if isinstance(e.code, int) else 2
    if args.command == "build":
        from kg.pipeline import build_command

        return build_command(args)
    if args.command == "eval":
        from kg.evaluate import eval_command

        return eval_command(args)
    if args.command == "query":
        from kg.query import query_command

        return query_command(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
