"""Session 39: a second span model beside the first (``second_model`` of ``[learned]`` in
ontology/patterns/spans.toml). Its spans only add, only where no used span of the first model
and no rule candidate of their type overlaps them, and never when broken (an unpaired quote).
Placeholder sentences; the two models' spans are given by stand-in taggers (the models'
readings are not what is tested here), the words are the segmenter's."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from kg.learn.spans import LearnedSpan
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import Candidate
from kg.nlp.words import Word, words_of
from kg.resources import ontology_path

#: The second model kept beside the shipped one (``second_model`` is empty in the shipped file:
#: off, benchmarks/audits/s39-learnspan4); these tests turn it on.
SECOND = str(ontology_path("models", "spans_850.crfsuite"))


def _settings() -> learned.Settings:
    return replace(learned.settings(), second_model=SECOND)


@cache
def _words(text: str) -> tuple[Word, ...]:
    from kg.nlp.segmenters import make_segmenter

    return tuple(words_of(make_segmenter("lac").segment(text)))


def _span(text: str, name: str, label: str = "PROJECT", confidence: float = 0.99) -> LearnedSpan:
    start = text.index(name)
    return LearnedSpan(start, start + len(name), label, confidence)


def _at(text: str, name: str, label: str = "PROJECT") -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), label, "head_words", 0.8)


class _Tagger:
    def __init__(self, spans: list[LearnedSpan]) -> None:
        self._spans = spans

    def spans(self, text: str, words: list[Word], labels: tuple[str, ...] = ()) -> list[LearnedSpan]:
        return list(self._spans)


def _combine(monkeypatch, text: str, rules: list[Candidate], first: list, second: list) -> list[tuple[str, str]]:
    s = _settings()
    taggers = {s.model: _Tagger(first), s.second_model: _Tagger(second)}
    monkeypatch.setattr(learned, "load_tagger", lambda path: taggers[path])
    out = learned.combine(text, list(_words(text)), rules, None, s)
    return sorted((text[c.start : c.end], c.source) for c in out if c.label in ("PROJECT", "MEETING"))


def test_the_second_model_is_kept_and_off_in_the_shipped_settings():
    s = learned.settings()
    assert Path(SECOND).is_file() and Path(SECOND + ".json").is_file() and s.model != SECOND
    assert s.second_model == ""  # off: 9 tuning floors and 4 sentence tests fall with it on
    assert "PROJECT" in s.second_skip_broken


def test_a_second_model_project_where_the_first_reads_nothing_is_added(monkeypatch):
    text = "某某县分散式风电项目总投资5亿元，今年开工。"
    second = [_span(text, "某某县分散式风电项目")]
    assert _combine(monkeypatch, text, [], [], second) == [("某某县分散式风电项目", "learned")]


def test_the_first_model_reading_stands_where_the_second_overlaps_it(monkeypatch):
    # the second model keeps a verb in the name ("某某线开工"): the first model's name stands
    text = "地铁某某线开工，全长20公里。"
    first = [_span(text, "地铁某某线")]
    second = [_span(text, "地铁某某线开工")]
    assert _combine(monkeypatch, text, [], first, second) == [("地铁某某线", "learned")]


def test_a_first_model_span_too_unsure_to_be_used_does_not_block_the_second(monkeypatch):
    text = "某某物流仓储园项目签约落户。"
    first = [_span(text, "某某物流", confidence=0.5)]
    second = [_span(text, "某某物流仓储园项目")]
    assert _combine(monkeypatch, text, [], first, second) == [("某某物流仓储园项目", "learned")]


def test_a_second_model_span_over_a_rule_project_is_not_added(monkeypatch):
    text = "某某环路及某某大桥主桥建设进展顺利。"
    rules = [_at(text, "某某环路"), _at(text, "某某大桥主桥建设")]
    second = [_span(text, "某某环路及某某大桥主桥建设")]
    expected = [("某某大桥主桥建设", "head_words"), ("某某环路", "head_words")]
    assert _combine(monkeypatch, text, rules, [], second) == expected


def test_a_broken_second_model_span_is_not_added(monkeypatch):
    # the quotation cut: "三个某某”改造项目" is no name
    text = "“三个某某”改造项目投资10亿元。"
    second = [_span(text, "三个某某”改造项目")]
    assert _combine(monkeypatch, text, [], [], second) == []


def test_a_second_model_span_never_fixes_a_rule_candidate(monkeypatch):
    text = "某某项目签约仪式暨推介会在某市举行。"
    rules = [_at(text, "签约仪式", "MEETING")]
    second = [_span(text, "某某项目签约仪式暨推介会", "MEETING", 0.99)]
    assert _combine(monkeypatch, text, rules, [], second) == [("签约仪式", "head_words")]


def test_without_a_second_model_nothing_is_added(monkeypatch):
    text = "某某县分散式风电项目总投资5亿元。"
    span = _span(text, "某某县分散式风电项目")
    monkeypatch.setattr(learned, "load_tagger", lambda path: _Tagger([span] if path == SECOND else []))
    assert learned.combine(text, list(_words(text)), [], None, learned.settings()) == []
    assert len(learned.combine(text, list(_words(text)), [], None, _settings())) == 1


def test_the_second_model_stays_behind_the_first(monkeypatch):
    # the same span from both: kept once, as the first model's
    text = "某某县分散式风电项目总投资5亿元。"
    both = [_span(text, "某某县分散式风电项目")]
    assert _combine(monkeypatch, text, [], both, both) == [("某某县分散式风电项目", "learned")]


def _projects(nlp, text: str) -> list[str]:
    from kg.ingest import segment_document
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", text)
    return [art.text[m.start : m.end] for m in analyse_article(nlp, art)._.mentions if m.label == "PROJECT"]


LINE = "年产1000万平方米建筑陶瓷生产线项目落户某某园区。"


def test_the_shipped_build_reads_no_second_model_span(nlp):
    # off: the second model's reading of a line the first model reads nothing in is not used
    assert _projects(nlp, LINE) == []


def test_with_the_second_model_on_its_project_is_read(nlp, monkeypatch):
    # the real models: the first reads no project in the line, the second reads the line's
    on = _settings()
    monkeypatch.setattr(learned, "settings", lambda: on)
    assert _projects(nlp, LINE) == ["年产1000万平方米建筑陶瓷生产线项目"]
