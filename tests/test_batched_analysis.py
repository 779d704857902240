"""Batched model runs (issue 20, per-core speed): the same scores, words and results as line
by line, on real text.

LAC's encoder is run on lines of equal length stacked together
(:meth:`kg.nlp.segmenters.LacDecoder.emissions_of`); a build in one process analyses its
documents in batches (:func:`kg.nlp.document.analyse_documents`). Nothing of the output may
change: the scores are compared bit for bit, the results field for field.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kg.nlp import document
from kg.nlp.document import analyse_document, analyse_documents
from kg.nlp.pipeline import make_pipeline
from kg.nlp.segmenters import ENCODER_CHARS, LacDecoder, LacSegmenter, _line_pieces, load_lac

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def real_texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for name in ("dev", "dev2", "real-proj"):
        paths += sorted((FIXTURES / name / "texts").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = real_texts()
    assert len(found) > 30
    return found


class CountingSession:
    """The encoder's session, counting its runs and the rows of each."""

    def __init__(self, session) -> None:
        self.session, self.rows = session, []

    def run(self, names, feeds):
        self.rows.append(len(feeds["token_ids"]))
        return self.session.run(names, feeds)


def test_batched_scores_are_those_of_each_line_alone(texts):
    decoder = LacDecoder.of(load_lac(None))
    assert decoder is not None
    lines = [piece for text in texts for line in text.splitlines() for piece, blank in _line_pieces(line) if not blank]
    # Odd lines too: a character outside the Basic Multilingual Plane, a lone surrogate,
    # one character, a line longer than a batch, and repeated lines.
    lines += ["𠀀市长张强", "张\ud800强", "。", "会" * (ENCODER_CHARS + 7), lines[0], lines[0]]
    counting = CountingSession(decoder._session)
    decoder._session = counting
    try:
        batched = decoder.emissions_of(lines)
    finally:
        decoder._session = counting.session
    assert len(batched) == len(lines)
    for line, scores in zip(lines, batched, strict=True):
        assert np.array_equal(scores, decoder.emissions(line)), line
    # Stacked runs: far fewer runs than lines, and many of several lines.
    assert sum(counting.rows) == len(lines)
    assert len(counting.rows) < len(lines) / 2
    assert sum(rows for rows in counting.rows if rows > 1) > len(lines) / 2


def test_prepared_segmenter_gives_the_words_of_a_fresh_one(texts):
    prepared, fresh = LacSegmenter(), LacSegmenter()
    sample = texts[:12]
    prepared.prepare(sample)
    assert prepared._prepared
    for text in sample:
        assert prepared.segment(text) == fresh.segment(text)
    assert not prepared._prepared, "every prepared line is used once"
    # Text it was not prepared for: run line by line, as before.
    assert prepared.segment("副市长李明出席会议") == fresh.segment("副市长李明出席会议")
    prepared.prepare(sample)
    prepared.prepare([])
    assert not prepared._prepared


def test_batched_analysis_equals_one_document_at_a_time(texts, monkeypatch):
    nlp = make_pipeline()
    docs = [(f"d{i:02d}.txt", text, None) for i, text in enumerate(texts[:20])]
    alone = [analyse_document(nlp, doc_id, text, date) for doc_id, text, date in docs]
    # Small batches, so that the documents span several of them.
    monkeypatch.setattr(document, "BATCH_CHARS", sum(len(t) for _, t, _ in docs) // 3)
    batched = list(analyse_documents(nlp, docs))
    assert [err for _, _, err in batched] == [None] * len(docs)
    assert [result for result, _, _ in batched] == alone
    assert all(seconds > 0 for _, seconds, _ in batched)


def test_a_failing_document_fails_alone_in_its_batch(texts, monkeypatch):
    nlp = make_pipeline()
    docs = [(f"d{i}.txt", text, None) for i, text in enumerate(texts[:4])]
    real = document.segment_document

    def broken(doc_id: str, text: str):
        if doc_id == "d1.txt":
            raise ValueError("cannot split")
        return real(doc_id, text)

    monkeypatch.setattr(document, "segment_document", broken)
    out = list(analyse_documents(nlp, docs))
    assert [err for _, _, err in out] == [None, "ValueError: cannot split", None, None]
    assert out[0][0] == analyse_document(nlp, "d0.txt", texts[0])
