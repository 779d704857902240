"""Session 38's guards on the learned span tagger (kg.nlp.entities.learned_guards), at the
shipped settings of ontology/patterns/spans.toml: a learned span never lengthens a rule meeting
or project at its start across a joiner or a verb, and a learned project is never added over a
person's post and name. Placeholder sentences; the learned spans are given (the model's reading
is not what is tested), the words are the segmenter's."""

from __future__ import annotations

from functools import cache

from kg.learn.spans import LearnedSpan
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import Candidate
from kg.nlp.words import Word, words_of


@cache
def _words(text: str) -> tuple[Word, ...]:
    from kg.nlp.segmenters import make_segmenter

    return tuple(words_of(make_segmenter("lac").segment(text)))


def _combine(text: str, rules: list[Candidate], spans: list[LearnedSpan]) -> list[tuple[str, str, str]]:
    out = learned.combine(text, list(_words(text)), rules, spans)
    return sorted((text[c.start : c.end], c.label, c.source) for c in out)


def _at(text: str, name: str, label: str, source: str = "head_words") -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), label, source, 0.8)


def _span(text: str, name: str, label: str, confidence: float = 0.99) -> LearnedSpan:
    start = text.index(name)
    return LearnedSpan(start, start + len(name), label, confidence)


def test_a_meeting_is_not_lengthened_at_its_start_across_a_joiner_and_a_verb():
    text = "某某等县领导出席签约仪式或参加开工仪式。"
    rule = _at(text, "开工仪式", "MEETING")
    spans = [_span(text, "签约仪式或参加开工仪式", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("开工仪式", "MEETING", "head_words")]


def test_a_meeting_is_not_lengthened_at_its_start_across_a_verb():
    text = "市领导出席并见证青岚新区项目签约仪式。"
    rule = _at(text, "青岚新区项目签约仪式", "MEETING")
    spans = [_span(text, "见证青岚新区项目签约仪式", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("青岚新区项目签约仪式", "MEETING", "head_words")]


def test_a_name_cut_short_is_still_lengthened_at_its_start():
    # no joiner, no verb before the rule's name: the model mends a name cut at a dash
    text = "第五届青岚-某国企业家交流会在某市举行。"
    rule = _at(text, "某国企业家交流会", "MEETING")
    spans = [_span(text, "第五届青岚-某国企业家交流会", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("第五届青岚-某国企业家交流会", "MEETING", "head_words")]


def test_a_learned_project_is_not_added_over_a_person():
    text = "县政协主席王建国等县领导分别参加青岚新材料、某某科技项目开工仪式。"
    person = _at(text, "王建国", "PERSON", "tagger")
    spans = [_span(text, "县政协主席王建国等县领导分别参加青岚新材料", "PROJECT")]
    assert _combine(text, [person], spans) == [("王建国", "PERSON", "tagger")]
    # nor over a post and a name the rules did not read as a person
    assert _combine(text, [], spans) == []


def test_a_learned_project_beside_a_person_is_added():
    text = "县政协主席王建国等县领导参加青岚新材料产业园项目开工仪式。"
    person = _at(text, "王建国", "PERSON", "tagger")
    spans = [_span(text, "青岚新材料产业园项目", "PROJECT")]
    assert _combine(text, [person], spans) == [
        ("王建国", "PERSON", "tagger"),
        ("青岚新材料产业园项目", "PROJECT", "learned"),
    ]
