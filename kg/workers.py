"""The worker processes of a build, and what happens when one dies or the build ends.

:class:`Workers` runs a task (the analysis of a batch of documents) in a process pool that

* starts on first need with at most as many processes as batches are waiting;
* survives a worker that dies: each document of the batches it had is analysed again,
  alone, once;
* ends with the build: killed on an error or Ctrl-C, and each worker watches its parent
  (:func:`end_with_parent`), so ``kill -9`` of ``kg build`` leaves no worker behind;
* takes Ctrl-C only where it is safe (:class:`HeldCtrlC`), so that ending the pool after it
  cannot hang.

The task and the worker initialiser are given by :mod:`kg.pipeline`.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from kg.sources import SourceDocument

#: What the task gives for each document: ``(result, seconds, error)``.
Outcome = tuple[Any, float, "str | None"]
#: The task: the outcome of each document of a batch, in order.
Task = Callable[[list[SourceDocument]], list[Outcome]]
#: How often a wait for a worker looks whether Ctrl-C was pressed.
POLL_SECONDS = 0.2


def end_with_parent(parent: int, period: float = 0.5) -> threading.Thread:
    """Watch the parent process ``parent`` from a daemon thread and end this process when it
    is gone (``kill -9`` of ``kg build`` must not leave its workers analysing for nobody).

    The parent gives its pid: a worker that starts after its parent was killed has been
    handed to another process already, so its own ``os.getppid()`` would watch that one."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(period)
        os._exit(1)

    thread = threading.Thread(target=watch, name="kg-parent-watch", daemon=True)
    thread.start()
    return thread


class HeldCtrlC:
    """Ctrl-C held back while the main process works the pool, and raised when it is done.

    A KeyboardInterrupt raised at an arbitrary point can land between a lock's acquire and
    the ``with`` block that releases it (CPython bpo-29988): inside ``Future.result`` that left
    a future's lock held by the main process, and the pool's shutdown then waited for it
    forever (1 build in ~10 interrupted on a loaded host). Inside the block Ctrl-C only sets
    :attr:`pressed`; waits poll it with :meth:`check`, and leaving the block raises it.

    Only where Python's own handler is in place (the main thread, Ctrl-C not ignored or taken
    over by the caller); nested blocks use the outer one.

    >>> with HeldCtrlC() as held:
    ...     held.pressed
    False
    """

    def __init__(self) -> None:
        self.pressed = False
        self._previous: Any = None

    def __enter__(self) -> HeldCtrlC:
        main = threading.current_thread() is threading.main_thread()
        if main and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._previous = signal.signal(signal.SIGINT, self._press)
        return self

    def _press(self, *_: object) -> None:
        self.pressed = True

    def check(self) -> None:
        """Raise KeyboardInterrupt if Ctrl-C was pressed since the block began."""
        if self.pressed:
            self.pressed = False
            raise KeyboardInterrupt

    def __exit__(self, kind: type | None, *_: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None
        if kind is None:
            self.check()


def wait_for(future: Future, held: HeldCtrlC) -> Any:
    """``future.result()``, ended by Ctrl-C held in ``held``."""
    while True:
        held.check()
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            continue


class Job:
    """A batch of documents sent to the worker processes; ``future`` is None until it is submitted."""

    __slots__ = ("batch", "future", "pool")

    def __init__(self, batch: list[SourceDocument]) -> None:
        self.batch = batch
        self.future: Future | None = None
        self.pool: ProcessPoolExecutor | None = None


class Workers:
    """The worker processes of a build, and what happens when one dies.

    * Started on first need with at most as many processes as batches are waiting: the
      first ``jobs`` batches to analyse are held until there are ``jobs`` of them or the
      input ends, so ``--jobs 16`` on one file starts one worker, not sixteen.
    * A worker that dies (killed by the kernel for memory, say) breaks the pool: every
      document of the batches in flight is analysed again, alone, in a fresh process,
      once; the one that kills that process too is reported as failed, the others come
      back. The batches after it go to a new pool.
    * :meth:`close` with ``abort`` (an error, Ctrl-C) kills the workers instead of waiting.
    """

    def __init__(self, jobs: int, options: dict, init: Callable[[dict], None], task: Task) -> None:
        self.jobs = jobs
        self.options = options
        self.init = init
        self.task = task
        self.pool: ProcessPoolExecutor | None = None
        self.spare: ProcessPoolExecutor | None = None
        self.held: list[Job] = []

    def _start(self, n: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n, initializer=self.init, initargs=(self.options, os.getpid()))

    def submit(self, batch: list[SourceDocument]) -> Job:
        job = Job(batch)
        with HeldCtrlC():  # a fork and its registration in the pool are not torn apart
            if self.pool is None:
                self.held.append(job)
                if len(self.held) >= self.jobs:
                    self.flush()
            else:
                self._send(job)
        return job

    def _send(self, job: Job) -> None:
        assert self.pool is not None
        try:
            job.future = self.pool.submit(self.task, job.batch)
        except BrokenProcessPool:  # a worker died since the last submission: a new pool
            size = getattr(self.pool, "_max_workers", self.jobs)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start(size)
            job.future = self.pool.submit(self.task, job.batch)
        job.pool = self.pool

    def flush(self) -> None:
        """Start the pool for the batches held (the input ended, or there are ``jobs``)."""
        with HeldCtrlC():
            if self.held and self.pool is None:
                self.pool = self._start(min(self.jobs, len(self.held)))
            held, self.held = self.held, []
            for job in held:
                self._send(job)

    def done(self, job: Job) -> bool:
        with HeldCtrlC():
            return job.future is not None and job.future.done()

    def result(self, job: Job) -> list[Outcome]:
        """The outcome of each document of the batch, in order."""
        with HeldCtrlC() as held:
            return self._result(job, held)

    def _result(self, job: Job, held: HeldCtrlC) -> list[Outcome]:
        if job.future is None:
            self.flush()
        assert job.future is not None
        try:
            return wait_for(job.future, held)
        except BrokenProcessPool:
            if job.pool is self.pool and self.pool is not None:
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = None  # the next batches start a new one
            # Which document killed the worker is not known: each is tried alone, so that
            # only that one is lost.
            return [self._retry(src, held) for src in job.batch]

    def _retry(self, src: SourceDocument, held: HeldCtrlC) -> Outcome:
        if self.spare is None:
            self.spare = self._start(1)
        try:
            return wait_for(self.spare.submit(self.task, [src]), held)[0]
        except BrokenProcessPool:
            self.spare.shutdown(wait=False, cancel_futures=True)
            self.spare = None
            return None, 0.0, "its worker process died twice (killed, e.g. for memory?)"

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: type | None, *_: object) -> None:
        self.close(abort=kind is not None)

    def close(self, abort: bool = False) -> None:
        with HeldCtrlC():  # a second Ctrl-C waits until the pool is ended
            self._close(abort)

    def _close(self, abort: bool) -> None:
        pools = [pool for pool in (self.pool, self.spare) if pool is not None]
        if abort:
            _kill(pools)
        for pool in pools:
            # On an error (or Ctrl-C) the documents still queued are dropped, not analysed.
            pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self.spare = None


def _kill(pools: list[ProcessPoolExecutor]) -> None:
    """Kill the pools' workers, and unblock the pools' own threads so that they can end.

    A worker killed while it sends a result leaves half a message in the result pipe: the
    pool's thread then waits for the rest forever (seen: a 1.8 MB read blocked after Ctrl-C,
    its feeder thread blocked writing a batch no worker will read). Once every worker is gone
    (a spare pool's workers hold copies of the first pool's pipes too), the main process
    closes its own copy of the result pipe's writing end: the read ends at end of file, the
    pool's thread sees the pool broken and closes the task pipe (which frees the feeder).
    Only that end: the task pipe's is the pool thread's to close, and closing it here too
    would race with it.
    """
    processes = [p for pool in pools for p in (getattr(pool, "_processes", None) or {}).values()]
    for process in processes:
        process.kill()
    for process in processes:
        process.join()
    for pool in pools:
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()  # (shutdown closes the queue again: Connection.close is idempotent)
