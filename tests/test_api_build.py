"""``kg.build`` from what an analyst has (files, texts, dicts, a DataFrame), dates of documents,
the cache with ``out=``, and ``show()`` in and out of Jupyter."""

from __future__ import annotations

import base64
import gzip
import json
import re
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import SEEDS

import kg
from kg import notebook
from kg.cli import main

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def from_files() -> kg.KnowledgeGraph:
    return kg.build(SEEDS, progress=False)


def _content(G: kg.KnowledgeGraph, rename: dict[str, str] | None = None) -> list:
    """Entities and relations with ids replaced by what they stand for (type, label, mentions)
    and document names replaced by ``rename``: ids are hashes that include document names."""
    rename = rename or {}
    entities, relations, _ = G._records()

    def where(items: list[dict]) -> tuple:
        return tuple((rename.get(m["doc"], m["doc"]), m["start"], m["end"], m["text"]) for m in items)

    key = {e["id"]: (e["type"], e["label"], where(e["mentions"])) for e in entities}

    def named(v):
        # ids and document names inside values too (a resolution record lists its documents)
        if isinstance(v, str):
            return key.get(v, rename.get(v, v))
        if isinstance(v, list):
            return [named(x) for x in v]
        if isinstance(v, dict):
            return {k: named(x) for k, x in v.items()}
        return v

    def plain(value: dict) -> list:
        return sorted((k, repr(named(v))) for k, v in value.items())

    ents = sorted((key[e["id"]], e["aliases"], plain(e["attributes"])) for e in entities)
    rels = sorted(
        (r["type"], key[r["head"]], key.get(r.get("tail")), plain(r.get("value") or {}), where(r["evidence"]),
         r["confidence"], r["rule"], r["inferred"])
        for r in relations
    )  # fmt: skip
    return [ents, rels]


def test_a_dataframe_builds_the_graph_of_the_files(from_files):
    df = pd.DataFrame({"id": [p.name for p in SEED_FILES], "text": [p.read_text("utf-8") for p in SEED_FILES]})
    G = kg.build(df, progress=False)
    # Same names, same texts: the same graph, ids and all.
    assert G._records()[:2] == from_files._records()[:2]
    docs, expected = G.documents, from_files.documents
    assert docs.id.tolist() == expected.id.tolist() and docs.sha256.tolist() == expected.sha256.tolist()
    assert G.text(SEED_FILES[0].name) == SEED_FILES[0].read_text("utf-8")


def test_a_list_of_strings_builds_the_graph_of_the_files(from_files):
    G = kg.build([p.read_text("utf-8") for p in SEED_FILES], progress=False)
    assert G.documents.id.tolist() == [f"text-{i}" for i in range(1, len(SEED_FILES) + 1)]
    names = {f"text-{i}": p.name for i, p in enumerate(SEED_FILES, start=1)}
    assert _content(G, names) == _content(from_files)


def test_one_text_dicts_and_their_metadata():
    G = kg.build("市委副书记、市长张强主持召开全市重点工程项目调度会。", progress=False)
    assert G.documents.id.tolist() == ["text-1"] and "张强" in set(G.entities.label)
    records = [
        {"id": "n1", "text": "本报讯 6月21日，市长张强主持召开全市重点工程项目调度会。", "date": "2023-06-22",
         "title": "调度会", "url": "https://example.org/n1"},
        {"id": "n1", "text": "县长李明主持召开古城建设专题会。", "date": pd.Timestamp("2023-11-14")},
        {"id": "n3", "text": "镇长王刚讲话。", "date": pd.NaT},
    ]  # fmt: skip
    H = kg.build(records, progress=False)
    docs = H.documents.set_index("id")
    assert docs.index.tolist() == ["n1", "n1~2", "n3"]
    assert docs.loc["n1", "title"] == "调度会" and docs.loc["n1", "url"] == "https://example.org/n1"
    assert [d.date().isoformat() for d in docs.date[:2]] == ["2023-06-22", "2023-11-14"]
    assert pd.isna(docs.date["n3"])
    meeting = H.entities[H.entities.label == "全市重点工程项目调度会"]
    assert meeting.date.iloc[0].date().isoformat() == "2023-06-21"


def test_bad_records_are_reported_and_the_rest_is_built():
    with pytest.warns(UserWarning, match=r"records\[1\]: missing \"text\""):
        G = kg.build([{"text": "市长张强主持召开调度会。"}, {"body": "x"}], progress=False)
    assert len(G.documents) == 1
    with pytest.raises(ValueError, match="strict"):
        kg.build([{"body": "x"}, "张强"], strict=True, progress=False)
    with pytest.raises(ValueError, match="'text' column"):
        kg.build(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(TypeError, match="int"):
        kg.build([1, 2])


def test_a_missing_path_is_a_missing_path_not_a_text(tmp_path):
    with pytest.warns(UserWarning, match="no such file"), pytest.raises(ValueError, match="no document"):
        kg.build(tmp_path / "新闻.txt", progress=False)


def test_out_writes_the_files_and_reuses_the_cache(tmp_path, capsys):
    first = kg.build(SEED_FILES[:2], out=tmp_path, progress=False)
    assert first.report.reused == 0 and (tmp_path / "graph.ttl").is_file()
    assert any((tmp_path / ".kg-cache").rglob("*.json"))
    assert main(["build", *map(str, SEED_FILES[:2]), "--out", str(tmp_path / "cli"), "--jobs", "1"]) == 0
    for name in ("entities.jsonl", "relations.jsonl", "graph.ttl"):
        assert (tmp_path / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
    again = kg.build(SEED_FILES[:2], out=tmp_path, progress=False)
    assert again.report.reused == 2 and again == first


def test_progress_bar_and_lines(capsys):
    kg.build(["市长张强主持召开调度会。", "县长李明讲话。"])
    assert "kg.build" in capsys.readouterr().err  # the tqdm bar, on stderr outside Jupyter
    lines: list[str] = []
    kg.build(["市长张强主持召开调度会。"], progress=lines.append)
    assert lines and "text-1" in lines[0]


# --- dates ----------------------------------------------------------------------------------


def test_a_file_name_dates_the_document_and_its_meeting(tmp_path):
    (tmp_path / "2024-03-15_feixi.txt").write_text("3月14日，县长李明主持召开全县项目建设推进会。", encoding="utf-8")
    G = kg.build(tmp_path, progress=False)
    assert G.documents.date.iloc[0].date().isoformat() == "2024-03-15"
    meeting = G.entities[G.entities.type == "MEETING"]
    assert meeting.date.iloc[0].date().isoformat() == "2024-03-14"


def test_a_dateline_dates_the_document_with_the_year_of_its_folder_or_of_date(tmp_path):
    text = "本报讯（记者 王伟）3月15日，县长李明主持召开全县项目建设推进会。"
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("王伟", "张敏"), encoding="utf-8")
    G = kg.build([tmp_path / "2024", tmp_path / "b.txt"], progress=False)
    dates = G.documents.set_index("id").date
    assert dates["a.txt"].date().isoformat() == "2024-03-15" and pd.isna(dates["b.txt"])
    H = kg.build(tmp_path / "b.txt", date="2023", progress=False)
    assert H.documents.date.iloc[0].date().isoformat() == "2023-03-15"
    assert H.entities[H.entities.type == "MEETING"].date.iloc[0].date().isoformat() == "2023-03-15"
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "b.txt"), "--out", str(out), "--jobs", "1", "--date", "2023-03-16"]) == 0
    assert json.loads((out / "documents.jsonl").read_text(encoding="utf-8"))["date"] == "2023-03-15"
    assert main(["build", str(tmp_path / "b.txt"), "--out", str(out), "--date", "soon"]) == 2


# --- show() ---------------------------------------------------------------------------------


def _unzip(b64: str) -> str:
    return gzip.decompress(base64.b64decode(b64)).decode("utf-8")


def test_show_outside_jupyter_writes_the_page_and_says_where(from_files, capsys):
    small = from_files.neighbourhood(from_files.entities.id.iloc[0])
    path = small.show()
    assert str(path) in capsys.readouterr().out
    assert path.read_text(encoding="utf-8") == small.to_html()


def test_show_in_jupyter_sends_the_library_once_and_each_page_whole(from_files, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    monkeypatch.setattr(notebook, "in_notebook", lambda: True)
    monkeypatch.setattr(notebook, "_library_sent", False)
    small = from_files.neighbourhood(from_files.entities.id.iloc[0])
    small.show(height=400)
    from_files.show()
    first, second = shown[0].data, shown[1].data
    assert "window.kgLibrary=" in first and "window.kgLibrary=" not in second
    assert len(second) < len(from_files.to_html()) / 10
    assert re.search(r'<div id="kg-view-[\w-]+" style="[^"]*height:400px', first)
    assert "f.setAttribute('sandbox','allow-scripts')" in first
    # What the browser puts together is the page of graph.html (with the cell's layout).
    js, css, app = (_unzip(b) for b in re.findall(r'kgGunzip\("([A-Za-z0-9+/=]+)"\)', first))
    full_css = notebook._library()[1]
    assert ".vis-tooltip" in css and len(css) < len(full_css) / 100
    for markup, G in ((first, small), (second, from_files)):
        shell = _unzip(re.search(r'var shell="([A-Za-z0-9+/=]+)"', markup).group(1))
        page = shell.replace("<!--KG:VIS_CSS-->", css).replace("<!--KG:VIS_JS-->", js).replace("<!--KG:APP_JS-->", app)
        expected = G.to_html(texts=False).replace(full_css, css, 1).replace("</head>", notebook._CELL_STYLE, 1)
        assert page == expected
    # Names from the news travel zipped: none reaches the notebook's page as markup.
    assert not any(label in first for label in small.entities.label)


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: install the Debian package 'chromium'")
def test_show_draws_both_views_in_a_browser(from_files, monkeypatch, tmp_path):
    """The outputs of two show() calls, on one page as a notebook holds them: both graphs are drawn."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", shown.append)
    monkeypatch.setattr(notebook, "in_notebook", lambda: True)
    monkeypatch.setattr(notebook, "_library_sent", False)
    small = from_files.neighbourhood(from_files.entities.id.iloc[0])
    wider = from_files.neighbourhood(from_files.relations.head_id.value_counts().index[0], hops=2)
    small.show(height=500)
    wider.show()
    page = tmp_path / "notebook.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='width:980px'>"
        + "".join(o.data for o in shown)
        + "</body></html>",
        encoding="utf-8",
    )
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=args, headless=True)
        try:
            tab = browser.new_page(viewport={"width": 1000, "height": 1400})
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto(page.as_uri())
            probe = (
                "[!!document.body && document.body.hasAttribute('data-kg-stable'),"
                " document.querySelectorAll('canvas').length,"
                " (document.getElementById('kg-stats') || {}).textContent,"
                " (document.getElementById('kg-graph') || document.body).getBoundingClientRect().width]"
            )
            # A busy machine lays graphs out slowly. The frames are looked up again each time:
            # filling an iframe's srcdoc may give it a new frame object.
            start, stats = time.monotonic(), []
            while time.monotonic() - start < 180:
                try:
                    stats = [f.evaluate(probe) for f in tab.frames if f != tab.main_frame]
                except sync_api.Error:  # a frame navigating: look again
                    stats = []
                if len(stats) == 2 and all(stable for stable, *_ in stats):
                    break
                tab.wait_for_timeout(500)
        finally:
            browser.close()
    assert not errors
    assert len(stats) == 2 and all(stable for stable, *_ in stats), stats
    for (_, canvases, text, width), G in zip(stats, (small, wider), strict=True):
        assert canvases >= 1 and text.startswith(f"{len(G.entities)} entities")
        assert width > 500, stats  # the graph gets more than half of a 980 px cell


def test_the_seed_pages_ship_with_the_package():
    import tomllib

    root = SEEDS.parent
    assert kg.datasets.seeds() == SEEDS.resolve() == (root / "kg" / "_seeds").resolve()
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    shipped = {p.name for g in globs["kg"] for p in (root / "kg").glob(g) if "_seeds" in p.parts}
    assert shipped == {p.name for p in SEED_FILES}
