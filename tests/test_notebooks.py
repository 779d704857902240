"""The notebooks in ``notebooks/`` run top to bottom, as a reader runs them.

Each notebook is executed with nbclient in a fresh ``python3`` kernel started from the
Python that runs the tests (jupyter_client starts a kernel spec whose command is
``python`` with ``sys.executable``), with the working directory set to ``notebooks/`` as
Jupyter sets it, and with this checkout first on ``PYTHONPATH`` so that the notebooks
import the ``kg`` under test. The notebooks build the graph from ``seeds/`` and check
their pandas answers against their SPARQL answers with ``assert``, so a wrong answer
fails here as an error in the cell that asserts it.

Notebooks are committed without outputs; this test also checks that.
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


def _execute(name: str) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=600,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
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


def test_quickstart_runs():
    nb = _execute("quickstart.ipynb")
    assert not _outputs(nb, "error")
    html = [o["data"]["text/html"] for o in _outputs(nb, "display_data") if "text/html" in o.get("data", {})]
    # Two views of the graph (a neighbourhood and the whole graph), each the explorer page.
    assert sum("<iframe srcdoc=" in h and "kg 知识图谱" in h for h in html) == 2
    assert "KnowledgeGraph(" in _text(nb)


def test_analysis_runs_and_draws():
    nb = _execute("analysis.ipynb")
    assert not _outputs(nb, "error")
    images = [o for o in _outputs(nb, "display_data") if "image/png" in o.get("data", {})]
    text = _text(nb)
    # Three charts: investment by project, by county, the meeting timeline; a chart with
    # nothing to draw says so instead.
    assert len(images) + text.count("in this build.") == 3
    assert len(images) >= 1
    html = [o["data"]["text/html"] for o in _outputs(nb, "display_data") if "text/html" in o.get("data", {})]
    assert sum("<iframe srcdoc=" in h for h in html) == 1


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
