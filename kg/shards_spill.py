"""The intermediate results of ``kg build --sharded --dask`` on disk, not in the workers' memory.

A Dask worker keeps every task's result in memory as long as a later task may read it, and
the scheduler keeps each task's arguments as long as its result is wanted. Held that way,
the analysis results (~9 MB per MB of input) and every step of the resolve (keys, units,
groups, mentions, facts, triples) made the workers' memory grow with the corpus. Here a
task writes what it makes into files of the build's staging folder (``SPILL``, removed at
the end) and hands on only :class:`Spill` markers (a path): the task that reads them loads
them, so that a worker holds the data of the tasks it runs, not of the tasks it ran.

* :func:`analyse_to_file` is an analysis task: it writes its documents' records and results
  to ``analysis-<n>.pkl`` (records first, so that the documents' steps read them alone) and
  returns only the outcomes' summaries; the client lets its future go at once;
* :func:`spilled` runs one step of :mod:`kg.resolve.flat` (or of writing the parts) with its
  :class:`Spill` arguments loaded, and writes its result's shares (one file per bucket's
  share, ``depth`` levels of lists, tuples or dicts down) instead of returning them.

On a user's cluster the staging folder must be one every worker sees at the same path
(as ``--out`` and the cache already must).

>>> import tempfile
>>> d = tempfile.mkdtemp()
>>> twice = lambda xs: {"a": [x * 2 for x in xs], "n": len(xs)}
>>> out = spilled(twice, f"{d}/s", {"a": 1}, [Spill.save([1, 2], f"{d}/x")])
>>> out["n"], [load(s) for s in out["a"]]
(1, [[1, 2, 1, 2]])
"""

from __future__ import annotations

import os
import pickle
import struct
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The folder of the intermediate files, in the staging folder.
SPILL = ".kg-spill"


@dataclass(frozen=True)
class Spill:
    """A value written to a file by a task, read by the tasks that need it: the file's one
    value, or item ``item`` of a bundle (:func:`_write_bundle`)."""

    path: str
    item: int | None = None

    @classmethod
    def save(cls, value: Any, path: str) -> Spill:
        """Write ``value`` (atomically: a task run twice, after a worker was lost, writes the
        same file again) and return its marker."""
        _write(path, [value])
        return cls(path)


def _write(path: str, values: list[Any]) -> None:
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "wb") as f:
        for v in values:
            pickle.dump(v, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


#: A bundle's index: its items' offsets, then where they start, as little-endian uint64.
_OFFSET = struct.Struct("<Q")


def _write_bundle(path: str, items: Sequence[Any]) -> Bundle:
    """Write ``items`` to one file, each readable alone (:func:`_read_item`): the shares of a
    task for every bucket of a shuffle. A file per share made ``parts x buckets`` files a
    step (quadratic in the corpus); a bundle makes one per task. Atomic, as :func:`_write`."""
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    offsets = []
    with open(tmp, "wb") as f:
        for v in items:
            offsets.append(f.tell())
            pickle.dump(v, f, protocol=pickle.HIGHEST_PROTOCOL)
        index = f.tell()
        f.write(b"".join(_OFFSET.pack(o) for o in [*offsets, index]))
        f.write(_OFFSET.pack(index))
    os.replace(tmp, path)
    return Bundle(path, len(items), isinstance(items, tuple))


@dataclass(frozen=True)
class Bundle(Sequence):
    """The items of a bundle file as a sequence of :class:`Spill` markers, made when asked:
    a task's result holds one of these, not a marker per bucket, so that the results the
    client gathers (a step's tasks, each with its shares for every bucket) stay a few
    bytes a task rather than ``parts x buckets`` markers.

    >>> b = Bundle("/s/split_part-3.pkls", 4)
    >>> len(b), b[2], b[-1].item
    (4, Spill(path='/s/split_part-3.pkls', item=2), 3)
    """

    path: str
    count: int
    #: Whether the items were a tuple (:func:`load` gives one back), else a list.
    was_tuple: bool = False

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(self.count)[i]]
        j = i + self.count if i < 0 else i
        if not 0 <= j < self.count:
            raise IndexError(i)
        return Spill(self.path, j)


def _read_item(path: str, item: int) -> Any:
    """Item ``item`` of a bundle: three short reads and the item's own bytes, whatever the
    bundle's length."""
    with open(path, "rb") as f:
        f.seek(-_OFFSET.size, os.SEEK_END)
        (index,) = _OFFSET.unpack(f.read(_OFFSET.size))
        f.seek(index + item * _OFFSET.size)
        start, end = struct.unpack("<QQ", f.read(2 * _OFFSET.size))
        f.seek(start)
        return pickle.loads(f.read(end - start))


@dataclass(frozen=True)
class Shares:
    """The shares ``sub`` of tasks ``0 … count - 1`` of step ``name`` (:func:`share` of each),
    as one marker: read as the list of those shares, or, as an argument of :func:`spilled` or
    :func:`loaded` with ``spread``, as that many arguments. A shuffle's task reads a share of
    every task of the step before; named one marker per share, a resolve of ``P`` buckets
    handed the scheduler ~``P`` squared markers to keep with the tasks' arguments, so that its
    memory grew faster than the corpus; one marker per step keeps it ~``P``.

    >>> [(s.path, s.item) for s in Shares("/s", "split_part", 2, (7,)).spills()]
    [('/s/split_part-0.pkls', 7), ('/s/split_part-1.pkls', 7)]
    """

    spill: str
    name: str
    count: int
    sub: tuple = ()
    spread: bool = False

    def spills(self) -> list[Spill]:
        return [share(self.spill, self.name, i, *self.sub) for i in range(self.count)]


def _arguments(args: tuple) -> list[Any]:
    out: list[Any] = []
    for a in args:
        if isinstance(a, Shares) and a.spread:
            out.extend(load(a))
        else:
            out.append(load(a))
    return out


def load(value: Any) -> Any:
    """``value`` with its :class:`Spill` and :class:`Shares` markers read (in lists and tuples too)."""
    if isinstance(value, Spill) and value.item is not None:
        return _read_item(value.path, value.item)
    if isinstance(value, Spill):
        with open(value.path, "rb") as f:
            return pickle.load(f)
    if isinstance(value, Bundle):
        return (tuple if value.was_tuple else list)(load(v) for v in value)
    if isinstance(value, Shares):
        return [load(v) for v in value.spills()]
    if type(value) in (list, tuple):
        return type(value)(load(v) for v in value)
    return value


def _spill(value: Any, path: str, depth: Any) -> Any:
    """``value`` with its shares written to files: ``depth`` 0 the value itself
    (``{path}.pkl``), 1 the items of a list or tuple, in one bundle (``{path}.pkls``), a dict
    ``{key: depth}`` the values of those keys (the other keys are returned as they are)."""
    if isinstance(depth, dict) and isinstance(value, dict):
        return {k: _spill(v, f"{path}-{k}", depth[k]) if k in depth else v for k, v in value.items()}
    if isinstance(depth, dict):  # some items of a tuple or list
        return type(value)(_spill(v, f"{path}-{i}", depth[i]) if i in depth else v for i, v in enumerate(value))
    if depth == 0:
        return Spill.save(value, f"{path}.pkl")
    if depth == 1:
        return _write_bundle(f"{path}.pkls", value)
    raise ValueError(f"no way to spill at depth {depth!r}")


def spilled(fn: Callable[..., Any], path: str, depth: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the arguments' :class:`Spill` markers read, its result's
    shares written to files named from ``path`` (see :func:`_spill`), on a worker."""
    result = fn(*_arguments(args), **{k: load(v) for k, v in kwargs.items()})
    return _spill(result, path, depth)


def loaded(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` with the arguments' :class:`Spill` markers read; the result returned."""
    return fn(*_arguments(args), **{k: load(v) for k, v in kwargs.items()})


class SpilledSteps:
    """The steps of a sharded build as tasks of ``client``, a step after the other, at most
    ``window`` tasks on the cluster at a time.

    A task's arguments are values and markers (:class:`Spill`, :class:`Shares`), never
    futures: each step's tasks read what the steps before wrote to ``spill`` by name. So no
    task depends on another in Dask's graph, the scheduler forgets a task once the client
    has its (small) result, and what the scheduler and the client hold is ``window`` tasks,
    whatever the corpus: submitted all at once, the ~20 tasks per bucket of the resolve and
    the writing stayed in the scheduler until the end, and its memory grew with the corpus.

    >>> steps = SpilledSteps(client, "/stage/.kg-spill", window=4)    # doctest: +SKIP
    >>> mapped = steps.run(steps.step(map_part, i, 1, *chunk) for i, chunk in enumerate(parts))  # doctest: +SKIP
    """

    def __init__(self, client: Any, spill: str, window: int):
        self.client, self.spill, self.window = client, spill, max(1, window)

    def step(self, fn: Callable[..., Any], index: int, depth: Any, *args: Any, name: str | None = None, **kwargs: Any):
        """Task ``index`` of step ``name`` (``fn``'s name): :func:`spilled`, its result's shares
        written to ``{spill}/{name}-{index}…`` (see :func:`share`), where the next steps find them."""
        name = name or fn.__name__
        return spilled, (fn, f"{self.spill}/{name}-{index}", depth, *args), kwargs, f"{name}-{index}"

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        """A task whose (small) result is returned as it is: :func:`loaded`."""
        return loaded, (fn, *args), kwargs, fn.__name__

    def every(self, name: str, count: int, *sub: Any, spread: bool = False) -> Shares:
        """The shares ``sub`` of every task of step ``name`` (of ``count`` tasks), as one marker."""
        return Shares(self.spill, name, count, sub, spread)

    def results(self, tasks: Iterable[tuple], ahead: int | None = None) -> Iterator[Any]:
        """The results of ``tasks`` (:meth:`step` or :meth:`read`), in their order: at most
        ``window`` running, at most ``ahead`` (``4 * window``) submitted and not yet yielded,
        so that a slow task holds back the yielding, not the cluster, and results the caller
        reads one at a time are not all in memory at once; a task's error is raised."""
        from distributed import wait

        ahead = ahead or 4 * self.window
        tasks = iter(tasks)
        pending: deque[Any] = deque()
        while True:
            while len(pending) < ahead and sum(not f.done() for f in pending) < self.window:
                task = next(tasks, None)
                if task is None:
                    break
                fn, args, kwargs, name = task
                key = f"{name}-{uuid.uuid4().hex}"
                pending.append(self.client.submit(fn, *args, key=key, pure=False, **kwargs))
            if not pending:
                return
            if not pending[0].done():
                wait([f for f in pending if not f.done()], return_when="FIRST_COMPLETED")
                continue
            first = pending.popleft()
            result = first.result()
            first.release()  # the scheduler forgets the task: no other task depends on it
            yield result

    def run(self, tasks: Iterable[tuple]) -> list[Any]:
        """:meth:`results` as a list: a whole step, before the next one starts."""
        return list(self.results(tasks))


def share(spill: str, name: str, index: int, *sub: Any) -> Spill:
    """Where a step's task wrote a share: task ``index`` of step ``name`` (its path
    ``{spill}/{name}-{index}``), the share ``sub`` of its result (see :func:`_spill`): the
    last of ``sub`` is an item of a bundle, the others name it.

    >>> share("/s", "joined0", 3), share("/s", "reduce_part", 0, "units", 2)
    (Spill(path='/s/joined0-3.pkl', item=None), Spill(path='/s/reduce_part-0-units.pkls', item=2))
    """
    if not sub:
        return Spill(f"{spill}/{name}-{index}.pkl")
    return Spill("-".join([f"{spill}/{name}", str(index), *map(str, sub[:-1])]) + ".pkls", sub[-1])


def analysis_path(spill: str | Path, n: int) -> str:
    """The file of the ``n``-th analysis task's records and results."""
    return os.path.join(str(spill), f"analysis-{n:08d}.pkl")


def analyse_to_file(
    analyser: Any, requests: list, key_fingerprint: str | None, cache_dir: str | None, path: str, records: list
) -> list[tuple]:
    """An analysis task of ``--sharded --dask``: analyse, write the records of the documents
    analysed and their results to ``path``, return the outcomes without their results
    (:func:`kg.executors.summarise`)."""
    from kg.cluster import documents_kept
    from kg.executors import summarise

    outcomes = analyser.analyse_files(requests, key_fingerprint, cache_dir)
    _write(path, [documents_kept(outcomes, records), [o[0] for o in outcomes if o[0] is not None]])
    return summarise(outcomes)


def read_records(path: str) -> list[Any]:
    """The records (:class:`~kg.model.DocumentInfo`) of an analysis file, without its results."""
    with open(path, "rb") as f:
        return pickle.load(f)


def read_outcomes(*paths: str) -> list[list[tuple]]:
    """The results of analysis files, as :mod:`kg.resolve.flat` takes analysis tasks' outcomes."""
    out = []
    for path in paths:
        with open(path, "rb") as f:
            pickle.load(f)  # the records
            out.append([(r,) for r in pickle.load(f)])
    return out


def map_part(*paths: str) -> tuple:
    """:func:`kg.resolve.flat.map_part` of the documents of some analysis files."""
    from kg.resolve import flat

    return flat.map_part(*read_outcomes(*paths))


def document_part(buckets: int, mapped: tuple, unit_maps: list, runs: str, *paths: str) -> dict:
    """:func:`kg.resolve.flat.document_part` of the documents of some analysis files, the
    long runs of mentions of each entity bucket's share written to ``{runs}-{bucket}``, and
    of evidence of each relation bucket's to ``{runs}-ev-{bucket}``
    (:func:`kg.resolve.flat_mentions.spill_runs`)."""
    from kg.resolve import flat
    from kg.resolve.flat_mentions import spill_runs

    out = flat.document_part(buckets, mapped, unit_maps, *read_outcomes(*paths))
    for e, share in enumerate(out["entities"]):
        spill_runs(share, f"{runs}-{e}.runs")
    for r, rshare in enumerate(out["relations"]):
        spill_runs(rshare, f"{runs}-ev-{r}.runs", field="ev")
    return out


def match_part(refs: list[str], mapped: tuple, *paths: str) -> dict:
    """:func:`kg.resolve.flat_decisions.match_part` of the documents of some analysis files."""
    from kg.resolve import flat_decisions

    return flat_decisions.match_part(refs, mapped, *read_outcomes(*paths))


def reduce_part(bucket: int, parts: int, buckets: int, *shares: dict, decided: tuple | None = None) -> dict:
    """:func:`kg.resolve.flat.reduce_part` of a bucket from its share of each split (not the
    whole splits), then :func:`~kg.resolve.flat.group_tables` of its groups."""
    from kg.resolve import flat

    reduced = flat.reduce_part(0, *[[share] for share in shares], decided=decided)
    return flat.group_tables(reduced, parts, buckets)


def split_documents(bounds: list[str], *paths: str) -> list[list]:
    """:func:`kg.shards_documents.split_documents` of the records of some analysis files."""
    from kg import shards_documents

    return shards_documents.split_documents(bounds, *(read_records(p) for p in paths))
