"""The documents of one input file, as :func:`kg.sources.iter_sources` yields them.

:func:`read_file` reads one file (a whole document, or a ``.jsonl`` of records) and names
its documents with :func:`claim_name` against the names taken so far; this is the seam a
reader of its own (a Dask worker, :mod:`kg.executors`) uses to read and name exactly as
:func:`~kg.sources.iter_sources` does. The records are :class:`SourceDocument` and
:class:`InputProblem`.

>>> taken = set()
>>> [claim_name(("a.txt", "d/a.txt"), taken) for _ in range(3)]
['a.txt', 'd/a.txt', 'd/a.txt~2']
"""

from __future__ import annotations

import codecs
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.dates import iso_date
from kg.decoding import (
    _SURROGATE,
    _binary_reason,
    _bom,
    _declared_charset,
    _decode,
    _decode_no_bom,
    _Decoded,
    _Unreadable,
    clean_name,
)
from kg.markup import html_to_text, markdown_meta
from kg.remote import RemoteFile, is_url


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


class _Names(set):
    """The document names taken so far, and per name the next ``~n`` suffix to try, so that
    20,000 records with one id are named in linear time (every smaller ``~n`` is taken)."""

    def __init__(self) -> None:
        super().__init__()
        self.next_suffix: dict[str, int] = {}


def claim_name(candidates: Iterable[str], taken: set[str]) -> str:
    """The first candidate name not yet taken (then the last one with ``~2``, ``~3``…); marks it taken.

    >>> names = _Names()
    >>> [claim_name(("a", "f#a"), names) for _ in range(4)]
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


def read_file(
    path: Path | str, kind: str | None, alt_names: tuple[str, ...], taken: set[str], seen: set[str]
) -> Iterator[SourceDocument | InputProblem]:
    """The documents of one file (``kind``: text, markdown, html or jsonl; ``path`` may be a
    URL, read with fsspec) named by the first free of its names (``alt_names``: the
    other names it may take), and the problems met; nothing if ``seen`` holds it already."""
    if isinstance(path, str):
        path = RemoteFile(path) if is_url(path) else Path(path)
    real = path.url if isinstance(path, RemoteFile) else os.path.realpath(path)
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
    yield from _document(claim_name(names, taken), text, p, None, meta, dec.encoding)


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
                doc_id = claim_name((rid, f"{names[0]}#{rid}"), taken)
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


def _json_type(obj: Any) -> str:
    return {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}.get(type(obj), "number")
