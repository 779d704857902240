"""The build, as a list of steps: ``ingest -> nlp -> resolve -> graph -> export``.

Documents stream through the steps: :func:`~kg.sources.iter_sources` reads one document
at a time, :func:`analyse_sources` sends it in a batch of documents (~100k characters) to a
worker process (at most two batches per worker are in flight, so memory does not grow with
the corpus) and hands back its compact :class:`~kg.nlp.document.DocumentResult` in input
order; only those results (and
one :class:`~kg.model.DocumentInfo` per document) are kept for resolution. The order of
results never depends on the number of workers, so ``--jobs`` does not change a byte of
the output.

With a :class:`~kg.cache.DocumentCache`, unchanged documents are not analysed again:
their results come from the cache (see :mod:`kg.cache`). The ``kg build`` command around
:func:`build_graph` (checks, the output folder, the outputs) is :mod:`kg.build_command`.

>>> from pathlib import Path, PurePosixPath
>>> G = build_graph([Path("seeds/004_109dd10dde93b1b5.txt")])   # doctest: +SKIP
>>> sorted({d["type"] for _, d in G.nodes(data=True)})           # doctest: +SKIP
['AMOUNT', 'MEETING', 'ORG', 'PERSON', 'PLACE', 'POSITION', 'PROJECT']
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path, PurePosixPath

import networkx as nx

from kg.cache import DocumentCache
from kg.dates import dated
from kg.executors import Executor
from kg.graph import to_graph
from kg.model import DocumentInfo
from kg.nlp.document import BATCH_CHARS, DocumentResult, analyse_documents
from kg.progress import (  # noqa: F401 - kg.pipeline's names since the start
    STAGES,
    BarProgress,
    BuildReport,
    LineProgress,
    Progress,
    analysis_failed,
    problem_line,
    record_problem,
    terminal_progress,
)
from kg.remote import inputs_of, is_url
from kg.resolve import load_decisions, resolve
from kg.sources import InputProblem, SourceDocument, iter_sources
from kg.workers import Job, Workers, end_with_parent

#: Batches of documents in flight per worker process (sent and not yet handed back): one
#: analysed, one queued behind it, so that no worker waits while the main process reads
#: the next files; few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_JOB = 2

#: Documents at most in one batch (besides :data:`~kg.nlp.document.BATCH_CHARS`
#: characters): short documents (a feed of headlines) still come back in small steps.
BATCH_DOCS = 256


# ----------------------------------------------------------------- workers

_NLP = None


def _worker_init(options: dict) -> None:
    global _NLP
    from kg.nlp.pipeline import make_pipeline

    _NLP = make_pipeline(**options)
    # A first small document loads the gazetteer and lexicons, so _quiet_gc can freeze them.
    list(analyse_documents(_NLP, [("warm-up", "市长主持召开会议。", None)]))


def _pool_worker_init(options: dict, parent: int) -> None:
    # Ctrl-C reaches the whole process group: the main process handles it (and ends the
    # workers); a worker printing its own traceback would only bury the message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent(parent)
    _worker_init(options)
    _quiet_gc()


def _quiet_gc() -> Callable[[], None]:
    """Let the garbage collector skip what is loaded now, and run less often; returns the
    function that undoes it.

    The models, gazetteer and lexicons live as long as the analysis; unfrozen, the collector
    walks them again and again: about 4% of the analysis time.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)

    def restore() -> None:
        gc.unfreeze()
        gc.set_threshold(*threshold)

    return restore


def _analyse(batch: list[SourceDocument]) -> list[tuple[DocumentResult | None, float, str | None]]:
    """A batch of documents analysed in this process (a worker's task, or jobs 1):
    ``(result, seconds, None)`` or ``(None, seconds, error)`` per document, in order
    (:func:`~kg.nlp.document.analyse_documents`, which owns the timing and the one failure
    per document)."""
    assert _NLP is not None
    return list(analyse_documents(_NLP, [(src.id, src.text, src.date) for src in batch]))


Analysed = tuple[SourceDocument, DocumentResult | None, bool, float, str | None]


class _Batch:
    """Documents analysed together, in this process (jobs 1) or by a worker (``job``);
    ``outcomes`` once they are back."""

    __slots__ = ("sources", "chars", "job", "outcomes")

    def __init__(self) -> None:
        self.sources: list[SourceDocument] = []
        self.chars = 0
        self.job: Job | None = None
        self.outcomes: list[tuple[DocumentResult | None, float, str | None]] | None = None


def _analysed(
    sources: Iterable[SourceDocument], jobs: int, options: dict, cache: DocumentCache | None
) -> Iterator[Analysed]:
    """``(source, result, reused, seconds of analysis, error)`` per source, in input order.

    ``result`` is None and ``error`` says why when the analysis of that document failed.

    The documents to analyse go in batches of about :data:`~kg.nlp.document.BATCH_CHARS`
    characters (at most :data:`BATCH_DOCS` documents): analysed here with ``jobs`` 1, else
    sent to the worker processes, at most ``jobs * IN_FLIGHT_PER_JOB`` batches at a time.
    Cached results are taken without a worker; the NLP pipeline (or the process pool) is
    started only when the first document has to be analysed, so a build that reuses
    everything does not load the segmenter.
    """
    with ExitStack() as stack:
        workers: Workers | None = None
        local_ready = False
        # Each entry is a finished (source, result, reused, seconds, error), or (source,
        # batch, index in the batch, key); popping from the left keeps input order
        # whichever worker finishes first.
        pending: deque[tuple] = deque()
        filling: _Batch | None = None
        in_flight: set[_Batch] = set()  # sent to the workers, outcomes not yet taken
        most = max(1, jobs) * IN_FLIGHT_PER_JOB

        def send(batch: _Batch) -> None:
            nonlocal workers, local_ready, filling
            if batch is filling:
                filling = None
            if jobs <= 1:
                if not local_ready:
                    _worker_init(options)
                    # In the caller's process (a notebook, say): undone after the analysis.
                    stack.callback(_quiet_gc())
                    local_ready = True
                batch.outcomes = _analyse(batch.sources)
                return
            if workers is None:
                workers = stack.enter_context(Workers(jobs, options, _pool_worker_init, _analyse))
            batch.job = workers.submit(batch.sources)
            in_flight.add(batch)

        def ready(entry: tuple) -> bool:
            if not isinstance(entry[1], _Batch):
                return True
            batch: _Batch = entry[1]
            return batch.outcomes is not None or (
                batch.job is not None and workers is not None and workers.done(batch.job)
            )

        def finish(entry: tuple) -> Analysed:
            if not isinstance(entry[1], _Batch):
                return entry
            src, batch, index, key = entry
            if batch.outcomes is None:
                if batch.job is None:
                    send(batch)
                if batch.job is not None:
                    assert workers is not None
                    batch.outcomes = workers.result(batch.job)
                    in_flight.discard(batch)
            assert batch.outcomes is not None
            result, seconds, error = batch.outcomes[index]
            if cache is not None and key is not None and result is not None:
                cache.put(key, result)
            return src, result, False, seconds, error

        for src in sources:
            key = cache.key(src.id, src.text, src.date) if cache is not None else None
            hit = cache.get(key, src.id) if cache is not None and key is not None else None
            if hit is not None:
                pending.append((src, hit, True, 0.0, None))
            else:
                if filling is None:
                    filling = _Batch()
                pending.append((src, filling, len(filling.sources), key))
                filling.sources.append(src)
                filling.chars += len(src.text)
                if filling.chars >= BATCH_CHARS or len(filling.sources) >= BATCH_DOCS:
                    send(filling)
            # Hand back what is ready at the head (cached, or already analysed); wait only
            # when the workers have all the batches they may have, or too many documents
            # wait (cached ones behind a batch that is still filling).
            while pending and (ready(pending[0]) or len(in_flight) >= most or len(pending) >= BATCH_DOCS):
                yield finish(pending.popleft())
        if filling is not None:
            send(filling)
        if workers is not None:
            workers.flush()
        while pending:
            yield finish(pending.popleft())


def analyse_sources(
    sources: Iterable[SourceDocument],
    jobs: int = 1,
    segmenter: str = "lac",
    cache: DocumentCache | None = None,
    **segmenter_options,
) -> Iterator[DocumentResult]:
    """Run ingest + NLP over documents, in ``jobs`` processes; results in input order.

    ``sources`` is consumed lazily: at most ``jobs * IN_FLIGHT_PER_JOB + 1`` batches of
    documents are read ahead of the results handed back.

    >>> src = SourceDocument("a.txt", "市长张强主持召开调度会。", "a.txt")
    >>> [r.doc for r in analyse_sources([src])]   # doctest: +SKIP
    ['a.txt']
    """
    options = {"segmenter": segmenter, **segmenter_options}
    for src, result, _reused, _seconds, error in _analysed(sources, jobs, options, cache):
        if result is None:
            raise RuntimeError(f"{src.path}: analysis failed: {error}")
        yield result


def content_hash(text: str) -> str:
    """The SHA-256 of a document's text (``kg:sha256`` of the document in the graph)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def relative_path(path: str, inputs: list[Path | str]) -> str:
    """``path`` as the outputs record it: below the INPUT it was found in, never absolute.

    A file of a folder INPUT is ``<folder name>/<path in the folder>``, a file INPUT its
    name, so outputs do not carry the directories of the machine that built them.

    >>> relative_path("/data/news/seeds/a/000.txt", [Path("/data/news/seeds")])
    'seeds/a/000.txt'
    >>> relative_path("/data/x.txt", [Path("/data/news"), Path("/data/x.txt")])
    'x.txt'
    """
    if is_url(path):  # read from a URL INPUT (kg.remote): below it, as a folder's files
        for given in inputs:
            base = str(given).rstrip("/")
            if is_url(given) and path.startswith(base + "/"):
                return f"{PurePosixPath(base).name}/{path[len(base) + 1 :]}"
        return PurePosixPath(path).name
    p = Path(path)
    for given in inputs:
        if p == given:
            return p.name
        if given in p.parents:
            top = given.name or Path.cwd().name
            return PurePosixPath(top, *p.relative_to(given).parts).as_posix()
    return p.name


def build_graph(
    inputs: Iterable[Path],
    jobs: int = 1,
    segmenter: str = "lac",
    report: BuildReport | None = None,
    progress: Progress | Callable[[str], object] | None = None,
    cache: DocumentCache | None = None,
    resolutions: Path | None = None,
    sources: Iterable[SourceDocument | InputProblem] | None = None,
    date: str | None = None,
    executor: Executor | None = None,
    **segmenter_options,
) -> nx.MultiDiGraph:
    """Build the knowledge graph of the documents under ``inputs``.

    ``progress`` is a :class:`Progress`, or a function that takes one line of text (problems,
    and one line per document). ``cache`` reuses the analysis of unchanged documents; its
    unused entries are left for the caller to :meth:`~kg.cache.DocumentCache.prune` once the
    outputs are written. ``sources``, when given, are the documents (and problems) to build
    instead of reading ``inputs`` (:func:`kg.build` passes texts this way). A document
    without a metadata date is dated from its file name or dateline (:mod:`kg.dates`);
    ``date`` (``yyyy-mm-dd`` or a year) is the default date, or the year of datelines.
    ``resolutions``: a CSV of same/different decisions that resolution applies
    (:mod:`kg.resolve.review`).
    ``executor`` runs the reading and analysis elsewhere (a
    :class:`kg.executors.DaskExecutor`); without one, ``jobs`` local worker processes do.
    """
    decisions = load_decisions(resolutions) if resolutions is not None else None
    report = report if report is not None else BuildReport()
    inputs = inputs_of(inputs)
    if progress is None:
        progress = Progress()
    elif not isinstance(progress, Progress):
        progress = LineProgress(progress)
    documents: list[DocumentInfo] = []
    texts: dict[str, str] = {}  # for graph.html's document view (G.graph["texts"])

    def note(item: SourceDocument | DocumentInfo | InputProblem) -> bool:
        # Every input problem and document, in input order; True for a document.
        if isinstance(item, InputProblem):
            record_problem(item, report, progress)
            return False
        if isinstance(item, SourceDocument):
            texts[item.id] = item.text
            item = DocumentInfo(
                id=item.id,
                path=item.path,
                title=item.title,
                sha256=content_hash(item.text),
                chars=len(item.text),
                date=item.date,
                url=item.url,
                source=item.source,
            )
        item = dataclasses.replace(item, path=relative_path(item.path, inputs))
        report.chars += item.chars
        documents.append(item)
        return True

    def read() -> Iterator[SourceDocument]:
        # Timed around each step of the source iterator: that is the reading and decoding.
        items = iter(sources if sources is not None else iter_sources(inputs))
        while True:
            start = time.perf_counter()
            item = next(items, None)
            report.stages["ingest"] += time.perf_counter() - start
            if item is None:
                return
            if not isinstance(item, InputProblem):
                item = dated(item, date)
            if note(item):
                yield item

    options = {"segmenter": segmenter, **segmenter_options}
    results: list[DocumentResult] = []
    failed: set[str] = set()
    try:
        if executor is None:
            analysed: Iterable[tuple] = _analysed(read(), jobs, options, cache)
        else:
            analysed = executor.analysed(inputs, options, cache, note, date)
        for src, result, reused, seconds, error in analysed:
            report.stages["nlp"] += seconds
            if result is None:
                analysis_failed(src.path, error, report, progress)
                failed.add(src.id)
                continue
            results.append(result)
            report.reused += reused
            progress.document(result, reused)
    finally:
        progress.close()
    if failed:
        documents[:] = [d for d in documents if d.id not in failed]
    missing = {d.id for d in documents} - texts.keys()
    if missing:
        # Read by the workers (--dask): graph.html's document view needs the texts here,
        # named as the workers named them (iter_sources' naming), so --dask writes the
        # same page as --jobs.
        for item in iter_sources(inputs):
            if isinstance(item, SourceDocument) and item.id in missing:
                texts[item.id] = item.text
    start = time.perf_counter()
    if getattr(executor, "resolve_partitions", 0):
        entities, relations = executor.resolve(results, decisions)  # type: ignore[union-attr]  # on the cluster
    else:
        entities, relations = resolve(results, decisions)
    report.stages["resolve"] += time.perf_counter() - start
    report.documents = len(results)
    report.entities = Counter(e.type for e in entities)
    report.relations = Counter(r.type for r in relations)
    start = time.perf_counter()
    G = to_graph(entities, relations, documents)
    G.graph["texts"] = {d.id: texts[d.id] for d in documents}
    report.stages["graph"] += time.perf_counter() - start
    return G
