"""``kg build --sharded --dask``: resolve and write the shards on the cluster; the client holds no text.

Each analysis task writes its documents' results and records to a file of the staging
folder (:attr:`kg.cluster.DaskExecutor.spill`) and is let go; resolution runs as the tasks of
:mod:`kg.resolve.flat`, which read those files and write their own results' shares to files
too (:mod:`kg.shards_spill`: a worker holds the data of the tasks it runs, not of every task
it ran; the number of buckets grows with the corpus, :data:`DOCUMENTS_PER_BUCKET`; an
entity's long runs of mentions stay in files until its lines are written,
:mod:`kg.resolve.flat_mentions`), and the workers write the parts of
``entities/ mentions/ relations/ evidence/ rdf/`` into the staging folder themselves (on a
user's cluster, ``--out`` must be a folder every worker sees at the same path, as the
cache already needs). What passes through the client is small next to the corpus:

* per document, nothing kept in memory: the client names the documents (unique names in
  input order) with the names taken, the files seen, the folders' sorted listings and the
  cache keys used in a :class:`~kg.ledger.Ledger` file on disk, and keeps their count and a
  bounded sample of names (:data:`NAME_SAMPLE`); their records are in the analysis files,
  from which the workers write ``documents/`` and the documents' triples (:mod:`kg.shards_documents`); the client
  reads the names and hashes of one ``documents/`` part at a time, for the build's
  ``prov:Activity``;
* the names' merge table is joined on the workers (:func:`joined`), not on the client;
* the entities with an administrative code (at most one per division of the gazetteer)
  and the ``located_in`` pairs read between them;
* per part, its path, count and SHA-256 for the manifest.

The part files differ from ``kg build --sharded`` (a part is a range of ids here, a number
of records there) but hold the same lines: concatenated in the manifest's order, the JSONL
parts are the single files; the RDF parts hold graph.ttl's triples, each once.
The user's decisions (``--resolutions``) are read on the cluster too: the parts' tasks
find the units each reference names (:func:`kg.resolve.flat_decisions.match_part`), the client gets
those unit ids (a few per decision) and sends the reduce tasks the units declared
different and the clusters declared the same (:func:`kg.resolve.flat_decisions.decisions_of`).

>>> with dask_executor(None, jobs=2) as ex:                       # doctest: +SKIP
...     written = build_sharded([Path("seeds")], Path("out"), ex, {"segmenter": "lac"})
"""

from __future__ import annotations

import functools
import shutil
import time
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg import shards_spill as spilling
from kg.ledger import Ledger
from kg.model import DocumentInfo, Relation
from kg.resolve import Decision, flat, flat_decisions, join_roots
from kg.shards import new_manifest, write_manifest
from kg.shards_documents import (
    DOCUMENTS_PER_PART,
    ActivityHash,
    NameSample,
    _with_relative_path,
    gather_documents,
    names_and_hashes,
    write_documents,
)
from kg.shards_spill import SPILL, Shares, analysis_path, done, loaded, spilled
from kg.shards_writers import (
    all_labels,
    all_wanted,
    labels_for,
    places_wanted,
    write_entities,
    write_rdf,
    write_relations,
)
from kg.sources import InputProblem, SourceDocument

#: About how many document names the client samples for the bounds of the ``documents/`` parts.
NAME_SAMPLE = 2048
#: Documents per bucket of the resolve at most (more buckets for a larger corpus): what one
#: task of the resolve reads, so that a worker's memory does not grow with the corpus.
DOCUMENTS_PER_BUCKET = 150
#: Buckets and map parts at most: a shuffle writes a file per part and bucket, so past
#: ~38,000 documents (256 x 150) the tasks' shares grow again rather than the files.
MAX_BUCKETS = 256
#: Documents per part of the map side of the resolve at most (its tasks read the analysis
#: files of a part: the results of its documents).
DOCUMENTS_PER_MAP = 150
#: The :class:`~kg.ledger.Ledger` of a build, in its staging folder.
LEDGER_FILE = ".kg-ledger.sqlite"


def build_sharded(
    inputs: Iterable[Path],
    stage: Path,
    executor: Any,
    options: dict,
    cache: Any = None,
    report: Any = None,
    progress: Any = None,
    date: str | None = None,
    decisions: Sequence[Decision] | None = None,
) -> list[Path]:
    """Analyse, resolve and write the shards of ``inputs`` into ``stage`` on ``executor``'s
    cluster (a :class:`~kg.cluster.DaskExecutor`); return the paths written (manifest last).
    ``decisions``: the user's (:func:`kg.resolve.load_decisions`)."""
    from kg.progress import BuildReport, Progress, analysis_failed, record_problem

    report = report if report is not None else BuildReport()
    progress = progress if progress is not None else Progress()
    inputs = [Path(p) for p in inputs]
    Path(stage).mkdir(parents=True, exist_ok=True)
    client = executor.client
    buckets = max(1, executor.resolve_partitions or 2 * executor.workers())
    # Of the documents, the client keeps counts and a sample of names (the bounds of the
    # ``documents/`` parts); their records are in the analysis tasks' files (executor.spill).
    sample = NameSample(NAME_SAMPLE)
    named = 0
    own_ledger = executor.ledger is None
    if own_ledger:  # else the caller's, in which the cache's used keys go too (kg build)
        executor.ledger = Ledger(Path(stage) / LEDGER_FILE)
    elif cache is not None:
        cache.used = executor.ledger.set()

    def note(item: SourceDocument | DocumentInfo | InputProblem) -> bool:
        nonlocal named
        if isinstance(item, InputProblem):
            record_problem(item, report, progress)
            return False
        assert isinstance(item, DocumentInfo)  # the workers read the texts
        report.chars += item.chars
        sample.add(item.id)
        named += 1
        return True

    spill = Path(stage) / SPILL
    spill.mkdir(exist_ok=True)
    executor.spill, executor.files = str(spill), 0
    executor.document_record = functools.partial(_with_relative_path, inputs=tuple(inputs))
    failed = 0
    start = time.perf_counter()
    try:
        for src, summary, reused, seconds, error in executor.analysed(inputs, options, cache, note, date):
            report.stages["nlp"] += seconds
            if summary is None:
                analysis_failed(src.path, error, report, progress)
                failed += 1
                continue
            report.documents += 1
            report.reused += reused
            progress.document(summary, reused)
    finally:
        progress.close()
    report.walls = {"analysis": time.perf_counter() - start}  # seconds of wall time per phase
    documents = named - failed
    try:
        if documents <= 0:
            return []
        parts = -(-documents // DOCUMENTS_PER_PART)
        files = [analysis_path(spill, i) for i in range(executor.files)]
        buckets = max(buckets, min(MAX_BUCKETS, -(-documents // DOCUMENTS_PER_BUCKET)))
        docs = (files, sample.bounds(parts), documents)
        written, manifest = _resolve_and_write(client, str(spill), buckets, stage, docs, report, decisions)
    finally:
        # Done (or failed: the futures let go, the cluster drops their tasks).
        executor.spill = executor.document_record = None
        shutil.rmtree(spill, ignore_errors=True)
        if own_ledger:
            executor.ledger.close()
            executor.ledger.path.unlink(missing_ok=True)
            executor.ledger = None
    return written + [write_manifest(stage, manifest)]


#: Merge tables joined by one task (:func:`joined`).
MERGE_FAN_IN = 8


def joined(*merges: dict[str, str]) -> dict[str, str]:
    """:func:`~kg.resolve.join_roots` of some parts' merges, on a worker (the result joins again).

    >>> joined({"ORG|b": "ORG|a", "ORG|a": "ORG|a"}, {"ORG|c": "ORG|b", "ORG|b": "ORG|b"})["ORG|c"]
    'ORG|a'
    """
    return join_roots(merges)


def _resolve_and_write(
    client: Any,
    spill: str,
    buckets: int,
    stage: Path,
    documents: tuple[list[str], list[str], int],
    report: Any,
    decisions: Sequence[Decision] | None = None,
) -> tuple[list[Path], dict]:
    from kg import __version__

    start = time.perf_counter()
    files, bounds, total = documents
    P = buckets
    # Parts of the documents for the map side: about DOCUMENTS_PER_MAP documents each.
    n = min(len(files), max(P, min(MAX_BUCKETS, -(-total // DOCUMENTS_PER_MAP))))
    size = -(-len(files) // n)
    parts = [files[i : i + size] for i in range(0, len(files), size)]
    n = len(parts)
    submit = client.submit

    def step(fn: Any, index: int, depth: Any, *args: Any, name: str | None = None, **kwargs: Any) -> Any:
        # Task ``index`` of a step: its result's shares go to files of the spill folder
        # (kg.shards_spill), named by step and index, so that the workers hold the data of
        # the tasks they run only, and the next step's tasks find their shares by name.
        name = name or fn.__name__
        key = f"{name}-{index}-{uuid.uuid4().hex}"
        return submit(spilled, fn, f"{spill}/{name}-{index}", depth, *args, key=key, pure=False, **kwargs)

    def read(fn: Any, *args: Any, **kwargs: Any) -> Any:  # a task whose (small) result is returned
        return submit(loaded, fn, *args, key=f"{fn.__name__}-{uuid.uuid4().hex}", pure=False, **kwargs)

    def barrier(tasks: list) -> Any:  # the tasks of a shuffle wait for this one only
        return submit(done, *tasks, key=f"done-{uuid.uuid4().hex}", pure=False)

    def every(name: str, count: int, *sub: Any, spread: bool = False) -> Shares:
        # The shares ``sub`` of every task of a step, as one marker (see Shares).
        return Shares(spill, name, count, sub, spread)

    pick = flat.pick
    mapped = [step(spilling.map_part, i, 1, *chunk) for i, chunk in enumerate(parts)]
    # The names' merge table: the parts' merges joined on the workers, a few at a time.
    merges = [submit(pick, m, 1) for m in mapped]
    level = 0
    while len(merges) > 1:
        merges = [
            step(joined, i // MERGE_FAN_IN, 0, *merges[i : i + MERGE_FAN_IN], name=f"joined{level}")
            for i in range(0, len(merges), MERGE_FAN_IN)
        ]
        level += 1
    [roots_f] = merges
    decided, route = None, None
    if decisions:
        refs = sorted({r for d in decisions for r in (*d.a, *d.b)})
        found = client.gather([read(spilling.match_part, refs, m, *parts[i]) for i, m in enumerate(mapped)])
        cannot, same = flat_decisions.decisions_of(decisions, found)
        route = step(flat_decisions.routes, 0, 0, same, roots_f, P)
        [decided] = client.scatter([(cannot, same)], broadcast=True, hash=False)
    split = barrier([step(flat.split_part, i, 1, i, m, roots_f, P, route) for i, m in enumerate(mapped)])
    tables = barrier([
        step(spilling.reduce_part, b, {"units": 1, "groups": 1, "bases": 1}, b, n, P,
             every("split_part", n, b, spread=True), decided=decided, after=split)
        for b in range(P)
    ])  # fmt: skip
    links = barrier([
        step(flat.links_part, c, 1, P, every("reduce_part", P, "bases", c, spread=True), decided=decided,
             after=tables)
        for c in range(P)
    ])  # fmt: skip
    docs = barrier([
        step(spilling.document_part, i, {"entities": 1, "relations": 1}, P, m,
             every("reduce_part", P, "units", i), f"{spill}/mentions-{i}", *parts[i],
             after=tables)
        for i, m in enumerate(mapped)
    ])  # fmt: skip
    del mapped, parts, roots_f, route
    made = [
        step(
            flat.entity_part,
            e,
            {0: 0},
            every("reduce_part", P, "groups", e),
            every("links_part", P, e),
            every("document_part", n, "entities", e),
            after=[links, docs],
        )
        for e in range(P)
    ]
    rels = [
        step(flat.relation_part, r, 0, every("document_part", n, "relations", r, spread=True), after=docs)
        for r in range(P)
    ]
    del split, tables, links, docs
    admin = [a for part in client.gather([submit(pick, m, 1) for m in made]) for a in part]
    admin_ids = {eid for _, _, eid in admin}
    stated = [p for part in client.gather([read(flat.stated_pairs, r, admin_ids) for r in rels]) for p in part]
    derived: list[list[Relation]] = [[] for _ in range(P)]
    for r in flat.admin_relations(admin, stated):
        derived[flat.id_bucket(r.id, P)].append(r)
    report.stages["resolve"] += time.perf_counter() - start
    report.walls["resolve"] = time.perf_counter() - start
    start = time.perf_counter()
    # The documents: their records are in the analysis files, cut into parts by range of
    # names; the client hashes their names and hashes a part at a time (the build's activity).
    size = -(-len(files) // n)
    split = barrier(
        [
            step(spilling.split_documents, j, 1, bounds, *files[i : i + size])
            for j, i in enumerate(range(0, len(files), size))
        ]
    )
    ranges = [
        step(gather_documents, d, 0, every("split_documents", -(-len(files) // size), d, spread=True), after=split)
        for d in range(len(bounds) + 1)
    ]
    del split
    hashed = ActivityHash(__version__)
    for part in ranges:
        hashed.update(read(names_and_hashes, part).result())
    activity = hashed.iri()
    wanted = read(all_wanted, *[read(places_wanted, m) for m in made])
    labels = read(all_labels, *[read(labels_for, m, wanted) for m in made])
    s = str(stage)
    ent_w = [step(write_entities, e, {"triples": 1}, s, P, e, m, labels) for e, m in enumerate(made)]
    rel_w = [step(write_relations, r, {"triples": 1}, s, P, r, f, derived[r], activity) for r, f in enumerate(rels)]
    del made, rels, wanted, labels
    writers = ent_w + rel_w
    written_w = barrier(writers)
    triples = [
        [every(w, P, "triples", k, spread=True) for w in ("write_entities", "write_relations")] for k in range(P)
    ]
    rdf_w = [read(write_rdf, s, k, *triples[k], after=written_w) for k in range(P)]
    manifest = new_manifest()
    doc_w = [read(write_documents, s, d, P + d, activity, total, p) for d, p in enumerate(ranges)]
    del ranges
    kinds: dict[str, list] = {"entities": [], "mentions": [], "relations": [], "evidence": [], "rdf": []}
    for (d, entry), rdf in client.gather(doc_w):
        kinds.setdefault("documents", []).append((d, entry))
        kinds["rdf"] += [rdf] if rdf is not None else []
    for w in client.gather([submit(pick, w, "entries") for w in writers]):
        for kind, entries in w.items():
            kinds[kind].extend(entries)
    for w in client.gather([submit(pick, w, "counts") for w in ent_w]):
        report.entities.update(w)
    for w in client.gather([submit(pick, w, "counts") for w in rel_w]):
        report.relations.update(w)
    kinds["rdf"] += [x for x in client.gather(rdf_w) if x is not None]
    written: list[Path] = []
    for kind in ("documents", "entities", "relations", "mentions", "evidence", "rdf"):
        manifest[kind] = [entry for _, entry in sorted(kinds.get(kind, []), key=lambda x: x[0])]
        written += [stage / entry["path"] for entry in manifest[kind]]
    report.stages["export"] += time.perf_counter() - start
    report.walls["export"] = time.perf_counter() - start
    return written, manifest
