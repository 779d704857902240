"""Resolution on a Dask cluster: the steps of :func:`kg.resolve.resolve` as map, shuffle, reduce.

:func:`resolve_on` runs

1. the map, :func:`~kg.resolve.document_keys` of every document, as one task per partition
   of the documents, on the workers that hold them (the results stay there);
2. the global key merge: each map task merges its own documents' keys
   (:func:`~kg.resolve.merge_keys`), and the client joins the partial merges
   (:func:`~kg.resolve.join_roots`). Only non-person keys and their roots travel: this is
   small next to the results (one entry per distinct name), so it is done on the client;
3. the shuffle (each map task splits its units into ``partitions`` buckets by
   :func:`~kg.resolve.partition_of` of their block's root) and the reduce
   (:func:`~kg.resolve.reduce_block` of every block of a bucket), one task per bucket;
4. :func:`~kg.resolve.finish` on the client, which gathers the documents' results, keys and
   groups for it: entities and facts, the same as :func:`~kg.resolve.resolve` returns.

The user's decisions, if any, are read against the units on the client (step 4 needs them
there anyway) and sent to the reduce tasks.

>>> import distributed                                     # doctest: +SKIP
>>> with distributed.Client(processes=False) as client:    # doctest: +SKIP
...     entities, relations = resolve_on(client, results, partitions=4)
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Entity, Relation
from kg.resolve import Decision, decide, document_keys, finish, join_roots, merge_keys, partition_of, reduce_block
from kg.resolve.corpus import Group, UnitId
from kg.resolve.document import DocumentKeys, Unit

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def map_documents(*results: DocumentResult) -> tuple[list[DocumentKeys], dict[str, str]]:
    """Step 1 and the partial step 2 of a partition: its documents' keys and their merge."""
    docs = [document_keys(r) for r in results]
    return docs, merge_keys(docs)


def split_units(mapped: tuple[list[DocumentKeys], dict[str, str]], roots: dict[str, str], partitions: int) -> list:
    """The shuffle's send side: the units of a partition by bucket, then by block root."""
    out: list[dict[str, list[Unit]]] = [defaultdict(list) for _ in range(partitions)]
    for dk in mapped[0]:
        for u in dk.units:
            root = roots[u.root]
            out[partition_of(root, partitions)][root].append(u)
    return [dict(b) for b in out]


def reduce_bucket(
    bucket: int, cannot: dict[UnitId, set[UnitId]], *splits: list[dict[str, list[Unit]]]
) -> dict[str, list[Group]]:
    """Step 3 for one bucket: the blocks every partition sent it, each reduced."""
    units: dict[str, list[Unit]] = defaultdict(list)
    for split in splits:
        for root, us in split[bucket].items():
            units[root].extend(us)
    return {root: reduce_block(root, us, cannot) for root, us in units.items()}


def _chunks(items: Sequence[Any], n: int) -> list[Sequence[Any]]:
    size = -(-len(items) // n) if items else 1
    return [items[i : i + size] for i in range(0, len(items), size)]


def resolve_on(
    client: Any,
    results: Sequence[Any],
    partitions: int = 4,
    decisions: Sequence[Decision] | str | Path | None = None,
) -> tuple[list[Entity], list[Relation]]:
    """:func:`kg.resolve.resolve` of ``results`` (``DocumentResult`` objects, or futures of them
    on ``client``'s cluster, in any order) with the map and reduce steps as Dask tasks:
    ``partitions`` map tasks and as many reduce tasks. Returns what ``resolve()`` returns."""
    from distributed import Future

    partitions = max(1, partitions)
    futures = list(results)
    plain = [i for i, r in enumerate(futures) if not isinstance(r, Future)]
    if plain:
        scattered = client.scatter([futures[i] for i in plain], hash=False)
        for i, f in zip(plain, scattered, strict=True):
            futures[i] = f
    chunks = _chunks(futures, partitions)
    mapped = [client.submit(map_documents, *chunk, pure=False) for chunk in chunks]
    partial = client.gather([client.submit(operator.getitem, m, 1, pure=False) for m in mapped])
    roots = join_roots(partial)  # step 2, on the client
    del partial
    all_results = client.gather(futures)
    all_docs = [
        dk for part in client.gather([client.submit(operator.getitem, m, 0, pure=False) for m in mapped]) for dk in part
    ]
    cannot, same = decide(sorted(all_results, key=lambda r: r.doc), sorted(all_docs, key=lambda d: d.doc), decisions)
    [roots_f] = client.scatter([roots], broadcast=True, hash=False)
    splits = [client.submit(split_units, m, roots_f, partitions, pure=False) for m in mapped]
    reduced_f = [client.submit(reduce_bucket, b, cannot, *splits, pure=False) for b in range(partitions)]
    reduced: dict[str, list[Group]] = {}
    for part in client.gather(reduced_f):
        reduced.update(part)
    return finish(all_results, all_docs, reduced, same, cannot)
