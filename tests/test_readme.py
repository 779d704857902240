"""The README's SPARQL examples answer, on a fresh build of the seeds, what the README prints.

Each ```sparql block of the README that is followed by a plain ``` block is run with
``kg query`` on ``kg build seeds``; the plain block must be the printed table. When the
extractor changes what it finds, refresh the README with::

    .venv/bin/python tests/test_readme.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

# A ```sparql block, then (after blank lines or nothing else) a plain ``` block.
EXAMPLE = re.compile(r"```sparql\n(?P<query>.*?)```\n\s*```\n(?P<output>.*?)```", re.S)


def readme_examples(text: str) -> list[re.Match]:
    """The (query, printed output) pairs of the README, as regex matches."""
    return list(EXAMPLE.finditer(text))


def build_seeds(out: Path) -> Path:
    from kg.cli import main

    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    return out / "graph.ttl"


def answer(ttl: Path, query: str) -> str:
    from kg.query import run_query

    return run_query(ttl, query).to_table() + "\n"


@pytest.fixture(scope="module")
def seed_ttl(tmp_path_factory) -> Path:
    return build_seeds(tmp_path_factory.mktemp("readme"))


def test_readme_has_the_mission_queries():
    queries = [m["query"] for m in readme_examples(README.read_text(encoding="utf-8"))]
    assert any("kg:locatedIn" in q for q in queries)
    assert any("kg:chaired" in q and "kg:attended" in q for q in queries)
    assert any("kg:investedAmount" in q for q in queries)
    assert any("kg:evidence" in q for q in queries)


@pytest.mark.parametrize("index", range(len(readme_examples(README.read_text(encoding="utf-8")))))
def test_readme_query_prints_what_the_readme_says(seed_ttl: Path, index: int):
    example = readme_examples(README.read_text(encoding="utf-8"))[index]
    assert answer(seed_ttl, example["query"]) == example["output"], (
        "README output is stale: run `.venv/bin/python tests/test_readme.py`"
    )


def test_carbon_fibre_project_amount_on_the_built_graph(seed_ttl: Path):
    """Issue 5's check on what `kg build` writes, not only on the gold graph."""
    from kg.query import run_query

    rows = run_query(
        seed_ttl,
        """
        SELECT ?yuan WHERE {
          ?p rdfs:label ?name ; kg:investedAmount ?a . ?a schema:value ?yuan .
          FILTER(CONTAINS(STR(?name), "碳纤维"))
        }""",
    ).records()
    assert [int(r["yuan"]) for r in rows] == [682000000]


def refresh_readme() -> None:
    """Rewrite the printed outputs of the README's examples from a fresh build."""
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        ttl = build_seeds(Path(tmp))
        pieces, last = [], 0
        for m in readme_examples(text):
            pieces.append(text[last : m.start("output")])
            pieces.append(answer(ttl, m["query"]))
            last = m.end("output")
        pieces.append(text[last:])
    README.write_text("".join(pieces), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(refresh_readme())
