"""The cost of the learned span tagger (kg.learn.spans): characters per second of its
feature extraction and CRF tagging, against LAC and the whole analysis of the same articles.

    .venv/bin/python benchmarks/span_model_speed.py [TEXTS_DIR ...]   (default: the seeds)

Prints chars/s of: LAC (the tokenizer), the tagger's features, the tagger's CRF, the whole
kg_learned step, and the whole pipeline; and the tagger's share of the pipeline's time. Times are
CPU seconds of this process (``time.process_time``: the host is shared, and every part runs on
one thread), so that other processes' load moves them less than wall seconds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.ingest import segment_document
from kg.learn.spans import line_features, lines_of, load_tagger
from kg.nlp.entities import learned
from kg.nlp.pipeline import analyse_article, make_pipeline

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    dirs = [Path(d) for d in sys.argv[1:]] or [ROOT / "seeds"]
    files = [f for d in dirs for f in sorted(d.glob("*.txt"))]
    articles = [a for f in files for a in segment_document(f.name, f.read_text("utf-8"))]
    chars = sum(len(a.text) for a in articles)
    nlp = make_pipeline()
    tagger = load_tagger(learned.settings().model)
    tagger.spans(articles[0].text, nlp.make_doc(articles[0].text).user_data["kg_words"])  # LAC, lexicons loaded
    t = time.process_time()
    docs = [nlp.make_doc(a.text) for a in articles]
    lac = time.process_time() - t
    words = [d.user_data["kg_words"] for d in docs]
    t = time.process_time()
    pairs = list(zip(articles, words, strict=True))
    feats = [line_features(line, ws, off) for a, w in pairs for off, line, ws in lines_of(a.text, w)]
    features = time.process_time() - t
    model = tagger._crf()
    t = time.process_time()
    for f in feats:
        model.set(f)
        model.tag()
    crf = time.process_time() - t
    t = time.process_time()
    for a, w in zip(articles, words, strict=True):
        tagger.spans(a.text, w, learned.settings().labels)  # (as the pipeline asks for them)
    spans = time.process_time() - t
    t = time.process_time()
    for a in articles:
        analyse_article(nlp, a)
    pipeline = time.process_time() - t
    on = learned.settings().enabled
    print(f"{len(articles)} articles, {chars} chars (kg_learned {'on' if on else 'off'} in the pipeline)")
    for name, secs in (
        ("LAC (tokenizer)", lac),
        ("tagger features", features),
        ("tagger CRF", crf),
        ("tagger spans (features+CRF+marginals)", spans),
        ("whole pipeline", pipeline),
    ):
        print(f"  {name:40s} {secs:7.3f} s  {chars / secs:10,.0f} chars/s")
    print(f"  tagger share of the pipeline (tagger on): {spans / (pipeline + (0 if on else spans)):.1%}")


if __name__ == "__main__":
    main()
