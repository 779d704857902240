"""``kg build --dask``: the same bytes as ``--jobs 2``, on a local cluster, on a cluster of
``dask scheduler`` + ``dask worker`` processes, and when a worker is killed mid-build.

The client side of the executor (listing, naming, cache, order) is also checked without a
cluster, on a client that runs each task at once in this process.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.cache import DocumentCache, pipeline_fingerprint
from kg.cluster import DaskExecutor
from kg.executors import DocumentAnalyser, FileTask, LocalExecutor, batches, plan_inputs
from kg.export import DEFAULT_EXPORTERS, export
from kg.pipeline import BuildReport, build_graph
from kg.sources import InputProblem, iter_sources

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = {"seeds": ROOT / "seeds", "dev": FIXTURES / "dev" / "texts", "dev2": FIXTURES / "dev2" / "texts"}
BIN = Path(sys.executable).parent


def kg_build(inputs: list[Path], out: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600, env={**os.environ, **(env or {})})
    assert proc.returncode == 0, proc.stderr
    return proc


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by its path under ``out``."""
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    return {k: v for k, v in files.items() if not k.startswith(".kg-cache/")}


def assert_same(a: Path, b: Path) -> None:
    fa, fb = outputs(a), outputs(b)
    assert sorted(fa) == sorted(fb)
    assert {"entities.jsonl", "relations.jsonl", "documents.jsonl", "graph.ttl"} <= set(fa)
    for name in fa:
        assert fa[name] == fb[name], f"{name} differs"


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, Path]:
    """``kg build --jobs 2`` of each set, and of the three together."""
    base = tmp_path_factory.mktemp("jobs2")
    refs = {}
    for name, path in SETS.items():
        refs[name] = base / name
        kg_build([path], refs[name], "--jobs", "2", "--no-cache")
    refs["all"] = base / "all"
    kg_build(list(SETS.values()), refs["all"], "--jobs", "2", "--no-cache")
    return refs


# ----------------------------------------------------------------- without a cluster


class _Done:
    def __init__(self, value):
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


class InProcessClient:
    """The part of ``distributed.Client`` the executor uses; tasks run at once, here."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def scheduler_info(self) -> dict:
        return {"workers": {"inproc://0": {}}}

    def run(self, func, *args):
        return {"inproc://0": func(*args)}

    def submit(self, func, *args, key: str, priority: int = 0, pure: bool = True):
        self.keys.append(key)
        return _Done(func(*args))

    def cancel(self, futures) -> None:
        pass


@pytest.fixture
def tangled(tmp_path: Path) -> list[Path]:
    """Inputs whose documents' names collide, with problems between them."""
    a, b = tmp_path / "a", tmp_path / "b"
    (a / "sub").mkdir(parents=True)
    b.mkdir()
    (a / "x.txt").write_text("市长张强主持召开调度会。\n", encoding="utf-8")
    (a / "sub" / "x.txt").write_text("副市长李明出席会议。\n", encoding="gb18030")
    (a / "empty.txt").write_bytes(b"")
    (b / "x.txt").write_text("县委书记王伟到大同市调研。\n", encoding="utf-8")
    records = [
        {"id": "x.txt", "text": "省长刘芳在太原市主持会议。"},
        {"id": "n1", "text": "张强说。", "date": "2025年6月21日"},
        {"id": "n1", "text": "李明说。"},
        [1],
    ]
    (b / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    return [a, b, tmp_path / "missing.txt", a / "x.txt", b / "news.jsonl"]


def test_listing_finds_the_files_and_problems_iter_sources_finds(tangled):
    plan = list(plan_inputs(tangled))
    files = [f for f in plan if isinstance(f, FileTask)]
    read = DocumentAnalyser().read(files, None)
    # Listed problems, then per file its read problems and documents (named as if alone).
    expected_paths = [s.path if not isinstance(s, InputProblem) else None for s in iter_sources(tangled)]
    got_paths = [info.path for items in read for info, _ in (i for i in items if not isinstance(i, InputProblem))]
    assert got_paths == [p for p in expected_paths if p is not None]
    assert [str(p) for p in plan if isinstance(p, InputProblem)] == [f"{tangled[2]}: no such file or directory"]
    assert [len(b) if isinstance(b, list) else "problem" for b in batches(plan, 1e9)] == [5, "problem"]


def test_a_listing_sorted_in_the_ledger_is_the_listing_sorted_in_memory(tangled, tmp_path):
    # kg build --sharded --dask sorts a folder's files in the ledger's file on disk: the same
    # files, problems and order as the sort in memory (a folder "a" before "a.txt" and
    # "a-b.txt", linked folders entered once, a name that is not UTF-8).
    from kg.ledger import Ledger

    root = tmp_path / "tree"
    for rel in ("a/z.txt", "a.txt", "a-b.txt", "a/b/c.txt", "b/a.txt", "b.txt/x.txt", "中文/一.txt", ".hidden/x.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("市长张强主持召开调度会。", encoding="utf-8")
    (root / "link").symlink_to(root / "a", target_is_directory=True)
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    with contextlib.suppress(OSError, UnicodeEncodeError):  # a file system that refuses such names
        (root / os.fsdecode(b"bad-\xff.txt")).write_text("正文", encoding="utf-8")
    inputs = [root, *tangled]
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        on_disk = list(plan_inputs(inputs, None, ledger))
    in_memory = list(plan_inputs(inputs))
    assert [str(x) for x in on_disk] == [str(x) for x in in_memory]
    assert len([x for x in in_memory if isinstance(x, FileTask)]) >= 12


def test_the_executor_names_and_orders_documents_as_a_local_build(tangled, tmp_path):
    local, remote = BuildReport(), BuildReport()
    g1 = build_graph(tangled, report=local)
    export(build_graph(tangled, executor=LocalExecutor(1)), tmp_path / "executor", DEFAULT_EXPORTERS)
    client = InProcessClient()
    cache = DocumentCache(tmp_path / "out", pipeline_fingerprint("lac"))
    g2 = build_graph(tangled, report=remote, executor=DaskExecutor(client, batch_mb=0.00001), cache=cache)
    assert remote.problems == local.problems and len(local.problems) == 3  # missing, empty, bad line
    assert remote.documents == local.documents == 6
    export(g1, tmp_path / "local", DEFAULT_EXPORTERS)
    export(g2, tmp_path / "out", DEFAULT_EXPORTERS)
    assert_same(tmp_path / "local", tmp_path / "out")
    assert_same(tmp_path / "local", tmp_path / "executor")
    ids = [json.loads(line)["id"] for line in (tmp_path / "out" / "documents.jsonl").read_text("utf-8").splitlines()]
    assert sorted(ids) == sorted(s.id for s in iter_sources(tangled) if not isinstance(s, InputProblem))
    assert {"x.txt", "n1", "news.jsonl#x.txt", "news.jsonl#n1"} < set(ids) and len(set(ids)) == 6
    # Tiny batches: one task per file (the empty file goes with the next one), each read then analysed.
    assert sum(k.startswith("kg-read-") for k in client.keys) == 4
    assert sum(k.startswith("kg-analyse-") for k in client.keys) == 4
    # Again with the cache: nothing analysed, every document reused, the same graph.
    client.keys.clear()
    again = BuildReport()
    g3 = build_graph(
        tangled, report=again, executor=DaskExecutor(client), cache=DocumentCache(tmp_path / "out", cache.fingerprint)
    )
    assert again.reused == 6 and not any(k.startswith("kg-analyse-") for k in client.keys)
    export(g3, tmp_path / "again", DEFAULT_EXPORTERS)
    assert_same(tmp_path / "local", tmp_path / "again")


def test_a_worker_with_another_pipeline_refuses_to_work():
    from kg.executors import ClusterError

    with pytest.raises(ClusterError, match="another kg pipeline"):
        DocumentAnalyser(fingerprint="0" * 64).read([], None)


# ----------------------------------------------------------------- on clusters


def test_local_cluster_builds_the_same_bytes_as_jobs_2(reference, tmp_path):
    # The three sets in one build (each set alone is built on the cluster below): a local
    # cluster starts in seconds, but the host that runs the tests has two cores.
    out = tmp_path / "dask"
    proc = kg_build(list(SETS.values()), out, "--jobs", "2", "--no-cache", "--dask")
    assert_same(reference["all"], out)
    assert "problems: 0" in proc.stdout


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """``dask scheduler`` and ``dask worker`` (2 processes, 1 thread each) on 127.0.0.1, free ports."""
    base = tmp_path_factory.mktemp("cluster")
    info = base / "scheduler.json"
    procs = []
    try:
        procs.append(
            subprocess.Popen(
                [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--scheduler-file", info],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=base,
            )
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        procs.append(
            subprocess.Popen(
                [BIN / "dask", "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
                 "--host", "127.0.0.1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=base,
            )
        )  # fmt: skip
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
            yield address, client
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.mark.parametrize("name", list(SETS))
def test_dask_scheduler_and_workers_build_the_same_bytes_as_jobs_2(name, cluster, reference, tmp_path):
    address, _ = cluster
    out = tmp_path / "dask"
    if name == "dev":  # the address from the environment, and the cache used by a second build
        kg_build([SETS[name]], out, "--dask", env={"DASK_SCHEDULER_ADDRESS": address})
        assert_same(reference[name], out)
        again = kg_build([SETS[name]], out, "--dask", address)
        assert f"reused: {len(outputs(out)['documents.jsonl'].splitlines())}" in again.stdout
    else:
        kg_build([SETS[name]], out, "--dask", address, "--no-cache")
    assert_same(reference[name], out)


def test_a_worker_killed_mid_build_changes_nothing(cluster, reference, tmp_path):
    address, client = cluster
    out = tmp_path / "dask"
    cmd = [sys.executable, "-m", "kg", "build", *map(str, SETS.values()), "--out", str(out), "--no-cache"]
    build = subprocess.Popen(
        [*cmd, "--dask", address, "--batch-mb", "0.02"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    pids = client.run(os.getpid)
    killed = None
    try:
        deadline = time.monotonic() + 120
        while killed is None and build.poll() is None and time.monotonic() < deadline:
            for addr, keys in client.processing().items():
                if any(str(k).startswith("kg-analyse-") for k in keys):
                    killed = pids[addr]
                    os.kill(killed, signal.SIGKILL)
                    break
            time.sleep(0.05)
        stdout, stderr = build.communicate(timeout=600)
    finally:
        if build.poll() is None:
            build.kill()
    assert killed is not None, "the build ended before a worker could be killed"
    assert build.returncode == 0, stderr.decode()
    assert_same(reference["all"], out)
    # The nanny started a new worker process in place of the killed one.
    client.wait_for_workers(2, timeout=120)
    assert killed not in client.run(os.getpid).values()


def concatenated(out: Path, kind: str) -> bytes:
    """The JSONL parts of ``kind`` gunzipped and concatenated in the manifest's order."""
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    return b"".join(gzip.decompress((out / p["path"]).read_bytes()) for p in manifest[kind])


def test_sharded_dask_resolves_and_writes_on_the_workers(cluster, reference, tmp_path):
    # --sharded --dask: resolution and the writing of the parts run as tasks of the cluster
    # (the client gets no result); the parts hold the single outputs of --jobs 2: the JSONL
    # files byte for byte once concatenated, graph.ttl's triples each once.
    import pyoxigraph as ox

    address, client = cluster
    out = tmp_path / "dask"
    client.get_task_stream()  # (starts recording)
    kg_build(list(SETS.values()), out, "--no-cache", "--sharded", f"--dask={address}")
    keys = {str(t["key"][0] if isinstance(t["key"], tuple) else t["key"]).split("-", 1)[0]
            for t in client.get_task_stream()}  # fmt: skip
    assert {"map_part", "reduce_part", "entity_part", "relation_part", "write_entities", "write_rdf"} <= keys
    ref = reference["all"]
    for kind in ("entities", "relations", "documents"):
        assert concatenated(out, kind) == (ref / f"{kind}.jsonl").read_bytes(), kind
    mentions = [json.loads(x) for x in concatenated(out, "mentions").splitlines()]
    entities = [json.loads(x) for x in (ref / "entities.jsonl").read_text("utf-8").splitlines()]
    assert mentions == [{"entity": e["id"], **m} for e in entities for m in e["mentions"]]
    evidence = [json.loads(x) for x in concatenated(out, "evidence").splitlines()]
    relations = [json.loads(x) for x in (ref / "relations.jsonl").read_text("utf-8").splitlines()]
    assert evidence == [{"relation": r["id"], **ev} for r in relations for ev in r["evidence"]]
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    store = ox.Store()
    for p in manifest["rdf"]:
        store.bulk_load(gzip.decompress((out / p["path"]).read_bytes()), format=ox.RdfFormat.N_QUADS)
    quads = list(store)
    assert len(quads) == sum(p["quads"] for p in manifest["rdf"]) > 1000  # each triple in one part only
    single = ox.Store()
    single.bulk_load(path=str(ref / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert {(q.subject, q.predicate, q.object) for q in quads} == {(q.subject, q.predicate, q.object) for q in single}
    # The same bytes again, with the cache that the workers fill, then read (all reused).
    again, local = tmp_path / "again", tmp_path / "local"
    kg_build(list(SETS.values()), again, "--sharded", f"--dask={address}")
    assert outputs(again) == outputs(out)
    reused = kg_build(list(SETS.values()), again, "--sharded", f"--dask={address}")
    assert f"reused: {len(concatenated(out, 'documents').splitlines())}" in reused.stdout
    assert outputs(again) == outputs(out)
    # A --sharded build without Dask holds the same lines.
    kg_build(list(SETS.values()), local, "--no-cache", "--sharded", "--jobs", "2")
    for kind in ("entities", "relations", "documents", "mentions", "evidence"):
        assert concatenated(local, kind) == concatenated(out, kind), kind


def test_sharded_dask_applies_the_decisions_on_the_workers(cluster, reference, tmp_path):
    # --resolutions with --sharded --dask: the decisions are matched and applied by the
    # cluster's tasks (the client gets unit ids, not results); the lines are those of
    # --sharded --jobs 2 with the same decisions, which resolves in one process.
    from kg.resolve import write_review_csv
    from kg.resolve.keys import clean

    address, client = cluster
    review = tmp_path / "review.csv"
    assert write_review_csv(reference["all"], review) >= 1
    rows = review.read_text("utf-8-sig").splitlines()
    entities = [json.loads(x) for x in (reference["all"] / "entities.jsonl").read_text("utf-8").splitlines()]
    persons = [e for e in entities if e["type"] == "PERSON"]
    other = next(p for p in persons if p["label"] != persons[0]["label"])
    # a person of several documents, declared two persons (in its first document, elsewhere)
    split = next(p for p in persons if len({m["doc"] for m in p["mentions"]}) > 1)
    docs = sorted({m["doc"] for m in split["mentions"]})[:2]
    m0, m1 = (next(m for m in split["mentions"] if m["doc"] == d) for d in docs)

    def ref(e: dict) -> str:
        m = min(e["mentions"], key=lambda m: (m["doc"], m["start"], m["end"]))
        return f"PERSON:{clean(m['text'])}@{m['doc']}"

    decisions = tmp_path / "decisions.csv"
    decisions.write_text(
        "\n".join([
            rows[0], "same" + rows[1], f"same,{ref(persons[0])},{ref(other)}",
            f"different,{m0['doc']}:{m0['start']}-{m0['end']},PERSON:{clean(m1['text'])}@{m1['doc']}",
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out, local = tmp_path / "dask", tmp_path / "local"
    client.get_task_stream()
    kg_build(list(SETS.values()), out, "--no-cache", "--sharded", f"--dask={address}", "--resolutions", str(decisions))
    keys = {str(t["key"][0] if isinstance(t["key"], tuple) else t["key"]).split("-", 1)[0]
            for t in client.get_task_stream()}  # fmt: skip
    assert {"match_part", "reduce_part", "links_part"} <= keys
    kg_build(list(SETS.values()), local, "--no-cache", "--sharded", "--jobs", "2", "--resolutions", str(decisions))
    for kind in ("entities", "relations", "documents", "mentions", "evidence"):
        assert concatenated(out, kind) == concatenated(local, kind), kind
    # the decisions changed the graph: two persons of two names are one, with the decision as reason
    assert concatenated(out, "entities") != (reference["all"] / "entities.jsonl").read_bytes()
    joined = [json.loads(x) for x in concatenated(out, "entities").splitlines()]
    assert any(
        {persons[0]["label"], other["label"]} <= {e["label"], *e["aliases"]}
        and any(r["rule"] == "decision.same" for r in e["attributes"]["resolution"])
        for e in joined
    )
    holder = {(m["doc"], m["start"]): e["id"] for e in joined for m in e["mentions"]}
    assert holder[(m0["doc"], m0["start"])] != holder[(m1["doc"], m1["start"])]


def test_sharded_dask_client_receives_no_document_data(tmp_path, monkeypatch):
    # The client of --sharded --dask gets summaries, merge tables and manifest entries back
    # from the cluster, never a document's result, keys, units, entities or facts: what it
    # holds does not grow with the text (benchmarks/bench_shards.py measures the memory).
    distributed = pytest.importorskip("distributed")
    from kg.model import Entity, Relation
    from kg.nlp.document import DocumentResult
    from kg.resolve.corpus import Group
    from kg.resolve.document import DocumentKeys, Unit
    from kg.shards_cluster import build_sharded

    heavy = (DocumentResult, DocumentKeys, Unit, Group, Entity, Relation)
    received: list = []

    def walk(value) -> None:
        received.append(type(value))
        if isinstance(value, (list, tuple, set)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)

    gather, result = distributed.Client.gather, distributed.Future.result

    def gathered(self, *args, **kwargs):
        out = gather(self, *args, **kwargs)
        walk(out)
        return out

    def resulted(self, *args, **kwargs):
        out = result(self, *args, **kwargs)
        walk(out)
        return out

    monkeypatch.setattr(distributed.Client, "gather", gathered)
    monkeypatch.setattr(distributed.Future, "result", resulted)
    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0") as client:
        ex = DaskExecutor(client)
        written = build_sharded([SETS["seeds"]], tmp_path, ex, {"segmenter": "lac"})
    assert (tmp_path / "manifest.json") in written and len(received) > 100
    assert not [t for t in received if issubclass(t, heavy)]
    # what the client holds of the corpus: the documents' records and the names' merge table
    manifest = json.loads((tmp_path / "manifest.json").read_text("utf-8"))
    assert sum(p["records"] for p in manifest["entities"]) > 100


def _per_document_strings(marker: str) -> tuple[int, frozenset[int]]:
    """Distinct live strings held in this process's containers (and in the dicts and tuples
    gc does not track, one level down) that name a document (contain ``marker``) or are a
    cache key (64 hex digits): how many distinct names, and the hashes of the keys."""
    import gc

    names: dict[int, str] = {}
    keys: dict[int, str] = {}
    hexdigits = frozenset("0123456789abcdef")

    def look(x) -> None:
        if type(x) is str:
            if marker in x:
                names[id(x)] = x
            elif len(x) == 64 and hexdigits.issuperset(x):
                keys[id(x)] = x

    for o in gc.get_objects():
        for r in gc.get_referents(o):
            look(r)
            if type(r) in (dict, tuple, frozenset) and not gc.is_tracked(r):
                for x in gc.get_referents(r):
                    look(x)
    # the keys as hashes: the snapshots must not hold the strings the next scan counts
    return len(set(names.values())), frozenset(hash(k) for k in keys.values())


def test_sharded_dask_client_holds_a_bounded_number_of_documents(cluster, tmp_path):
    # The client of --sharded --dask holds nothing per document in memory: the documents'
    # records (DocumentInfo), the strings that name a document (names taken, files seen,
    # folder listings) and the cache keys alive in the client at any point of the build are
    # those of the tasks in flight (workers x tasks per worker x documents per task), whether
    # the corpus has N or 4N documents; what it must remember per document is in the
    # ledger's file (kg.ledger). A list or set of the documents, their names, files or keys
    # kept on the client makes it 4N.
    import gc

    from kg import shards_cluster
    from kg.ledger import Ledger
    from kg.model import DocumentInfo
    from kg.progress import Progress
    from kg.resolve import flat
    from kg.shards_cluster import build_sharded

    _, client = cluster
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8")[:300] for p in seeds]
    marker = "kgdoc"

    def held() -> tuple[int, int, frozenset]:
        # (this test's documents only: an in-process cluster of an earlier test may leave others)
        mine = sum(1 for o in gc.get_objects() if type(o) is DocumentInfo and marker in o.id)
        return (mine, *_per_document_strings(marker))

    counts: list[tuple[int, int, frozenset]] = []

    class Counting(Progress):
        def document(self, result, reused: bool) -> None:
            self.seen = getattr(self, "seen", 0) + 1
            if self.seen % 8 == 0:
                counts.append(held())

    def counted(func):
        def wrapped(*args, **kwargs):
            counts.append(held())
            return func(*args, **kwargs)

        return wrapped

    def peak(n: int) -> tuple[int, ...]:
        corpus, out = tmp_path / f"corpus-{n}", tmp_path / f"out-{n}"
        for i in range(n):  # an archive by day: folders of 8 pages, named alike every day
            page = corpus / f"day-{i // 8:03d}" / f"{marker}{i % 8:04d}.txt"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(texts[i % len(texts)], encoding="utf-8")
        counts.clear()
        ex = DaskExecutor(client, batch_mb=0.0005)  # a task or two per document
        ex.cache_dir = str(out)
        cache = DocumentCache(out, pipeline_fingerprint("lac"))
        with Ledger(tmp_path / f"ledger-{n}.sqlite") as ex.ledger:
            # day-000 given again: its files are read once
            inputs = [corpus, corpus / "day-000"]
            written = build_sharded(inputs, out, ex, {"segmenter": "lac"}, cache, progress=Counting())
            used = {hash(k) for k in cache.used}
            assert len(cache.used) == len(used) == n  # the keys used, on disk
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
        assert (out / "manifest.json") in written
        # documents/ in parts of ranges of names (10 a part here): documents.jsonl in order
        assert len(manifest["documents"]) >= n // 10
        ids = [json.loads(x)["id"] for x in concatenated(out, "documents").splitlines()]
        assert len(ids) == n and ids == sorted(ids) and len(set(ids)) == n
        # first come, first named: day-000 keeps the plain names, the later days' pages
        # are named by their paths
        assert sorted(i for i in ids if "/" not in i) == sorted(p.name for p in (corpus / "day-000").iterdir())
        assert sum(i.startswith("day-") for i in ids) == n - 8
        return max(c[0] for c in counts), max(c[1] for c in counts), max(len(c[2] & used) for c in counts)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(shards_cluster, "DOCUMENTS_PER_PART", 10)
        mp.setattr(shards_cluster, "NAME_SAMPLE", 8)
        mp.setattr(shards_cluster, "write_manifest", counted(shards_cluster.write_manifest))
        mp.setattr(flat, "admin_relations", counted(flat.admin_relations))
        mp.setattr(shards_cluster, "ActivityHash", counted(shards_cluster.ActivityHash))
        small, large = peak(24), peak(96)
    # records, names (sampled names and paths included), cache keys: the same bound for 4
    # times the documents (72 more documents). The strings alive at a count vary with the
    # timing of tasks by up to ~10 (a fresh clone saw 33 -> 42); a per-document set of names
    # put back gave 37 -> 114.
    assert all(big <= s + 16 for s, big in zip(small, large, strict=True)), (small, large)
    assert large[0] < 24 and large[2] < 24, (small, large)
    print("held at most (records, names, keys):", small, large)


def test_the_local_cluster_keeps_a_bounded_number_of_sent_tasks():
    # The scheduler's stream to a worker keeps its last batches for debugging
    # (distributed.admin.low-level-log-length, Dask's default 1,000): with a local cluster
    # the scheduler runs in kg build, so every analysis task's spec (its requests and its
    # documents' records) stayed alive in the client up to 1,000 tasks per worker. kg
    # starts its clusters with kg.cluster.LOG_LENGTH: after 4 x LOG_LENGTH tasks, one at a
    # time (a batch each), at most LOG_LENGTH of their arguments are alive; with Dask's
    # default all 4 x LOG_LENGTH are.
    import gc
    from pathlib import PurePosixPath

    from kg import cluster

    pytest.importorskip("distributed")
    n = 4 * cluster.LOG_LENGTH
    with cluster.dask_executor(None, jobs=1) as ex:
        for i in range(n):
            assert ex.client.submit(str, PurePosixPath(f"kgtask{i}"), pure=False).result() == f"kgtask{i}"
        gc.collect()
        alive = sum(1 for o in gc.get_objects() if type(o) is PurePosixPath and o.name.startswith("kgtask"))
    assert 0 < alive <= cluster.LOG_LENGTH + 2, alive
