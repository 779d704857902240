"""``kg build --sharded --dask``: resolve and write the shards on the cluster; the client holds no text.

Each analysis task writes its documents' results and records to a file of the staging
folder (:attr:`kg.cluster.DaskExecutor.spill`) and is let go; resolution runs as the tasks of
:mod:`kg.resolve.flat`, which read those files and write their own results' shares to files
too (:mod:`kg.shards_spill`: a worker holds the data of the tasks it runs, not of every task
it ran; the number of buckets grows with the corpus, :data:`DOCUMENTS_PER_BUCKET`; an
entity's long runs of mentions and a fact's of evidence stay in files until its lines are
written, :mod:`kg.resolve.flat_mentions`), and the workers write the parts of
``entities/ mentions/ relations/ evidence/ rdf/`` into the staging folder themselves (on a
user's cluster, ``--out`` must be a folder every worker sees at the same path, as the
cache already needs). The steps run one after the other, :data:`STEP_TASKS_PER_WORKER`
tasks per worker at a time (:class:`~kg.shards_spill.SpilledSteps`), so the scheduler holds
a few windows of tasks, not the whole graph. What passes through the client is small next
to the corpus:

* per document, nothing kept in memory: the client names the documents (unique names in
  input order) with the names taken, the files seen, the folders' sorted listings and the
  cache keys used in a :class:`~kg.ledger.Ledger` file on disk, and keeps their count and a
  bounded sample of names (:data:`NAME_SAMPLE`); their records are in the analysis files,
  from which the workers write ``documents/`` and the documents' triples
  (:mod:`kg.shards_documents`); the client reads the names and hashes of two ``documents/``
  parts at a time at most, for the build's ``prov:Activity``;
* each task's result: a few markers of files (a task's shares for every bucket are one,
  :class:`~kg.shards_spill.Bundle`);
* the names' merge table is joined on the workers by rounds between parts and buckets of
  names (:mod:`kg.resolve.flat_roots`), neither on the client nor in one task;
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
import itertools
import shutil
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg import shards_spill as spilling
from kg.ledger import Ledger
from kg.model import DocumentInfo, Relation
from kg.resolve import Decision, flat, flat_decisions
from kg.resolve.flat_roots import bucket_round, part_round, roots_wanted
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
from kg.shards_spill import SPILL, SpilledSteps, analysis_path
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
#: Buckets and map parts at most. A shuffle writes a file per task (a bundle of its shares,
#: :mod:`kg.shards_spill`) but reads parts x buckets shares, ~40 us each: at 4,096 (~600,000
#: documents, ~9 GB of news) ~11 minutes of CPU for each of the ~8 shuffles, ~6% of the
#: analysis' CPU; past it the tasks' shares grow rather than their number (their memory too).
MAX_BUCKETS = 4096
#: Documents per part of the map side of the resolve at most (its tasks read the analysis
#: files of a part: the results of its documents).
DOCUMENTS_PER_MAP = 150
#: Tasks of a step of the resolve or the writing on the cluster at a time, per worker
#: (:class:`~kg.shards_spill.SpilledSteps`): the scheduler holds a few of these windows, not
#: the whole graph. With 2 per worker a worker waited for the client's next task after
#: each one (10 MB with the analysis cached: 28 s; with 8: 20 s, as when all were submitted
#: at once).
STEP_TASKS_PER_WORKER = 8
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
        window = executor.workers() * STEP_TASKS_PER_WORKER
        written, manifest = _resolve_and_write(
            executor.client, str(spill), buckets, stage, docs, report, decisions, window
        )
    finally:
        # Done (or failed: the futures let go, the cluster drops their tasks).
        executor.spill = executor.document_record = None
        shutil.rmtree(spill, ignore_errors=True)
        if own_ledger:
            executor.ledger.close()
            executor.ledger.path.unlink(missing_ok=True)
            executor.ledger = None
    return written + [write_manifest(stage, manifest)]


#: How a round of the merge table's join (:func:`kg.resolve.flat_roots.part_round`) is
#: written: the part's labels and roots a file each, its sends a bundle, its count returned.
ROUND_SHARES = {0: 0, 1: 0, 2: 1}


def _resolve_and_write(
    client: Any,
    spill: str,
    buckets: int,
    stage: Path,
    documents: tuple[list[str], list[str], int],
    report: Any,
    decisions: Sequence[Decision] | None = None,
    window: int = 4,
) -> tuple[list[Path], dict]:
    # A step after the other, ``window`` tasks at a time (SpilledSteps); each task's results
    # go to files of the spill folder, named by step and index, where the next step's tasks
    # read their shares (one Shares marker per step: every).
    tasks = SpilledSteps(client, spill, window)
    start = time.perf_counter()
    resolved = _resolve(tasks, documents, buckets, decisions)
    report.stages["resolve"] += time.perf_counter() - start
    report.walls["resolve"] = time.perf_counter() - start
    start = time.perf_counter()
    written, manifest = _write(tasks, stage, documents, buckets, resolved, report)
    report.stages["export"] += time.perf_counter() - start
    report.walls["export"] = time.perf_counter() - start
    return written, manifest


def _resolve(
    tasks: SpilledSteps, documents: tuple[list[str], list[str], int], P: int, decisions: Sequence[Decision] | None
) -> tuple[list, list, list[list[Relation]], int]:
    """The resolve's steps: per entity bucket what :func:`kg.resolve.flat.entity_part` made,
    per relation bucket the marker of its facts, the facts derived from the divisions per
    relation bucket, and the number of map parts."""
    files, _, total = documents
    # Parts of the documents for the map side: about DOCUMENTS_PER_MAP documents each.
    n = min(len(files), max(P, min(MAX_BUCKETS, -(-total // DOCUMENTS_PER_MAP))))
    size = -(-len(files) // n)
    parts = [files[i : i + size] for i in range(0, len(files), size)]
    n = len(parts)
    step, read, every, run = tasks.step, tasks.read, tasks.every, tasks.run
    mapped = run(step(spilling.map_part, i, 1, *chunk) for i, chunk in enumerate(parts))
    # The names' merge table, joined by rounds between the parts and buckets of names
    # (kg.resolve.flat_roots): no task holds more than its part's or its bucket's names.
    rounds = run(step(part_round, i, ROUND_SHARES, m[1], P, None, name="roots0") for i, m in enumerate(mapped))
    r = 0
    while True:
        run(step(bucket_round, b, 1, every(f"roots{r}", n, 2, b, spread=True), name=f"labels{r}") for b in range(P))
        r += 1
        rounds = run(
            step(part_round, i, ROUND_SHARES, m[1], P, rounds[i][0], every(f"labels{r - 1}", P, i, spread=True),
                 name=f"roots{r}")
            for i, m in enumerate(mapped)
        )  # fmt: skip
        if not any(changed for *_, changed in rounds):
            break
    roots = [x[1] for x in rounds]  # per part, its keys' roots
    del rounds
    decided, route = None, None
    if decisions:
        refs = sorted({r for d in decisions for r in (*d.a, *d.b)})
        found = run(read(spilling.match_part, refs, m, *parts[i]) for i, m in enumerate(mapped))
        cannot, same = flat_decisions.decisions_of(decisions, found)
        wanted = frozenset(r for units, _ in same for _, r in units)
        known = {k: v for part in run(read(roots_wanted, t, wanted) for t in roots) for k, v in part.items()}
        [route] = run([step(flat_decisions.routes, 0, 0, same, known, P)])
        decided = (cannot, same)
    run(step(flat.split_part, i, 1, i, m, roots[i], P, route) for i, m in enumerate(mapped))
    run(
        step(spilling.reduce_part, b, {"units": 1, "groups": 1, "bases": 1}, b, n, P,
             every("split_part", n, b, spread=True), decided=decided)
        for b in range(P)
    )  # fmt: skip
    run(itertools.chain(
        (step(flat.links_part, c, 1, P, every("reduce_part", P, "bases", c, spread=True), decided=decided)
         for c in range(P)),
        (step(spilling.document_part, i, {"entities": 1, "relations": 1}, P, m, every("reduce_part", P, "units", i),
              f"{tasks.spill}/mentions-{i}", *parts[i])
         for i, m in enumerate(mapped)),
    ))  # fmt: skip
    del mapped, parts
    made_and_rels = run(itertools.chain(
        (step(flat.entity_part, e, {0: 0}, every("reduce_part", P, "groups", e), every("links_part", P, e),
              every("document_part", n, "entities", e))
         for e in range(P)),
        (step(flat.relation_part, r, 0, every("document_part", n, "relations", r, spread=True)) for r in range(P)),
    ))  # fmt: skip
    made, rels = made_and_rels[:P], made_and_rels[P:]
    admin = [a for m in made for a in m[1]]
    admin_ids = {eid for _, _, eid in admin}
    stated = [p for part in run(read(flat.stated_pairs, r, admin_ids) for r in rels) for p in part]
    derived: list[list[Relation]] = [[] for _ in range(P)]
    for r in flat.admin_relations(admin, stated):
        derived[flat.id_bucket(r.id, P)].append(r)
    return made, rels, derived, n


def _write(
    tasks: SpilledSteps,
    stage: Path,
    documents: tuple[list[str], list[str], int],
    P: int,
    resolved: tuple[list, list, list[list[Relation]], int],
    report: Any,
) -> tuple[list[Path], dict]:
    """The parts written by the workers, and the manifest."""
    from kg import __version__

    files, bounds, total = documents
    made, rels, derived, n = resolved
    step, read, every, run = tasks.step, tasks.read, tasks.every, tasks.run
    # The documents: their records are in the analysis files, cut into parts by range of
    # names; the client hashes their names and hashes a part at a time (the build's activity).
    size = -(-len(files) // n)
    splits = -(-len(files) // size)
    starts = range(0, len(files), size)
    run(step(spilling.split_documents, j, 1, bounds, *files[i : i + size]) for j, i in enumerate(starts))
    ranges = run(
        step(gather_documents, d, 0, every("split_documents", splits, d, spread=True)) for d in range(len(bounds) + 1)
    )
    hashed = ActivityHash(__version__)
    for names in tasks.results((read(names_and_hashes, part) for part in ranges), ahead=2):
        hashed.update(names)
    activity = hashed.iri()
    run(step(places_wanted, e, 0, m) for e, m in enumerate(made))
    [wanted] = run([step(all_wanted, 0, 0, every("places_wanted", P, spread=True))])
    run(step(labels_for, e, 0, m, wanted) for e, m in enumerate(made))
    [labels] = run([step(all_labels, 0, 0, every("labels_for", P, spread=True))])
    s = str(stage)
    writers = run(itertools.chain(
        (step(write_entities, e, {"triples": 1}, s, P, e, m, labels) for e, m in enumerate(made)),
        (step(write_relations, r, {"triples": 1}, s, P, r, f, derived[r], activity) for r, f in enumerate(rels)),
    ))  # fmt: skip
    triples = [
        [every(w, P, "triples", k, spread=True) for w in ("write_entities", "write_relations")] for k in range(P)
    ]
    manifest = new_manifest()
    kinds: dict[str, list] = {"entities": [], "mentions": [], "relations": [], "evidence": [], "rdf": []}
    for (d, entry), rdf in tasks.results(
        read(write_documents, s, d, P + d, activity, total, p) for d, p in enumerate(ranges)
    ):
        kinds.setdefault("documents", []).append((d, entry))
        kinds["rdf"] += [rdf] if rdf is not None else []
    for w in writers:
        for kind, entries in w["entries"].items():
            kinds[kind].extend(entries)
    for w in writers[:P]:
        report.entities.update(w["counts"])
    for w in writers[P:]:
        report.relations.update(w["counts"])
    kinds["rdf"] += [x for x in run(read(write_rdf, s, k, *triples[k]) for k in range(P)) if x is not None]
    written: list[Path] = []
    for kind in ("documents", "entities", "relations", "mentions", "evidence", "rdf"):
        manifest[kind] = [entry for _, entry in sorted(kinds.get(kind, []), key=lambda x: x[0])]
        written += [stage / entry["path"] for entry in manifest[kind]]
    return written, manifest
