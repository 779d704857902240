"""``kg build``: the command around :func:`kg.pipeline.build_graph`.

It checks the arguments and the output folder before any work (no overlap with the inputs,
writable, locked against a second build), runs the build (local workers or a Dask
cluster), and writes the chosen outputs into a staging folder that is switched in as one
set. Exit status: 0 built, 1 nothing could be built or written, 2 usage.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from kg.cache import DocumentCache, pipeline_fingerprint
from kg.dates import parse_default
from kg.executors import ClusterError
from kg.export import DEFAULT_EXPORTERS, export
from kg.io import terminal_safe
from kg.pipeline import build_graph, default_jobs
from kg.progress import BuildReport, problem_line, terminal_progress
from kg.remote import is_url
from kg.resolve import load_decisions
from kg.sources import InputProblem, iter_sources

#: The files ``kg build`` writes into ``--out`` with the default exporters.
OUTPUT_FILES: tuple[str, ...] = ("entities.jsonl", "relations.jsonl", "documents.jsonl", "graph.ttl", "graph.html")


def _scan_problems(inputs: Iterable[Path]) -> list[InputProblem]:
    # --strict fails before any analysis: a bad file at the end of a large corpus should
    # not cost the whole build first. Reading twice is cheap next to the analysis.
    return [item for item in iter_sources(inputs) if isinstance(item, InputProblem)]


def output_overlap(inputs: Iterable[Path], out: Path) -> str | None:
    """Why ``out`` may not receive the outputs of a build of ``inputs``, or None.

    The outputs would overwrite inputs (``kg build d --out d``: a feed named
    ``documents.jsonl``), or the next build of the inputs would read them as documents
    (``--out`` inside an input folder).

    >>> output_overlap([Path("news")], Path("news/out"))
    '--out news/out is inside the input news'
    >>> output_overlap([Path("news")], Path("out")) is None
    True
    """
    target = Path(os.path.realpath(out))
    for given in inputs:
        if is_url(given):  # read through fsspec: never the --out folder
            continue
        real = Path(os.path.realpath(given))
        if target == real:
            return f"--out {out} is the input {given}"
        if real in target.parents:
            return f"--out {out} is inside the input {given}"
        if target in real.parents:
            return f"--out {out} holds the input {given}"
    return None


def _prepare_output(args, say: Callable[[str], None]) -> tuple[IO | None, bool, int]:
    """Check and lock ``--out`` before any work: ``(lock, created, status)``; status 0 is go."""
    from kg.io import OutputBusy, lock_output

    why = output_overlap(args.inputs, args.out)
    if why:
        say(f"kg build: {terminal_safe(why)}: inputs and outputs must not overlap; nothing done")
        return None, False, 2
    if args.out.exists() and not args.out.is_dir():
        say(f"kg build: --out {terminal_safe(str(args.out))}: exists and is not a directory")
        return None, False, 2
    created = not args.out.exists()
    try:
        lock = lock_output(args.out)
    except OutputBusy as e:
        say(f"kg build: --out {terminal_safe(str(e))}; nothing done")
        return None, False, 1
    except OSError as e:
        say(f"kg build: --out {terminal_safe(str(args.out))}: cannot write there ({e.strerror or e}); nothing done")
        return None, False, 2
    return lock, created, 0


def _forget_output(out: Path, created: bool) -> None:
    """Undo the lock file (and the folder, if this build made it) of a build that wrote nothing."""
    from kg.io import LOCK_FILE

    if created:
        (out / LOCK_FILE).unlink(missing_ok=True)
        with suppress(OSError):  # something else is there now (the cache): leave it
            out.rmdir()


def _formats(args) -> tuple[str, ...] | str:
    """The exporters ``--formats`` names (jsonl always: it is what ``kg export`` reads), or an error."""
    from kg.export import exporter_names

    text = getattr(args, "formats", None)
    if not text:
        return DEFAULT_EXPORTERS
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in exporter_names()]
    if unknown:
        return f"unknown --formats {', '.join(unknown)} (known: {', '.join(exporter_names())})"
    return tuple(dict.fromkeys(["jsonl", *names]))


def build_command(args) -> int:
    """``kg build``: see ``kg build --help``. Returns the exit status (0, 1, or 2 for usage)."""
    start = time.perf_counter()

    def say(msg: str) -> None:
        print(msg, file=sys.stderr)

    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        say(f"kg build: --jobs must be at least 1 (got {jobs})")
        return 2
    options = {}
    if args.segmenter not in ("lac", "pkuseg"):
        say(f"kg build: unknown --segmenter {args.segmenter!r} (lac or pkuseg)")
        return 2
    if args.segmenter == "pkuseg":
        if not args.pkuseg_model:
            say("kg build: --segmenter pkuseg needs --pkuseg-model DIR")
            return 2
        options["model_dir"] = str(args.pkuseg_model)
    try:
        date = parse_default(getattr(args, "date", None))
    except ValueError as e:
        say(f"kg build: --date: {e}")
        return 2
    formats = _formats(args)
    if isinstance(formats, str):
        say(f"kg build: {formats}")
        return 2
    if args.resolutions is not None:
        try:
            load_decisions(args.resolutions)  # a bad file fails before any work, not after the analysis
        except (OSError, ValueError) as exc:
            say(f"kg build: --resolutions: {terminal_safe(str(exc))}")
            return 2
    lock, created, status = _prepare_output(args, say)
    if lock is None:
        return status
    with lock:
        status = _locked_build(args, jobs, options, formats, date, say, start)
    if status != 0:
        _forget_output(args.out, created)
    return status


def _locked_build(
    args,
    jobs: int,
    options: dict,
    formats: tuple[str, ...],
    date: str | None,
    say: Callable[[str], None],
    start: float,
) -> int:
    from kg.io import remove_strays, staged_output, switch_in

    started = datetime.now(UTC)
    remove_strays(args.out, OUTPUT_FILES)

    dask = getattr(args, "dask", None)
    batch_mb = getattr(args, "batch_mb", None)
    if batch_mb is not None and (dask is None or batch_mb <= 0):
        say("kg build: --batch-mb needs --dask and a size above 0")
        return 2
    if args.strict:
        problems = _scan_problems(args.inputs)
        if problems:
            for p in problems:
                say(problem_line(p))
            say(f"kg build: {len(problems)} input problem(s) and --strict: nothing written")
            return 1

    resolutions = getattr(args, "resolutions", None)
    report = BuildReport()
    cache = None if args.no_cache else DocumentCache(args.out, pipeline_fingerprint(args.segmenter, **options))
    progress = terminal_progress(sys.stderr)
    executor = nullcontext(None)
    if dask is not None:
        from kg.cluster import DEFAULT_BATCH_MB, dask_executor

        executor = dask_executor(dask or None, jobs, batch_mb or DEFAULT_BATCH_MB)
    if dask is not None and getattr(args, "sharded", False):
        # Resolved and written on the cluster: no text, result or graph on this process.
        return _flat_build(args, executor, {"segmenter": args.segmenter, **options}, date, report, cache, say, start)
    try:
        with executor as ex:
            G = build_graph(
                args.inputs, jobs=jobs, segmenter=args.segmenter, report=report, progress=progress, cache=cache,
                resolutions=resolutions, date=date, executor=ex, **options,
            )  # fmt: skip
    except ClusterError as e:
        say(f"kg build: --dask: {e}")
        return 1
    if report.problems and args.strict:
        # The inputs changed between the scan and the build.
        say(f"kg build: {len(report.problems)} input problem(s) and --strict: nothing written")
        return 1
    if report.documents == 0:
        say("kg build: no document could be read; nothing written")
        return 1
    t = time.perf_counter()
    if "prov" in formats:
        # Only prov.ttl holds times: every other output stays the same bytes for the same input.
        G.graph["run"] = {"started": started.isoformat(), "ended": datetime.now(UTC).isoformat()}
    # The whole set is written into a staging folder first: a failure on the way (disk
    # full, a bug) leaves the previous outputs as they were, never half of a new set.
    try:
        with staged_output(args.out) as stage:
            if getattr(args, "sharded", False):
                from kg.shards import write_shards

                made = write_shards(G, stage)
            else:
                made = export(G, stage, formats)
            written = switch_in(stage, args.out, made)
    except OSError as e:
        where = terminal_safe(str(e.filename or args.out))
        say(f"kg build: cannot write the outputs ({where}: {e.strerror or e}); previous outputs kept, nothing written")
        return 1
    report.stages["export"] += time.perf_counter() - t
    _finish(written, report, cache, start, say)
    return 0


def _finish(written: list[Path], report, cache, start: float, say: Callable[[str], None]) -> None:
    """After the outputs are switched in: prune the cache, say what was written, print the summary."""
    if cache is not None:
        cache.prune()
    report.seconds = time.perf_counter() - start
    for p in written:
        say(f"kg: wrote {terminal_safe(str(p))}")
    print(report.summary())


def _flat_build(
    args, executor, options: dict, date: str | None, report, cache, say: Callable[[str], None], start: float
) -> int:
    """``--sharded --dask``: :func:`kg.shards_cluster.build_sharded` (``--resolutions`` too)."""
    from kg.io import staged_output, switch_in
    from kg.ledger import Ledger
    from kg.resolve import load_decisions
    from kg.shards_cluster import LEDGER_FILE, build_sharded

    progress = terminal_progress(sys.stderr)
    try:
        with executor as ex, staged_output(args.out) as stage, Ledger(stage / LEDGER_FILE) as ledger:
            # The names taken, files seen, folder listings and cache keys used: on disk.
            ex.ledger = ledger
            ex.cache_dir = os.path.realpath(args.out)
            decisions = load_decisions(args.resolutions) if getattr(args, "resolutions", None) else None
            made = build_sharded(args.inputs, stage, ex, options, cache, report, progress, date, decisions)
            if report.problems and args.strict:
                say(f"kg build: {len(report.problems)} input problem(s) and --strict: nothing written")
                return 1
            if not made:
                say("kg build: no document could be read; nothing written")
                return 1
            written = switch_in(stage, args.out, made)
            if cache is not None:
                cache.prune()  # while the ledger of the keys used is open
    except ClusterError as e:
        say(f"kg build: --dask: {e}")
        return 1
    except OSError as e:
        where = terminal_safe(str(e.filename or args.out))
        say(f"kg build: cannot write the outputs ({where}: {e.strerror or e}); previous outputs kept, nothing written")
        return 1
    _finish(written, report, None, start, say)  # the cache pruned above
    walls = getattr(report, "walls", {})
    print(f"walls: {', '.join(f'{k} {v:.2f}s' for k, v in walls.items())}")
    return 0
