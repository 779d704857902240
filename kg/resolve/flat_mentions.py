"""An entity's mentions and a fact's evidence as sorted runs, merged when they are written (``--sharded --dask``).

A name found in a fixed share of the documents (a province, a city, a paper's own name) has
an entity whose mentions grow with the corpus: held at once, in the task that makes the
entity (:func:`kg.resolve.flat.entity_part`) and in the one that writes it, they made the
workers' memory grow with the corpus (at 100 MB of seed copies, one entity of ~380,000
mentions took ~230 MB in each). A fact stated in a fixed share of the documents has its
evidence grow the same way (:func:`kg.resolve.flat.relation_part`). Here each part of the
documents hands on its mentions of a group (its evidence of a fact) sorted (a *run*); a
long run is written to a file in chunks (:func:`spill_runs`) and the record keeps only
where its runs are (:class:`Mentions`, :class:`Evidences`), so that its mentions (evidence)
are merged, a chunk of each run at a time, as they are written
(:func:`kg.shards_writers.write_entities`, :func:`~kg.shards_writers.write_relations`). The
merge of the sorted runs, without duplicates, is ``sorted(set(all mentions))``, as
:func:`kg.resolve.facts.build_entities` makes them, and a fact's evidence in document order,
each once, as :func:`kg.resolve.facts.relations_of` lists it. :class:`RunWriter` writes runs
of any picklable items (the writers' triples and the RDF part's sorted quads use it too).

>>> import tempfile
>>> d = tempfile.mkdtemp()
>>> share = {"k": {"m": [("a", 0, 1, "x"), ("b", 2, 3, "y"), ("c", 0, 1, "z")]}}
>>> spill_runs(share, f"{d}/runs", inline=1, chunk=2)
>>> [m.doc for m in Mentions([share["k"]["m"], [("b", 2, 3, "y")]])]
['a', 'b', 'c']
"""

from __future__ import annotations

import heapq
import os
import pickle
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kg.model import Evidence, Mention

#: Items of a record's run in one share that stay in the share; a longer run goes to a file.
INLINE = 256
#: Items a chunk of a run's file: what the merge holds of each run at a time.
CHUNK = 512


@dataclass(frozen=True)
class Run:
    """A run of tuples in a file: one pickled list at each of ``offsets`` (``size`` items in all)."""

    path: str
    offsets: tuple[int, ...]
    size: int

    def __iter__(self) -> Iterator[Any]:
        with open(self.path, "rb") as f:
            for offset in self.offsets:
                f.seek(offset)
                yield from pickle.load(f)

    def __len__(self) -> int:
        return self.size


class RunWriter:
    """Runs written to one file a chunk at a time (the chunks of a run need not be next to
    each other), the file renamed into place by :meth:`close` (a task run again after a
    worker was lost writes the same file again)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.tmp = f"{path}.{uuid.uuid4().hex}.tmp"
        self.file: Any = None
        self.chunks: dict[Any, tuple[list[int], list[int]]] = {}

    def add(self, key: Any, items: list) -> None:
        """Append ``items`` (a chunk) to the run ``key``."""
        if self.file is None:
            self.file = open(self.tmp, "wb")  # noqa: SIM115 - closed by close()
        offsets, size = self.chunks.setdefault(key, ([], [0]))
        offsets.append(self.file.tell())
        size[0] += len(items)
        pickle.dump(items, self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> dict[Any, Run]:
        """The runs written, by key."""
        if self.file is None:
            return {}
        self.file.close()
        os.replace(self.tmp, self.path)
        return {k: Run(self.path, tuple(offsets), size[0]) for k, (offsets, size) in self.chunks.items()}


class _Merged(Sequence):
    """Records merged from sorted runs (lists of tuples or :class:`Run`) each time they are
    iterated. Only iteration is cheap: an index or ``len`` merges them all."""

    def __init__(self, runs: list) -> None:
        self.runs = runs

    def __iter__(self) -> Iterator[Any]:
        raise NotImplementedError

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:  # without a merge: the runs handed on are never empty
        return any(len(r) for r in self.runs)

    def __getitem__(self, i: int) -> Any:  # type: ignore[override]
        return list(self)[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.runs)} runs)"


class Mentions(_Merged):
    """The mentions of an entity, from runs of ``(doc, start, end, text)``: ``Mention``
    objects in sorted order, each once."""

    def __iter__(self) -> Iterator[Mention]:
        last = None
        for t in heapq.merge(*self.runs):
            if t != last:
                last = t
                yield Mention(*t)


class Evidences(_Merged):
    """The evidence of a fact, from runs of ``(doc, n, *evidence)`` sorted by the document
    and the fact's place in it: ``Evidence`` objects in document order, each once.

    An evidence names its document (:class:`~kg.nlp.document.DocumentResult` makes it so),
    so one seen before is one seen in the same document: only the current document's are
    kept to drop them, not the fact's.

    >>> ev = lambda d, n, s: (d, n, d, "句", s, s + 1)
    >>> [e.start for e in Evidences([[ev("a", 0, 5), ev("a", 1, 2), ev("a", 2, 5)], [ev("b", 0, 5)]])]
    [5, 2, 5]
    """

    def __iter__(self) -> Iterator[Evidence]:
        doc, seen = None, set()
        for t in heapq.merge(*self.runs):
            if t[0] != doc:
                doc, seen = t[0], set()
            if t[2:] not in seen:
                seen.add(t[2:])
                yield Evidence(*t[2:])


def merged(runs: list, kind: type[_Merged] = Mentions) -> list:
    """The records of ``runs`` (``kind``: :class:`Mentions` or :class:`Evidences`): a list
    when all of them are in memory, else ``kind`` itself, merged as it is iterated."""
    if all(isinstance(r, list) for r in runs):
        return list(kind(runs))
    return kind(runs)  # type: ignore[return-value]


def spill_runs(share: dict[Any, dict], path: str, inline: int = INLINE, chunk: int = CHUNK, field: str = "m") -> None:
    """Write the runs ``field`` of ``share`` (``key -> {field: sorted tuples, …}``) longer than
    ``inline`` to the file ``path`` in chunks of ``chunk``, each replaced by its :class:`Run`."""
    long = sorted(k for k, d in share.items() if len(d[field]) > inline)
    if not long:
        return
    out = RunWriter(path)
    for key in long:
        items = share[key][field]
        for i in range(0, len(items), chunk):
            out.add(key, items[i : i + chunk])
    for key, run in out.close().items():
        share[key][field] = run


def chunked(items: Iterable[Any], size: int = CHUNK) -> Iterator[list]:
    """``items`` in lists of ``size``."""
    batch: list = []
    for x in items:
        batch.append(x)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
