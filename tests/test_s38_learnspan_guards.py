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


def test_a_meeting_is_not_lengthened_at_its_start_across_or():
    text = "某某等县领导出席签约仪式或参加开工仪式。"
    rule = _at(text, "开工仪式", "MEETING")
    spans = [_span(text, "签约仪式或参加开工仪式", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("开工仪式", "MEETING", "head_words")]


def test_a_meeting_led_by_verbs_is_still_lengthened_at_its_start():
    # verbs open many whole names ("调度推进|全市某某工作会议"): only 或 is a guard at the start
    text = "市长王建国主持召开调度推进全市重点工作办公会议。"
    rule = _at(text, "全市重点工作办公会议", "MEETING")
    spans = [_span(text, "调度推进全市重点工作办公会议", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("调度推进全市重点工作办公会议", "MEETING", "head_words")]


def test_a_compound_name_joined_by_and_is_still_lengthened_at_its_start():
    text = "会议传达了全省深化发展和改革工作推进大会精神。"
    rule = _at(text, "改革工作推进大会", "MEETING")
    spans = [_span(text, "全省深化发展和改革工作推进大会", "MEETING", 0.95)]
    assert _combine(text, [rule], spans) == [("全省深化发展和改革工作推进大会", "MEETING", "head_words")]


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


def test_a_person_read_inside_a_name_with_no_post_blocks_no_project():
    # the rules read persons inside firms' names: without a post before it, the project stands
    text = "香港某某集团投资的某某锌硒茶酒项目落户青岚县。"
    person = _at(text, "某某锌", "PERSON", "tagger")
    spans = [_span(text, "某某锌硒茶酒项目", "PROJECT")]
    assert ("某某锌硒茶酒项目", "PROJECT", "learned") in _combine(text, [person], spans)


def test_a_learned_project_beside_a_person_is_added():
    text = "县政协主席王建国等县领导参加青岚新材料产业园项目开工仪式。"
    person = _at(text, "王建国", "PERSON", "tagger")
    spans = [_span(text, "青岚新材料产业园项目", "PROJECT")]
    assert _combine(text, [person], spans) == [
        ("王建国", "PERSON", "tagger"),
        ("青岚新材料产业园项目", "PROJECT", "learned"),
    ]


def test_a_second_trigger_after_or_makes_no_event_name(nlp):
    # "出席A或参加B": two events in one clause, no meeting named "A或参加B"; the article's event stands
    from kg.nlp.document import analyse_document

    text = "青岚县新材料产业园项目开工仪式举行。县领导王建国、李志明等出席签约仪式或参加开工仪式。"
    result = analyse_document(nlp, "t.txt", text)
    meetings = {m.text for m in result.mentions if m.label == "MEETING"}
    assert "签约仪式或参加开工仪式" not in meetings
    assert "青岚县新材料产业园项目开工仪式" in meetings
