"""The learned located_in scorer (kg/learn/): a model trained on a few gold pages ranks the
right pair of a sentence of the kind above a wrong one, the shipped model file loads offline
and decides as it says, training is deterministic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.learn.gold import HELD_OUT
from kg.learn.pair_model import PairModel, active_models, apply_model, read_model
from kg.learn.pairs import candidate_pairs
from kg.learn.train_pairs import collect, fit, model_toml  # needs scikit-learn (the dev extra)
from kg.resources import ontology_path


@pytest.fixture(scope="module")
def examples():
    # Two written sets in the repository (they cover located_in completely).
    return collect("located_in", ["dev", "dev2"])


def analyse(nlp, text: str):
    """The view and the rules' facts of a one-article text, as kg build makes them."""
    from kg.ingest import segment_document
    from kg.nlp.document import document_context
    from kg.nlp.pipeline import analyse_article

    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, document_context(text))
    return doc.user_data["kg_view"], doc.user_data["kg_rule_relations"]


def _pair(view, pairs, head: str, tail: str):
    return next(p for p in pairs if view.text(p.head) == head and view.text(p.tail) == tail)


def test_a_model_trained_on_a_few_pages_ranks_the_stated_place_first(nlp, examples, tmp_path: Path):
    assert {e.set for e in examples} == {"dev", "dev2"} and sum(e.label for e in examples) > 20
    path = tmp_path / "located_in.toml"
    path.write_text(model_toml(fit(examples, "located_in")), encoding="utf-8")
    model = read_model(path)
    text = "来自甘肃省的一家企业投资建设的储能电站项目位于岚县，总投资5亿元。"
    view, rules = analyse(nlp, text)
    pairs = candidate_pairs(view, rules, "located_in")
    right, wrong = _pair(view, pairs, "储能电站项目", "岚县"), _pair(view, pairs, "储能电站项目", "甘肃省")
    p_right, p_wrong = model.probabilities([right.features, wrong.features])
    assert p_right > p_wrong
    assert p_right >= model.threshold  # the stated place is kept


def test_training_is_deterministic(examples):
    assert model_toml(fit(examples, "located_in")) == model_toml(fit(examples, "located_in"))
    alone = fit(examples, "located_in", rule_features=False, sources=("sentence",))
    assert not any(n.startswith(("rule:", "no_rule")) for n in alone.weights)


def test_the_shipped_model_loads_and_decides_as_configured(nlp):
    shipped = read_model(ontology_path("models", "located_in.toml"))
    assert shipped.relation == "located_in" and len(shipped.weights) > 20
    assert {"date", "sets", "pages"} <= set(shipped.training)
    # No held-out set (real-pages and real-pages-2 are tuning sets since session 16).
    assert not {Path(h).name for h in HELD_OUT} & set(shipped.training["sets"])
    assert (shipped in active_models()) == shipped.enabled
    view, rules = analyse(nlp, "县委书记到经开区调研。光伏组件项目位于岚县经济开发区，由一家公司投资建设。")
    on = replace(shipped, enabled=True)
    decided = apply_model(view, rules, on)
    pairs = candidate_pairs(view, rules, "located_in")
    probs = dict(zip(((p.head, p.tail) for p in pairs), on.probabilities([p.features for p in pairs]), strict=True))
    for r in decided:
        if r.type == "located_in":
            assert r.confidence == round(probs[(r.head, r.tail)], 3)
            assert probs[(r.head, r.tail)] >= (on.add if r.rule == on.learned_rule else on.threshold)
    # A threshold no pair reaches keeps no located_in fact; the other relations are untouched.
    none = apply_model(view, rules, replace(on, threshold=1.01, add=1.01))
    assert [r for r in none if r.type == "located_in"] == []
    assert [r for r in none if r.type != "located_in"] == [r for r in rules if r.type != "located_in"]


def test_a_model_file_that_is_wrong_names_the_file(tmp_path: Path):
    bad = tmp_path / "m.toml"
    bad.write_text('relation = "located_in"\nthreshold = 0.5\n', encoding="utf-8")
    with pytest.raises(ValueError, match="m.toml: not a pair model file"):
        read_model(bad)
    assert PairModel("located_in", {}, 0.0, 0.5).probabilities([{}]) == [0.5]


def test_the_shipped_model_drops_a_town_the_city_frames_and_keeps_what_is_stated(nlp):
    # Session 21: the model file is trained keep-only (threshold 0.3, no pair added): in
    # leave-one-set-out builds it removed 14 of 84 false located_in facts of the real-pages
    # folds and no true one (benchmarks/README.md); it ships disabled (real-loc's floor). A town
    # named under its county is in that county; "全市" framing the sentence does not state it
    # in the city (the home_city rule's pair).
    from kg.ingest import segment_document
    from kg.nlp.document import document_setting
    from kg.nlp.pipeline import analyse_article

    shipped = read_model(ontology_path("models", "located_in.toml"))
    assert shipped.add > 1.0  # keeps or drops the rules' facts, adds none
    # The town is named without its county before it: "位于灵丘县武灵镇" now gives home_city's
    # fact to 灵丘县 (s33-locmiss), so the city's pair is proposed only where no county stands.
    text = "大同市召开招商引资推进会。今年以来，全市共接待来访客商120余批次。灵丘县光伏储能项目位于武灵镇。"
    _, context, home = document_setting(text)
    (art,) = segment_document("t.txt", text)
    doc = analyse_article(nlp, art, context, home)
    view, rules = doc.user_data["kg_view"], doc.user_data["kg_rule_relations"]

    def facts(relations) -> set[tuple[str, str, str]]:
        return {(view.text(r.head), view.text(r.tail), r.rule) for r in relations if r.type == "located_in"}

    proposed, decided = facts(rules), facts(apply_model(view, rules, replace(shipped, enabled=True)))
    assert ("武灵镇", "全市", "home_city") in proposed
    assert ("武灵镇", "全市", "home_city") not in decided
    # The guard: what the text states stays.
    assert {
        ("灵丘县光伏储能项目", "灵丘县", "place_prefix"),
        ("灵丘县光伏储能项目", "武灵镇", "located_trigger"),
    } <= decided


def test_fixed_thresholds_are_written_as_given(examples):
    from kg.learn.train_pairs import NEVER

    model = fit(examples, "located_in", keep=0.3, add=NEVER)
    assert (model.threshold, model.add) == (0.3, NEVER)
    assert "add_threshold = 1.01" in model_toml(model)
