"""The ``nlp`` step over a stream of documents: batches analysed in this process or in
worker processes, results handed back in input order, the cache consulted first.

:func:`analysed` is what :func:`kg.pipeline.build_graph` and the executors of
:mod:`kg.executors` iterate; :func:`analyse_sources` is its public face (results only).
Memory does not grow with the corpus: at most ``jobs * IN_FLIGHT_PER_JOB`` batches are
in flight, and documents are read lazily ahead of them.

>>> src = SourceDocument("a.txt", "市长张强主持召开调度会。", "a.txt")
>>> [r.doc for r in analyse_sources([src])]   # doctest: +SKIP
['a.txt']
"""

from __future__ import annotations

import gc
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack

from kg.cache import DocumentCache
from kg.nlp.document import BATCH_CHARS, DocumentResult, analyse_documents
from kg.sources import SourceDocument
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
    quiet_gc()


def quiet_gc() -> Callable[[], None]:
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


def analysed(
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
                    stack.callback(quiet_gc())
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
    for src, result, _reused, _seconds, error in analysed(sources, jobs, options, cache):
        if result is None:
            raise RuntimeError(f"{src.path}: analysis failed: {error}")
        yield result
