"""The wheel works: built from a copy of the checkout, installed into a fresh venv, used outside it.

The fresh venv borrows the project venv's third-party packages through a path file (no
network), but not its editable install of kg: the kg it imports is the wheel's alone, so
every data file a build reads must be inside the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

_NOT_SOURCES = shutil.ignore_patterns(
    ".venv",
    ".git",
    "out",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".ipynb_checkpoints",
)


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"{' '.join(map(str, cmd))}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """``(bin directory of a fresh venv with the wheel installed, its environment)``."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, symlinks=True, ignore=_NOT_SOURCES)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_ONTOLOGY_DIR", "VIRTUAL_ENV")}
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp / "dist"), str(src)],
        tmp,
        env,
    )
    (wheel,) = (tmp / "dist").glob("kg-*.whl")
    fresh = tmp / "venv"
    venv.create(fresh, with_pip=True)
    purelib = Path(
        subprocess.check_output(
            [str(fresh / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (purelib / "_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([str(fresh / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)], tmp, env)
    shutil.rmtree(src)  # nothing may still read the copied checkout
    return fresh / "bin", env


def test_installed_kg_is_the_wheels(installed, tmp_path: Path):
    bindir, env = installed
    where = "import kg, kg.resources; print(kg.__file__, kg.resources.ontology_dir())"
    proc = _run([str(bindir / "python"), "-c", where], tmp_path, env)
    module, ontology = proc.stdout.split()
    assert Path(module).is_relative_to(bindir.parent) and Path(ontology).is_relative_to(bindir.parent)


def test_kg_build_and_query_from_the_wheel(installed, tmp_path: Path):
    bindir, env = installed
    out = tmp_path / "out"
    proc = _run([str(bindir / "kg"), "build", str(SEEDS), "--out", str(out), "--jobs", "1"], tmp_path, env)
    assert "documents: 5" in proc.stdout
    for name in ("entities.jsonl", "relations.jsonl", "graph.ttl", "graph.html"):
        assert (out / name).stat().st_size > 0
    query = "SELECT ?name WHERE { ?c a kg:Company ; rdfs:label ?name }"
    proc = _run([str(bindir / "kg"), "query", str(out / "graph.ttl"), query, "--format", "csv"], tmp_path, env)
    rows = proc.stdout.strip().splitlines()
    assert rows[0] == "name" and len(rows) > 5
