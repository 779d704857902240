"""Benchmark of ``kg build --sharded --dask``: client and worker memory by corpus size, seconds
per phase, triples per MB, and loading the shards into Oxigraph and querying them.

Run it from the repository root::

    python benchmarks/bench_shards.py                      # 1 and 4 MB, a local cluster of 2 workers
    python benchmarks/bench_shards.py --sizes 10 40 100    # the sizes of issue 20 (hours on 2 cores)
    python benchmarks/bench_shards.py --sizes 4 --compare  # also --sharded --jobs 2 (all in one process)
    python benchmarks/bench_shards.py --sizes 10 40 100 --reuse  # analysis read from the cache (minutes)
    python benchmarks/bench_shards.py --sizes 10 40 --reuse --external  # scheduler and workers apart
    python benchmarks/bench_shards.py --sizes 10 100 --reuse --renamed   # names that grow with the corpus

For each corpus (copies of the seed articles under distinct names, as in ``bench_build.py``)
it runs ``kg build CORPUS --out OUT --no-cache --sharded --dask --jobs N`` in a fresh
process and samples the resident memory of every process of the build (psutil):

* ``client``: the ``kg build`` process itself (with a local cluster, the Dask scheduler
  runs in it too): what must stay flat as the corpus grows;
* ``worker``: the largest worker process, and ``all``: the whole tree at its peak.

With ``--external``, each build runs on a ``dask scheduler`` and ``dask worker`` started for
it in processes of their own (as on a real cluster): ``client`` is then ``kg build`` alone,
and ``sched`` the scheduler's peak.

``--reuse`` fills the analysis cache of each build's ``--out`` first (each distinct seed
text analysed once, its result filed under the name of every copy, as a build would have
stored it) and builds without ``--no-cache``: the analysis phase is then a read of the
cache on the workers (a rebuild), while resolve, the writing of the parts and what every
process holds are those of a fresh build. It makes the 40 and 100 MB corpora of issue 20
a matter of minutes on a shared 2-core host, where their analysis takes hours.

Copies of the seeds name the same few hundred people, places and bodies however large the
corpus, so that what grows with the number of distinct names (the names' merge table,
the entities, the facts) does not grow. ``--reuse --renamed`` files every copy's analysis
with its persons renamed (a person of one copy is none of another's): the distinct names,
entities and facts then grow with the corpus, as in an archive of years of news.

It reports the wall seconds of the phases (analysis, resolve, writing the parts: the
``walls`` line of the build), CPU seconds of the tree, quads per MB of input, then loads
the RDF parts of the largest corpus into a pyoxigraph store (``Store.bulk_load`` of each
``nq.gz`` part; quads per second) and times the three questions of the README's mission on
it (median of 5 runs, the union of the named graphs as default graph).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import ROOT, make_corpus, parse_summary  # noqa: E402

try:
    import psutil
except ImportError:  # pragma: no cover
    psutil = None

#: The mission's questions, as in the README ("Query").
QUESTIONS = {
    "companies in 广灵县": """SELECT ?company WHERE {
  ?c a kg:Organization ; rdfs:label ?company ; kg:locatedIn+ ?county .
  ?county kg:lookup "广灵县" .
} ORDER BY ?company""",
    "meetings 张强 chaired, attendees": """SELECT ?meeting ?attendee WHERE {
  ?p kg:lookup "张强" ; kg:chaired ?m .
  ?m rdfs:label ?meeting .
  OPTIONAL { ?a kg:attended ?m ; rdfs:label ?attendee }
} ORDER BY ?meeting ?attendee""",
    "projects >= 10亿元": """SELECT ?project ?yuan ?qualifier WHERE {
  ?p a kg:Project ; rdfs:label ?project ; kg:investedAmount ?a .
  ?a schema:value ?yuan ; kg:qualifier ?qualifier .
  FILTER (?yuan >= 1000000000)
} ORDER BY DESC(?yuan) ?project""",
}


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _tree(pid: int) -> list[Any]:
    p = psutil.Process(pid)
    return [p, *p.children(recursive=True)]


def run_tree(cmd: list[str], cluster: dict[str, int] | None = None) -> dict:
    """Run ``cmd``; wall, CPU, stdout and the peaks of the process itself, its largest child, all.

    ``cluster``: the pids of an external ``dask scheduler`` and ``dask worker`` (see
    ``--external``): then ``scheduler`` is the scheduler's peak, ``worker`` the largest process
    of the worker's tree, and their CPU seconds during the build count in ``cpu``."""
    cpu, start = _cpu(), time.perf_counter()
    peaks = {"client": 0, "worker": 0, "scheduler": 0, "all": 0}
    seen: dict[int, float] = {}
    ext = {p.pid: sum(p.cpu_times()[:2]) for pid in (cluster or {}).values() for p in _tree(pid)}
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=_env(), cwd=ROOT)
        parent = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                own = parent.memory_info().rss
                children = [c.memory_info().rss for c in parent.children(recursive=True)]
                sched = workers = []
                if cluster:
                    sched = [p.memory_info().rss for p in _tree(cluster["scheduler"])]
                    tree = _tree(cluster["worker"])
                    workers = [p.memory_info().rss for p in tree]
                    seen.update({p.pid: sum(p.cpu_times()[:2]) for p in tree + _tree(cluster["scheduler"])})
            except psutil.Error:
                continue  # a process ended between the listing and the reading
            peaks["client"] = max(peaks["client"], own)
            peaks["worker"] = max(peaks["worker"], *children, *workers, 0)
            peaks["scheduler"] = max(peaks["scheduler"], sum(sched))
            peaks["all"] = max(peaks["all"], own + sum(children) + sum(sched) + sum(workers))
            time.sleep(0.05)
        out.seek(0)
        stdout = out.read().decode("utf-8")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}:\n{stdout}")
    walls = {}
    for line in stdout.splitlines():
        if line.startswith("walls: ") and line[7:].strip():
            walls = {k: float(v.rstrip("s")) for k, v in (s.split() for s in line[7:].split(", "))}
    cpu = _cpu() - cpu + sum(t - ext.get(pid, 0.0) for pid, t in seen.items())
    return {"wall": time.perf_counter() - start, "cpu": cpu, **peaks, "walls": walls, **parse_summary(stdout)}


@contextlib.contextmanager
def external_cluster(work: Path, workers: int) -> Iterator[tuple[str, dict[str, int]]]:
    """``dask scheduler`` and ``dask worker --nworkers N --nthreads 1`` on 127.0.0.1, in
    processes of their own: ``(address, {"scheduler": pid, "worker": pid})``."""
    from distributed import Client

    dask = Path(sys.executable).parent / "dask"
    info = work / "scheduler.json"
    info.unlink(missing_ok=True)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": _env(), "cwd": ROOT}
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(info)], **quiet)]  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        procs.append(subprocess.Popen([dask, "worker", address, "--nworkers", str(workers), "--nthreads", "1",
                                       "--no-dashboard", "--host", "127.0.0.1"], **quiet))  # fmt: skip
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(workers, timeout=300)
        yield address, {"scheduler": procs[0].pid, "worker": procs[1].pid}
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def renamed_persons(result: Any, copy: int) -> Any:
    """``result`` with its persons renamed for copy number ``copy`` (two CJK characters of
    the copy's number appended to each person's name): a person of one copy is no person of
    another, so that the names, entities and facts grow with the corpus (``--renamed``)."""
    import dataclasses

    tag = chr(0x4E00 + copy // 20000) + chr(0x4E00 + copy % 20000)
    mentions = [
        dataclasses.replace(m, text=m.text + tag, norm=m.norm + tag) if m.label == "PERSON" else m
        for m in result.mentions
    ]
    return dataclasses.replace(result, mentions=mentions)


def prefill(corpus: Path, out: Path, renamed: bool = False) -> int:
    """Fill ``out``'s analysis cache for every document of ``corpus`` (see ``--reuse``),
    its persons renamed per copy with ``renamed``; return the number of documents filed."""
    import dataclasses

    sys.path.insert(0, str(ROOT))  # the kg that the builds run (PYTHONPATH), so the same fingerprint
    from kg.cache import DocumentCache, pipeline_fingerprint
    from kg.pipeline import analyse_sources
    from kg.sources import SourceDocument, iter_sources

    cache = DocumentCache(out, pipeline_fingerprint("lac"))
    analysed: dict[tuple, Any] = {}
    filed = 0
    for src in iter_sources([corpus]):
        if not isinstance(src, SourceDocument):
            continue
        base = analysed.get((src.text, src.date))
        if base is None:
            [base] = list(analyse_sources([src]))
            analysed[(src.text, src.date)] = base
        relations = [
            dataclasses.replace(r, evidence=dataclasses.replace(r.evidence, doc=src.id)) for r in base.relations
        ]
        result = dataclasses.replace(base, doc=src.id, relations=relations)
        if renamed:
            result = renamed_persons(result, filed)
        cache.put(cache.key(src.id, src.text, src.date), result)
        filed += 1
    return filed


def quads_of(out: Path) -> int:
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    return sum(p["quads"] for p in manifest["rdf"])


def oxigraph(out: Path) -> tuple[int, float, dict[str, tuple[float, int]]]:
    """Quads loaded, seconds of the bulk load of every part, and per question (median s, rows)."""
    import pyoxigraph as ox

    from kg.namespaces import PREFIXES

    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    store = ox.Store()
    start = time.perf_counter()
    for part in manifest["rdf"]:
        store.bulk_load(gzip.decompress((out / part["path"]).read_bytes()), format=ox.RdfFormat.N_QUADS)
    load = time.perf_counter() - start
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    answers = {}
    for name, q in QUESTIONS.items():
        times, rows = [], 0
        for _ in range(5):
            t = time.perf_counter()
            rows = len(list(store.query(head + q, use_default_graph_as_union=True)))
            times.append(time.perf_counter() - t)
        answers[name] = (statistics.median(times), rows)
    return len(store), load, answers


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=float, nargs="*", default=[1, 4], help="corpus sizes in MB")
    p.add_argument("--jobs", type=int, default=2, help="workers of the local cluster")
    p.add_argument("--compare", action="store_true", help="also --sharded --jobs N (resolved in one process)")
    p.add_argument("--reuse", action="store_true", help="analysis results from a filled cache (see the docstring)")
    p.add_argument("--external", action="store_true", help="a dask scheduler and workers in processes of their own")
    p.add_argument("--renamed", action="store_true", help="with --reuse: new persons in every copy (see the docstring)")
    args = p.parse_args(argv)
    if psutil is None:
        sys.exit("bench_shards.py needs psutil")
    print(f"# kg --sharded --dask benchmark: {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average at start {', '.join(f'{x:.1f}' for x in os.getloadavg())}\n")  # fmt: skip
    runs = [("dask", ["--dask"])] + ([(f"-j{args.jobs}", [])] if args.compare else [])
    print("```")
    sched = f" {'sched':>7}" if args.external else ""
    print(f"{'corpus':>7} {'docs':>5} {'build':>6} {'wall':>7} {'CPU':>7} {'client':>7}{sched} {'worker':>7} {'all':>7}"
          f" {'analysis':>8} {'resolve':>7} {'write':>6} {'quads':>8} {'quads/MB':>8}", flush=True)  # fmt: skip
    last = None
    with tempfile.TemporaryDirectory(prefix="kg-bench-shards-") as tmp:
        work = Path(tmp)
        for size in args.sizes:
            corpus = work / f"corpus-{size}MB"
            docs, _ = make_corpus(corpus, size)
            for name, extra in runs:
                out = work / f"out-{size}-{name}"
                cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--sharded"]
                filled = ""
                if args.reuse:
                    t = time.perf_counter()
                    prefill(corpus, out, args.renamed)
                    filled = f", cache filled in {time.perf_counter() - t:.0f}s"
                else:
                    cmd.append("--no-cache")
                with contextlib.ExitStack() as stack:
                    cluster = None
                    if args.external and extra:  # a fresh cluster for each build: no memory of the last
                        address, cluster = stack.enter_context(external_cluster(work, args.jobs))
                        extra = ["--dask", address]
                    r = run_tree([*cmd, "--jobs", str(args.jobs), *extra], cluster)
                w = r["walls"]
                quads = quads_of(out)
                mb = 2**20
                sched = f" {r['scheduler'] / mb:>4.0f} MB" if args.external else ""
                print(f"{size:>4} MB {docs:>5} {name:>6} {r['wall']:>6.1f}s {r['cpu']:>6.1f}s"
                      f" {r['client'] / mb:>4.0f} MB{sched} {r['worker'] / mb:>4.0f} MB {r['all'] / mb:>4.0f} MB"
                      f" {w.get('analysis', 0):>7.1f}s {w.get('resolve', 0):>6.1f}s {w.get('export', 0):>5.1f}s"
                      f" {quads:>8} {quads / size:>8.0f}"
                      + (f"  (reused {r.get('reused', 0)} of {docs}" + filled + ")" if args.reuse else ""),
                      flush=True)  # fmt: skip
                if name == "dask":
                    if last is not None:
                        shutil.rmtree(last)
                    last = out
                else:
                    shutil.rmtree(out)
            shutil.rmtree(corpus)
        print("```\n")
        n, load, answers = oxigraph(last)
        print(f"Oxigraph (pyoxigraph Store.bulk_load of the {size} MB corpus's parts): {n} quads in {load:.2f} s,"
              f" {n / load:,.0f} quads/s\n")  # fmt: skip
        print("```")
        for name, (seconds, rows) in answers.items():
            print(f"{name:<34} {seconds * 1000:>8.1f} ms  {rows:>5} rows")
        print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
