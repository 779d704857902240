"""What the client of ``kg build --sharded --dask`` holds, by allocation site (tracemalloc).

Run it on a corpus and an ``--out`` (as ``bench_shards.py --reuse`` fills them, or any)::

    python benchmarks/trace_client.py CORPUS OUT [--jobs 2] [--top 12]

It runs ``kg build CORPUS --out OUT --sharded --dask --jobs N`` in this process under
:mod:`tracemalloc` (the scheduler of the local cluster runs in it too, as in ``kg build``)
and takes a snapshot (and the resident size) at the start of the build, at the end of
the analysis, after the resolve, at the hashing of the documents and before the
manifest. It prints
the peak of traced memory, the traced memory at each point, and at the point of most
memory the allocation sites that grew most since the start (by file and line), so that
two corpora of different sizes show which sites grow with the corpus.
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MB = 2**20


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus")
    p.add_argument("out")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--top", type=int, default=12)
    args = p.parse_args(argv)
    import psutil

    from kg import shards_cluster
    from kg.cli import main as kg_main

    me = psutil.Process()
    snaps: list[tuple[str, tracemalloc.Snapshot]] = []
    rss: list[float] = []

    def snap(label: str) -> None:
        snaps.append((label, tracemalloc.take_snapshot()))
        rss.append(me.memory_info().rss)

    def hook(module, name: str, label: str) -> None:
        original = getattr(module, name)

        def wrapped(*a, **k):
            snap(label)
            return original(*a, **k)

        setattr(module, name, wrapped)

    hook(shards_cluster, "_resolve_and_write", "analysis done")
    hook(shards_cluster.flat, "admin_relations", "resolved")
    hook(shards_cluster, "ActivityHash", "documents' hashes")
    hook(shards_cluster, "write_manifest", "manifest")
    tracemalloc.start(1)
    snap("start")
    code = kg_main(["build", args.corpus, "--out", args.out, "--sharded", "--dask", "--jobs", str(args.jobs)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    base = snaps[0][1]
    print(f"traced peak {peak / MB:.1f} MB")
    sizes = [(label, sum(s.size for s in snapshot.statistics("filename"))) for label, snapshot in snaps]
    for (label, size), resident in zip(sizes, rss, strict=True):
        print(f"  {label:<20} {size / MB:8.1f} MB traced {resident / MB:8.1f} MB resident")
    print(f"  {'end':<20} {'':>8}           {me.memory_info().rss / MB:8.1f} MB resident")
    label, top = max(snaps, key=lambda x: sum(s.size for s in x[1].statistics("filename")))
    print(f"\ngrowth since the start at '{label}', by line:")
    for d in top.compare_to(base, "lineno")[: args.top]:
        print(f"  {d.size_diff / MB:8.2f} MB {d.count_diff:>9} blocks  {d.traceback}")
    print("\nby file:")
    for d in top.compare_to(base, "filename")[: args.top]:
        print(f"  {d.size_diff / MB:8.2f} MB {d.count_diff:>9} blocks  {d.traceback}")
    return code


if __name__ == "__main__":
    sys.exit(main())
