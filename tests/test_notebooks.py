"""The notebooks in ``notebooks/`` run top to bottom, as a reader runs them.

Each notebook is executed with nbclient in a fresh ``python3`` kernel started from the
Python that runs the tests (jupyter_client starts a kernel spec whose command is
``python`` with ``sys.executable``), with this checkout first on ``PYTHONPATH`` so that
the notebooks import the ``kg`` under test, and in an empty directory: the notebooks find
the seed pages with ``kg.datasets.seeds()``, so they run from anywhere. They check their
pandas answers against their SPARQL answers with ``assert``, so a wrong answer fails here
as an error in the cell that asserts it.

Notebooks are committed without outputs; this test also checks that, and that the
executed quickstart stays small (the graph library is embedded once, views zipped).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["quickstart.ipynb", "analysis.ipynb"]


def test_the_notebooks_are_here():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: clear the outputs before committing"


#: The executed quickstart (two graph views, a dozen tables) must stay under this size.
MAX_EXECUTED_BYTES = 300_000


def _execute(name: str, cwd: Path) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(cwd)}},
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    client.execute(env=env)
    return nb


def _outputs(nb, output_type: str) -> list[dict]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == output_type]


def _text(nb) -> str:
    parts = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            parts.append(o.get("text", ""))
            parts.append(o.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def _views(nb) -> list[str]:
    html = [o["data"]["text/html"] for o in _outputs(nb, "display_data") if "text/html" in o.get("data", {})]
    return [h for h in html if '<div id="kg-view-' in h]


def _warnings(nb) -> list[str]:
    return [o["text"] for o in _outputs(nb, "stream") if o["name"] == "stderr" and "Warning" in o["text"]]


def test_quickstart_runs_anywhere_and_stays_small(tmp_path):
    nb = _execute("quickstart.ipynb", tmp_path)
    assert not _outputs(nb, "error") and not _warnings(nb)
    # Two views of the graph (a neighbourhood and the whole graph); the library comes once.
    views = _views(nb)
    assert len(views) == 2
    assert sum("window.kgLibrary=" in h for h in views) == 1
    assert "KnowledgeGraph(" in _text(nb)
    size = len(nbformat.writes(nb).encode("utf-8"))
    assert size < MAX_EXECUTED_BYTES, f"the executed quickstart is {size:,} bytes"


def test_analysis_runs_and_draws(tmp_path):
    nb = _execute("analysis.ipynb", tmp_path)
    assert not _outputs(nb, "error") and not _warnings(nb)
    images = [o for o in _outputs(nb, "display_data") if "image/png" in o.get("data", {})]
    text = _text(nb)
    # Three charts: investment by project, by county, the meeting timeline; a chart with
    # nothing to draw says so instead.
    assert len(images) + text.count("in this build.") == 3
    assert len(images) >= 1
    assert len(_views(nb)) == 1
    assert "pagerank" in _text(nb)


def test_kernel_is_this_python():
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import sys, kg; print(sys.executable, kg.__file__)")]
    )
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(ROOT)}}
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    client.execute(env=env)
    executable, kg_file = nb.cells[0].outputs[0]["text"].split()
    assert Path(executable).resolve() == Path(sys.executable).resolve()
    assert Path(kg_file).resolve().is_relative_to(ROOT)
