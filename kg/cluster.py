"""``kg build --dask``: the analysis on a ``dask.distributed`` cluster (``pip install kg[dask]``).

:class:`DaskExecutor` is the :class:`~kg.executors.Executor` that sends the files to the
workers (see :mod:`kg.executors` for the two steps of a task) and hands back the results
in input order, with at most ``TASKS_PER_WORKER`` tasks of each step in flight per worker.
:func:`dask_executor` opens one: on a new local cluster (``n_workers=jobs``, one thread
each, worker processes), or on the scheduler at an address, after checking that every
worker runs the client's pipeline. A worker lost mid-build is no loss: Dask runs its tasks
again elsewhere, and a task's result depends only on its files, so the output is the same.

>>> with dask_executor(None, jobs=2) as ex:            # doctest: +SKIP
...     G = build_graph([Path("seeds")], executor=ex)
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from kg.cache import DocumentCache
from kg.executors import (
    DEFAULT_BATCH_MB,
    TASKS_PER_WORKER,
    Analysed,
    ClusterError,
    DocumentAnalyser,
    FileTask,
    Note,
    _final_id,
    _worker_fingerprint,
    batches,
    plan_inputs,
)
from kg.sources import InputProblem

#: Seconds to wait for a first worker on a user's cluster.
WORKER_TIMEOUT = 60
#: ``distributed.admin.low-level-log-length`` in the processes kg starts (Dask's default:
#: 1,000). Every ``BatchedSend`` keeps that many of the last batches it sent, for debugging:
#: the scheduler's stream to each worker its ``compute-task`` messages with their task specs
#: (an analysis task's requests and its documents' records), kg's client its pickled
#: graphs. So the client of a local cluster kept every analysis task up to 1,000 per worker
#: (+11 MB from 666 to 6,654 documents, ~1.7 KB per document, tracemalloc). The scheduler's
#: transition log and its events per topic have the same bound.
LOG_LENGTH = 50


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'kg[dask]' (or dask[distributed])") from None
    return distributed


class DaskExecutor:
    """Reads and analyses on the workers of ``client`` (a ``distributed.Client``).

    ``batch_mb`` is the size of a task in MB of input files; for a corpus smaller than four
    tasks per worker it is made smaller, so that every worker gets work.
    """

    def __init__(self, client: Any, batch_mb: float = DEFAULT_BATCH_MB, tasks_per_worker: int = TASKS_PER_WORKER):
        self.client = client
        self.batch_mb = batch_mb
        self.tasks_per_worker = tasks_per_worker
        #: Map and reduce tasks of the resolve on the cluster (``--sharded``); 0: resolve on the client.
        self.resolve_partitions = 0
        #: When a folder (``--sharded``): each analysis task writes its documents' records
        #: (made by :attr:`document_record` of their :class:`~kg.model.DocumentInfo`) and
        #: results to a file there (:func:`kg.shards_spill.analyse_to_file`, the ``n``-th task
        #: to :func:`~kg.shards_spill.analysis_path`), the client lets the task go once done
        #: (neither a worker nor the scheduler keeps anything of it), :attr:`files` counts
        #: the files, and :meth:`analysed` yields a :class:`~kg.executors.Summary` in place
        #: of each result. The workers then use the cache themselves, in ``cache_dir`` (the
        #: ``--out`` they see).
        self.spill: str | None = None
        self.files = 0
        self.document_record: Any = None
        self.cache_dir: str | None = None
        #: A :class:`kg.ledger.Ledger`: the names taken, files seen and folder listings are
        #: kept in its file rather than in memory (``--sharded``).
        self.ledger: Any = None

    def resolve(self, results: Sequence[Any], decisions: Any = None) -> tuple[list, list]:
        """:func:`kg.resolve.resolve` with its map and reduce steps on the workers
        (:func:`kg.resolve.distributed.resolve_on`): the same entities and relations."""
        from kg.resolve.distributed import resolve_on

        return resolve_on(self.client, results, max(1, self.resolve_partitions), decisions)

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def check_workers(self, options: dict) -> str:
        """The client's pipeline fingerprint, after checking that every worker has it (each
        task checks again, for workers that join later)."""
        analyser = DocumentAnalyser.from_options(options)
        mine = analyser.own_fingerprint()
        try:
            theirs = self.client.run(_worker_fingerprint, analyser.segmenter, analyser.options)
        except Exception as e:
            raise ClusterError(f"cannot ask the workers for their kg pipeline: {type(e).__name__}: {e}") from e
        wrong = sorted(addr for addr, fp in theirs.items() if fp != mine)
        if wrong:
            raise ClusterError(
                f"{len(wrong)} of {len(theirs)} workers run another kg pipeline ({', '.join(wrong)}): "
                f"install the same kg, ontology files and libraries on every worker"
            )
        return mine

    def analysed(
        self, inputs: Iterable[Path], options: dict, cache: DocumentCache | None, note: Note, date: str | None = None
    ) -> Iterator[Analysed]:
        analyser = DocumentAnalyser.from_options(options, fingerprint=self.check_workers(options))
        key_fp = cache.fingerprint if cache is not None else None
        window = self.workers() * self.tasks_per_worker
        # The batch size: --batch-mb, smaller for a corpus of less than four tasks per worker;
        # the listing is read ahead that far only, never held whole.
        plan = plan_inputs(inputs, date, self.ledger)
        ahead, total = _read_ahead(plan, self.batch_mb * 1e6 * self.workers() * 4)
        batch_bytes = max(1.0, min(self.batch_mb * 1e6, total / (self.workers() * 4)))
        slots = batches(itertools.chain(ahead, plan), batch_bytes)
        del ahead
        client = self.client
        # reads: (problem, None) or (files, read future), in input order. out: a finished
        # Analysed, or ("task", analyse future, [DocumentInfo…]), in input order.
        reads: deque[tuple[Any, Any]] = deque()
        out: deque[Any] = deque()
        taken: Any = self.ledger.names() if self.ledger is not None else set()
        tasks = 0

        def submit_reads() -> None:
            while len(reads) < window:
                slot = next(slots, None)
                if slot is None:
                    return
                if isinstance(slot, InputProblem):
                    reads.append((slot, None))
                else:
                    # Reading is short; ahead of the queued analyses, it keeps them coming.
                    key = f"kg-read-{uuid.uuid4().hex}"
                    reads.append((slot, client.submit(analyser.read, slot, key_fp, key=key, priority=10, pure=False)))

        def name_and_send(files: list[FileTask], listing: list[list]) -> None:
            nonlocal tasks
            requests = []
            infos = []
            for task, items in zip(files, listing, strict=True):
                wanted = []
                index = 0
                for item in items:
                    if isinstance(item, InputProblem):
                        note(item)
                        continue
                    info, keys = item
                    name = _final_id(task, info.id, taken)
                    key = keys.get(name)  # none for a name of the last resort (x.txt~2)
                    if name != info.id:
                        info = dataclasses.replace(info, id=name)
                    note(info)
                    keep = self.spill is not None  # then the workers look the cache up
                    hit = cache.get(key) if cache is not None and key is not None and not keep else None
                    if hit is not None:
                        out.append((info, hit, True, 0.0, None))
                    else:
                        wanted.append((index, name, info.sha256))
                        infos.append(info)
                    index += 1
                if wanted:
                    requests.append((task, wanted))
            if requests:
                key = f"kg-analyse-{uuid.uuid4().hex}"
                cache_dir = self.cache_dir if self.spill is not None and cache is not None else None
                if self.spill is None:
                    future = client.submit(analyser.analyse_files, requests, key_fp, cache_dir, key=key, pure=False)
                else:
                    from kg.shards_spill import analyse_to_file, analysis_path

                    records = [self.document_record(i) for i in infos] if self.document_record else infos
                    path = analysis_path(self.spill, self.files)
                    self.files += 1
                    future = client.submit(
                        analyse_to_file, analyser, requests, key_fp, cache_dir, path, records, key=key, pure=False
                    )
                out.append(("task", future, infos))
                tasks += 1

        def ready(entry: Any) -> bool:
            return entry[0] != "task" or entry[1].done()

        def finish(entry: Any) -> Iterator[Analysed]:
            nonlocal tasks
            if entry[0] != "task":
                yield entry
                return
            tasks -= 1
            _, future, infos = entry
            outcomes = _result(future)  # with --sharded, summaries; the future then let go
            del entry, future
            for info, (result, seconds, error, key, reused) in zip(infos, outcomes, strict=True):
                if cache is not None and key is not None and result is not None:
                    if self.spill is None:
                        cache.put(key, result)
                    else:
                        cache.used.add(key)  # stored by the worker: kept by the prune
                yield info, result, reused, seconds, error

        try:
            submit_reads()
            while reads:
                slot, future = reads.popleft()
                if future is None:
                    note(slot)
                else:
                    name_and_send(slot, _result(future))
                submit_reads()
                while out and (tasks >= window or ready(out[0])):
                    yield from finish(out.popleft())
            while out:
                yield from finish(out.popleft())
        finally:
            # On an error (or Ctrl-C) nothing queued is left running on the cluster.
            left = [f for _, f in reads if f is not None] + [e[1] for e in out if e[0] == "task"]
            if left:
                client.cancel(left)


def _read_ahead(plan: Iterator[Any], budget: float) -> tuple[list, float]:
    """The first items of ``plan`` up to ``budget`` bytes of files (all, if it has fewer), and
    their bytes: the corpus's size if it is smaller than ``budget``.

    >>> files = iter([FileTask(f"{i}.txt", "text", (), 40) for i in range(5)])
    >>> ahead, total = _read_ahead(files, 100)
    >>> len(ahead), total, len(list(files))
    (3, 120.0, 2)
    """
    ahead: list = []
    total = 0.0
    for item in plan:
        ahead.append(item)
        total += item.size if isinstance(item, FileTask) else 0
        if total >= budget:
            break
    return ahead, total


def documents_kept(outcomes: list[tuple], records: list[Any]) -> list[Any]:
    """The records of an analysis task's documents whose analysis succeeded (on a worker).

    >>> documents_kept([(None, 0, "error"), ("result", 0, None)], ["a", "b"])
    ['b']
    """
    return [rec for (result, *_), rec in zip(outcomes, records, strict=True) if result is not None]


def _result(future: Any) -> Any:
    try:
        return future.result()
    except ClusterError:
        raise
    except Exception as e:
        # KilledWorker (a task's workers died again and again), a lost scheduler …
        raise ClusterError(f"the Dask cluster failed: {type(e).__name__}: {e}") from e


@contextmanager
def dask_executor(address: str | None, jobs: int = 2, batch_mb: float = DEFAULT_BATCH_MB) -> Iterator[DaskExecutor]:
    """A :class:`DaskExecutor` on the scheduler at ``address`` (``tcp://host:8786``), else on
    ``DASK_SCHEDULER_ADDRESS``, else on a new local cluster of ``jobs`` worker processes
    (closed on exit)."""
    distributed = _import_distributed()
    import dask  # installed with distributed

    address = address or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    with ExitStack() as stack:
        # Set for the cluster's whole life: a worker that joins later opens a stream too. On a
        # user's cluster it bounds kg's client only (the scheduler has its own configuration).
        stack.enter_context(dask.config.set({"distributed.admin.low-level-log-length": LOG_LENGTH}))
        if address is None:
            cluster = distributed.LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            stack.enter_context(cluster)
            client = stack.enter_context(distributed.Client(cluster))
        else:
            try:
                client = stack.enter_context(distributed.Client(address, timeout="20s"))
            except OSError as e:
                raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from e
            try:
                client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
            except Exception as e:
                raise ClusterError(f"the Dask scheduler at {address} has no worker (waited {WORKER_TIMEOUT} s)") from e
        yield DaskExecutor(client, batch_mb)
