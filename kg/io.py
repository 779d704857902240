"""File-system helpers shared by the stages: atomic writes, the output set (a lock, a
staging folder switched in at the end, strays of interrupted builds), and text made safe
for a terminal."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_write(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Write ``path`` through a temporary file in the same directory, then rename it.

    An interrupted build therefore never leaves a half-written output: readers see the old
    file or the new one.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_write(p) as f:
    ...     _ = f.write("ok")
    >>> p.read_text()
    'ok'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    # mkstemp creates 0600; outputs are ordinary files, readable as the umask allows.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=None) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------- the terminal

# Control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls
# and lone surrogates: what a name or a sentence must not send to a terminal as such.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    r"""``text`` with every control character written as an escape, so that a file name or a
    sentence printed to a terminal can neither drive it (retitle, clear) nor forge a line.

    >>> terminal_safe("a\x1b]0;pwned\x07b\nkg: skipped: x")
    'a\\x1b]0;pwned\\x07b\\nkg: skipped: x'
    >>> terminal_safe("张强\u2028")
    '张强\\u2028'
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if c in named:
        return named[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


# ----------------------------------------------------------------- the output set

#: Hidden names kg keeps inside ``--out`` besides its outputs.
LOCK_FILE = ".kg-lock"
STAGING_PREFIX = ".kg-staging-"


class OutputBusy(Exception):
    """Another process holds the lock of an output directory."""


def lock_output(out: Path) -> IO:
    """Create ``out`` if need be and lock it for this process (until the returned file is
    closed or the process ends); raises :class:`OutputBusy` when another build holds it and
    ``OSError`` when ``out`` cannot be created or written.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> held = lock_output(d)
    >>> try:
    ...     lock_output(d)
    ... except OutputBusy as e:
    ...     print("busy")
    busy
    >>> held.close()
    """
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    f = open(out / LOCK_FILE, "a+b")  # noqa: SIM115 - held for the whole build
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        raise OutputBusy(f"{out}: another kg build is writing there") from None
    # Writable, not only creatable: a file is made and removed before any analysis.
    try:
        with tempfile.NamedTemporaryFile(dir=out, prefix=".kg-probe-"):
            pass
    except OSError:
        f.close()
        raise
    return f


def remove_strays(out: Path, names: Iterable[str]) -> list[Path]:
    """Remove what an interrupted build left in ``out``: staging folders and the temporary
    files of :func:`atomic_write` for the outputs ``names``. Returns what was removed.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / ".graph.ttl.x1y2.tmp").write_text("half")
    >>> [p.name for p in remove_strays(d, ["graph.ttl"])]
    ['.graph.ttl.x1y2.tmp']
    """
    removed = []
    if not out.is_dir():
        return removed
    wanted = tuple(f".{name}." for name in names)
    for p in sorted(out.iterdir()):
        if p.name.startswith(STAGING_PREFIX) and p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
        elif p.name.startswith(wanted) and p.name.endswith(".tmp") and p.is_file():
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


@contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """A fresh staging folder inside ``out`` to write a whole output set into.

    After the ``with`` block, :func:`switch_in` moves its files into ``out``; if the block
    fails, the folder is removed and ``out`` keeps the previous set, untouched.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_output(d) as stage:
    ...     _ = (stage / "a.txt").write_text("new")
    ...     moved = switch_in(stage, d)
    >>> (d / "a.txt").read_text(), [p.name for p in d.iterdir()]
    ('new', ['a.txt'])
    """
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def write_output_set(out: Path, write: Callable[[Path], Iterable[Path]]) -> list[Path]:
    """Write one output set into ``out`` the way ``kg build`` does: lock ``out`` (raises
    :class:`OutputBusy` if another build writes there), let ``write`` fill a staging folder
    and return the files it made, then switch those in together. If ``write`` fails, ``out``
    keeps its previous set. Returns the new paths.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> def write(stage):
    ...     _ = (stage / "a.txt").write_text("new")
    ...     return [stage / "a.txt"]
    >>> [p.name for p in write_output_set(d, write)]
    ['a.txt']
    """
    lock = lock_output(out)
    try:
        with staged_output(out) as stage:
            return switch_in(stage, out, write(stage))
    finally:
        lock.close()


def switch_in(stage: Path, out: Path, files: Iterable[Path] | None = None) -> list[Path]:
    """Move ``files`` (default: every file) of ``stage`` into ``out``, in that order
    (renames in one file system: a few milliseconds, after every file of the set was
    written in full); a file in a folder of ``stage`` moves with its whole folder.
    Returns the new paths."""
    files = sorted(p for p in stage.rglob("*") if p.is_file()) if files is None else list(files)
    # A format that writes a folder (neo4j/) replaces the whole folder, so no file of an
    # earlier build's folder is left beside the new ones.
    for top in dict.fromkeys(p.relative_to(stage).parts[0] for p in files):
        source, target = stage / top, out / top
        if source.is_dir() and not source.is_symlink():
            if target.is_dir() and not target.is_symlink():
                old = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
                os.replace(target, old / top)
                os.replace(source, target)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(source, target)
        else:
            os.replace(source, target)
    return [out / p.relative_to(stage) for p in files]
