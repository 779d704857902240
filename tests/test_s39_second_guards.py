"""Session 39 (s39-learnspan5): the guards on the second span model's spans
(``learned_guards.second_refused``, the ``second_not_*`` keys of ``[learned]`` in
ontology/patterns/spans.toml). A second-model span is not added when it ends in a verb, joins two
names across 及/和/与, is a name the rules read as a place or a body in the article, holds a phase
word, or holds another project's name of the article. Placeholder sentences; the models' spans are
given by stand-in taggers (their readings are not what is tested), the words are the segmenter's."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.learn.spans import LearnedSpan
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import Candidate
from kg.nlp.words import Word, words_of
from kg.resources import ontology_path

SECOND = str(ontology_path("models", "spans_850.crfsuite"))


@cache
def _words(text: str) -> tuple[Word, ...]:
    from kg.nlp.segmenters import make_segmenter

    return tuple(words_of(make_segmenter("lac").segment(text)))


def _span(text: str, name: str, confidence: float = 0.99) -> LearnedSpan:
    start = text.index(name)
    return LearnedSpan(start, start + len(name), "PROJECT", confidence)


def _at(text: str, name: str, label: str, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Candidate(start, start + len(name), label, "head_words", 0.8)


class _Tagger:
    def __init__(self, spans: list[LearnedSpan]) -> None:
        self._spans = spans

    def spans(self, text: str, words: list[Word], labels: tuple[str, ...] = ()) -> list[LearnedSpan]:
        return list(self._spans)


def _learned(monkeypatch, text: str, rules: list[Candidate], second: list, first: list | None = None) -> list[str]:
    s = replace(learned.settings(), second_model=SECOND)
    taggers = {s.model: _Tagger(first or []), s.second_model: _Tagger(second)}
    monkeypatch.setattr(learned, "load_tagger", lambda path: taggers[path])
    out = learned.combine(text, list(_words(text)), rules, None, s)
    return sorted(text[c.start : c.end] for c in out if c.source == "learned")


def test_a_second_model_span_ending_in_a_verb_is_not_added(monkeypatch):
    text = "随着某某钢厂搬迁、某某大道西延等一系列重大项目的推进,两地联系愈加紧密。"
    assert _learned(monkeypatch, text, [], [_span(text, "某某钢厂搬迁")]) == []


def test_a_second_model_project_not_ending_in_a_verb_is_added(monkeypatch):
    text = "某某县分散式风电项目总投资5亿元,今年开工。"
    assert _learned(monkeypatch, text, [], [_span(text, "某某县分散式风电项目")]) == ["某某县分散式风电项目"]


def test_two_names_joined_across_ji_are_not_one_second_model_project(monkeypatch):
    text = "某某北环线及某某大桥主桥建设等项目同时开工。"
    rules = [_at(text, "某某北环线", "PLACE")]
    assert _learned(monkeypatch, text, rules, [_span(text, "某某北环线及某某大桥主桥建设")]) == []


def test_a_joiner_inside_one_name_does_not_refuse_it(monkeypatch):
    # no rule candidate ends or opens at 及: one name ("研发及生产基地")
    text = "某某新材料研发及生产基地项目总投资3亿元。"
    second = [_span(text, "某某新材料研发及生产基地项目")]
    assert _learned(monkeypatch, text, [], second) == ["某某新材料研发及生产基地项目"]


def test_a_name_the_rules_read_as_a_place_elsewhere_in_the_article_is_no_project(monkeypatch):
    text = "介绍了某某现代化国际新城建设及产业发展情况。据介绍,某某现代化国际新城位于运河边。"
    rules = [_at(text, "某某现代化国际新城", "PLACE", nth=1)]
    assert _learned(monkeypatch, text, rules, [_span(text, "某某现代化国际新城")]) == []


def test_a_phase_read_by_the_second_model_is_not_added(monkeypatch):
    text = "某某物流园二期主体完工,即将投入使用。"
    assert _learned(monkeypatch, text, [], [_span(text, "某某物流园二期")]) == []


def test_a_second_model_project_holding_another_project_of_the_article_is_not_added(monkeypatch):
    text = "某某智能装备项目签约落地。某某智能装备项目配套厂房建设加快推进。"
    rules = [_at(text, "某某智能装备项目", "PROJECT")]
    start = text.index("某某智能装备项目配套厂房")
    second = [LearnedSpan(start, start + len("某某智能装备项目配套厂房"), "PROJECT", 0.99)]
    assert _learned(monkeypatch, text, rules, second) == []


def test_the_guards_touch_the_first_model_not(monkeypatch):
    # the first model's span ending in a verb is used as before: the guards are the second model's
    text = "某某钢厂搬迁项目总投资5亿元。"
    first = [_span(text, "某某钢厂搬迁项目")]
    assert _learned(monkeypatch, text, [], [], first) == ["某某钢厂搬迁项目"]


def test_the_guards_are_in_the_shipped_data():
    from kg.patterns import pattern_file

    table = pattern_file("spans")["learned"]
    assert "v" in table["second_not_ending_tags"] and "及" in table["second_not_joining"]
    assert "PLACE" in table["second_not_same_as"]
    assert table["second_not_phase"] and table["second_not_holding_projects"]
