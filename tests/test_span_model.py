"""The learned span tagger (kg.learn.spans): trained from gold pages, it finds PROJECT and
MEETING spans in sentences it never saw; the shipped model runs offline inside the pipeline;
training is deterministic; the model enters the pipeline fingerprint."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT

from kg.cli import main
from kg.ingest import segment_document
from kg.learn import spans as spans_module
from kg.learn.gold import read_pages, training_sets
from kg.learn.spans import SpanTagger, train, training_pages_sequences
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import Candidate
from kg.nlp.pipeline import analyse_article

DEV = ROOT / "tests" / "fixtures" / "dev"
DEV2 = ROOT / "tests" / "fixtures" / "dev2"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    """A model trained on the two written dev sets only (9 pages)."""
    sets = [s for s in training_sets() if s.name in ("dev", "dev2")]
    sequences = training_pages_sequences(list(read_pages(sets)))
    return train(sequences, tmp_path_factory.mktemp("tiny") / "spans.crfsuite", {"sets": ["dev", "dev2"]})


def _spans(tagger: SpanTagger, nlp, text: str) -> list[tuple[str, str]]:
    words = nlp.make_doc(text).user_data["kg_words"]
    return [(text[x.start : x.end], x.label) for x in tagger.spans(text, words)]


def test_a_tiny_model_tags_sentences_it_never_saw(tiny, nlp):
    tagger = SpanTagger(tiny)
    # invented sentences: a meeting and a project of kinds and words that no training page has
    meeting = _spans(tagger, nlp, "副县长李某主持召开全县秋冬季森林防火工作调度会，听取各乡镇汇报。")
    assert ("全县秋冬季森林防火工作调度会", "MEETING") in meeting
    project = _spans(tagger, nlp, "当天，该区举行了冷链物流配送中心建设项目开工仪式。")
    assert ("冷链物流配送中心建设项目", "PROJECT") in project
    # and no span in a sentence with neither
    assert _spans(tagger, nlp, "今天天气晴朗，市民纷纷到公园散步。") == []
    info = json.loads(tiny.with_name(tiny.name + ".json").read_text(encoding="utf-8"))
    assert info["feature_version"] == spans_module.FEATURE_VERSION and info["sets"] == ["dev", "dev2"]


def test_training_is_deterministic(tmp_path):
    pages = list(read_pages([s for s in training_sets() if s.name == "dev"]))[:2]
    sequences = training_pages_sequences(pages)
    a = train(sequences, tmp_path / "a.crfsuite", {"date": "x"})
    b = train(sequences, tmp_path / "b.crfsuite", {"date": "x"})
    assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.crfsuite.json").read_bytes() == (tmp_path / "b.crfsuite.json").read_bytes()


def test_kg_train_spans_on_a_users_own_gold(tmp_path, capsys):
    out = tmp_path / "mine.crfsuite"
    assert main(["train", "spans", "--gold", f"{DEV2 / 'gold'}:{DEV2 / 'texts'}", "--out", str(out)]) == 0
    info = json.loads((tmp_path / "mine.crfsuite.json").read_text(encoding="utf-8"))
    assert info["pages"] == len(list((DEV2 / "gold").glob("*.json"))) and SpanTagger(out).info == info
    assert main(["train", "spans", "--sets", "no-such-set", "--out", str(out)]) == 2
    assert "no-such-set" in capsys.readouterr().err
    assert main(["train", "spans", "--gold", str(DEV2), "--out", str(out)]) == 2  # not GOLD:TEXTS


def test_a_model_of_other_features_is_refused(tiny, tmp_path):
    model = tmp_path / "old.crfsuite"
    shutil.copy(tiny, model)
    (tmp_path / "old.crfsuite.json").write_text(json.dumps({"feature_version": 0}), encoding="utf-8")
    with pytest.raises(ValueError, match="old.crfsuite.*feature version 0"):
        SpanTagger(model)
    with pytest.raises(FileNotFoundError, match="kg train spans"):
        SpanTagger(tmp_path / "missing.crfsuite")


def test_the_shipped_model_loads_and_its_spans_reach_the_mentions(nlp, monkeypatch):
    s = learned.settings()
    assert Path(s.model).is_file() and Path(s.model).is_relative_to(ROOT / "ontology")
    tagger = spans_module.load_tagger(s.model)
    assert tagger.info["feature_version"] == spans_module.FEATURE_VERSION and tagger.info["pages"] > 50
    # trained on the declared tuning sets only: never on a held-out set
    held_out = {"check", "real-pages-3", "real-pages-4", "real-pages-8", "real-pages-9"}
    assert not held_out & set(tagger.info["sets"]), tagger.info["sets"]
    assert set(tagger.info["sets"]) <= {s.name for s in training_sets()}
    # a meeting whose name the head-word rules do not find (two heads in a row: 观摩|交流会)
    text = "近日，该镇召开了乡村振兴工作观摩交流会。"
    (art,) = segment_document("t.txt", text)

    def found(**settings) -> set:
        monkeypatch.setattr(learned, "settings", lambda: replace(s, **settings))
        return {(text[c.start : c.end], c.label, c.source) for c in analyse_article(nlp, art)._.mentions}

    on = found(enabled=True, labels=("PROJECT", "MEETING"), min_confidence=0.5, add_max_overlap=0.0, by_label={})
    assert ("乡村振兴工作观摩交流会", "MEETING", "learned") in on
    assert not any(source == "learned" for *_, source in found(enabled=False))
    # (the clause names this meeting whole for the rules too, kg.nlp.convened_events: the labels
    # setting keeps the tagger's own MEETING spans out)
    assert not any(
        label == "MEETING" and source == "learned" for _, label, source in found(enabled=True, labels=("PROJECT",))
    )


def test_a_bare_head_word_is_no_learned_candidate(monkeypatch):
    base = learned.settings()
    monkeypatch.setattr(
        learned, "settings", lambda: replace(base, min_confidence=0.5, labels=("MEETING", "PROJECT"), by_label={})
    )
    text = "出席签约仪式。重点项目。"
    spans = [spans_module.LearnedSpan(2, 6, "MEETING", 0.99), spans_module.LearnedSpan(7, 11, "PROJECT", 0.99)]
    assert learned.combine(text, [], [], spans) == []
    assert learned.bare("签约仪式", "MEETING") and not learned.bare("乡村振兴工作观摩交流会", "MEETING")


def test_combination_add_fix_veto(monkeypatch):
    base = learned.settings()
    span = spans_module.LearnedSpan(2, 7, "MEETING", 0.95)
    rule = Candidate(2, 5, "MEETING", "head_words", 0.7)
    other = Candidate(8, 10, "PROJECT", "head_words", 0.7)

    def run(**settings):
        settings = {
            "labels": ("PROJECT", "MEETING"),
            "by_label": {},
            "fix_extends_only": False,
            "fix_past_head_joiners": (),
            **settings,
        }
        monkeypatch.setattr(learned, "settings", lambda: replace(base, **settings))
        return sorted((c.start, c.end, c.source) for c in learned.combine("召开扩大会议座谈会。", [], [rule], [span]))

    # add: only where no rule span of a learned type overlaps
    assert run(min_confidence=0.5, add_max_overlap=0.0, fix_confidence=1.01) == [(2, 5, "head_words")]
    both = [(2, 5, "head_words"), (2, 7, "learned")]
    assert run(min_confidence=0.5, add_max_overlap=0.7, fix_confidence=1.01) == both
    assert run(min_confidence=0.99, add_max_overlap=0.7, fix_confidence=1.01) == [(2, 5, "head_words")]
    # fix: the rule span takes the learned boundaries, keeping its source
    assert run(min_confidence=0.5, add_max_overlap=0.0, fix_confidence=0.9) == [(2, 7, "head_words")]
    # veto needs the model's reading of the text: a rule span no learned span overlaps
    monkeypatch.setattr(spans_module.SpanTagger, "outside", lambda self, *a: 0.97)
    vetoing = replace(base, veto_confidence=0.9, min_confidence=1.01, labels=("PROJECT", "MEETING"), by_label={})
    monkeypatch.setattr(learned, "settings", lambda: vetoing)
    assert learned.combine("召开扩大会议座谈会。项目", [], [rule, other], [span]) == [rule]


def test_the_model_file_is_in_the_pipeline_fingerprint(tmp_path, monkeypatch):
    from kg import cache, resources

    copy = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", copy)
    monkeypatch.setattr(resources, "ontology_dir", lambda: copy)
    before = cache._code_and_data_hash.__wrapped__()
    model = copy / "models" / "spans.crfsuite"
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 1  # retrained weights
    model.write_bytes(bytes(data))
    assert cache._code_and_data_hash.__wrapped__() != before


def test_threads_tagging_at_once_get_what_one_thread_gets():
    # A pycrfsuite tagger holds the line it was last set: threads (Dask's in-process workers)
    # sharing one read each other's lines. Each thread has its own.
    from concurrent.futures import ThreadPoolExecutor

    from kg.nlp.segmenters import make_segmenter
    from kg.nlp.words import words_of

    tagger = spans_module.load_tagger(learned.settings().model)
    seg = make_segmenter("lac")
    texts = ["该县召开了乡村振兴工作观摩交流会。", "青岚县年产5万吨新型建材项目开工建设，总投资3亿元。"] * 20
    words = [words_of(seg.segment(t)) for t in texts]
    alone = [tagger.spans(t, w) for t, w in zip(texts, words, strict=True)]
    for _ in range(5):  # (a shared tagger gave other spans in about two runs of five)
        with ThreadPoolExecutor(max_workers=2) as pool:
            together = list(pool.map(tagger.spans, texts, words))
        assert together == alone


def test_a_threshold_by_type(monkeypatch):
    # by_label: one type's spans at their own threshold, the others at the common one
    base = learned.settings()
    text = "举行竹编产业园项目签约仪式。茶山湖生态修复工程开工。"
    spans = [spans_module.LearnedSpan(2, 13, "MEETING", 0.95), spans_module.LearnedSpan(14, 23, "PROJECT", 0.95)]

    def run(**settings) -> list[tuple[str, str]]:
        settings = {"labels": ("PROJECT", "MEETING"), "add_max_overlap": 0.0, "fix_confidence": 1.01, **settings}
        monkeypatch.setattr(learned, "settings", lambda: replace(base, **settings))
        return [(text[c.start : c.end], c.label) for c in learned.combine(text, [], [], spans)]

    assert run(min_confidence=0.97) == []
    assert run(min_confidence=0.97, by_label={"MEETING": {"min_confidence": 0.9}}) == [
        ("竹编产业园项目签约仪式", "MEETING")
    ]
    assert run(min_confidence=0.9, by_label={"MEETING": {"min_confidence": 0.99}}) == [
        ("茶山湖生态修复工程", "PROJECT")
    ]
    # fix alone (adding off for the type): a rule meeting takes the learned bounds, nothing is added
    rule = Candidate(4, 13, "MEETING", "head_words", 0.7)
    monkeypatch.setattr(
        learned,
        "settings",
        lambda: replace(
            base, labels=("PROJECT", "MEETING"), by_label={"MEETING": {"min_confidence": 1.01, "fix_confidence": 0.9}}
        ),
    )
    out = learned.combine(text, [], [rule], spans[:1])
    assert [(text[c.start : c.end], c.source) for c in out] == [("竹编产业园项目签约仪式", "head_words")]


def test_a_learned_span_meets_the_rule_spans_of_its_own_type_only(monkeypatch):
    # a learned project inside a rule meeting's name is added when MEETING is a learned type too
    base = learned.settings()
    monkeypatch.setattr(learned, "settings", lambda: replace(base, labels=("PROJECT", "MEETING"), min_confidence=0.9))
    text = "举行竹编产业园项目签约仪式。"
    meeting = Candidate(2, 13, "MEETING", "head_words", 0.8)
    project = spans_module.LearnedSpan(2, 9, "PROJECT", 0.99)
    out = learned.combine(text, [], [meeting], [project])
    assert [(text[c.start : c.end], c.label) for c in out] == [
        ("竹编产业园项目签约仪式", "MEETING"),
        ("竹编产业园项目", "PROJECT"),
    ]
    # (and not where a rule project covers it)
    rule_project = Candidate(2, 9, "PROJECT", "head_words", 0.8)
    assert learned.combine(text, [], [meeting, rule_project], [project]) == [meeting, rule_project]


def test_a_meeting_cut_at_a_dash_is_mended_by_the_shipped_model(nlp, monkeypatch):
    # The rules cut "某某-某国客商交流会" at the dash; the tagger reads it whole and the rule
    # meeting takes its bounds (fix, MEETING >= 0.8, only to extend).
    shipped = learned.settings()

    def meetings(text: str, s) -> set[str]:
        (art,) = segment_document("t.txt", text)
        monkeypatch.setattr(learned, "settings", lambda: s)
        return {art.text[c.start : c.end] for c in analyse_article(nlp, art)._.mentions if c.label == "MEETING"}

    text = "会上，双方签署了“柳川-泰国客商交流会”合作备忘录。"
    assert meetings(text, shipped) == {"柳川-泰国客商交流会"}
    assert meetings(text, replace(shipped, labels=("PROJECT",))) == {"泰国客商交流会"}  # (without MEETING spans)
    # guard: a meeting the rules read nested in a longer one they found too stays (the learned
    # span is the longer one: the rules have its bounds already)
    nested = "7月2日，第二届柳川竹编产业发展大会筹备工作座谈会在柳川召开。"
    assert meetings(nested, shipped) == {"第二届柳川竹编产业发展大会筹备工作座谈会", "第二届柳川竹编产业发展大会"}


def test_fix_only_extends_and_a_span_cut_inside_a_quotation_is_unused(monkeypatch):
    base = learned.settings()
    meeting = {"MEETING": {"min_confidence": 1.01, "fix_confidence": 0.8}}
    monkeypatch.setattr(
        learned,
        "settings",
        lambda: replace(
            base, labels=("PROJECT", "MEETING"), by_label=meeting, skip_broken=("MEETING",), fix_extends_only=True
        ),
    )
    text = "出席柳溪“百日攻坚”项目集中开工活动。"
    rule = Candidate(2, 18, "MEETING", "head_words", 0.8)  # 柳溪“百日攻坚”项目集中开工活动
    # a shorter learned span does not cut a rule meeting down
    inner = spans_module.LearnedSpan(4, 18, "MEETING", 0.99)
    assert learned.combine(text, [], [rule], [inner]) == [rule]
    # a learned span whose quotation mark has no partner is no name: never used
    cut = spans_module.LearnedSpan(7, 18, "MEETING", 0.99)  # 攻坚”项目集中开工活动
    short = Candidate(10, 18, "MEETING", "head_words", 0.8)  # 项目集中开工活动
    assert learned.broken(text[7:18]) and learned.combine(text, [], [short], [cut]) == [short]
    # a longer one with its quotes paired extends it
    assert [(c.start, c.end) for c in learned.combine(text, [], [short], [inner])] == [(4, 18)]
