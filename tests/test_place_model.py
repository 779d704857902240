"""The learned place tagger (``[places]`` of ontology/patterns/spans.toml): the span tagger's
model, features and training for PLACE (``kg train places``), combined with the rule candidates
by the same ways (add, fix, veto) as the PROJECT tagger. Sentences and names are invented
(in no gold set).
"""

from __future__ import annotations

import json
from dataclasses import replace

from conftest import ROOT

from kg.cli import main
from kg.ingest import segment_document
from kg.learn.gold import GoldPage
from kg.learn.spans import PLACE_LABELS, LearnedSpan, SpanTagger, load_tagger, page_sequences
from kg.learn.unknown_places import train_unknown
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import Candidate
from kg.nlp.pipeline import analyse_article

DEV2 = ROOT / "tests" / "fixtures" / "dev2"


def _combine(text: str, rules: list[Candidate], spans: list[LearnedSpan], **settings) -> list[tuple[str, str, str]]:
    s = replace(learned.place_settings(), enabled=True, **settings)
    out = learned.combine(text, [], rules, spans, s=s)
    return sorted((text[c.start : c.end], c.label, c.source) for c in out)


def test_a_learned_place_is_added_where_no_rule_reads_anything():
    text = "项目落户苇岭经济板块。"
    span = LearnedSpan(4, 10, "PLACE", 0.99)
    assert _combine(text, [], [span], min_confidence=0.97) == [("苇岭经济板块", "PLACE", "learned")]
    assert _combine(text, [], [span], min_confidence=1.01) == []  # (as shipped: off below 1)


def test_a_learned_place_inside_another_types_rule_name_is_not_added():
    # the guard: a rule ORG (or PROJECT) over the span blocks it (add_blocked_by), as does a
    # reference word the rules resolve ("我县": not_opening)
    text = "苇岭经济板块管委会表示，我县将加快建设。"
    org = Candidate(0, 9, "ORG", "head_words", 0.8)
    spans = [LearnedSpan(0, 6, "PLACE", 0.99), LearnedSpan(12, 14, "PLACE", 0.99)]
    assert _combine(text, [org], spans, min_confidence=0.97) == [("苇岭经济板块管委会", "ORG", "head_words")]


def test_fix_only_grows_a_rule_place_to_the_learned_name():
    text = "青檀县讯 项目落户苇岭经济板块，榆溪省青檀经济开发区同日签约。"
    short = Candidate(9, 11, "PLACE", "statistical", 0.7)  # 苇岭 | 经济板块
    whole = Candidate(16, 26, "PLACE", "head_words", 0.8)  # 榆溪省青檀经济开发区
    spans = [LearnedSpan(9, 15, "PLACE", 0.95), LearnedSpan(19, 26, "PLACE", 0.95)]
    found = _combine(text, [short, whole], spans, min_confidence=0.9, fix_confidence=0.9, add_max_overlap=-1)
    # the short rule place grows; the whole one is not cut to the model's shorter reading
    assert found == [("榆溪省青檀经济开发区", "PLACE", "head_words"), ("苇岭经济板块", "PLACE", "statistical")]
    cut = _combine(
        text, [short, whole], spans, min_confidence=0.9, fix_confidence=0.9, add_max_overlap=-1, fix_extends_only=False
    )
    assert ("青檀经济开发区", "PLACE", "head_words") in cut


def test_the_shipped_place_model_reads_places_of_sentences_it_never_saw(nlp):
    s = learned.place_settings()
    tagger = load_tagger(s.model)
    assert tagger.info["labels"] == list(PLACE_LABELS)
    assert tagger.info["unknown"] == list(train_unknown(PLACE_LABELS))  # (the lines it was trained without)
    text = "青檀县讯 苇岭经济板块内的三个项目同日签约，苇岭镇党委书记出席。"
    words = nlp.make_doc(text).user_data["kg_words"]
    found = {text[x.start : x.end]: x.confidence for x in tagger.spans(text, words)}
    assert found.get("苇岭镇", 0) >= 0.9
    calm = "今天天气晴朗，市民纷纷出门散步。"
    assert tagger.spans(calm, nlp.make_doc(calm).user_data["kg_words"]) == []


def test_the_pipeline_grows_a_place_when_the_place_tagger_is_on(nlp, monkeypatch):
    art = segment_document("t.txt", "青檀县讯 苇岭经济板块内的三个项目同日签约，苇岭镇党委书记出席。")[0]

    # (the model's reading given, as the model of session 22 read it: the pipeline's wiring is tested)
    zone = LearnedSpan(art.text.index("苇岭经济板块"), art.text.index("苇岭经济板块") + 6, "PLACE", 0.95)
    read = learned.learned_spans
    placed = lambda t, w, s=None: [zone] if s and s.labels == PLACE_LABELS and s.enabled else read(t, w, s)  # noqa: E731
    monkeypatch.setattr(learned, "learned_spans", placed)

    def places(**settings) -> list[str]:
        s = replace(learned.place_settings(), **settings)
        monkeypatch.setattr(learned, "place_settings", lambda: s)
        doc = analyse_article(nlp, art)
        return sorted(art.text[c.start : c.end] for c in doc._.mentions if c.label == "PLACE")

    off = places(enabled=False)
    assert "苇岭" in off and "苇岭经济板块" not in off  # the rules cut the name at its place word
    on = places(enabled=True, min_confidence=0.9, fix_confidence=0.9, add_max_overlap=-1, fix_extends_only=True)
    assert "苇岭经济板块" in on and "苇岭" not in on and "苇岭镇" in on


def test_kg_train_places_on_a_users_own_gold(tmp_path):
    out = tmp_path / "places.crfsuite"
    assert main(["train", "places", "--gold", f"{DEV2 / 'gold'}:{DEV2 / 'texts'}", "--out", str(out)]) == 0
    info = json.loads((tmp_path / "places.crfsuite.json").read_text(encoding="utf-8"))
    assert info["labels"] == ["PLACE"] and SpanTagger(out).info == info


def test_the_veto_drops_what_the_model_reads_as_no_place(nlp, monkeypatch):
    # LAC tags the 专题 of a byline's "专题报导" LOC (the dateline rule takes it for the report's
    # place; 综合报导 it now knows); the place tagger reads it as no place (as it reads firms'
    # short names, fragments and words tagged LOC), so the rule place is dropped
    art = segment_document("t.txt", "记者 苇小檀/专题报导\n青檀县苇岭镇昨日举办农产品展销会。")[0]

    def places(s: learned.Settings) -> list[str]:
        monkeypatch.setattr(learned, "place_settings", lambda: s)
        return sorted(art.text[c.start : c.end] for c in analyse_article(nlp, art)._.mentions if c.label == "PLACE")

    shipped = learned.place_settings()
    # shipped off (its cost, README "Learned places"); when on: the veto alone (add and fix
    # off), at 0.995, never on a division of the gazetteer, a rule place with a head word, or a
    # country
    assert not shipped.enabled and shipped.veto_confidence <= 1 and shipped.min_confidence > 1
    assert "专题" in places(shipped)
    # the guard: the county and the town stay
    assert places(replace(shipped, enabled=True)) == ["苇岭镇", "青檀县"]


def _page(text: str, *places: tuple[str, bool]) -> GoldPage:
    """A gold page that annotates PLACE, listing ``places`` as (name, optional)."""
    ents = tuple(
        {"id": f"e{k}", "type": "PLACE", "name": n, "aliases": [], **({"optional": True} if o else {})}
        for k, (n, o) in enumerate(places)
    )
    return GoldPage("t", "t.txt", text, ents, (), frozenset({"PLACE"}), frozenset({"located_in"}))


def _lines(page: GoldPage, nlp, unknown: tuple[str, ...]) -> dict[str, list[str]]:
    """The training lines of ``page`` (their text from the ``c=`` feature) with their labels."""
    return {"".join(f[1][2:] for f in x): y for x, y in page_sequences(page, nlp, PLACE_LABELS, unknown)}


def test_training_leaves_out_a_line_with_a_place_the_gold_does_not_score(nlp):
    # the tuning gold leaves national and foreign places unscored where a local page names them
    # in passing: read as outside a place, they taught the model that a country is no place
    text = "苇岭镇与法国客商签约。\n苇岭镇党委书记出席。"
    page = _page(text, ("苇岭镇", False))
    every = ("optional", "tagger", "gazetteer", "countries")
    assert list(_lines(page, nlp, ())) == ["苇岭镇与法国客商签约。", "苇岭镇党委书记出席。"]
    assert list(_lines(page, nlp, every)) == ["苇岭镇党委书记出席。"]
    assert list(_lines(page, nlp, ("countries",))) == ["苇岭镇党委书记出席。"]
    # an optional gold place: labelled a place before, now unknown
    optional = _page(text, ("苇岭镇", False), ("法国", True))
    assert _lines(optional, nlp, ())["苇岭镇与法国客商签约。"][4:6] == ["B-PLACE", "I-PLACE"]
    assert list(_lines(optional, nlp, every)) == ["苇岭镇党委书记出席。"]
    # the guard: where the gold scores the country, or holds it in another name, the line stays
    scored = _lines(_page(text, ("苇岭镇", False), ("法国", False)), nlp, every)
    assert scored["苇岭镇与法国客商签约。"][4:6] == ["B-PLACE", "I-PLACE"]
    firm = GoldPage(
        "t", "t.txt", "苇岭镇与法国青檀集团签约。",
        ({"id": "e1", "type": "PLACE", "name": "苇岭镇"}, {"id": "e2", "type": "ORG", "name": "法国青檀集团"}),
        (), frozenset({"PLACE", "ORG"}), frozenset(),
    )  # fmt: skip
    assert list(_lines(firm, nlp, every)) == ["苇岭镇与法国青檀集团签约。"]


def test_the_veto_keeps_a_countrys_name(nlp):
    # veto_kept_countries: a country's name of ontology/lexicon/country_short_forms.txt is never
    # vetoed (at a threshold of 0 the veto drops every rule place no learned span overlaps)
    text = "苇岭镇客商赴法国考察，春秋时属楚国。"
    words = list(nlp.make_doc(text).user_data["kg_words"])
    rules = [Candidate(6, 8, "PLACE", "statistical", 0.6), Candidate(15, 17, "PLACE", "statistical", 0.6)]

    def kept(**settings) -> list[str]:
        s = replace(learned.place_settings(), enabled=True, veto_confidence=0.0, **settings)
        return [text[c.start : c.end] for c in learned.combine(text, words, rules, [], s=s)]

    assert learned.place_settings().veto_kept_countries
    assert kept(veto_kept_countries=True) == ["法国"]  # (the guard: 楚国, no country of the list, goes)
    assert kept(veto_kept_countries=False) == []
