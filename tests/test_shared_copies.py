"""The repository's copies of ``../shared`` (seeds, gold files, the annotation guide and the
scorer) must not drift from their source: a guide whose Conventions are missing in the copy
led an annotator of this project to the wrong file. Skipped where ``../shared`` is absent
(a wheel, a clone without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COPIES = [("seeds", "seeds"), ("gold", "tests/fixtures/gold")]


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this clone")
@pytest.mark.parametrize(("source", "copy"), COPIES)
def test_copy_equals_its_source(source: str, copy: str):
    src, dst = SHARED / source, ROOT / copy
    names = sorted(p.name for p in src.iterdir() if p.is_file())
    assert names, src
    stale = [n for n in names if not (dst / n).is_file() or (dst / n).read_bytes() != (src / n).read_bytes()]
    assert not stale, f"{dst} differs from {src} in {stale}: re-copy them"
