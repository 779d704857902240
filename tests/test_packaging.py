"""A wheel carries the data: every file under ontology/ is package data (through kg/_ontology)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_kg_ontology_is_the_ontology_directory():
    assert (ROOT / "kg" / "_ontology").resolve() == (ROOT / "ontology").resolve()


def test_every_ontology_file_is_package_data():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["kg"]
    package = ROOT / "kg"
    shipped = {p for g in globs for p in package.glob(g) if p.is_file()}
    data = {p for p in (package / "_ontology").rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert data, "kg/_ontology is empty"
    missing = sorted(str(p.relative_to(package)) for p in data - shipped)
    assert not missing, f"add these to [tool.setuptools.package-data] in pyproject.toml: {missing}"
