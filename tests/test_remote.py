"""INPUTs given as URLs (kg.remote): read with fsspec, as the same files on disk are read,
by the process that reads them (a Dask worker with --dask), and named the same."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from kg.export import export
from kg.pipeline import build_graph
from kg.sources import InputProblem, SourceDocument, iter_sources

fsspec = pytest.importorskip("fsspec")
ROOT = Path(__file__).resolve().parent.parent


def upload(local: Path) -> str:
    """The files below ``local`` copied to a new folder of fsspec's memory file system; its URL."""
    url = f"memory://kg-test-{uuid.uuid4().hex}/{local.name}"
    for p in sorted(local.rglob("*")):
        if p.is_file():
            with fsspec.open(f"{url}/{p.relative_to(local).as_posix()}", "wb") as f:
                f.write(p.read_bytes())
    return url


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with a subfolder, GB18030, HTML, a JSONL with a bad line, hidden and empty files."""
    d = tmp_path / "news"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("市长张强主持召开调度会。\n", encoding="utf-8")
    (d / "sub" / "a.txt").write_bytes("副市长李明出席会议。\n".encode("gb18030"))
    page = "<html><head><title>标题</title></head><body><p>县委书记王伟调研。</p></body></html>"
    (d / "p.html").write_text(page, encoding="utf-8")
    (d / "n.jsonl").write_text('{"id": "n1", "text": "省长刘芳主持会议。", "date": "2025年6月21日"}\n[1]\n', "utf-8")
    (d / ".hidden.txt").write_text("不读", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d


def view(items) -> list[tuple]:
    out = []
    for item in items:
        if isinstance(item, InputProblem):
            out.append(("problem", item.line, item.message))
        else:
            assert isinstance(item, SourceDocument)
            out.append((item.id, item.text, item.title, item.date, item.encoding))
    return out


def test_a_memory_url_reads_as_the_folder_on_disk(mixed):
    url = upload(mixed)
    assert view(iter_sources([url])) == view(iter_sources([mixed]))
    assert any(x[0] == "problem" for x in view(iter_sources([url])))  # the bad line and the empty file
    docs = [d for d in iter_sources([url]) if isinstance(d, SourceDocument)]
    assert [d.id for d in docs] == ["a.txt", "n1", "p.html", "sub/a.txt"]
    assert all(d.path.startswith(url + "/") for d in docs)
    # A URL of one file, and of nothing.
    assert view(iter_sources([f"{url}/sub/a.txt"])) == view(iter_sources([mixed / "sub" / "a.txt"]))
    [missing] = iter_sources([f"{url}/nothing.txt"])
    assert isinstance(missing, InputProblem) and missing.message == "no such file or directory"


def test_an_unknown_protocol_is_a_problem_not_a_crash(mixed):
    items = list(iter_sources(["nosuchprotocol://x/news", mixed / "a.txt"]))
    assert isinstance(items[0], InputProblem) and items[0].message.startswith("cannot list:")
    assert isinstance(items[1], SourceDocument) and items[1].id == "a.txt"


def test_file_urls_are_local_paths(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    local = build_graph(seeds, jobs=1)
    by_url = build_graph([f"file://{p}" for p in seeds], jobs=1)
    export(local, tmp_path / "a", ("jsonl",))
    export(by_url, tmp_path / "b", ("jsonl",))
    for name in ("entities.jsonl", "relations.jsonl", "documents.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_dask_workers_read_the_urls_themselves(tmp_path):
    # In-process workers share the memory file system with this process; the client only
    # lists the URL: the worker tasks read the texts (the task stream shows kg-read tasks).
    distributed = pytest.importorskip("distributed")
    from kg.cluster import DaskExecutor

    src = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", src)
    url = upload(src)
    local = build_graph([src], jobs=1)
    with distributed.Client(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=":0") as client:
        client.get_task_stream()
        G = build_graph([url], executor=DaskExecutor(client))
        keys = [str(t["key"]) for t in client.get_task_stream()]
    assert any(k.startswith("kg-read-") for k in keys) and any(k.startswith("kg-analyse-") for k in keys)
    export(local, tmp_path / "a", ("jsonl",))
    export(G, tmp_path / "b", ("jsonl",))
    for name in ("entities.jsonl", "relations.jsonl", "documents.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    paths = [json.loads(x)["path"] for x in (tmp_path / "b" / "documents.jsonl").read_text("utf-8").splitlines()]
    assert paths and all(p.startswith("seeds/") for p in paths)
