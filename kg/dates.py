"""The date of a document whose metadata gives none: from its file name or its dateline.

A document's date anchors the dates its text writes without a year ("6月21日"), so
meetings get their dates from the text. The metadata date (``.jsonl`` ``date``, Markdown
front matter, HTML meta) always wins; without one, in order:

1. a full date in the file name, else in the name of its folder: ``2024-03-15_feixi.txt``,
   ``20240315.html``, ``news/2024_03_15/a.txt``;
2. the first dateline of the text, ``本报讯 3月15日`` / ``新华社太原3月15日电``, with the
   year it writes, else a year in the file or folder name (``news/2024/a.txt``), else the year of the
   default date (``kg build --date``, ``kg.build(..., date=)``);
3. the default date itself, when it is a full date.

The patterns are data: ``ontology/patterns/dates.toml``.

>>> document_date("news/2024-03-15_feixi.txt", "肥西县召开会议。")
'2024-03-15'
>>> document_date("news/2024/a.txt", "本报讯（记者 王伟）3月15日，县长主持召开会议。")
'2024-03-15'
>>> document_date("a.txt", "本报讯 3月15日，县长主持召开会议。", default="2023")
'2023-03-15'
>>> document_date("a.txt", "本报讯 3月15日，县长主持召开会议。") is None
True
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import unicodedata
from functools import lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING

from kg.patterns import pattern_file

if TYPE_CHECKING:
    from kg.sources import SourceDocument

__all__ = ["document_date", "dated", "parse_default"]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = pattern_file("dates")
    return {name: re.compile(raw[name]) for name in ("path_date", "path_year", "dateline")}


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_default(value: str | None) -> str | None:
    """A default date as given on the command line: ``2024-03-15`` (or another form kg reads) or a year ``2024``.

    Raises ``ValueError`` for anything else.

    >>> parse_default("2024"), parse_default("2024年3月15日"), parse_default(None)
    ('2024', '2024-03-15', None)
    """
    if value is None:
        return None
    value = str(value).strip()
    if re.fullmatch(r"(?:19|20)\d{2}", value):
        return value
    from kg.sources import iso_date

    iso = iso_date(value)
    if iso is None:
        raise ValueError(f"not a date: {value!r} (give yyyy-mm-dd or a year)")
    return iso


def _path_parts(path: str) -> list[str]:
    # The file name (without its extension), then its folder: folders further up name
    # projects and machines (``/tmp/pytest-2024``), not the day of the news.
    parts = list(PurePath(path.replace("\\", "/")).parts)
    if parts:
        parts[-1] = PurePath(parts[-1]).stem
    return parts[::-1][:2]


def path_date(path: str) -> str | None:
    """The full date a file or folder name carries.

    >>> path_date("in/2024-03-15_feixi.txt"), path_date("2024/03/x.txt"), path_date("001_dda893dc9e605152.txt")
    ('2024-03-15', None, None)
    """
    for part in _path_parts(path):
        for m in _patterns()["path_date"].finditer(part):
            iso = _iso(int(m["year"]), int(m["month"]), int(m["day"]))
            if iso:
                return iso
    return None


def path_year(path: str) -> str | None:
    """A year that a file or folder name carries (the nearest to the file).

    >>> path_year("news/2024/a.txt"), path_year("a.txt")
    ('2024', None)
    """
    for part in _path_parts(path):
        m = _patterns()["path_year"].search(part)
        if m:
            return m["year"]
    return None


def dateline_date(text: str, year: str | None) -> str | None:
    """The date of the first dateline of ``text``; ``year`` when the dateline gives none.

    >>> dateline_date("本报北京11月28日电（记者 崔莉英）", "2023"), dateline_date("新华社太原2024年3月15日电", None)
    ('2023-11-28', '2024-03-15')
    """
    from kg.ingest import to_simplified

    m = _patterns()["dateline"].search(to_simplified(unicodedata.normalize("NFKC", text)))
    if not m:
        return None
    y = m["year"] or year
    return _iso(int(y), int(m["month"]), int(m["day"])) if y else None


def document_date(path: str, text: str, default: str | None = None) -> str | None:
    """The date of a document that has no metadata date (see the module docstring), or None."""
    found = path_date(path) if path else None
    if found:
        return found
    year = (path_year(path) if path else None) or (default[:4] if default else None)
    found = dateline_date(text, year)
    if found:
        return found
    return default if default and len(default) == 10 else None


def dated(doc: SourceDocument, default: str | None = None) -> SourceDocument:
    """``doc`` with its date filled in from its path or text when its metadata gave none."""
    if doc.date:
        return doc
    date = document_date(doc.path, doc.text, default)
    return dataclasses.replace(doc, date=date) if date else doc
