"""The documents of ``kg build --sharded --dask``: their records are written by the workers.

The client names the documents (in input order, as every build does) and keeps counts and
a :class:`NameSample` of their names, not their records: each analysis task writes its
records with its results (:func:`kg.shards_spill.analyse_to_file`). :mod:`kg.shards_cluster`
then cuts them into ranges of names (:func:`split_documents`, :func:`gather_documents`),
hashes the names and hashes one range at a time into the build's ``prov:Activity``
(:class:`ActivityHash`), and each range's task writes its ``documents/`` part and the RDF
part of its documents' triples (:func:`write_documents`). Concatenated in order, the
``documents/`` parts are ``documents.jsonl``; the RDF parts hold the documents' and the
activity's triples of ``graph.ttl``, each once.

>>> sample = NameSample()
>>> for name in ("c.txt", "a.txt", "d.txt", "b.txt"):
...     sample.add(name)
>>> bounds = sample.bounds(2)
>>> records = [DocumentInfo("d.txt", "d.txt"), DocumentInfo("a.txt", "a.txt")]
>>> [[d.id for d in part] for part in split_documents(bounds, records)]
[['a.txt'], ['d.txt']]
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.model import DocumentInfo
from kg.shards import quads_of, write_part

#: Documents per ``documents/`` part (and per RDF part of their triples, ~15 triples each),
#: written by the workers: what a worker holds of the documents at once.
DOCUMENTS_PER_PART = 3_000


def _with_relative_path(info: DocumentInfo, inputs: tuple[Path, ...]) -> DocumentInfo:
    from kg.pipeline import relative_path

    return dataclasses.replace(info, path=relative_path(info.path, list(inputs)))


class NameSample:
    """A sample of at most ``2 * size`` names (about ``size``), the same whatever order they come in:
    the names whose hash starts with ``bits`` zero bits, one more bit whenever it grows past
    ``2 * size``. :meth:`bounds` cuts the names into ranges of about equal counts.

    >>> s = NameSample(size=4)
    >>> for i in range(100):
    ...     s.add(f"{i:03d}.txt")
    >>> 0 < len(s.names) <= 8, s.bounds(1), len(s.bounds(3)) <= 2
    (True, [], True)
    """

    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self.bits = 0
        self.names: set[str] = set()

    @staticmethod
    def _hash(name: str) -> int:
        return int.from_bytes(hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")

    def add(self, name: str) -> None:
        if self._hash(name) >> (64 - self.bits) if self.bits else 0:
            return
        self.names.add(name)
        while len(self.names) > 2 * self.size:
            self.bits += 1
            self.names = {n for n in self.names if not self._hash(n) >> (64 - self.bits)}

    def bounds(self, parts: int) -> list[str]:
        """At most ``parts - 1`` names, sorted: a name's part is how many of them are <= it."""
        names = sorted(self.names)
        return sorted({names[i * len(names) // parts] for i in range(1, parts)}) if names else []


def split_documents(bounds: list[str], *records: list[DocumentInfo]) -> list[list[DocumentInfo]]:
    """The records of some analysis tasks, by ``documents/`` part (range of names)."""
    out: list[list[DocumentInfo]] = [[] for _ in range(len(bounds) + 1)]
    for share in records:
        for d in share:
            out[bisect.bisect_right(bounds, d.id)].append(d)
    return out


def gather_documents(*shares: list[DocumentInfo]) -> list[DocumentInfo]:
    """A ``documents/`` part's records, sorted by name."""
    return sorted((d for share in shares for d in share), key=lambda d: d.id)


def names_and_hashes(documents: list[DocumentInfo]) -> list[tuple[str, str]]:
    """What the build's ``prov:Activity`` IRI is a hash of, for these documents (in order)."""
    return [(d.id, str(d.sha256 or "")) for d in documents]


class ActivityHash:
    """:func:`kg.namespaces.build_iri` of the documents, fed in name order a part at a time.

    >>> from kg.namespaces import build_iri
    >>> docs = {"a.txt": {"sha256": "00"}, "b.txt": {"sha256": "11"}}
    >>> h = ActivityHash("0.1.0")
    >>> h.update([("a.txt", "00")]); h.update([("b.txt", "11")])
    >>> h.iri() == build_iri("0.1.0", docs)
    True
    """

    def __init__(self, version: str) -> None:
        self.version = version
        self.sha = hashlib.sha1(self._json(["kg", version])[:-1].encode("utf-8") + b",[")
        self.first = True

    @staticmethod
    def _json(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)

    def update(self, pairs: Iterable[tuple[str, str]]) -> None:
        for pair in pairs:
            self.sha.update(("" if self.first else ",").encode() + self._json(list(pair)).encode("utf-8"))
            self.first = False

    def iri(self) -> Any:
        from kg.namespaces import BUILD

        sha = self.sha.copy()
        sha.update(b"]]")
        return BUILD[sha.hexdigest()[:20]]


class _Share(Mapping):
    """The documents of one part, as :func:`~kg.export.turtle.build_activity` reads the build's
    documents (``len``: all the build's documents)."""

    def __init__(self, documents: list[DocumentInfo], total: int) -> None:
        self.documents, self.total = documents, total

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[str]:
        return (d.id for d in self.documents)

    def __getitem__(self, doc_id: str) -> dict:
        raise KeyError(doc_id)


def write_documents(
    stage: str, index: int, rdf_index: int, activity: Any, total: int, documents: list[DocumentInfo]
) -> tuple[tuple[int, dict], tuple[int, dict] | None]:
    """Write a ``documents/`` part and the RDF part of its documents' triples and of the
    activity's ``prov:used`` of them (part ``0`` also holds the activity's own triples), on a
    worker. ``documents``: sorted by name; ``total``: the build's documents. Returns the
    ``(index, entry)`` of both parts."""
    import pyoxigraph as ox
    from rdflib.namespace import PROV

    from kg.export.jsonl import _dump
    from kg.export.rdf_records import document_triples, vocabulary
    from kg.export.turtle import build_activity

    data = "".join(_dump(d.to_dict()) for d in documents).encode("utf-8")
    _, entry = write_part(Path(stage), "documents", index, data, len(documents))
    vocab = vocabulary()
    triples: set = set()
    for d in documents:
        document_triples(d.id, d.to_dict(), triples.add, vocab)

    def add(t: tuple) -> None:
        if index == 0 or t[1] == PROV.used:
            triples.add(t)

    build_activity(_Share(documents, total), add, activity=activity)
    quads = quads_of(triples)
    if not quads:
        return (index, entry), None
    rdf = write_part(Path(stage), "rdf", rdf_index, ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(quads))[1]
    return (index, entry), (rdf_index, rdf)
