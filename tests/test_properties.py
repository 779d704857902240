"""Property tests: arbitrary Unicode text, however long or strange, never crashes a stage.

Texts mix news fragments (so that the extractor finds mentions and facts to carry through
every stage) with what scraped pages contain: control characters, astral characters,
right-to-left text and overrides, combining marks, byte-order marks and line separators
in the middle, lone punctuation, full-width forms, traditional characters. Every mention
and every piece of evidence must point back to its own text in the original document.

Hypothesis runs derandomized (the same examples on every run, in CI too) with a modest
number of examples so the suite stays fast.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.export import DEFAULT_EXPORTERS, export
from kg.graph import to_graph
from kg.ingest import normalize, segment_document
from kg.model import DocumentInfo
from kg.nlp.document import DocumentResult, analyse_document
from kg.resolve import resolve
from kg.sources import InputProblem, iter_sources

SETTINGS = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of news writing: titles, names, places, organisations, meetings, amounts, dates.
NEWS = [
    "市长张强",
    "主持召开",
    "全市重点项目调度会",
    "大同市",
    "山西省太原市小店区",
    "中车大同电力机车有限公司",
    "市发展和改革委员会",
    "副市长李伟、王芳出席会议。",
    "投资6.82亿元",
    "6月21日",
    "本报讯(记者 韩云峰)",
    "長治市委書記",  # traditional
    "靈丘縣",
    "。",
    "，",
    "\n",
    "\n\n",
]
# What scraped text also holds.
STRANGE = [
    "\x00",
    "\x07",
    "\x1b[0m",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\u200d",
    "\u202e",  # right-to-left override
    "\u2066",
    "مرحبا بالعالم",
    "שלום",
    "e\u0301",
    "\u0301\u0301\u0301",  # combining marks with nothing to combine with
    "𠀀𠮷𪚥",  # astral CJK
    "😀👨‍👩‍👧",
    "\U0010fffd",
    "（",
    "》",
    "……",
    "“",
    "ＡＢＣ１２３",
    "\t",
    "\u3000",
    "﹏",
]

fragments = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(STRANGE),
    st.text(min_size=1, max_size=12),  # any code point but surrogates
)
texts = st.lists(fragments, min_size=0, max_size=60).map("".join)

_NLP = None


def nlp():
    global _NLP
    if _NLP is None:
        from kg.nlp.pipeline import make_pipeline

        _NLP = make_pipeline()
    return _NLP


def assert_offsets_point_back(text: str, result: DocumentResult) -> None:
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    for r in result.relations:
        ev = r.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert 0 <= r.head < len(result.mentions)
        assert r.tail is None or 0 <= r.tail < len(result.mentions)


def build_and_export(texts_by_doc: dict[str, str]) -> None:
    """Analyse, resolve, graph and export; check offsets and that graph.ttl parses."""
    results = []
    for doc, text in texts_by_doc.items():
        result = analyse_document(nlp(), doc, text)
        assert_offsets_point_back(text, result)
        results.append(result)
    entities, relations = resolve(results)
    for e in entities:
        for m in e.mentions:
            assert texts_by_doc[m.doc][m.start : m.end] == m.text
    for r in relations:
        for ev in r.evidence:
            assert texts_by_doc[ev.doc][ev.start : ev.end] == ev.text
    docs = [DocumentInfo(id=d, path=d, chars=len(t)) for d, t in texts_by_doc.items()]
    G = to_graph(entities, relations, docs)
    with tempfile.TemporaryDirectory() as tmp:
        written = export(G, Path(tmp), DEFAULT_EXPORTERS)
        assert {p.name for p in written} >= {"entities.jsonl", "relations.jsonl", "graph.ttl", "graph.html"}
        Graph().parse(Path(tmp) / "graph.ttl", format="turtle")
        for line in (Path(tmp) / "entities.jsonl").read_text(encoding="utf-8").splitlines():
            json.loads(line)


@SETTINGS
@given(texts)
def test_ingest_keeps_offsets(text):
    norm, origin = normalize(text)
    assert len(origin) == len(norm)
    assert all(0 <= o <= len(text) for o in origin)
    for art in segment_document("d.txt", text):
        for s in art.sentences:
            assert art.text[s.start : s.end] == s.text
            start, end = art.original_span(s.start, s.end)
            assert 0 <= start <= end <= len(text)


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=3))
def test_every_stage_survives_any_text(docs):
    build_and_export({f"d{i}.txt": text for i, text in enumerate(docs)})


@SETTINGS
@given(texts, st.sampled_from(["txt", "md", "html", "jsonl"]))
def test_sources_read_any_text_back(text, kind):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc.{kind}"
        if kind == "jsonl":
            path.write_text(json.dumps({"id": "n1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        else:
            path.write_bytes(text.encode("utf-8"))
        items = list(iter_sources([path]))
    docs = [i for i in items if not isinstance(i, InputProblem)]
    if kind in ("txt", "md") and docs:
        # Decoded unchanged, a leading byte-order mark aside.
        assert docs[0].text == text.removeprefix("\ufeff")
    if kind == "jsonl" and text.strip():
        assert [d.text for d in docs] == [text]
    for d in docs:
        result = analyse_document(nlp(), d.id, d.text, d.date)
        assert_offsets_point_back(d.text, result)


def test_huge_single_line():
    # One line of ~60,000 characters with no break: a scraped page that lost its newlines.
    inline = [s for s in STRANGE if len((s + "x").splitlines()) == 1]  # no line or paragraph separators
    text = "".join(NEWS[i % 13] + inline[i % len(inline)] for i in range(6000))
    assert len(text.splitlines()) == 1 and len(text) > 50_000
    build_and_export({"huge.txt": text})
