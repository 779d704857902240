"""Benchmark of ``kg build --dask`` against ``kg build --jobs N``: wall, CPU, memory, stages.

Run it from the repository root::

    python benchmarks/bench_dask.py                        # 2 and 10 MB, --jobs 2 vs --dask on 2 local workers
    python benchmarks/bench_dask.py --sizes 2 --batch-mb 0.25
    python benchmarks/bench_dask.py --address tcp://host:8786   # --dask on a running cluster

For each corpus (copies of the seed articles under distinct names, as in ``bench_build.py``)
it runs, in fresh processes, ``kg build --jobs N --no-cache`` and ``kg build --jobs N
--no-cache --dask`` (a local cluster of N workers, one thread each; started and stopped
inside the build, so its start-up counts), checks that both wrote the same bytes, and
reports:

* wall seconds end to end, and the ratio dask / jobs (the target is <= 1.15 on 10 MB);
* CPU seconds (user + system) of the build and all its processes (``getrusage`` of the
  children, so the Dask workers, nannies and scheduler are counted);
* the peak of the summed resident memory of the build's process tree (psutil);
* the stage seconds of the build summary (``nlp`` is summed over workers);
* the host's load average (1 minute) after each build: on a shared host the walls
  measure the load as much as kg.

With ``--address`` the workers run elsewhere: their CPU and memory are not counted.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import resource
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import make_corpus, parse_summary, run_measured  # noqa: E402


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build(corpus: Path, out: Path, extra: list[str]) -> dict:
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--no-cache", *extra]
    cpu = _cpu()
    wall, peak, stdout = run_measured(cmd)
    return {"wall": wall, "cpu": _cpu() - cpu, "peak": peak, "load": os.getloadavg()[0], **parse_summary(stdout)}


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir() if p.is_file())
    if names != sorted(p.name for p in b.iterdir() if p.is_file()):
        return False
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=float, nargs="*", default=[2, 10], help="corpus sizes in MB")
    p.add_argument("--jobs", type=int, default=2, help="--jobs, and the workers of the local cluster")
    p.add_argument("--batch-mb", type=float, default=None, help="--batch-mb of the Dask build")
    p.add_argument("--address", help="a running Dask scheduler (default: a local cluster per build)")
    args = p.parse_args(argv)
    dask = ["--dask", *([args.address] if args.address else [])]
    dask += ["--batch-mb", str(args.batch_mb)] if args.batch_mb else []
    print(f"# kg --dask benchmark: {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(f"# load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    j = f"-j{args.jobs}"
    print("```")
    print(
        f"{'corpus':>7} {'docs':>5} {'wall ' + j:>9} {'wall dask':>9} {'ratio':>6} {'CPU ' + j:>8} {'CPU dask':>8}"
        f" {'ratio':>6} {'peak ' + j:>9} {'peak dask':>9} {'same bytes':>10} {'load after':>10}",
        flush=True,
    )
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-dask-") as tmp:
        work = Path(tmp)
        for size in args.sizes:
            corpus = work / f"corpus-{size}MB"
            docs, _ = make_corpus(corpus, size)
            a = build(corpus, work / "jobs", ["--jobs", str(args.jobs)])
            b = build(corpus, work / "dask", ["--jobs", str(args.jobs), *dask])
            same = same_outputs(work / "jobs", work / "dask")
            rows.append((size, a, b, same))
            for d in (corpus, work / "jobs", work / "dask"):
                shutil.rmtree(d)
            # Each row as soon as it is measured: a long run on a busy host keeps what it has.
            print(
                f"{size:>4} MB {docs:>5} {a['wall']:>8.1f}s {b['wall']:>8.1f}s {b['wall'] / a['wall']:>6.2f}"
                f" {a['cpu']:>7.1f}s {b['cpu']:>7.1f}s {b['cpu'] / a['cpu']:>6.2f}"
                f" {a['peak'] / 2**20:>6.0f} MB {b['peak'] / 2**20:>6.0f} MB {'yes' if same else 'NO':>10}"
                f" {a['load']:>4.1f}, {b['load']:>4.1f}",
                flush=True,
            )
    print("```\n")
    print("Stages (seconds; nlp summed over workers):\n")
    print("```")
    for size, a, b, _ in rows:
        for name, r in ((j, a), ("dask", b)):
            stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
            print(f"{size:>4} MB {name:>5}: {stages}")
    print("```")
    return 0 if all(same for *_, same in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
