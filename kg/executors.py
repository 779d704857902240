"""Where documents are read and analysed: the executors that :func:`kg.pipeline.build_graph` plugs in.

An executor turns the INPUT paths into ``(document, result, reused, seconds, error)`` in
input order, calling ``note`` on every input problem and document as it meets them (so
that the caller can keep its :class:`~kg.model.DocumentInfo` list and problem report):

* :class:`LocalExecutor`: ``jobs`` local worker processes, what ``kg build --jobs N`` does
  (the main process reads the files, the workers analyse them);
* :class:`DaskExecutor`: a ``dask.distributed`` cluster (``kg build --dask``). The client
  only lists the inputs (paths and sizes); the workers read, decode and analyse the files
  themselves, in coarse tasks of about ``--batch-mb`` MB each, so no text passes through
  the client. A task goes in two steps: *read* (decode the batch, return each document's
  metadata and hash, no text) and, once the client has named the documents (names are
  given in input order across the whole corpus, see :mod:`kg.sources`) and looked up its
  cache, *analyse* (read again, analyse the documents that were not cached). Reading is
  ~0.3% of the analysis, so reading twice costs nothing measurable.

The worker side is :class:`DocumentAnalyser`: a small picklable object that loads the NLP
pipeline once per worker process (the first time it is used there), checks that the worker
runs the same pipeline as the client (:func:`kg.cache.pipeline_fingerprint`: kg's code, the
pattern and lexicon files, the library versions) and analyses a batch:

>>> import pickle
>>> analyser = pickle.loads(pickle.dumps(DocumentAnalyser.from_options({"segmenter": "lac"})))
>>> batch = [SourceDocument("a.txt", "市长张强主持召开调度会。", "a.txt")]
>>> [(r.doc, len(r.mentions), err) for r, _, err in analyser(batch)]
[('a.txt', 1, None)]
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from kg.cache import DocumentCache, pipeline_fingerprint
from kg.dates import dated
from kg.model import DocumentInfo
from kg.nlp.document import DocumentResult
from kg.remote import is_url, remote_size

# kg.sources' reading and naming seam, so that a Dask build names documents and reports
# problems exactly as iter_sources does (tests/test_dask.py).
from kg.sources import InputProblem, SourceDocument, claim_name, input_files, iter_sources, read_file

#: ``(document, result or None, reused, seconds of analysis, error or None)``.
Analysed = tuple[SourceDocument | DocumentInfo, DocumentResult | None, bool, float, str | None]
#: Called with each input problem and document in input order; True for a document.
Note = Callable[[SourceDocument | DocumentInfo | InputProblem], bool]
#: Default size of one Dask task, in MB of input files.
DEFAULT_BATCH_MB = 0.5
#: Dask tasks in flight per worker (each step): one running, one queued behind it.
TASKS_PER_WORKER = 2


class ClusterError(RuntimeError):
    """The Dask cluster cannot run the build (unreachable, no workers, another kg on a worker …)."""


class Executor(Protocol):
    """What :func:`kg.pipeline.build_graph` needs of an executor."""

    def analysed(
        self, inputs: Iterable[Path], options: dict, cache: DocumentCache | None, note: Note, date: str | None = None
    ) -> Iterator[Analysed]:
        """Read and analyse the documents of ``inputs``, dated by :func:`kg.dates.dated` with the
        default ``date``; results in input order."""
        ...


class LocalExecutor:
    """``jobs`` local worker processes; the documents are read in this process."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = jobs

    def analysed(
        self, inputs: Iterable[Path], options: dict, cache: DocumentCache | None, note: Note, date: str | None = None
    ) -> Iterator[Analysed]:
        from kg.analysis_stream import analysed as analysed_here

        items = (item if isinstance(item, InputProblem) else dated(item, date) for item in iter_sources(inputs))
        sources = (item for item in items if note(item))
        yield from analysed_here(sources, self.jobs, options, cache)


# ----------------------------------------------------------------- worker side

_PIPELINES: dict[tuple, Any] = {}
_FINGERPRINTS: dict[tuple, str] = {}


class _NeverTaken:
    """A ``taken`` set for kg.sources' naming in which no name is taken: a file read alone
    names its documents by their first candidate (the file name, a JSONL record's id); the
    client gives the final names (:func:`_final_id`)."""

    def __contains__(self, name: object) -> bool:
        return False

    def add(self, name: str) -> None:
        pass


@dataclasses.dataclass(frozen=True)
class FileTask:
    """One input file as the client lists it: path, kind, the other names it may take, size."""

    path: str
    kind: str
    alt_names: tuple[str, ...]
    size: int = 0
    #: the build's default date (``kg build --date``), for documents that carry none
    date: str | None = None

    def read(self) -> Iterator[SourceDocument | InputProblem]:
        """The file's documents (named as if alone, dated as :func:`kg.dates.dated` dates them)
        and problems, as :func:`~kg.sources.iter_sources` gives them."""
        items = read_file(self.path, self.kind, self.alt_names, _NeverTaken(), set())  # type: ignore[arg-type]
        return (item if isinstance(item, InputProblem) else dated(item, self.date) for item in items)


def _candidates(task: FileTask, alone: str) -> tuple[str, ...]:
    """The names a document of ``task`` named ``alone`` when read alone may take, first free first."""
    name = Path(task.path).name
    if task.kind == "jsonl":
        return (alone, f"{name}#{alone}")
    return (name, *(n.replace(os.sep, "/") for n in task.alt_names))


def _final_id(task: FileTask, alone: str, taken: set[str]) -> str:
    """The name of that document, given the names taken before it (as :func:`~kg.sources.iter_sources` names)."""
    return claim_name(_candidates(task, alone), taken)


@dataclasses.dataclass(frozen=True)
class DocumentAnalyser:
    """Analyses batches of documents in whatever process it is called in (a Dask worker);
    the pipeline is loaded once per process. Picklable: it holds only the options.

    ``fingerprint``, when given, is the client's :func:`~kg.cache.pipeline_fingerprint`: a
    process whose own differs refuses to analyse (:class:`ClusterError`).
    """

    segmenter: str = "lac"
    options: tuple[tuple[str, Any], ...] = ()
    fingerprint: str | None = None

    @classmethod
    def from_options(cls, options: dict, fingerprint: str | None = None) -> DocumentAnalyser:
        """From ``build_graph``'s options (``{"segmenter": ..., **segmenter_options}``)."""
        rest = {k: v for k, v in options.items() if k != "segmenter"}
        return cls(options.get("segmenter", "lac"), tuple(sorted(rest.items())), fingerprint)

    def own_fingerprint(self) -> str:
        """This process's fingerprint of the pipeline (computed once per process)."""
        key = (self.segmenter, self.options)
        if key not in _FINGERPRINTS:
            _FINGERPRINTS[key] = pipeline_fingerprint(self.segmenter, **dict(self.options))
        return _FINGERPRINTS[key]

    def check(self) -> None:
        """Raise :class:`ClusterError` if this process runs another pipeline than the client."""
        if self.fingerprint is not None and self.own_fingerprint() != self.fingerprint:
            raise ClusterError(
                f"this worker runs another kg pipeline (fingerprint {self.own_fingerprint()[:12]}, "
                f"client {self.fingerprint[:12]}): install the same kg, ontology files and libraries"
            )

    def pipeline(self) -> Any:
        """The spaCy pipeline of this process, loaded on first use."""
        key = (self.segmenter, self.options)
        if key not in _PIPELINES:
            self.check()
            from kg.analysis_stream import quiet_gc
            from kg.nlp.document import analyse_document
            from kg.nlp.pipeline import make_pipeline

            nlp = make_pipeline(self.segmenter, **dict(self.options))
            analyse_document(nlp, "warm-up", "市长主持召开会议。")  # loads the gazetteer and lexicons
            quiet_gc()  # for the life of the worker process
            _PIPELINES[key] = nlp
        return _PIPELINES[key]

    def __call__(self, documents: Iterable[SourceDocument]) -> list[tuple[DocumentResult | None, float, str | None]]:
        """``(result, seconds, None)`` or ``(None, seconds, error)`` per document, in order
        (:func:`~kg.nlp.document.analyse_documents`: the model runs batched)."""
        from kg.nlp.document import analyse_documents

        nlp = self.pipeline()
        return list(analyse_documents(nlp, ((src.id, src.text, src.date) for src in documents)))

    def read(self, files: list[FileTask], key_fingerprint: str | None) -> list[list]:
        """Step 1 of a Dask task: per file, its problems and ``(DocumentInfo, {name: cache key})``
        per document (named as if alone; a key for each name it may take, none without a
        cache), in order. No text."""
        from kg.pipeline import content_hash

        self.check()
        keys = DocumentCache(Path(), key_fingerprint) if key_fingerprint else None
        listing: list[list] = []
        for task in files:
            items: list = []
            for item in task.read():
                if isinstance(item, InputProblem):
                    items.append(item)
                    continue
                info = DocumentInfo(
                    item.id, item.path, item.title, content_hash(item.text), len(item.text), item.date, item.url,
                    item.source,
                )  # fmt: skip
                names = _candidates(task, item.id) if keys is not None else ()
                items.append((info, {n: keys.key(n, item.text, item.date) for n in names if keys is not None}))
            listing.append(items)
        return listing

    def analyse_files(
        self,
        requests: list[tuple[FileTask, list[tuple[int, str, str]]]],
        key_fingerprint: str | None,
        cache_dir: str | None = None,
    ) -> list[tuple[DocumentResult | None, float, str | None, str | None, bool]]:
        """Step 2: for each ``(file, [(document index, name, sha256)…])``, read the file again
        and analyse those documents under those names: ``(result, seconds, error, cache key,
        reused)``.

        ``cache_dir``: the build's ``--out``, seen from this worker (``--sharded``: the results
        go to files of the staging folder, not to the client, so the workers use the cache
        themselves); a result found there is taken as it is (0 seconds), one computed is
        stored there."""
        from kg.pipeline import content_hash

        keys = DocumentCache(Path(), key_fingerprint) if key_fingerprint else None
        cache = DocumentCache(Path(cache_dir), key_fingerprint) if key_fingerprint and cache_dir else None
        out: list[tuple[DocumentResult | None, float, str | None, str | None, bool]] = []
        # The documents of the whole task not found in the cache are analysed together
        # (one batch: the model runs of the task computed at once), then put in their places.
        todo: list[tuple[int, SourceDocument, str | None]] = []
        for task, wanted in requests:
            docs = [d for d in task.read() if isinstance(d, SourceDocument)]
            for index, name, sha in wanted:
                src = docs[index] if index < len(docs) else None
                if src is None or content_hash(src.text) != sha:
                    out.append((None, 0.0, f"{task.path} changed while the build ran", None, False))
                    continue
                src = dataclasses.replace(src, id=name)
                key = keys.key(name, src.text, src.date) if keys is not None else None
                hit = cache.get(key, name) if cache is not None and key is not None else None
                if hit is not None:
                    out.append((hit, 0.0, None, key, True))
                    continue
                todo.append((len(out), src, key))
                out.append((None, 0.0, None, key, False))
        outcomes = self([src for _, src, _ in todo]) if todo else []
        for (place, _, key), (result, seconds, error) in zip(todo, outcomes, strict=True):
            if cache is not None and key is not None and result is not None:
                cache.put(key, result)
            out[place] = (result, seconds, error, key, False)
        return out


@dataclasses.dataclass(frozen=True)
class Summary:
    """What the client learns of a document whose result stays on a worker (``--sharded
    --dask``): enough for the progress line and the report."""

    doc: str
    mentions: range
    relations: range


def summarise(outcomes: list[tuple]) -> list[tuple]:
    """A task's outcomes without their results: ``(Summary or None, seconds, error, key, reused)``.

    >>> from kg.nlp.document import DocumentResult
    >>> summarise([(DocumentResult("a.txt", [], [], 1), 0.5, None, None, False)])[0][0]
    Summary(doc='a.txt', mentions=range(0, 0), relations=range(0, 0))
    """
    return [
        (None if r is None else Summary(r.doc, range(len(r.mentions)), range(len(r.relations))), *rest)
        for r, *rest in outcomes
    ]


def _worker_fingerprint(segmenter: str, options: tuple) -> str:
    return DocumentAnalyser(segmenter, options).own_fingerprint()


# ----------------------------------------------------------------- client side


def plan_inputs(
    inputs: Iterable[Path | str], date: str | None = None, ledger: Any = None
) -> Iterator[FileTask | InputProblem]:
    """The files to read and the problems found while listing, as :func:`~kg.sources.iter_sources`
    meets them; nothing is read but directories and file sizes. ``date``: the build's default date;
    ``ledger``: a :class:`kg.ledger.Ledger` that holds the files seen and folder listings on disk."""
    seen: Any = ledger.set() if ledger is not None else set()

    def task(path: Path | str, kind: str, alt: tuple[str, ...]) -> Iterator[FileTask]:
        real = path if is_url(path) else os.path.realpath(path)
        if real not in seen:  # a file reached twice is read once
            seen.add(real)
            try:
                size = remote_size(str(path)) if is_url(path) else Path(path).stat().st_size
            except OSError:
                size = 0  # the worker reports it
            yield FileTask(str(path), kind, alt, size, date)

    for item in input_files(inputs, ledger):
        if isinstance(item, InputProblem):
            yield item
        else:
            path, kind, alt = item
            yield from task(path, kind or "text", alt)


def batches(plan: Iterable[FileTask | InputProblem], batch_bytes: float) -> Iterator[list[FileTask] | InputProblem]:
    """Consecutive files grouped into batches of about ``batch_bytes``; problems between them, in order.

    >>> files = [FileTask(f"{i}.txt", "text", (), 40) for i in range(5)]
    >>> [len(b) for b in batches(files, 100)]
    [3, 2]
    """
    batch: list[FileTask] = []
    size = 0
    for item in plan:
        if isinstance(item, InputProblem):
            if batch:
                yield batch
                batch, size = [], 0
            yield item
            continue
        batch.append(item)
        size += item.size
        if size >= batch_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
