"""The span tagger made cheaper without changing what it finds (session 21): the features of
:func:`kg.learn.spans.line_features` are the strings the shipped model was trained on (the
reference below is the per-character code of FEATURE_VERSION 1, before it was made faster),
``SpanTagger.spans(labels=...)`` gives the spans of those labels and nothing else, and the
prefilters of two rule loops (facility heads, page zones) skip only words no head or kind fits."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from kg.ingest import segment_document
from kg.learn import spans as spans_module
from kg.learn.spans import _flags, _lexicon_patterns, line_features, lines_of, load_tagger
from kg.nlp.entities import learned
from kg.nlp.entities.facility_frames import built_facilities
from kg.nlp.entities.page_zones import page_zone_candidates
from kg.nlp.words import Word, words_of

_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿零两]")
_PUNCT = re.compile(r"[^\w]")


def _reference_kind(ch: str) -> str:
    if _DIGIT.match(ch):
        return "d"
    if ch.isascii() and ch.isalpha():
        return "l"
    if _PUNCT.match(ch):
        return "p"
    return "h"


def reference_features(text: str, words, offset: int = 0) -> list[list[str]]:
    """line_features of FEATURE_VERSION 1 as it was written first: one character at a time."""
    n = len(text)
    padded = "^^" + text + "$$"
    feats: list[list[str]] = []
    wpos, wtag, wprev, wnext, wtext = ([""] * n for _ in range(5))
    for j, w in enumerate(words):
        a, b = w.start - offset, w.end - offset
        prev = words[j - 1].tag if j else "^"
        nxt = words[j + 1].tag if j + 1 < len(words) else "$"
        for k in range(max(a, 0), min(b, n)):
            wpos[k] = "S" if b - a == 1 else ("B" if k == a else ("E" if k == b - 1 else "M"))
            wtag[k], wprev[k], wnext[k] = w.tag or "x", prev, nxt
            wtext[k] = w.text if b - a <= 4 else ""
    kinds = "p" + "".join(map(_reference_kind, text)) + "p"
    for i in range(n):
        p = i + 2
        c = padded[p]
        feats.append(
            [
                "b",
                "c=" + c,
                "c-1=" + padded[p - 1],
                "c+1=" + padded[p + 1],
                "c-2=" + padded[p - 2],
                "c+2=" + padded[p + 2],
                "c-1c=" + padded[p - 1 : p + 1],
                "cc+1=" + padded[p : p + 2],
                "c-2c-1=" + padded[p - 2 : p],
                "c+1c+2=" + padded[p + 1 : p + 3],
                "c-1cc+1=" + padded[p - 1 : p + 2],
                "k=" + kinds[i + 1] + kinds[i] + kinds[i + 2],
                "wb=" + wpos[i],
                "wt=" + wtag[i],
                "wbt=" + wpos[i] + wtag[i],
                "wp=" + wprev[i],
                "wn=" + wnext[i],
                "w=" + wtext[i],
            ]
        )
    if n:
        project, meeting, places = _lexicon_patterns()
        _flags(text, project, "ph", feats)
        _flags(text, meeting, "mh", feats)
        _flags(text, places, "gz", feats)
    return feats


def _version_1() -> None:
    if spans_module.FEATURE_VERSION != 1:
        pytest.fail("line_features changed (FEATURE_VERSION bumped): write its new reference here")


def test_features_are_those_of_the_reference_on_every_line_of_the_seeds(nlp):
    _version_1()
    lines = 0
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        for art in segment_document(f.name, f.read_text("utf-8")):
            words = nlp.make_doc(art.text).user_data["kg_words"]
            for offset, line, ws in lines_of(art.text, words):
                assert line_features(line, ws, offset) == reference_features(line, ws, offset), line
                lines += 1
    assert lines > 200


def test_features_of_odd_lines_are_those_of_the_reference():
    _version_1()
    # invented lines: empty, one character, Latin letters and digits, full-width figures, a word
    # that starts before the line and one that runs past it (offsets into the article), no tag
    cases = [
        ("", [], 0),
        ("会", [Word(0, 1, "会", "n")], 0),
        ("ABC公司投资3.5亿元", words_of([("ABC公司", "ORG"), ("投资", "v"), ("3.5亿元", "m")]), 0),
        ("２０２４年青岭县", words_of([("２０２４年", "TIME"), ("青岭县", "LOC")]), 0),
        (
            "县柳塘大桥开工",
            [Word(8, 12, "青岭县柳", "LOC"), Word(12, 14, "塘大", "n"), Word(14, 18, "桥开工呢", "")],
            11,
        ),
    ]
    for text, words, offset in cases:
        assert line_features(text, words, offset) == reference_features(text, words, offset)


def test_spans_of_the_used_labels_are_the_spans_of_those_labels(nlp):
    tagger = load_tagger(learned.settings().model)
    # invented sentences: a project and a meeting, neither in any gold set
    text = "副县长李某主持召开全县秋冬季森林防火工作调度会。\n总投资12亿元的柳塘镇青禾农产品冷链物流园项目正式开工。"
    words = nlp.make_doc(text).user_data["kg_words"]
    every = tagger.spans(text, words)
    assert {x.label for x in every} == {"PROJECT", "MEETING"}
    assert tagger.spans(text, words, ["PROJECT"]) == [x for x in every if x.label == "PROJECT"]
    assert tagger.spans(text, words, []) == []
    assert learned.learned_spans(text, words) == [x for x in every if x.label in learned.settings().labels]


def test_facility_heads_after_the_prefilter(nlp):
    # invented: the longest head is still the one taken ("特大桥", not "大桥"), and a sentence whose
    # words end in no facility head gives nothing
    t = "11月30日,青岭县柳塘特大桥正式开工建设。"
    out = built_facilities(t, words_of(_segment(nlp, t)))
    assert [(t[c.start : c.end], c.attrs["head"]) for c in out] == [("青岭县柳塘特大桥", "特大桥")]
    t = "11月30日,青岭县柳塘村正式开始插秧。"
    assert built_facilities(t, words_of(_segment(nlp, t))) == []


def test_page_zones_after_the_prefilter():
    # a kind the tagger cut into two words is still found; a word that starts no kind is skipped
    ws = [
        Word(0, 1, "在", "p"),
        Word(1, 2, "县", "n"),
        Word(2, 4, "开发", "vn"),
        Word(4, 5, "区", "n"),
        Word(5, 7, "调研", "vn"),
    ]
    assert [(c.start, c.end) for c in page_zone_candidates("在县开发区调研", ws)] == [(1, 5)]
    ws = [Word(0, 2, "莅临", "v"), Word(2, 4, "柳塘", "LOC"), Word(4, 5, "，", "w")]
    assert page_zone_candidates("莅临柳塘，", ws) == []


def _segment(nlp, text: str) -> list[tuple[str, str]]:
    return [(w.text, w.tag) for w in nlp.make_doc(text).user_data["kg_words"]]
