"""``kg build`` at scale: parallel builds, incremental builds, exit statuses, streaming.

Every build here goes through ``kg.cli.main`` (as a user runs it) on the real seeds, and
outputs are compared byte for byte.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from kg.analysis_stream import IN_FLIGHT_PER_JOB
from kg.cache import CACHE_DIR, DocumentCache
from kg.cli import main
from kg.nlp.document import DocumentResult
from kg.pipeline import (
    BarProgress,
    BuildReport,
    analyse_sources,
    build_graph,
    terminal_progress,
)
from kg.sources import InputProblem, SourceDocument

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
OUTPUTS = ("entities.jsonl", "relations.jsonl", "documents.jsonl", "graph.ttl", "graph.html")


def outputs(out: Path) -> dict[str, bytes]:
    """Every file kg wrote into ``out`` (the cache aside), by relative path."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and CACHE_DIR not in p.relative_to(out).parts
    }


def build(capsys, *args: str | Path) -> tuple[int, str, str]:
    status = main(["build", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def summary_value(stdout: str, name: str) -> int:
    for line in stdout.splitlines():
        if line.startswith(f"{name}: "):
            return int(line.split()[1])
    raise AssertionError(f"no {name!r} in the summary:\n{stdout}")


def assert_same_outputs(a: Path, b: Path) -> None:
    oa, ob = outputs(a), outputs(b)
    assert sorted(oa) == sorted(ob)
    assert set(OUTPUTS) <= set(oa)
    for name in oa:
        assert oa[name] == ob[name], f"{name} differs between {a} and {b}"


# ----------------------------------------------------------------- --jobs


def test_jobs_do_not_change_a_byte(tmp_path, capsys):
    one, two = tmp_path / "one", tmp_path / "two"
    assert build(capsys, SEEDS, "--out", one, "--jobs", "1", "--no-cache")[0] == 0
    status, stdout, _ = build(capsys, SEEDS, "--out", two, "--jobs", "2", "--no-cache")
    assert status == 0
    assert summary_value(stdout, "documents") == len(SEED_FILES)
    assert_same_outputs(one, two)
    assert not (one / CACHE_DIR).exists()


def test_analysis_streams_with_bounded_read_ahead(monkeypatch):
    # The pool must not swallow the whole input before handing back the first result: at
    # most the batches in flight and the one filling are read ahead (batches of two
    # documents here, so that forty tiny documents make twenty batches).
    monkeypatch.setattr("kg.analysis_stream.BATCH_DOCS", 2)
    drawn = 0

    def sources():
        nonlocal drawn
        for i in range(40):
            drawn += 1
            yield SourceDocument(f"d{i}.txt", f"市长张强{i}日主持召开调度会。", f"d{i}.txt")

    results = analyse_sources(sources(), jobs=2)
    first = next(results)
    assert first.doc == "d0.txt"
    assert drawn <= (2 * IN_FLIGHT_PER_JOB + 1) * 2
    rest = [r.doc for r in results]
    assert [first.doc, *rest] == [f"d{i}.txt" for i in range(40)]


# ----------------------------------------------------------------- incremental builds


def test_incremental_build_equals_fresh_build(tmp_path, capsys):
    a, b, c = (tmp_path / "in" / name for name in ("a", "b", "c"))
    for d, seed in zip((a, b, c), SEED_FILES[2:5], strict=True):
        d.mkdir(parents=True)
        shutil.copy(seed, d / seed.name)
    out = tmp_path / "out"

    def fresh(name: str, *inputs: Path) -> Path:
        target = tmp_path / name
        assert build(capsys, *inputs, "--out", target, "--jobs", "1", "--no-cache")[0] == 0
        return target

    status, stdout, _ = build(capsys, a, b, "--out", out, "--jobs", "1")
    assert status == 0 and summary_value(stdout, "reused") == 0

    # Add C: A and B come from the cache.
    status, stdout, _ = build(capsys, a, b, c, "--out", out, "--jobs", "1")
    assert status == 0 and summary_value(stdout, "reused") == 2
    assert_same_outputs(out, fresh("abc", a, b, c))
    assert len(DocumentCache(out, "")) == 3

    # Remove B: its entry is pruned, its entities are gone.
    shutil.rmtree(b)
    status, stdout, _ = build(capsys, a, c, "--out", out, "--jobs", "2")
    assert status == 0 and summary_value(stdout, "reused") == 2
    assert_same_outputs(out, fresh("ac", a, c))
    assert len(DocumentCache(out, "")) == 2

    # Change A: analysed again, C reused.
    seed_a = next(a.iterdir())
    seed_a.write_text(seed_a.read_text(encoding="utf-8").replace("。", "。\n", 3), encoding="utf-8")
    status, stdout, _ = build(capsys, a, c, "--out", out, "--jobs", "1")
    assert status == 0 and summary_value(stdout, "reused") == 1
    assert_same_outputs(out, fresh("ac2", a, c))
    assert len(DocumentCache(out, "")) == 2


def test_cache_key_covers_pipeline_name_and_date(tmp_path):
    text = SEED_FILES[4].read_text(encoding="utf-8")
    old, new = DocumentCache(tmp_path, "pipeline-1"), DocumentCache(tmp_path, "pipeline-2")
    key = old.key("a.txt", text, None)
    old.put(key, DocumentResult("a.txt", [], [], 1))
    assert old.get(key) is not None
    assert new.get(new.key("a.txt", text, None)) is None  # code or patterns changed
    assert old.key("b.txt", text, None) != key  # the name is in every mention
    assert old.key("a.txt", text, "2024-06-21") != key  # the date anchors 6月21日


def test_unreadable_cache_entry_is_recomputed(tmp_path, capsys):
    out = tmp_path / "out"
    seed = SEED_FILES[4]
    assert build(capsys, seed, "--out", out, "--jobs", "1")[0] == 0
    before = outputs(out)
    for entry in (out / CACHE_DIR).rglob("*.json"):
        entry.write_bytes(b"torn")
    status, stdout, _ = build(capsys, seed, "--out", out, "--jobs", "1")
    assert status == 0 and summary_value(stdout, "reused") == 0
    assert outputs(out) == before


def test_build_graph_reports_reuse(tmp_path):
    cache = DocumentCache(tmp_path, "fp")
    first, second = BuildReport(), BuildReport()
    build_graph([SEED_FILES[4]], report=first, cache=cache)
    build_graph([SEED_FILES[4]], report=second, cache=cache)
    assert (first.reused, second.reused) == (0, 1)
    assert first.entities == second.entities and first.entities
    assert first.chars == len(SEED_FILES[4].read_text(encoding="utf-8"))


def test_in_process_build_leaves_the_garbage_collector_as_it_was():
    # --jobs 1 analyses in the caller's process (a notebook): the collector is tuned for the
    # analysis and must be given back as it was, nothing left frozen.
    import gc

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    G = build_graph([SEED_FILES[4]], jobs=1)
    assert G.number_of_nodes() > 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)


# ----------------------------------------------------------------- exit statuses and messages


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A folder with one seed, an empty file and a binary file."""
    d = tmp_path / "mixed"
    d.mkdir()
    shutil.copy(SEED_FILES[4], d / SEED_FILES[4].name)
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(bytes(range(256)) * 8)
    return d


def test_bad_files_are_reported_and_the_rest_builds(tmp_path, mixed, capsys):
    status, stdout, stderr = build(capsys, mixed, "--out", tmp_path / "out", "--jobs", "1")
    assert status == 0
    assert summary_value(stdout, "documents") == 1
    assert summary_value(stdout, "problems") == 2
    assert "empty.txt: empty file" in stderr
    assert "image.txt" in stderr
    # Not a terminal: no line per document.
    assert SEED_FILES[4].name not in stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_no_document_built_is_exit_1_and_nothing_written(tmp_path, capsys):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    status, _, stderr = build(capsys, d, tmp_path / "missing.txt", "--out", out)
    assert status == 1
    assert "no such file" in stderr and "empty file" in stderr
    assert not out.exists()


def test_strict_fails_on_any_problem_and_writes_nothing(tmp_path, mixed, capsys):
    out = tmp_path / "out"
    status, stdout, stderr = build(capsys, mixed, "--out", out, "--strict", "--jobs", "1")
    assert status == 1
    assert "empty.txt" in stderr and "--strict" in stderr
    assert stdout == ""
    assert not out.exists()
    # Without problems --strict builds as usual.
    assert build(capsys, SEED_FILES[4], "--out", out, "--strict", "--jobs", "1")[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "{out}", "--jobs", "0"],
        ["--out", "{out}", "--jobs", "two"],
        ["--out", "{out}", "--segmenter", "pkuseg"],  # no --pkuseg-model
        ["--out", "{out}", "--segmenter", "jieba"],
        ["--out", "{out}", "--no-such-option"],
        [],  # no --out
    ],
)
def test_usage_errors_are_exit_2(tmp_path, capsys, args):
    out = tmp_path / "out"
    status, _, stderr = build(capsys, SEED_FILES[4], *(a.format(out=out) for a in args))
    assert status == 2
    assert stderr
    assert not out.exists()


def test_out_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    out = tmp_path / "out"
    out.write_text("not a directory", encoding="utf-8")
    status, _, stderr = build(capsys, SEED_FILES[4], "--out", out)
    assert status == 2
    assert "not a directory" in stderr


# ----------------------------------------------------------------- progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_lines_of_problems_otherwise():
    problem = InputProblem("news/empty.txt", None, "empty file")
    results = [DocumentResult(f"d{i}.txt", [], [], 1) for i in range(3)]

    terminal = FakeTerminal()
    bar = terminal_progress(terminal)
    assert isinstance(bar, BarProgress)
    bar.problem(problem)
    for i, r in enumerate(results):
        bar.document(r, reused=i == 0)
    assert bar.bar.n == 3 and bar.reused == 1
    bar.close()
    assert "kg: skipped: news/empty.txt: empty file" in terminal.getvalue()

    pipe = io.StringIO()
    quiet = terminal_progress(pipe)
    quiet.problem(problem)
    for r in results:
        quiet.document(r, reused=False)
    quiet.close()
    assert pipe.getvalue() == "kg: skipped: news/empty.txt: empty file\n"


def test_build_graph_takes_a_print_function(tmp_path):
    # The library form (kg.api): a function that takes lines, one per problem and per document.
    lines: list[str] = []
    build_graph([tmp_path / "missing.txt", SEED_FILES[4]], progress=lines.append)
    assert lines[0].endswith("missing.txt: no such file or directory")
    assert lines[1].startswith(f"kg: [1] {SEED_FILES[4].name}: ")


def test_a_document_whose_analysis_fails_is_reported_and_left_out(monkeypatch):
    import kg.nlp.document

    real = kg.nlp.document.analyse_article
    bad = SEED_FILES[3].name

    def analyse(nlp, article, *args):
        # The analysis of one article: the same in a batch (jobs 1) and in a worker.
        if article.doc == bad:
            raise ValueError("boom")
        return real(nlp, article, *args)

    monkeypatch.setattr(kg.nlp.document, "analyse_article", analyse)
    report = BuildReport()
    G = build_graph(SEED_FILES[3:5], report=report)
    assert report.documents == 1
    assert len(report.problems) == 1 and bad in report.problems[0] and "ValueError: boom" in report.problems[0]
    assert sorted(G.graph["documents"]) == [SEED_FILES[4].name]
