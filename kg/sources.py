"""Sources: from the INPUT paths of the command line to decoded source documents.

Users point kg at folders of scraped news. This module takes what they have and says
clearly what it cannot read, one :class:`InputProblem` per unreadable file (or line of a
``.jsonl`` file), without stopping: :func:`iter_sources` never raises for a bad input.

Inputs
------
* a file: read whatever its extension (an unknown extension is read as plain text);
* a directory: every ``.txt``, ``.md``, ``.html``/``.htm`` and ``.jsonl`` file below it,
  recursively, in the order of their relative paths; other files and hidden files and
  directories (``.git``, macOS ``._x.txt``) are skipped silently;
* ``.jsonl``: one article a line, ``{"id", "text"}`` plus optional ``"title"``,
  ``"date"``, ``"url"``, ``"source"``; read line by line, a bad line is reported and
  the other lines still yield.

Text
----
``SourceDocument.text`` is the decoded file, unchanged (line ends included) except for a
removed byte-order mark, so that offsets into it are offsets into the file's text. For
HTML it is the visible text instead: script, style and ``<head>`` dropped (the
``<title>`` becomes the title), one line per block element, whitespace collapsed as a
browser would; offsets then refer to that text.

Encodings are detected per file (per line for ``.jsonl``): a byte-order mark (UTF-8,
UTF-16, UTF-32), else strict UTF-8, else whichever of GB18030 and Big5 decodes strictly
and reads as Chinese: the share of its non-ASCII characters that are common Chinese
characters (GB2312 level 1, and their traditional forms) or CJK punctuation. Both
codecs accept most of the other's bytes, so "decodes without error" decides nothing;
charset-normalizer is not used because it mis-detects short GBK lines (it got 39 of the
91 seed lines under 20 characters wrong when encoded in GB18030).

Document names
--------------
Mentions and evidence refer to ``SourceDocument.id``. It is the file name
(``000_x.txt``), or for ``.jsonl`` the record's ``id``. When a name is already taken by
an earlier document, the later one is named by its path relative to the directory given
on the command line (``b/000_x.txt``), else by its path as found (``d2/000_x.txt``); a
``.jsonl`` record becomes ``<jsonl file name>#<id>``, then ``…#<id>~2``, ``~3``…. The first document
keeps its plain name, so adding a folder never renames documents already built. A
file reached twice (given twice, or through two inputs or a symbolic link) is read once.

Example
-------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_bytes("市长张强主持召开调度会。".encode("gb18030"))
>>> _ = (d / "b.txt").write_bytes(b"")
>>> for item in iter_sources([d]):
...     print(item if isinstance(item, InputProblem) else (item.id, item.text, item.encoding))
('a.txt', '市长张强主持召开调度会。', 'gb18030')
.../b.txt: empty file
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from kg.dates import iso_date
from kg.decoding import clean_name
from kg.markup import html_to_text, markdown_meta
from kg.remote import input_arg, is_url, remote_files
from kg.source_files import (
    MAX_LINE_PROBLEMS,
    InputProblem,
    SourceDocument,
    _Names,
    claim_name,
    read_file,
)

__all__ = [
    "KINDS",
    "MAX_LINE_PROBLEMS",
    "InputProblem",
    "SourceDocument",
    "claim_name",
    "clean_name",
    "html_to_text",
    "input_files",
    "iso_date",
    "iter_sources",
    "markdown_meta",
    "read_file",
]

#: Extensions read when walking a directory, and how.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}


def iter_sources(inputs: Iterable[Path | str]) -> Iterator[SourceDocument | InputProblem]:
    """Yield the documents of ``inputs`` (files and directories) and the problems met.

    Inputs are taken in the order given, the files of a directory in the order of their
    relative paths. A bad file or line gives an :class:`InputProblem` and reading goes on.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> line = '{"id": "n1", "text": "张强主持会议。", "date": "2025年6月21日"}'
    >>> _ = (d / "news.jsonl").write_text(line + "\\n[1]\\n", encoding="utf-8")
    >>> for item in iter_sources([d, d / "missing.txt"]):  # doctest: +ELLIPSIS
    ...     print(item if isinstance(item, InputProblem) else (item.id, item.date))
    ('n1', '2025-06-21')
    ...news.jsonl:2: not a JSON object (a list)
    ...missing.txt: no such file or directory
    """
    taken: set[str] = _Names()
    seen_files: set[str] = set()
    for item in input_files(inputs):
        if isinstance(item, InputProblem):
            yield item
        else:
            yield from read_file(*item, taken, seen_files)


def input_files(
    inputs: Iterable[Path | str],
    ledger: Any = None,
) -> Iterator[tuple[Path | str, str | None, tuple[str, ...]] | InputProblem]:
    """The files of ``inputs`` as ``(path, kind, names it may take)`` and the problems met
    while listing them (a URL input, :mod:`kg.remote`, gives its files' URLs as paths), in
    the order :func:`iter_sources` reads them; nothing is read but
    directories (the Dask executor lists files on the client this way, and reads them on
    the workers). ``ledger`` (a :class:`kg.ledger.Ledger`): a folder's files are sorted on
    disk there, not in a list (``kg build --sharded --dask``).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("正文", encoding="utf-8")
    >>> [(p.name, kind, names[0]) for p, kind, names in input_files([d])]
    [('a.txt', 'text', 'a.txt')]
    """
    for given in inputs:
        given = input_arg(given) if isinstance(given, str) else Path(given)
        if is_url(given):
            yield from _remote_input(str(given))
            continue
        try:
            st = given.stat()
        except FileNotFoundError:
            yield InputProblem(str(given), None, "no such file or directory")
            continue
        except OSError as e:
            yield InputProblem(str(given), None, f"cannot read: {e.strerror or e}")
            continue
        if stat.S_ISDIR(st.st_mode):
            files, problems = _walk(given, ledger)
            yield from problems
            empty = True
            for rel, path in files:
                empty = False
                yield path, _kind(path), (rel, str(path))
            if empty and not problems:
                yield InputProblem(str(given), None, "no .txt/.md/.html/.jsonl files")
        elif stat.S_ISREG(st.st_mode):
            yield given, _kind(given) or "text", (str(given),)
        else:
            # A FIFO or device would block or never end.
            yield InputProblem(str(given), None, "not a regular file or directory")


# ----------------------------------------------------------------------------------
# Walking and naming


def _kind(path: Path | PurePosixPath) -> str | None:
    return KINDS.get(path.suffix.lower())


def _remote_input(url: str) -> Iterator[tuple[str, str | None, tuple[str, ...]] | InputProblem]:
    """The files of an INPUT given as a URL (:mod:`kg.remote`), as :func:`input_files` gives them."""
    files, problem = remote_files(url)
    if problem:
        yield InputProblem(url, None, problem)
    elif files == [(url, PurePosixPath(url).name)]:  # the URL of a file
        yield url, _kind(PurePosixPath(url)) or "text", (url,)
    elif not files:
        yield InputProblem(url, None, "no .txt/.md/.html/.jsonl files")
    for file_url, rel in files if files != [(url, PurePosixPath(url).name)] else ():
        yield file_url, _kind(PurePosixPath(rel)), (rel, file_url)


def _walk(root: Path, ledger: Any = None) -> tuple[Iterable[tuple[str, Path]], list[InputProblem]]:
    """Readable files below ``root`` as ``(relative posix path, path)``, sorted by relative path
    (in ``ledger``'s file when one is given: then read back a page at a time)."""
    found: Any = ledger.sorted_pairs() if ledger is not None else []
    problems: list[InputProblem] = []
    visited: Any = ledger.set() if ledger is not None else set()

    def onerror(err: OSError) -> None:
        where = clean_name(str(err.filename or root))
        problems.append(InputProblem(where, None, f"cannot list: {err.strerror or err}"))

    # Symbolic links to folders are followed (people link folders in); a folder seen
    # before is not entered again, which ends link loops.
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        # Sorted, so that which of two linked paths reaches a folder first is not left to chance.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel_dir = Path(dirpath).relative_to(root).parts
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in KINDS:
                continue
            path = Path(dirpath, name)
            try:
                if path.is_file():
                    found.append(((*rel_dir, name), path if ledger is None else str(path)))
                elif path.is_symlink() and not path.exists():
                    problems.append(InputProblem(clean_name(str(path)), None, "broken symbolic link"))
            except OSError as e:  # a folder that can be listed but not searched
                problems.append(InputProblem(clean_name(str(path)), None, f"cannot read: {e.strerror or e}"))
    if ledger is not None:
        return (("/".join(parts), Path(path)) for parts, path in found), problems
    found.sort(key=lambda item: item[0])
    return [("/".join(parts), path) for parts, path in found], problems
