"""What the client of ``kg build --sharded --dask`` must remember per document, on disk.

Naming documents first-come (:func:`kg.sources.claim_name`), reading a file reached twice
once, pruning the cache of the entries a build did not use and listing a folder in the
order of its relative paths each need something per document: the names taken, the files
read, the cache keys used, the folder's files to sort. A :class:`Ledger` keeps them in a
SQLite file (in the build's staging folder) instead of Python sets and lists, so that the
client's memory does not grow with the corpus: SQLite holds at most ``CACHE_KB`` of pages
in memory, the rest is on disk. Names are stored as UTF-8 bytes (``surrogatepass``: file
names that do not decode keep their lone surrogates), which sort as Python sorts strings.

>>> import tempfile, pathlib
>>> from kg.sources import claim_name
>>> with Ledger(pathlib.Path(tempfile.mkdtemp()) / "ledger.sqlite") as ledger:
...     taken = ledger.names()
...     names = [claim_name(("a", "f#a"), taken) for _ in range(4)]
...     listing = ledger.sorted_pairs()
...     for key in (("b.txt",), ("a", "x.txt"), ("a.txt",)):
...         listing.append((key, "/".join(key)))
...     names, len(taken), [v for _, v in listing]
(['a', 'f#a', 'f#a~2', 'f#a~3'], 4, ['a/x.txt', 'a.txt', 'b.txt'])
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: Page cache of the SQLite file, in KB: what a ledger holds in memory at most.
CACHE_KB = 4096
#: Writes between two commits.
COMMIT_EVERY = 10_000
#: Rows read at once from a sorted listing.
PAGE = 1_000


def _b(s: str) -> bytes:
    return s.encode("utf-8", "surrogatepass")


def _s(b: bytes) -> str:
    return bytes(b).decode("utf-8", "surrogatepass")


class Ledger:
    """A SQLite file of sets, counters and sorted listings of strings (see the module)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.db = sqlite3.connect(str(self.path), check_same_thread=False)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", f"cache_size=-{CACHE_KB}"):
            self.db.execute(f"PRAGMA {pragma}")
        self._tables = itertools.count()
        self._writes = 0

    def _table(self, kind: str, columns: str) -> str:
        name = f"{kind}_{next(self._tables)}"
        self.db.execute(f"CREATE TABLE {name} ({columns}) WITHOUT ROWID")
        return name

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes % COMMIT_EVERY == 0:
            self.db.commit()

    def set(self) -> DiskSet:
        """A new empty set of strings."""
        return DiskSet(self)

    def names(self) -> DiskSet:
        """A new set of names taken, with the ``next_suffix`` counters :func:`~kg.sources.claim_name` uses."""
        names = DiskSet(self)
        names.next_suffix = DiskCounter(self)
        return names

    def sorted_pairs(self) -> SortedPairs:
        """A new listing of ``(key parts, value)`` read back in the order of the keys."""
        return SortedPairs(self)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class DiskSet:
    """A set of strings in a :class:`Ledger`: ``in``, ``add``, ``len``, iteration."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.table = ledger._table("set", "v BLOB PRIMARY KEY")
        self.next_suffix: Any = None

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str):
            return False
        q = f"SELECT 1 FROM {self.table} WHERE v = ?"
        return self.ledger.db.execute(q, (_b(value),)).fetchone() is not None

    def add(self, value: str) -> None:
        self.ledger.db.execute(f"INSERT OR IGNORE INTO {self.table} VALUES (?)", (_b(value),))
        self.ledger._wrote()

    def update(self, values: Iterable[str]) -> None:
        for v in values:
            self.add(v)

    def __len__(self) -> int:
        return self.ledger.db.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def __iter__(self) -> Iterator[str]:
        for v, _ in _pages(self.ledger.db, self.table, "v, NULL", "v"):
            yield _s(v)


class DiskCounter:
    """A mapping of strings to integers in a :class:`Ledger` (``get``, ``[key] = n``)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.table = ledger._table("counter", "k BLOB PRIMARY KEY, n INTEGER")

    def get(self, key: str, default: int) -> int:
        row = self.ledger.db.execute(f"SELECT n FROM {self.table} WHERE k = ?", (_b(key),)).fetchone()
        return default if row is None else row[0]

    def __setitem__(self, key: str, n: int) -> None:
        self.ledger.db.execute(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)", (_b(key), n))
        self.ledger._wrote()


class SortedPairs:
    """``(key parts, value)`` pairs read back sorted by key, as Python sorts tuples of strings
    (the parts are joined with ``\\0``, which sorts before any character of a name)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.table = ledger._table("sorted", "k BLOB PRIMARY KEY, v BLOB")

    def append(self, pair: tuple[tuple[str, ...], str]) -> None:
        parts, value = pair
        self.ledger.db.execute(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)", (_b("\0".join(parts)), _b(value)))
        self.ledger._wrote()

    def __len__(self) -> int:
        return self.ledger.db.execute(f"SELECT count(*) FROM {self.table}").fetchone()[0]

    def __iter__(self) -> Iterator[tuple[tuple[str, ...], str]]:
        for k, v in _pages(self.ledger.db, self.table, "k, v", "k"):
            yield tuple(_s(k).split("\0")), _s(v)


def _pages(db: sqlite3.Connection, table: str, columns: str, key: str) -> Iterator[tuple]:
    """The rows of ``table`` in the order of ``key``, ``PAGE`` at a time (no cursor is left
    open between pages, so that the ledger can be written while they are read)."""
    rows = db.execute(f"SELECT {columns} FROM {table} ORDER BY {key} LIMIT {PAGE}").fetchall()
    while rows:
        yield from rows
        rows = db.execute(
            f"SELECT {columns} FROM {table} WHERE {key} > ? ORDER BY {key} LIMIT {PAGE}", (rows[-1][0],)
        ).fetchall()
