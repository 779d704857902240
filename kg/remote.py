"""Inputs given as URLs (``s3://bucket/news/``, ``hdfs://…``, ``memory://…``), read with
`fsspec <https://filesystem-spec.readthedocs.io>`_ by whichever process reads the file (a
Dask worker, with ``--dask``): any protocol whose fsspec package is installed there.

A ``file://`` URL is the local path it names. Other URLs are listed and read as folders
and files are: the same kinds, hidden names skipped, files in the order of their paths
below the URL, documents named by file name first (:mod:`kg.sources`).

>>> import fsspec
>>> with fsspec.open("memory://kg-doctest/news/a.txt", "wb") as f:
...     _ = f.write("市长张强主持召开调度会。".encode("gb18030"))
>>> [(str(p), rel) for p, rel in remote_files("memory://kg-doctest/news")[0]]
[('memory://kg-doctest/news/a.txt', 'a.txt')]
>>> RemoteFile("memory://kg-doctest/news/a.txt").name
'a.txt'
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any


def is_url(given: object) -> bool:
    """Whether an INPUT is a URL (``protocol://…``), not a path.

    >>> is_url("s3://news/2024/"), is_url("news/2024"), is_url(Path("a.txt"))
    (True, False, False)
    """
    return isinstance(given, str) and "://" in given


def input_arg(text: str) -> Path | str:
    """An INPUT of the command line: a local path (``file://`` URLs too), or a URL kept as text.

    >>> input_arg("file:///data/news"), input_arg("memory://x/news"), input_arg("news")
    (PosixPath('/data/news'), 'memory://x/news', PosixPath('news'))
    """
    if text.startswith("file://"):
        from urllib.parse import unquote, urlparse

        return Path(unquote(urlparse(text).path))
    return text if is_url(text) else Path(text)


def inputs_of(inputs: Iterable[Path | str]) -> list[Path | str]:
    """INPUTs as :func:`input_arg` takes them (paths stay paths)."""
    return [input_arg(str(p)) if isinstance(p, str) else Path(p) for p in inputs]


class RemoteFile:
    """A file at a URL, with the part of :class:`pathlib.Path` that reading needs."""

    def __init__(self, url: str) -> None:
        self.url = url

    @property
    def name(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[-1]

    def read_bytes(self) -> bytes:
        with self.open("rb") as f:
            return f.read()

    def open(self, mode: str = "rb") -> IO[bytes]:
        try:
            return _fsspec().open(self.url, mode).open()
        except (ImportError, ValueError) as e:  # no fsspec, an unknown protocol
            raise OSError(f"{e}") from e

    def __str__(self) -> str:
        return self.url

    def __fspath__(self) -> str:  # os.path.realpath: a URL is its own real path
        return self.url


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise ImportError("reading URLs needs fsspec: pip install fsspec (or 'kg[dask]')") from None
    return fsspec


def remote_files(url: str) -> tuple[list[tuple[str, str]], str | None]:
    """The files of a URL (a folder or a file) as ``(url, path below it)``, sorted, or the
    problem that stopped the listing ("no such file or directory", "cannot list: …")."""
    from kg.sources import KINDS

    try:
        fs, root = _fsspec().core.url_to_fs(url)
        if not fs.exists(root):
            return [], "no such file or directory"
        if not fs.isdir(root):
            return [(url, os.path.basename(root.rstrip("/")))], None
        found = fs.find(root, withdirs=False)
    except Exception as e:  # an unknown protocol, no credentials, a network error …
        return [], f"cannot list: {type(e).__name__}: {e}"
    files = []
    base = root.rstrip("/") + "/"
    for path in found:
        rel = path[len(base) :] if path.startswith(base) else os.path.basename(path)
        parts = tuple(rel.split("/"))
        if any(p.startswith(".") for p in parts) or os.path.splitext(parts[-1])[1].lower() not in KINDS:
            continue
        files.append(parts)
    files.sort()
    # Named below the URL as the user wrote it, so that documents' paths read as theirs.
    return [(url.rstrip("/") + "/" + "/".join(parts), "/".join(parts)) for parts in files], None


def remote_size(url: str) -> int:
    """The size of the file at ``url`` in bytes (0 if it cannot be told)."""
    try:
        fs, path = _fsspec().core.url_to_fs(url)
        return int(fs.size(path) or 0)
    except Exception:
        return 0
