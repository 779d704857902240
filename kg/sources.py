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

import codecs
import io
import json
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kg.dates import iso_date

#: Extensions read when walking a directory, and how.
KINDS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}


@dataclass(frozen=True)
class SourceDocument:
    """One document to analyse: its name, decoded text and what the input said about it."""

    id: str
    text: str
    path: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class InputProblem:
    """Something in the input that could not be read, naming the file (and line).

    ``skipped`` is False for a warning about a document that was still read (a few
    invalid UTF-8 bytes replaced, a date that is not a date): the document follows.
    """

    path: str
    line: int | None
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


def iter_sources(inputs: Iterable[Path]) -> Iterator[SourceDocument | InputProblem]:
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
            yield from _read_once(*item, taken, seen_files)


def input_files(inputs: Iterable[Path]) -> Iterator[tuple[Path, str | None, tuple[str, ...]] | InputProblem]:
    """The files of ``inputs`` as ``(path, kind, names it may take)`` and the problems met
    while listing them, in the order :func:`iter_sources` reads them; nothing is read but
    directories (the Dask executor lists files on the client this way, and reads them on
    the workers).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("正文", encoding="utf-8")
    >>> [(p.name, kind, names[0]) for p, kind, names in input_files([d])]
    [('a.txt', 'text', 'a.txt')]
    """
    for given in inputs:
        given = Path(given)
        try:
            st = given.stat()
        except FileNotFoundError:
            yield InputProblem(str(given), None, "no such file or directory")
            continue
        except OSError as e:
            yield InputProblem(str(given), None, f"cannot read: {e.strerror or e}")
            continue
        if stat.S_ISDIR(st.st_mode):
            files, problems = _walk(given)
            yield from problems
            if not files and not problems:
                yield InputProblem(str(given), None, "no .txt/.md/.html/.jsonl files")
            for rel, path in files:
                yield path, _kind(path), (rel, str(path))
        elif stat.S_ISREG(st.st_mode):
            yield given, _kind(given) or "text", (str(given),)
        else:
            # A FIFO or device would block or never end.
            yield InputProblem(str(given), None, "not a regular file or directory")


# ----------------------------------------------------------------------------------
# Walking and naming


def _kind(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def _walk(root: Path) -> tuple[list[tuple[str, Path]], list[InputProblem]]:
    """Readable files below ``root`` as ``(relative posix path, path)``, sorted by relative path."""
    found: list[tuple[tuple[str, ...], Path]] = []
    problems: list[InputProblem] = []
    visited: set[str] = set()

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
                    found.append(((*rel_dir, name), path))
                elif path.is_symlink() and not path.exists():
                    problems.append(InputProblem(clean_name(str(path)), None, "broken symbolic link"))
            except OSError as e:  # a folder that can be listed but not searched
                problems.append(InputProblem(clean_name(str(path)), None, f"cannot read: {e.strerror or e}"))
    found.sort(key=lambda item: item[0])
    return [("/".join(parts), path) for parts, path in found], problems


class _Names(set):
    """The document names taken so far, and per name the next ``~n`` suffix to try, so that
    20,000 records with one id are named in linear time (every smaller ``~n`` is taken)."""

    def __init__(self) -> None:
        super().__init__()
        self.next_suffix: dict[str, int] = {}


def _claim(candidates: Iterable[str], taken: set[str]) -> str:
    """The first candidate name not yet taken (then the last one with ``~2``, ``~3``…); marks it taken.

    >>> names = _Names()
    >>> [_claim(("a", "f#a"), names) for _ in range(4)]
    ['a', 'f#a', 'f#a~2', 'f#a~3']
    """
    last = ""
    for name in candidates:
        if name and name not in taken:
            taken.add(name)
            return name
        last = name or last
    suffixes = getattr(taken, "next_suffix", {})
    n = suffixes.get(last, 2)
    while f"{last}~{n}" in taken:
        n += 1
    taken.add(f"{last}~{n}")
    suffixes[last] = n + 1
    return f"{last}~{n}"


def _read_once(
    path: Path, kind: str | None, alt_names: tuple[str, ...], taken: set[str], seen: set[str]
) -> Iterator[SourceDocument | InputProblem]:
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    names = tuple(clean_name(n) for n in (path.name, *(n.replace(os.sep, "/") for n in alt_names)))
    if names[0] != path.name:
        # A name in another encoding (a GBK name from a Windows zip): the file is read, and
        # named by its decoded name, which the outputs and the terminal can hold.
        yield InputProblem(clean_name(str(path)), None, "file name is not UTF-8; decoded to name the document", False)
    if kind == "jsonl":
        yield from _read_jsonl(path, names, taken)
    else:
        yield from _read_document(path, kind or "text", names, taken)


# ----------------------------------------------------------------------------------
# Whole documents: .txt, .md, .html


def _read_document(
    path: Path, kind: str, names: tuple[str, ...], taken: set[str]
) -> Iterator[SourceDocument | InputProblem]:
    p = clean_name(str(path))
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputProblem(p, None, f"cannot read: {e.strerror or e}")
        return
    declared = _declared_charset(data) if kind == "html" else None
    try:
        dec = _decode(data, declared)
    except _Unreadable as e:
        where = f"; not UTF-8 from line {e.line} on" if e.line else ""
        yield InputProblem(p, None, e.message + where)
        return
    meta: dict[str, str] = {}
    text = dec.text
    if kind == "html":
        try:
            text, meta = html_to_text(text)
        except Exception as e:
            # Older html.parser versions raise on odd markup; one page must not stop the run.
            yield InputProblem(p, None, f"cannot parse HTML: {e}")
            return
        if not text.strip():
            yield InputProblem(p, None, "empty file (no visible text in the HTML)")
            return
    elif not text.strip():
        yield InputProblem(p, None, "empty file" if not data else "empty file (only whitespace)")
        return
    elif kind == "markdown":
        meta = markdown_meta(text)
    if dec.warning:
        yield InputProblem(p, dec.warning_line, dec.warning, skipped=False)
    yield from _document(_claim(names, taken), text, p, None, meta, dec.encoding)


def _document(
    doc_id: str, text: str, path: str, line: int | None, meta: dict, encoding: str
) -> Iterator[SourceDocument | InputProblem]:
    """The document, after a warning if its ``date`` (from metadata) is not a date."""
    date = None
    if meta.get("date"):
        date = iso_date(meta["date"])
        if date is None:
            yield InputProblem(path, line, f"date not understood, ignored: {meta['date']!r}", skipped=False)
    yield SourceDocument(
        id=doc_id,
        text=text,
        path=path,
        title=meta.get("title", ""),
        date=date,
        url=meta.get("url"),
        source=meta.get("source"),
        encoding=encoding,
    )


# ----------------------------------------------------------------------------------
# JSON lines

#: Bad lines reported one by one per file; the rest are counted in one summary.
MAX_LINE_PROBLEMS = 20


def _read_jsonl(path: Path, names: tuple[str, ...], taken: set[str]) -> Iterator[SourceDocument | InputProblem]:
    p = clean_name(str(path))
    problems = 0
    records = 0

    def problem(line: int, message: str) -> Iterator[InputProblem]:
        nonlocal problems
        problems += 1
        if problems <= MAX_LINE_PROBLEMS:
            yield InputProblem(p, line, message)

    try:
        with path.open("rb") as f:
            head = f.read(8192)
            f.seek(0)
            bom = _bom(head)
            if bom is None:
                why = _binary_reason(head)
                if why:
                    yield InputProblem(p, None, f"binary file, not text ({why})")
                    return
                lines: Iterator[tuple[int, _Decoded | _Unreadable]] = _jsonl_byte_lines(f)
            else:
                lines = _jsonl_text_lines(f, bom)
            for lineno, dec in lines:
                if isinstance(dec, _Unreadable):
                    yield from problem(lineno, dec.message)
                    continue
                if not dec.text.strip():
                    continue
                records += 1
                item = _jsonl_record(dec.text.rstrip("\r\n"))
                if isinstance(item, str):
                    yield from problem(lineno, item)
                    continue
                rid, fields, note = item
                if dec.warning:
                    warning = dec.warning.replace(" the rest", " the record")
                    yield InputProblem(p, lineno, warning, skipped=False)
                if note:
                    yield InputProblem(p, lineno, note, skipped=False)
                doc_id = _claim((rid, f"{names[0]}#{rid}"), taken)
                yield from _document(doc_id, fields["text"], p, lineno, fields, dec.encoding)
    except OSError as e:
        yield InputProblem(p, None, f"cannot read: {e.strerror or e}")
        return
    except _Unreadable as e:
        yield InputProblem(p, e.line, e.message)
        return
    if problems > MAX_LINE_PROBLEMS:
        hidden = problems - MAX_LINE_PROBLEMS
        yield InputProblem(p, None, f"{hidden} more bad lines not shown ({problems} in all)")
    if records == 0 and problems == 0:
        yield InputProblem(p, None, "empty file")


def _jsonl_byte_lines(f: Any) -> Iterator[tuple[int, _Decoded | _Unreadable]]:
    # Splitting the bytes on b"\n" is safe for UTF-8, GB18030 and Big5: no byte of a
    # multi-byte character is 0x0A. Each line is decoded on its own, so one file may mix.
    for lineno, raw in enumerate(f, 1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if raw.isascii():
            yield lineno, _Decoded(raw.decode("ascii"), "utf-8")
            continue
        try:
            yield lineno, _decode_no_bom(raw)
        except _Unreadable as e:
            yield lineno, e


def _jsonl_text_lines(f: Any, bom: tuple[str, str, int]) -> Iterator[tuple[int, _Decoded | _Unreadable]]:
    codec, name, size = bom
    f.seek(size)
    # newline="\n": JSON strings may hold a raw U+2028, which str.splitlines would cut.
    reader = io.TextIOWrapper(f, encoding=codec, errors="strict", newline="\n")
    lineno = 0
    try:
        for line in reader:
            lineno += 1
            yield lineno, _Decoded(line, name)
    except UnicodeDecodeError as e:
        raise _Unreadable(f"cannot decode as {name} from here on ({e.reason})", lineno + 1) from None
    finally:
        reader.detach()  # the caller's ``with`` closes the file


def _parse_int(digits: str) -> int | str:
    # Python refuses to convert an integer of more than 4300 digits (a ValueError in the
    # middle of json.loads); no field kg reads is such a number, so it stays text.
    return int(digits) if len(digits) <= 4000 else digits


def _jsonl_record(text: str) -> tuple[str, dict[str, str], str | None] | str:
    """``(id, fields, warning)`` of one JSON line, or the reason it cannot be read.

    >>> _jsonl_record('{"id": "a\\ud800", "text": "张强主持会议。"}')[2]
    'lone surrogate in "id", replaced by U+FFFD'
    """
    try:
        obj = json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as e:
        # json's messages end in " at" ("Unterminated string starting at"): the column follows.
        return f"not JSON: {e.msg.removesuffix(' at')} (column {e.colno})"
    except RecursionError:
        return "not JSON: nested too deeply"
    if not isinstance(obj, dict):
        return f"not a JSON object (a {_json_type(obj)})"
    missing = [k for k in ("id", "text") if k not in obj]
    if missing:
        keys = ", ".join(sorted(map(str, obj))) or "nothing"
        return f"missing {' and '.join(json.dumps(k) for k in missing)} (the record has: {keys})"
    rid = obj["id"]
    if isinstance(rid, bool) or not isinstance(rid, str | int) or not str(rid).strip():
        return '"id" must be a non-empty string or an integer'
    if not isinstance(obj["text"], str):
        return f'"text" is a {_json_type(obj["text"])}, not a string'
    if not obj["text"].strip():
        return 'empty "text"'
    fields = {"text": obj["text"]}
    for key in ("title", "date", "url", "source"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            fields[key] = value.strip()
        elif key == "date" and isinstance(value, int) and not isinstance(value, bool):
            fields[key] = str(value)  # 20250621
    # JSON may escape half of a UTF-16 pair ("\\ud800"); no output can hold it. Same length
    # after the replacement, so offsets into the text stay right.
    rid = str(rid)
    spoiled = [k for k, v in (("id", rid), *fields.items()) if _SURROGATE.search(v)]
    if not spoiled:
        return rid, fields, None
    rid = _SURROGATE.sub("\ufffd", rid)
    fields = {k: _SURROGATE.sub("\ufffd", v) for k, v in fields.items()}
    where = ", ".join(f'"{k}"' for k in spoiled)
    return rid, fields, f"lone surrogate in {where}, replaced by U+FFFD"


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_name(name: str) -> str:
    """A file name as text any output can hold: bytes that are not UTF-8 (Python keeps
    them as lone surrogates) decoded as GB18030 when they read as Chinese, else replaced.

    >>> import os
    >>> clean_name(os.fsdecode("新闻/张强.txt".encode("gbk")))
    '新闻/张强.txt'
    >>> clean_name("ok.txt")
    'ok.txt'
    """
    if not _SURROGATE.search(name):
        return name
    raw = name.encode("utf-8", "surrogateescape") if _only_escapes(name) else None
    if raw is None:
        return _SURROGATE.sub("\ufffd", name)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _chinese_share(text)[0] >= _MIN_CHINESE_SHARE_SHORT:
        return text
    return raw.decode("utf-8", "replace")


def _only_escapes(name: str) -> bool:
    # surrogateescape holds undecodable bytes as U+DC80..U+DCFF only.
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(name))


def _json_type(obj: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(type(obj), "number")


# ----------------------------------------------------------------------------------
# Decoding


class _Unreadable(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    warning: str | None = None
    warning_line: int | None = None


_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: Legacy Chinese codecs tried after UTF-8, with fallbacks for Big5's vendor extensions.
_CJK_CODECS: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))
_TRIED = "tried utf-8, gb18030, big5"

#: Below this share of common characters a strict decode is taken for mojibake; a text
#: with fewer than ``_MIN_SAMPLE`` non-ASCII characters says less, and needs less.
_MIN_CHINESE_SHARE = 0.7
_MIN_SAMPLE = 20
_MIN_CHINESE_SHARE_SHORT = 0.5
#: A file with a larger share of invalid UTF-8 sequences is not "UTF-8 with a few bad bytes".
_MAX_BAD_UTF8_SHARE = 0.01

# Control bytes other than tab, line feed, vertical tab, form feed, carriage return and
# escape: text never holds many; binary formats are full of them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_MAX_CONTROL_SHARE = 0.05

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive, e.g. .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, e.g. .doc"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)


def _bom(data: bytes) -> tuple[str, str, int] | None:
    """``(codec, reported name, bom length)`` if ``data`` starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def _binary_reason(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"looks like {what}"
    if b"\x00" in data:
        return "contains NUL bytes; UTF-16 text needs a byte-order mark"
    if data and len(data.translate(None, _NOT_CONTROL)) > _MAX_CONTROL_SHARE * len(data):
        return "too many control characters"
    return None


def _decode(data: bytes, declared: str | None = None) -> _Decoded:
    """Decode a whole file's bytes; raises :class:`_Unreadable` with the reason."""
    if not data:
        raise _Unreadable("empty file")
    bom = _bom(data)
    if bom is not None:
        codec, name, size = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as e:
            raise _Unreadable(f"cannot decode as {name} ({e.reason} at byte {e.start + size})") from None
        ctrl = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\v\f\r\x1b")
        if "\x00" in text or ctrl > _MAX_CONTROL_SHARE * max(len(text), 1):
            raise _Unreadable(f"binary file, not text (control characters after a {name} byte-order mark)")
        return _Decoded(text, name)
    why = _binary_reason(data)
    if why:
        raise _Unreadable(f"binary file, not text ({why})")
    return _decode_no_bom(data, declared)


def _decode_no_bom(data: bytes, declared: str | None = None) -> _Decoded:
    try:
        return _Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    first_line = data.count(b"\n", 0, first_bad) + 1

    # UTF-8 with a few damaged bytes (a scraper cut a character): keep it, and say so.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    if bad <= _MAX_BAD_UTF8_SHARE * non_ascii:
        return _Decoded(
            replaced,
            "utf-8",
            f"{bad} invalid UTF-8 byte sequence(s), replaced by U+FFFD; the rest was read",
            first_line,
        )

    best: tuple[float, str, str] | None = None
    for family in _CJK_CODECS:
        for codec in family:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            share, sample = _chinese_share(text)
            if share < (_MIN_CHINESE_SHARE if sample >= _MIN_SAMPLE else _MIN_CHINESE_SHARE_SHORT):
                break  # decodes, but to mojibake; the family's wider codecs will not do better
            # The charset an HTML page declares settles near ties.
            bonus = 0.05 if declared is not None and declared in family else 0.0
            if best is None or share + bonus > best[0]:
                best = (share + bonus, codec, text)
            break
    if best is None:
        raise _Unreadable(f"cannot decode ({_TRIED})", first_line)
    return _Decoded(best[2], best[1])


@lru_cache(maxsize=1)
def _common_chinese() -> frozenset[str]:
    """Characters of ordinary Chinese text, simplified and traditional.

    GB2312 level 1 (rows 0xB0-0xD7) holds the 3755 most used simplified characters; OpenCC
    gives their traditional forms (mainland, Taiwan and Hong Kong variants).
    """
    import opencc

    simplified = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                simplified.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the end of row 0xD7 is unassigned
    s = "".join(simplified)
    chars = set(s)
    for config in ("s2t", "s2tw", "s2hk"):
        chars.update(opencc.OpenCC(config).convert(s))
    return frozenset(chars)


def _is_cjk_punctuation(c: str) -> bool:
    o = ord(c)
    return 0x3000 <= o <= 0x303F or 0x2010 <= o <= 0x2027 or 0xFF01 <= o <= 0xFF5E or o == 0xB7


def _chinese_share(text: str) -> tuple[float, int]:
    """Share of non-ASCII characters that are common Chinese characters or punctuation, and their count."""
    common = _common_chinese()
    counts = Counter(text)
    good = total = 0
    for c, n in counts.items():
        if c < "\x80":
            continue
        total += n
        if c in common or _is_cjk_punctuation(c):
            good += n
    return (good / total if total else 1.0), total


_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The codec an HTML page declares in its first 4 KB, as a name of ``_CJK_CODECS``."""
    m = _CHARSET.search(data, 0, 4096)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("gb2312", "gbk", "gb18030"):
        return "gb18030"
    if name in ("big5", "cp950", "big5hkscs"):
        return name
    return None


# ----------------------------------------------------------------------------------
# Metadata: dates (kg.dates.iso_date), Markdown, HTML

# Greedy and without a lazy group before optional white space: linear in the line (the
# closing #s and the spaces are taken off in code, see _atx_title).
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*)$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_FRONT_KEY = re.compile(r"^(title|date|url|source)\s*:(.*)$", re.IGNORECASE)


def markdown_meta(text: str) -> dict[str, str]:
    """Title (front matter ``title:``, else the first heading), date, url and source of a Markdown text.

    >>> markdown_meta("---\\ndate: 2025-06-21\\n---\\n\\n大同要闻\\n====\\n\\n正文。")
    {'date': '2025-06-21', 'title': '大同要闻'}
    """
    meta: dict[str, str] = {}
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                for ln in lines[1:i]:
                    m = _FRONT_KEY.match(ln)
                    value = m.group(2).strip() if m else ""
                    if value.strip("\"'"):
                        meta[m.group(1).lower()] = value.strip("\"'")
                start = i + 1
                break
    if "title" in meta:
        return meta
    previous = ""
    for ln in lines[start:]:
        m = _ATX.match(ln)
        title = _atx_title(m.group(1)) if m else ""
        if title.strip():
            meta["title"] = title.strip()
            break
        if previous.strip() and _SETEXT.match(ln):
            meta["title"] = previous.strip()
            break
        previous = ln
    return meta


def _atx_title(rest: str) -> str:
    """The text of an ATX heading after its opening #s: without the closing #s (when a space
    comes before them) and the spaces around.

    >>> [_atx_title(s) for s in ("大同要闻 ##  ", "C# ", "#", "a \t#")]
    ['大同要闻', 'C#', '#', 'a']
    """
    text = rest.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare and bare[-1] in " \t":
        text = bare.rstrip(" \t")
    return text


#: Elements whose content is never shown.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"})
#: Elements that start a new line of text.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details"),
        *("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead"),
        *("tr", "ul"),
    }
)
_META_FIELDS = {
    "article:published_time": "date",
    "og:published_time": "date",
    "pubdate": "date",
    "publishdate": "date",
    "date": "date",
    "og:url": "url",
    "og:site_name": "source",
    "og:title": "og_title",
}
# A line break in the source between two Chinese characters is no space in a browser.
_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\f\r]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
# Only ASCII white space collapses in HTML; a no-break or ideographic space stays.
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self._inline: list[str] = []
        self._pre: list[str] | None = None
        self._pre_depth = 0
        self._hidden: list[str] = []
        self._title: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._hidden:
            self._hidden.clear()  # a <head> that was never closed
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            a = dict(attrs)
            if (a.get("rel") or "").lower() == "canonical" and a.get("href"):
                self.meta.setdefault("url", a["href"].strip())
        if tag == "title" and all(h == "head" for h in self._hidden):  # not an <svg> <title>
            self._title = []
            return
        if tag in _HIDDEN:
            self._hidden.append(tag)
            return
        if tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self._pre_depth += 1
            if self._pre is None:
                self._pre = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN or tag == "title":
            return  # an empty <svg/> hides nothing
        self.handle_starttag(tag, attrs)
        if tag == "pre":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.meta.setdefault("title", _SPACE.sub(" ", "".join(self._title)).strip())
            self._title = None
            return
        if tag in self._hidden:
            while self._hidden and self._hidden.pop() != tag:
                pass
            return
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
            if not self._pre_depth and self._pre is not None:
                for ln in "".join(self._pre).splitlines():
                    if ln.strip():
                        self.lines.append(ln.rstrip())
                self._pre = None
            return
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        elif self._hidden:
            pass
        elif self._pre is not None:
            self._pre.append(data)
        else:
            self._inline.append(data)

    def _meta(self, a: dict[str, str | None]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        field = _META_FIELDS.get(key)
        if field and a.get("content") and a["content"].strip():
            self.meta.setdefault(field, a["content"].strip())

    def _break(self) -> None:
        if not self._inline:
            return
        text = _SPACE.sub(" ", _CJK_BREAK.sub("", "".join(self._inline))).strip()
        self._inline = []
        if text:
            self.lines.append(text)

    def close(self) -> None:
        super().close()
        if self._pre is not None:
            self._pre_depth = 1
            self.handle_endtag("pre")
        self._break()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page, one line per block, and its metadata.

    Metadata: ``title`` (``<title>``, else ``og:title``), ``date``, ``url`` and ``source``
    from the usual ``<meta>`` tags and ``<link rel=canonical>``.

    >>> text, meta = html_to_text(
    ...     "<html><head><title>大同日报</title><script>var x;</script></head>"
    ...     "<body><h1>张强主持\\n召开会议</h1><p>6月21日，市长 张强<br>主持会议。</p></body></html>")
    >>> print(text)
    张强主持召开会议
    6月21日，市长 张强
    主持会议。
    >>> meta
    {'title': '大同日报'}
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    meta = dict(parser.meta)
    og_title = meta.pop("og_title", "")
    if not meta.get("title") and og_title:
        meta["title"] = og_title
    if not meta.get("title"):
        meta.pop("title", None)
    return "\n".join(parser.lines), meta
