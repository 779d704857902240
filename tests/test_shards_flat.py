"""``kg build --sharded --dask`` keeps the workers' memory flat: the analysis results and the
resolve's intermediate data are in the staging folder's files (kg.shards_spill), not in the
memory of the workers (nor in the scheduler's, for the tasks' arguments)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent


def _held(client) -> tuple[int, int, int]:
    """Keys and bytes in the workers' memory, tasks the scheduler knows."""
    workers = client.run(lambda dask_worker: (len(dask_worker.data), dask_worker.state.nbytes))
    tasks = client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))
    return sum(k for k, _ in workers.values()), sum(b for _, b in workers.values()), tasks


def _settled(client, seconds: float = 30) -> tuple[int, int, int]:
    """What the cluster holds once the futures the client let go are forgotten (the release
    messages are asynchronous): polled until nothing is held, or ``seconds``."""
    deadline = time.monotonic() + seconds
    held = _held(client)
    while held != (0, 0, 0) and time.monotonic() < deadline:
        time.sleep(0.1)
        held = _held(client)
    return held


def test_workers_hold_no_analysis_result_and_the_resolve_holds_markers_only(tmp_path, monkeypatch):
    # After the analysis phase, neither a worker nor the scheduler holds anything of the
    # analysis tasks (results and arguments are let go once the results are in the files);
    # during the resolve and the writing of the parts, what a worker holds in memory between
    # tasks is markers of files and small results, no record (result, keys, unit, group,
    # entity, fact, document). Keeping the analysis results on the workers (as
    # DaskExecutor.keep did) holds one key per analysis task after the analysis; a step's
    # result kept in memory holds records (tried: the entities of a bucket).
    from kg import shards_cluster, shards_spill
    from kg.cache import DocumentCache, pipeline_fingerprint
    from kg.cluster import DaskExecutor

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8")[:400] for p in seeds]
    after_analysis: list[tuple[int, int, int]] = []
    files: list[int] = []
    resolve = shards_cluster._resolve_and_write

    def resolve_after_a_look(client, spill, *args, **kwargs):
        after_analysis.append(_settled(client))
        files.append(len(list(Path(spill).glob("analysis-*.pkl"))))
        return resolve(client, spill, *args, **kwargs)

    def looking(func):
        # (the task is pickled, this closure with it: the peak is kept on the worker)
        def wrapped(*args, **kwargs):
            from kg.model import DocumentInfo, Entity, Relation
            from kg.nlp.document import DocumentResult
            from kg.resolve.corpus import Group
            from kg.resolve.document import DocumentKeys, Unit

            heavy = (DocumentResult, DocumentKeys, Unit, Group, Entity, Relation, DocumentInfo)
            worker = distributed.get_worker()
            held = [ts.nbytes or 0 for ts in worker.state.tasks.values() if ts.state == "memory"]
            worker.kg_peak = max(getattr(worker, "kg_peak", (0, 0)), (worker.state.nbytes, max(held, default=0)))
            todo = list(worker.data.values())
            while todo:  # what the worker holds: markers and small results, no records
                value = todo.pop()
                if isinstance(value, heavy):
                    worker.kg_heavy = type(value).__name__
                elif isinstance(value, (list, tuple, set)):
                    todo.extend(value)
                elif isinstance(value, dict):
                    todo.extend(value.values())
            return func(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(shards_cluster, "_resolve_and_write", resolve_after_a_look)
    monkeypatch.setattr(shards_spill, "spilled", looking(shards_spill.spilled))
    monkeypatch.setattr(shards_spill, "loaded", looking(shards_spill.loaded))

    def build(client, n: int) -> tuple[tuple[int, int, int], int, int]:
        corpus, out = tmp_path / f"corpus-{n}", tmp_path / f"out-{n}"
        corpus.mkdir()
        for i in range(n):
            (corpus / f"{i:04d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
        client.run(lambda dask_worker: setattr(dask_worker, "kg_peak", (0, 0)))
        client.run(lambda dask_worker: setattr(dask_worker, "kg_heavy", None))
        ex = DaskExecutor(client, batch_mb=0.001)  # a task or two per document
        ex.cache_dir = str(out)
        cache = DocumentCache(out, pipeline_fingerprint("lac"))
        written = shards_cluster.build_sharded([corpus], out, ex, {"segmenter": "lac"}, cache)
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        assert (out / "manifest.json") in written and sum(p["records"] for p in manifest["documents"]) == n
        assert not (out / shards_cluster.SPILL).exists()  # the intermediate files removed
        peaks = client.run(lambda dask_worker: dask_worker.kg_peak).values()
        peak = (max(p[0] for p in peaks), max(p[1] for p in peaks))
        assert set(client.run(lambda dask_worker: dask_worker.kg_heavy).values()) == {None}
        return after_analysis[-1], peak, files[-1]

    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0") as client:
        small, large = build(client, 24), build(client, 96)
    print("after analysis (keys, bytes, tasks), (bytes, largest value) between tasks, analysis files:", small, large)
    assert small[0] == large[0] == (0, 0, 0)
    assert large[2] > small[2] >= 4  # the results are in files, more of them for more documents
    # Between tasks, a worker holds markers of files and a few small results (labels,
    # manifest entries, counts, the names and hashes of a documents/ part, which the client
    # reads a part at a time): no record (walked above), and in all 36-82 KB here whether
    # N or 4N (Dask's sizes, shallow for kg's records, hence the walk).
    assert large[1][0] < 200_000, (small, large)


def test_the_resolve_hands_the_scheduler_a_bounded_number_of_markers_per_task(tmp_path, monkeypatch):
    # A shuffle's task reads a share of every task of the step before. Named one marker per
    # share, the tasks of a resolve of P buckets carried ~P markers each (~P squared in all,
    # kept by the scheduler with the tasks' arguments: its memory grew faster than the
    # corpus); as one Shares marker per step, a task carries a few, whatever P. Likewise the
    # futures a task waits for: every bucket's labels read every bucket's places wanted
    # (~P squared edges of the graph); now through one task that gathers them.
    from kg import shards_cluster
    from kg.cache import DocumentCache, pipeline_fingerprint
    from kg.cluster import DaskExecutor
    from kg.shards_spill import Shares, Spill

    def markers(value, kinds=(Spill, Shares)) -> int:
        if isinstance(value, kinds):
            return 1
        if isinstance(value, (list, tuple)):
            return sum(markers(v, kinds) for v in value)
        if isinstance(value, dict):
            return sum(markers(v, kinds) for v in value.values())
        return 0

    counted: list[int] = []
    waits: list[int] = []
    known: list[int] = []

    class Counting:  # the client, counting the markers of every task submitted
        def __init__(self, client):
            self._client = client

        def __getattr__(self, name):
            return getattr(self._client, name)

        def submit(self, *args, **kwargs):
            counted.append(markers(args) + markers(kwargs))
            waits.append(markers((args, kwargs), distributed.Future))
            known.append(self._client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)))
            return self._client.submit(*args, **kwargs)

    resolve = shards_cluster._resolve_and_write
    monkeypatch.setattr(
        shards_cluster, "_resolve_and_write", lambda client, *a, **k: resolve(Counting(client), *a, **k)
    )
    monkeypatch.setattr(shards_cluster, "STEP_TASKS_PER_WORKER", 2)  # a window of 4 tasks, below P
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"{i:04d}.txt").write_text(seeds[i % len(seeds)].read_text(encoding="utf-8")[:300], encoding="utf-8")

    def build(client, buckets: int) -> tuple[int, int, list[int], int]:
        counted.clear()
        waits.clear()
        known.clear()
        out = tmp_path / f"out-{buckets}"
        ex = DaskExecutor(client, batch_mb=0.001)
        ex.cache_dir, ex.resolve_partitions = str(out), buckets
        shards_cluster.build_sharded(
            [corpus], out, ex, {"segmenter": "lac"}, DocumentCache(out, pipeline_fingerprint("lac"))
        )
        entities = json.loads((out / "manifest.json").read_text("utf-8"))["entities"]
        return max(counted), sum(counted), sorted(p["records"] for p in entities), sum(waits), max(known)

    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0") as client:
        small, large = build(client, 3), build(client, 12)
    print("markers per task (most, all), entities, futures waited for, tasks known at 3 and 12 buckets:", small, large)
    assert sum(small[2]) == sum(large[2]) > 0  # the same entities, in more parts
    assert large[0] == small[0] <= 4, (small, large)  # per task: bounded, not ~P
    assert large[1] < 4 * small[1] + 50, (small, large)  # in all: ~P, not ~P squared
    assert large[3] < 4 * small[3] + 50, (small, large)
    # The steps run a window of tasks at a time (kg.shards_spill.SpilledSteps: 2 workers x 2
    # tasks here, at most 4 windows submitted and not yet read): the scheduler knows at most
    # those, whatever P. Submitted all at once, ~20 tasks per bucket stayed in it to the end.
    assert large[4] <= 16 and small[4] <= 16, (small, large)


def test_a_task_s_shares_for_every_bucket_are_one_file_and_one_small_marker(tmp_path):
    # A shuffle's task writes its shares for all P buckets to one bundle file and returns
    # one marker of a few bytes: a file and a marker per share made parts x buckets files a
    # step, and the results the client gathers (kg.shards_spill.SpilledSteps) held parts x
    # buckets markers (~P squared). Each share is read alone, whatever P.
    import pickle

    from kg.shards_spill import Shares, _spill, load

    sizes = {}
    for buckets in (3, 300):
        shares = [{"bucket": b, "units": list(range(b % 7))} for b in range(buckets)]
        result = _spill({"units": shares, "count": buckets}, str(tmp_path / f"split{buckets}-0"), {"units": 1})
        sizes[buckets] = len(pickle.dumps(result))
        assert result["count"] == buckets and load(result["units"]) == shares
        assert load(result["units"][buckets - 1]) == shares[-1]
        assert len(list(tmp_path.glob(f"split{buckets}-0*"))) == 1
        read = load(Shares(str(tmp_path), f"split{buckets}", 1, ("units", 2)))
        assert read == [shares[2]]
    assert sizes[300] <= sizes[3] + 8, sizes
