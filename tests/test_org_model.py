"""The learned ORG tagger (``[orgs]`` of ontology/patterns/spans.toml, kg.learn.org_model): the
span tagger's model, features and training for ORG (``kg train orgs``), combined with the rule
candidates by the same ways (veto, add) as the place tagger. Sentences and names are invented
(in no gold set).
"""

from __future__ import annotations

import json
from dataclasses import replace

from conftest import ROOT

from kg.cli import main
from kg.learn.org_model import ORG_LABELS, org_settings
from kg.learn.spans import LearnedSpan, SpanTagger
from kg.nlp.entities import learned
from kg.nlp.entities.candidate import SOURCE_RANK, Candidate
from kg.nlp.entities.learned_guards import kept_name

DEV2 = ROOT / "tests" / "fixtures" / "dev2"


class _Reads:
    """A stand-in for a trained model: every span read as outside with probability ``p``."""

    def __init__(self, p: float) -> None:
        self.p = p

    def outside(self, text, words, start, end) -> float:
        return self.p


def _combine(text, rules, spans, monkeypatch, outside=0.0, **settings) -> list[tuple[str, str, str]]:
    monkeypatch.setattr(learned, "load_tagger", lambda model: _Reads(outside))
    s = replace(org_settings(), enabled=True, **settings)
    out = learned.combine(text, [], rules, spans, s=s)
    return sorted((text[c.start : c.end], c.label, c.source) for c in out)


def test_the_veto_drops_a_rule_org_the_model_reads_as_no_body(monkeypatch):
    # "某某中心" read by its head word; the model reads the characters as no organisation
    text = "苇岭镇文化中心广场上，青檀县苇岭农业发展有限公司举办展销会。"
    fragment = Candidate(0, 7, "ORG", "head_words", 0.8)  # 苇岭镇文化中心: a facility
    at = text.index("青檀县")
    firm = Candidate(at, at + 13, "ORG", "head_words", 0.8)
    firm_span = LearnedSpan(at, at + 13, "ORG", 0.99)
    found = _combine(text, [fragment, firm], [firm_span], monkeypatch, outside=0.99, veto_confidence=0.97)
    assert found == [("青檀县苇岭农业发展有限公司", "ORG", "head_words")]  # (the overlapped firm stays)
    # below the threshold nothing is dropped
    kept = _combine(text, [fragment, firm], [firm_span], monkeypatch, outside=0.9, veto_confidence=0.97)
    assert len(kept) == 2


def test_the_veto_never_drops_an_org_of_the_sources_the_rules_trust_most(monkeypatch):
    # a byline's outlet and a title's body: the sources of the highest SOURCE_RANK
    text = "青檀日报记者 苇小檀 报道"
    outlet = Candidate(0, 4, "ORG", "bylines", 0.9)
    kept = org_settings().veto_kept_sources
    assert {"bylines", "titles"} <= set(kept)
    # LAC's own organisations are no longer kept whole (that kept the folds' noise, session 38):
    # the national, foreign and Latin-named bodies the model cannot judge are (veto_kept_names)
    assert "statistical" not in kept
    assert {"national", "foreign", "latin"} <= set(org_settings().veto_kept_names)
    assert max(SOURCE_RANK, key=SOURCE_RANK.get) in kept
    found = _combine(text, [outlet], [], monkeypatch, outside=1.0, veto_confidence=0.5)
    assert found == [("青檀日报", "ORG", "bylines")]


def test_a_learned_org_is_added_only_where_no_rule_candidate_reads_anything(monkeypatch):
    text = "苇岭农机合作社与我县签约。"
    coop = LearnedSpan(0, 7, "ORG", 0.99)
    ours = LearnedSpan(8, 10, "ORG", 0.99)  # 我县: a reference, never added (not_opening)
    assert _combine(text, [], [coop, ours], monkeypatch, min_confidence=0.97) == [("苇岭农机合作社", "ORG", "learned")]
    assert _combine(text, [], [coop], monkeypatch, min_confidence=1.01) == []  # (off above 1)
    place = Candidate(0, 2, "PLACE", "gazetteer", 0.9)  # a rule place inside it blocks it
    blocked = _combine(text, [place], [coop], monkeypatch, min_confidence=0.97)
    assert blocked == [("苇岭", "PLACE", "gazetteer")]


def test_kg_train_orgs_on_a_users_own_gold(tmp_path):
    out = tmp_path / "orgs.crfsuite"
    assert main(["train", "orgs", "--gold", f"{DEV2 / 'gold'}:{DEV2 / 'texts'}", "--out", str(out)]) == 0
    info = json.loads((tmp_path / "orgs.crfsuite.json").read_text(encoding="utf-8"))
    assert info["labels"] == list(ORG_LABELS) and SpanTagger(out).info == info


def _org_lines(page, nlp, unknown: tuple[str, ...]) -> dict[str, list[str]]:
    """The ORG training lines of ``page`` (their text from the ``c=`` feature) with their labels."""
    from kg.learn.spans import page_sequences

    return {"".join(f[1][2:] for f in x): y for x, y in page_sequences(page, nlp, ORG_LABELS, unknown)}


def test_org_training_leaves_out_a_line_with_a_body_the_gold_does_not_score(nlp):
    # the local gold leaves national and foreign bodies a page names in passing unscored: read as
    # outside an organisation they taught the first model that such a body is none (MSRA, CLUENER)
    from kg.learn.gold import GoldPage
    from kg.learn.unknown_places import train_unknown

    text = "青檀县苇岭农业发展有限公司获国务院表彰。\n青檀县苇岭农业发展有限公司举办展销会。"
    firm = {"id": "e1", "type": "ORG", "name": "青檀县苇岭农业发展有限公司"}
    types = (frozenset({"ORG"}), frozenset({"works_for"}))
    page = GoldPage("t", "t.txt", text, (firm,), (), *types)
    every = tuple(train_unknown(ORG_LABELS))
    assert {"optional", "tagger", "national"} <= set(every)
    first, second = text.split("\n")
    assert list(_org_lines(page, nlp, ())) == [first, second]
    assert list(_org_lines(page, nlp, every)) == [second]
    assert list(_org_lines(page, nlp, ("national",))) == [second]
    # an optional gold body: labelled before, now unknown
    council = {"id": "e2", "type": "ORG", "name": "国务院"}
    optional = GoldPage("t", "t.txt", text, (firm, {**council, "optional": True}), (), *types)
    assert _org_lines(optional, nlp, ())[first][14:17] == ["B-ORG", "I-ORG", "I-ORG"]
    assert list(_org_lines(optional, nlp, ("optional",))) == [second]
    # the guard: where the gold scores the body, the line stays, labelled
    scored = GoldPage("t", "t.txt", text, (firm, council), (), *types)
    assert _org_lines(scored, nlp, every)[first][14:17] == ["B-ORG", "I-ORG", "I-ORG"]


def test_org_training_leaves_out_only_the_clause_with_a_body_the_gold_does_not_score(nlp):
    # s39-learnorg5: a list of firms beside one optional body lost its whole line, and with it the
    # firms the gold scores; cut at the clause stops, only the optional body's clause goes
    from kg.learn.gold import GoldPage
    from kg.learn.spans import page_sequences
    from kg.learn.unknown_orgs import train_clause_stops

    text = "某某商行、青檀县苇岭农业发展有限公司在县城设厂。"
    shop = {"id": "e1", "type": "ORG", "name": "某某商行", "optional": True}
    firm = {"id": "e2", "type": "ORG", "name": "青檀县苇岭农业发展有限公司"}
    page = GoldPage("t", "t.txt", text, (shop, firm), (), frozenset({"ORG"}), frozenset({"works_for"}))
    stops = train_clause_stops(ORG_LABELS)
    assert "、" in stops and "。" in stops
    assert list(page_sequences(page, nlp, ORG_LABELS, ("optional",))) == []  # (no stops: the line goes)
    [(xs, ys)] = page_sequences(page, nlp, ORG_LABELS, ("optional",), stops)
    assert "".join(f[1][2:] for f in xs) == text[5:]  # (the optional body's clause left out)
    assert ys[:2] == ["B-ORG", "I-ORG"] and ys.count("B-ORG") == 1


def test_the_shipped_org_model_says_what_it_was_trained_without():
    from kg.learn.spans import load_tagger
    from kg.learn.unknown_orgs import train_clause_stops
    from kg.learn.unknown_places import train_unknown

    info = load_tagger(org_settings().model).info
    assert info["labels"] == list(ORG_LABELS)
    assert info["unknown"] == list(train_unknown(ORG_LABELS))
    assert info.get("clauses", "") == train_clause_stops(ORG_LABELS)  # (trained as the data says)
    assert not {"real-pages-57", "real-pages-58"} & set(info["sets"])  # (unread gold B: never trained on)


def test_the_veto_keeps_national_foreign_and_latin_bodies_of_veto_kept_names(monkeypatch):
    # the local gold holds almost no national organ, foreign club or Latin-named brand, so the
    # model reads them as no body (session 38: vetoing them failed MSRA and CLUENER)
    text = "外交部发言人说，阿森纳队和ABC公司的代表与某某县文化中心负责人会面。"
    names = ("外交部", "阿森纳队", "ABC公司", "某某县文化中心")
    cands = [Candidate(text.index(n), text.index(n) + len(n), "ORG", "head_words", 0.8) for n in names]
    kinds = ["national", "foreign", "latin"]
    found = _combine(text, cands, [], monkeypatch, outside=0.99, veto_confidence=0.9, veto_kept_names=tuple(kinds))
    assert [f[0] for f in found] == sorted(names[:3])  # the local facility is still dropped
    assert _combine(text, cands, [], monkeypatch, outside=0.99, veto_confidence=0.9, veto_kept_names=()) == []
    # a country's name opening a body ("country_first"); a Latin letter inside one is no reason
    assert kept_name("俄罗斯某某银行", ("country_first",))
    assert not kept_name("某某5G科技", tuple(kinds))


def test_the_veto_keeps_a_body_that_opens_with_a_place_the_rules_found_and_ends_in_a_suffix(monkeypatch):
    # "placed" (learned_guards.placed_body): a place the rules found + an organisation's suffix
    # is the shape the rules read a local body by; its located_in/works_for facts go with it
    text = "某某乡农会总干事某某说，某某乡智能产业和某某中心都在扩建。"
    place = Candidate(0, 3, "PLACE", "gazetteer", 0.9)  # 某某乡
    body = Candidate(0, 5, "ORG", "head_words", 0.8)  # 某某乡农会: kept
    at = text.index("某某乡智能")
    fragment = Candidate(at, at + 5, "ORG", "tagger", 0.8)  # 某某乡智能: no suffix, dropped
    other = Candidate(text.index("某某中心"), text.index("某某中心") + 4, "ORG", "head_words", 0.8)  # no place: dropped
    second = Candidate(at, at + 3, "PLACE", "gazetteer", 0.9)
    cands = [place, body, fragment, other, second]
    found = _combine(text, cands, [], monkeypatch, outside=0.99, veto_confidence=0.9, veto_kept_names=("placed",))
    assert [f for f in found if f[1] == "ORG"] == [("某某乡农会", "ORG", "head_words")]
    # without the kind, it goes with the others
    none = _combine(text, cands, [], monkeypatch, outside=0.99, veto_confidence=0.9, veto_kept_names=())
    assert [f for f in none if f[1] == "ORG"] == []
