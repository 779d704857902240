"""An entity's mentions as sorted runs, merged when they are written (``--sharded --dask``).

A name found in a fixed share of the documents (a province, a city, a paper's own name) has
an entity whose mentions grow with the corpus: held at once, in the task that makes the
entity (:func:`kg.resolve.flat.entity_part`) and in the one that writes it, they made the
workers' memory grow with the corpus (at 100 MB of seed copies, one entity of ~380,000
mentions took ~230 MB in each). Here each part of the documents hands on its mentions of a
group sorted and without duplicates (a *run*); a long run is written to a file in chunks
(:func:`spill_runs`) and the entity keeps only where its runs are (:class:`Mentions`), so
that its ``mentions`` are merged, a chunk of each run at a time, as they are written
(:func:`kg.shards_writers.write_entities`). The merge of the sorted runs, without
duplicates, is ``sorted(set(all mentions))``, as :func:`kg.resolve.facts.build_entities`
makes them.

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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.model import Mention

#: Mentions of a group in one share that stay in the share; a longer run goes to a file.
INLINE = 256
#: Mentions a chunk of a run's file: what the merge holds of each run at a time.
CHUNK = 512


@dataclass(frozen=True)
class MentionRun:
    """A sorted run of ``(doc, start, end, text)`` in a file: ``chunks`` pickled lists from ``offset``."""

    path: str
    offset: int
    chunks: int
    size: int

    def __iter__(self) -> Iterator[tuple]:
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            for _ in range(self.chunks):
                yield from pickle.load(f)

    def __len__(self) -> int:
        return self.size


class Mentions(Sequence):
    """The mentions of an entity, merged from sorted runs (lists of tuples or
    :class:`MentionRun`) each time they are iterated: ``Mention`` objects in sorted order,
    each once. Only iteration is cheap: an index or ``len`` merges them all."""

    def __init__(self, runs: list) -> None:
        self.runs = runs

    def __iter__(self) -> Iterator[Mention]:
        last = None
        for t in heapq.merge(*self.runs):
            if t != last:
                last = t
                yield Mention(*t)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __getitem__(self, i: int) -> Mention:  # type: ignore[override]
        return list(self)[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Mentions({len(self.runs)} runs)"


def merged(runs: list) -> list[Mention] | Mentions:
    """The mentions of ``runs``: a list when all of them are in memory, else :class:`Mentions`."""
    if all(isinstance(r, list) for r in runs):
        return list(Mentions(runs))
    return Mentions(runs)


def spill_runs(share: dict[str, dict], path: str, inline: int = INLINE, chunk: int = CHUNK) -> None:
    """Write the runs of ``share`` (``group key -> {"m": sorted mention tuples, …}``) longer than
    ``inline`` to the file ``path`` in chunks of ``chunk``, each replaced by its :class:`MentionRun`."""
    long = sorted(k for k, d in share.items() if len(d["m"]) > inline)
    if not long:
        return
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "wb") as f:
        for key in long:
            ms, offset = share[key]["m"], f.tell()
            for i in range(0, len(ms), chunk):
                pickle.dump(ms[i : i + chunk], f, protocol=pickle.HIGHEST_PROTOCOL)
            share[key]["m"] = MentionRun(path, offset, -(-len(ms) // chunk), len(ms))
    os.replace(tmp, path)
