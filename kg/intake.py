"""What :func:`kg.build` accepts, turned into documents; its progress bar; documents' texts again.

:func:`kg.build` takes what an analyst has at hand:

* a path (``str`` or ``Path``) to a file or folder, or several: read as ``kg build`` reads
  them (:func:`kg.sources.iter_sources`);
* a string of text (one that is not an existing path and holds a Chinese character or a
  line break), or an iterable of them: documents ``text-1``, ``text-2`` …;
* a dict with ``text`` and optional ``id``, ``date``, ``title``, ``url``, ``source``, or
  an iterable of them; a pandas ``DataFrame`` with those columns (one document a row).

Texts are taken as they are, like the text of a ``.txt`` file: the same texts with the
same ids build the same graph as the files. A record without text is reported (as
``records[3]: …``) and the others are built.

>>> docs = list(sources_of(["市长张强主持召开调度会。", {"id": "n1", "text": "县长讲话。", "date": "2024年3月15日"}]))
>>> [(d.id, d.date) for d in docs]
[('text-1', None), ('n1', '2024-03-15')]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.progress import BarProgress
from kg.sources import InputProblem, SourceDocument, iso_date, iter_sources

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

#: Keys of a record (dict or DataFrame row) besides ``text``.
RECORD_KEYS: tuple[str, ...] = ("id", "date", "title", "url", "source")
_TEXTLIKE = re.compile(r"[\u3000-\u9fff\uff00-\uffef\n]")
_EXTENSIONS = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})


def is_text(value: str) -> bool:
    """Whether a string given to :func:`kg.build` is a text rather than a path.

    >>> is_text("市长张强主持召开调度会。"), is_text("seeds"), is_text("新闻/missing.txt")
    (True, False, False)
    """
    if not _TEXTLIKE.search(value):
        return False
    if "\n" not in value and len(value) < 256 and Path(value).suffix.lower() in _EXTENSIONS:
        return False  # a file name, even one in Chinese: a missing one is reported as such
    try:
        return not Path(value).exists()
    except (OSError, ValueError):  # too long for a file name, or a NUL in it
        return True


def _plain(value: Any) -> str | None:
    """A cell as a string, or None for missing (None, NaN, NaT, empty)."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and the like are not "missing"
        pass
    text = str(value)
    return text if text.strip() else None


def _date(value: Any) -> tuple[str | None, str | None]:
    """``(iso date, None)`` or ``(None, problem)`` for a record's ``date``."""
    text = _plain(value)  # None for None, NaN and NaT
    if text is not None and isinstance(value, _dt.datetime | _dt.date):  # pandas Timestamps are datetimes
        return (value.date() if isinstance(value, _dt.datetime) else value).isoformat(), None
    if text is None:
        return None, None
    iso = iso_date(text)
    return (iso, None) if iso else (None, f"date not understood, ignored: {text!r}")


def _records(data: Any) -> Iterator[Any]:
    """The items of ``data``: DataFrame rows as dicts, other iterables as they are."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        pd = None
    if pd is not None and isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            has = ", ".join(map(str, data.columns))
            raise ValueError(f"kg.build: the DataFrame needs a 'text' column (it has: {has})")
        columns = [c for c in ("text", *RECORD_KEYS) if c in data.columns]
        for row in data[columns].itertuples(index=False, name=None):
            yield dict(zip(columns, row, strict=True))
        return
    if pd is not None and isinstance(data, pd.Series):
        yield from data.tolist()
        return
    yield from data


def split_inputs(data: Any) -> tuple[list[Path], list[Any]]:
    """``(paths, records)``: the files and folders to read, and the texts and dicts."""
    if isinstance(data, str | Path | Mapping):
        data = [data]
    paths: list[Path] = []
    records: list[Any] = []
    for item in _records(data):
        if isinstance(item, Path) or (isinstance(item, str) and not is_text(item)):
            paths.append(Path(item))
        elif isinstance(item, str | Mapping):
            records.append(item)
        else:
            raise TypeError(
                f"kg.build: cannot build from a {type(item).__name__}; give paths, texts, dicts with 'text', "
                "or a DataFrame with a 'text' column"
            )
    return paths, records


def sources_of(records: Iterable[Any], taken: set[str] | None = None) -> Iterator[SourceDocument | InputProblem]:
    """Texts and dicts as documents, in order; a record that cannot be built is a problem."""
    taken = set() if taken is None else taken
    for n, rec in enumerate(records, start=1):
        where = f"records[{n - 1}]"
        if isinstance(rec, str):
            rec = {"text": rec}
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            has = ", ".join(map(str, rec))
            message = "empty text" if isinstance(text, str) else f'missing "text" (it has: {has})'
            yield InputProblem(where, None, message)
            continue
        doc_id = _plain(rec.get("id")) or f"text-{n}"
        name, k = doc_id, 2
        while name in taken:
            name, k = f"{doc_id}~{k}", k + 1
        taken.add(name)
        date, problem = _date(rec.get("date"))
        if problem:
            yield InputProblem(f"{where} ({name})", None, problem, skipped=False)
        yield SourceDocument(
            id=name,
            text=text,
            path="",
            title=_plain(rec.get("title")) or "",
            date=date,
            url=_plain(rec.get("url")),
            source=_plain(rec.get("source")),
        )


def all_sources(paths: list[Path], records: list[Any]) -> Iterator[SourceDocument | InputProblem]:
    """The documents of the paths (as ``kg build`` reads them), then those of the records."""
    taken: set[str] = set()
    if paths:
        for item in iter_sources(paths):
            if isinstance(item, SourceDocument):
                taken.add(item.id)
            yield item
    yield from sources_of(records, taken)


def read_text(path: str, doc_id: str, sha256: str) -> str:
    """The text a document was built from, read again from ``path``; checked by its SHA-256.

    Raises ``FileNotFoundError`` / ``ValueError`` naming the file when it is gone or changed.
    """
    from kg.pipeline import content_hash

    if not path:
        raise FileNotFoundError(f"document {doc_id!r} was built from a text in memory, not a file")
    if not Path(path).exists():
        raise FileNotFoundError(f"document {doc_id!r}: {path}: no such file (now); run from where it was built")
    for item in iter_sources([Path(path)]):
        if isinstance(item, SourceDocument) and (not sha256 or content_hash(item.text) == sha256):
            return item.text
    raise ValueError(f"document {doc_id!r}: {path} has changed since the graph was built")


def build(
    data: Any,
    *,
    out: str | Path | None = None,
    jobs: int = 1,
    strict: bool = False,
    date: str | None = None,
    progress: bool | Any = True,
    **options: Any,
) -> KnowledgeGraph:
    """Build the knowledge graph of news: what ``kg build`` does, from files or from texts.

    ``data`` is a path (file or folder) or several, a text, an iterable of texts or of
    dicts (``text`` and optional ``id``, ``date``, ``title``, ``url``, ``source``), or a
    pandas DataFrame with those columns (see :mod:`kg.intake`). ``out``: also write the files
    of ``kg build --out`` there, and reuse the analysis of unchanged documents from the
    cache in it (``out/.kg-cache``), as the command does. ``date``: the date (or year) of
    documents that carry none (``kg build --date``). ``jobs`` worker processes (1: in this
    process, the right choice in a notebook). ``progress``: a ``tqdm.auto`` bar (a widget in
    Jupyter), ``False`` for none, or a function given one line per document. Other
    ``options`` go to :func:`kg.pipeline.build_graph` (``segmenter="pkuseg"``,
    ``model_dir=...``). Inputs that cannot be read are warnings, or raise ``ValueError``
    with ``strict=True``; no readable document at all raises ``ValueError``. The build's
    :class:`~kg.pipeline.BuildReport` is ``G.report``.

    >>> import kg
    >>> G = kg.build(["市委副书记、市长张强主持召开全市重点工程项目调度会。"], progress=False)  # doctest: +SKIP
    >>> G.entities[["type", "label"]].values.tolist()                                  # doctest: +SKIP
    [['MEETING', '全市重点工程项目调度会'], ['PERSON', '张强']]
    """
    import time
    import warnings

    from kg.api import KnowledgeGraph
    from kg.cache import DocumentCache, pipeline_fingerprint
    from kg.dates import parse_default
    from kg.export import DEFAULT_EXPORTERS, export
    from kg.pipeline import build_graph
    from kg.progress import BuildReport

    start = time.perf_counter()
    paths, records = split_inputs(data)
    texts: dict[str, str] = {}
    date = parse_default(date)

    def keep_texts(items: Iterator[SourceDocument | InputProblem]) -> Iterator[SourceDocument | InputProblem]:
        for item in items:
            if isinstance(item, SourceDocument) and not item.path:
                texts[item.id] = item.text
            yield item

    if strict:
        problems = [str(p) for p in all_sources(paths, records) if isinstance(p, InputProblem)]
        if problems:
            raise ValueError(f"{len(problems)} input problem(s) and strict=True: " + "; ".join(problems))
    cache = None
    if out is not None:
        out = Path(out)
        segmenter_options = {k: v for k, v in options.items() if k == "model_dir"}
        cache = DocumentCache(out, pipeline_fingerprint(options.get("segmenter", "lac"), **segmenter_options))
    if progress is True:
        progress = BarProgress(notebook=True, total=len(records) if records and not paths else None)
    report = BuildReport()
    graph = build_graph(
        paths,
        jobs=jobs,
        report=report,
        progress=progress or None,
        cache=cache,
        sources=keep_texts(all_sources(paths, records)),
        date=date,
        **options,
    )
    for problem in report.problems:
        warnings.warn(f"kg.build: {problem}", stacklevel=2)
    if report.documents == 0:
        given = ", ".join(map(str, paths)) + (f"{', ' if paths else ''}{len(records)} text(s)" if records else "")
        raise ValueError(f"no document could be read from {given or 'nothing'}")
    if out is not None and cache is not None:
        export(graph, out, DEFAULT_EXPORTERS)
        cache.prune()
    report.seconds = time.perf_counter() - start
    G = KnowledgeGraph(graph, texts)
    G.report = report
    return G
