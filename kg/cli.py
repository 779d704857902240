"""Command line: ``kg build``, ``kg eval``, ``kg train``, ``kg query``, ``kg export``, ``kg serve``.

Exit status: 0 when at least one document built, 1 when none did (or a check failed),
2 for usage errors, 130 when interrupted (Ctrl-C: one line, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.remote import input_arg


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs from Chinese news.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph of INPUT files/directories into --out")
    b.add_argument("inputs", nargs="+", type=input_arg, metavar="INPUT")
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
        "--formats",
        help="comma-separated outputs (default: jsonl,turtle,html; also graphml, gexf, neo4j, nt.gz, nq.gz, "
        "jsonld, prov); jsonl is always written",
    )
    b.add_argument(
        "--resolutions",
        type=Path,
        metavar="FILE",
        help="CSV of same/different decisions on entity resolution (see README, Resolution)",
    )
    b.add_argument(
        "--date",
        help="date (yyyy-mm-dd) of documents that carry none, or a year (yyyy) for datelines such as 本报讯 3月15日",
    )
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
    e.add_argument(
        "--by-rule", action="store_true", help="precision and recall share of each rule's facts, scored alone"
    )
    e.add_argument("--jobs", type=int, default=None)
    e.add_argument(
        "--scorer", type=Path, metavar="DIR", help="the folder of score.py, when it is not beside GOLD_DIR or above it"
    )

    q = sub.add_parser("query", help="run SPARQL on a Turtle graph")
    q.add_argument("graph", type=Path, metavar="GRAPH.ttl")
    q.add_argument("sparql", nargs="?", help="the query text (or use --file)")
    q.add_argument("--file", type=Path, help="read the query from this file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--engine", choices=("rdflib", "oxigraph"), default="rdflib")
    q.add_argument(
        "--timeout", type=float, default=300.0, metavar="SECONDS", help="stop the query after this long (0: no limit)"
    )
    q.add_argument(
        "--allow-service", action="store_true", help="let SERVICE query remote endpoints (by default kg stays offline)"
    )
    q.add_argument(
        "--entailment",
        choices=("none", "rdfs"),
        default="none",
        help="rdfs: add what the ontology entails (super-properties, inverses, classes) before querying",
    )

    x = sub.add_parser("export", help="write a built directory in another format (Gephi, Neo4j, RDF bulk, JSON-LD)")
    x.add_argument("dir", type=Path, metavar="DIR", help="a directory written by kg build")
    x.add_argument("--to", required=True, metavar="FORMAT", help="graphml, gexf, neo4j, nt.gz, nq.gz, jsonld ...")
    x.add_argument("--out", type=Path, help="output directory, or file name for a one-file format (default: DIR)")

    s = sub.add_parser("serve", help="a read-only SPARQL endpoint over a built graph")
    s.add_argument("graph", type=Path, metavar="DIR|GRAPH.ttl")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument(
        "--timeout",
        "--query-timeout",
        dest="query_timeout",
        type=float,
        default=10.0,
        help="seconds a query may run (default 10)",
    )
    from kg.learn.train_command import add_parser as add_train_parser

    add_train_parser(sub)
    return p


def export_command(args: argparse.Namespace) -> int:
    """``kg export DIR --to FORMAT [--out PATH]``: run one exporter on a built directory."""
    import shutil
    import tempfile

    from kg.export import exporter_names, get_exporter
    from kg.export.jsonl import read_jsonl

    try:
        exporter = get_exporter(args.to)
    except KeyError:
        print(f"kg export: unknown format {args.to!r} (use one of {', '.join(exporter_names())})", file=sys.stderr)
        return 2
    try:
        G = read_jsonl(args.dir)
    except (FileNotFoundError, ValueError, TypeError, KeyError) as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 1
    out = args.out or args.dir
    if out.suffix and not out.is_dir():
        # A file name: write into a temporary directory beside it, then move the one file.
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
            written = exporter(G, Path(tmp))
            if len(written) != 1:
                print(f"kg export: {args.to} writes {len(written)} files: give a directory as --out", file=sys.stderr)
                return 2
            shutil.move(str(written[0]), out)
        written = [out]
    else:
        out.mkdir(parents=True, exist_ok=True)
        written = exporter(G, out)
    for path in written:
        print(f"kg: wrote {path}", file=sys.stderr)
    return 0


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
    try:
        return _run(args)
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        from kg.build_command import build_command

        return build_command(args)
    if args.command == "eval":
        from kg.evaluate import eval_command

        return eval_command(args)
    if args.command == "query":
        from kg.query import query_command

        return query_command(args)
    if args.command == "export":
        return export_command(args)
    if args.command == "train":
        from kg.learn.train_command import train_command

        return train_command(args)
    if args.command == "serve":
        from kg.serve import serve_command

        return serve_command(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
