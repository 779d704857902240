"""Every code block of ``README.md`` and ``docs/*.md`` that is code runs, against a fresh seed build.

What runs, by the block's language tag:

* ```` ```python ````: executed, the blocks of one file in order in one namespace (a later
  block may use what an earlier one made), in a fresh folder that holds ``seeds/`` and
  ``news/`` (copies of the seed pages) and ``out/`` (what ``kg build seeds --out out``
  writes). A Python block that cannot run here is marked on the line before it with
  ``<!-- not run: the reason -->`` (a model or a corpus the tests do not have).
* ```` ```sparql ````: run on ``out/graph.ttl``; when a plain ```` ``` ```` block follows, it
  must be the printed table (``tests/test_readme.py`` does the README's). Refresh them with
  ``.venv/bin/python tests/test_docs.py``.

Blocks tagged ``sh`` (shell commands, with paths of the reader's machine), ``turtle``
(an excerpt of ``graph.ttl``) and untagged blocks (printed output, usage lines) are not
code to run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(?P<lang>[^\n`]*)\n(?P<code>.*?)^```[ \t]*$", re.S | re.M)
NOT_RUN = re.compile(r"<!--\s*not run:\s*(?P<reason>[^>]*?)\s*-->\s*$")
#: Languages of blocks that are not code to run here.
# cypher: the Neo4j questions run in tests/test_export_formats.py (kuzu), not here
NOT_CODE = frozenset({"", "sh", "shell", "bash", "console", "text", "turtle", "cypher"})


def blocks(path: Path) -> list[tuple[str, int, str, str | None]]:
    """``(language, line, code, reason not run)`` of every fenced block of a Markdown file."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = NOT_RUN.search(before)
        line = text.count("\n", 0, m.start()) + 1
        out.append((m["lang"].strip(), line, m["code"], skip["reason"] if skip else None))
    return out


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory) -> Path:
    """A folder with the seed pages (``seeds/``, ``news/``) and their build (``out/``)."""
    from kg.cli import main

    root = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "seeds", root / "news")
    assert main(["build", str(root / "seeds"), "--out", str(root / "out"), "--jobs", "1"]) == 0
    return root


def test_every_block_is_code_to_run_or_says_why_not():
    languages = set()
    for path in FILES:
        for lang, line, _code, reason in blocks(path):
            languages.add(lang)
            assert lang in NOT_CODE | {"python", "sparql"}, f"{_id(path)}:{line}: unknown block language {lang!r}"
            if reason is not None:
                assert lang == "python" and reason, f"{_id(path)}:{line}: 'not run' needs a python block and a reason"
    assert {"python", "sparql"} <= languages
    assert (ROOT / "docs" / "api.md").is_file()


@pytest.mark.parametrize(
    "path", [p for p in FILES if any(b[0] == "python" and b[3] is None for b in blocks(p))], ids=_id
)
def test_python_blocks_run(path: Path, sandbox: Path, monkeypatch, capsys):
    monkeypatch.chdir(sandbox)
    namespace: dict = {"__name__": "__docs__"}
    ran = 0
    for lang, line, code, reason in blocks(path):
        if lang != "python" or reason is not None:
            continue
        try:
            exec(compile(code, f"{_id(path)}:{line}", "exec"), namespace)
        except Exception as e:
            pytest.fail(f"{_id(path)}, the block at line {line} fails: {type(e).__name__}: {e}")
        ran += 1
    assert ran


def _sparql_examples() -> list[tuple[Path, int, str, str | None]]:
    out = []
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            if m["lang"].strip() != "sparql":
                continue
            after = re.match(r"\s*```\n(?P<output>.*?)```", text[m.end() :], re.S)
            expected = after["output"] if after and path.name != "README.md" else None
            out.append((path, text.count("\n", 0, m.start()) + 1, m["code"], expected))
    return out


@pytest.mark.parametrize("example", _sparql_examples(), ids=lambda e: f"{_id(e[0])}:{e[1]}")
def test_sparql_blocks_answer(example, sandbox: Path):
    from kg.query import run_query

    path, line, query, expected = example
    table = run_query(sandbox / "out" / "graph.ttl", query).to_table() + "\n"
    if expected is not None:
        assert table == expected, f"{_id(path)}:{line}: the printed answer is stale"


def refresh_docs() -> None:
    """Rewrite the printed answers of the SPARQL blocks of ``docs/*.md`` from a fresh seed build."""
    import tempfile

    from kg.cli import main
    from kg.query import run_query

    with tempfile.TemporaryDirectory() as tmp:
        assert main(["build", str(ROOT / "seeds"), "--out", tmp, "--jobs", "1"]) == 0
        for path in FILES[1:]:
            text = path.read_text(encoding="utf-8")
            pieces, last = [], 0
            for m in FENCE.finditer(text):
                after = re.match(r"\s*```\n(?P<output>.*?)```", text[m.end() :], re.S)
                if m["lang"].strip() != "sparql" or not after:
                    continue
                start = m.end() + after.start("output")
                pieces += [text[last:start], run_query(Path(tmp) / "graph.ttl", m["code"]).to_table() + "\n"]
                last = m.end() + after.end("output")
            path.write_text("".join(pieces) + text[last:], encoding="utf-8")


if __name__ == "__main__":
    refresh_docs()
