"""The build, as a list of steps: ``ingest -> nlp -> resolve -> graph -> export``.

Documents stream through the steps: :func:`~kg.sources.iter_sources` reads one document
at a time, :mod:`kg.analysis_stream` sends it in a batch of documents (~100k characters) to a
worker process (at most two batches per worker are in flight, so memory does not grow with
the corpus) and hands back its compact :class:`~kg.nlp.document.DocumentResult` in input
order; only those results (and one :class:`~kg.model.DocumentInfo` per document) are kept
for resolution. The order of
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
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

import networkx as nx

from kg.analysis_stream import analyse_sources  # noqa: F401 - kg.pipeline's name since the start
from kg.analysis_stream import analysed as analysed_here
from kg.cache import DocumentCache
from kg.dates import dated
from kg.executors import Executor
from kg.graph import to_graph
from kg.model import DocumentInfo
from kg.nlp.document import DocumentResult
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
            analysed: Iterable[tuple] = analysed_here(read(), jobs, options, cache)
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
