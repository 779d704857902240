"""The rule table (ontology/patterns/rules.toml) is true: it lists every registered rule once,
in run order; every key it declares exists and every key of the pattern files is read by a
rule or a reader; what the rules do on the seeds and the written dev sets (the keys they
read, the facts they write, the state they change) and every fact a build writes are declared;
docs/rules.md is the page generated from it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, SEEDS, run_kg_build

from kg.nlp.relations import ORDER, RULES
from kg.nlp.relations.catalogue import markdown, pattern_keys, problems
from kg.nlp.relations.observe import Observed, observe_texts, observing, undeclared
from kg.nlp.relations.table import confidence, rule_table

DEV_SETS = [ROOT / "tests" / "fixtures" / name / "texts" for name in ("dev", "dev2")]


def test_the_rule_table_holds():
    assert problems() == []
    assert sorted(ORDER) == sorted(RULES) and len(set(ORDER)) == len(ORDER)


def test_a_table_that_is_wrong_is_reported():
    table = rule_table()
    rules = dict(table["rules"])
    reads = [*rules["investor"]["reads"], "relations.invests_in.no_such_key"]
    rules["investor"] = {**rules["investor"], "reads": reads}
    rules["home_city"] = {**rules["home_city"], "writes": ["home_city", "home_town"], "state": ["everything"]}
    readers = {k: v for k, v in table["readers"].items() if k != "kg.dates"}
    wrong = {**table, "rules": rules, "readers": readers, "order": [n for n in table["order"] if n != "zone_body"]}
    found = problems(wrong)
    assert "rules.investor: reads relations.invests_in.no_such_key, which no pattern file has" in found
    assert any(p.startswith("rules.home_city: writes home_town, which has no confidence") for p in found)
    assert any(p.startswith("rules.home_city: state everything") for p in found)
    assert "order: the registered rule zone_body is not listed" in found
    assert "rules.zone_body: not in order" in found
    # Without the reader of dates.toml its keys are dead entries.
    assert any(p.startswith("dates.path_year: read by no rule and no reader") for p in found)


def test_pattern_keys_walk_header_tables_only():
    keys = set(pattern_keys())
    assert {"relations.invested_amount.currencies", "entities.meeting.left_edge.scopes"} <= keys
    assert not any(k.startswith("relations.invested_amount.currencies.") for k in keys)  # an inline table
    assert not any(k.startswith("rules.") for k in keys)  # the table itself


def test_docs_rules_md_is_current():
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == markdown(), "run: python -m kg.nlp.relations.catalogue --write docs/rules.md"
    for name in ORDER:
        assert f"`{name}`" in page


def test_what_the_rules_do_on_seeds_and_dev_sets_is_declared():
    seen = observe_texts([SEEDS, *DEV_SETS])
    assert undeclared(seen) == []
    assert set(seen) == set(RULES) and all(obs.runs > 0 for obs in seen.values())
    # The observation sees through helpers and cached patterns.
    assert "relations.located_in.triggers" in seen["located_trigger"].reads
    assert "relations.invested_amount.currencies" in seen["investment_amount"].reads  # via kg.nlp.amounts
    assert ("org_title_name", "works_for", confidence("org_title_name", "works_for")) in seen["title_before_name"].facts
    assert {"mentions", "named_divisions"} <= seen["place_in_name"].state


def test_an_undeclared_read_or_fact_is_reported():
    from kg.ingest import segment_document
    from kg.nlp.relations import ArticleView

    (art,) = segment_document("t.txt", "该项目位于灵丘县。")
    with observing() as seen:
        RULES["located_trigger"](ArticleView(art, []))
    table = rule_table()
    declared = table["rules"]["located_trigger"]
    narrow = {**declared, "reads": [k for k in declared["reads"] if k != "relations.located_in.triggers"]}
    found = undeclared(seen, {**table, "rules": {**table["rules"], "located_trigger": narrow}})
    assert found == ["located_trigger: read relations.located_in.triggers, which its reads do not declare"]
    fact = Observed(facts={("home_city", "located_in", 0.99)})
    assert undeclared({"home_city": fact}) == [
        f"home_city: wrote home_city at 0.99, not at its confidence {confidence('home_city')}"
    ]


def test_every_fact_a_build_writes_is_declared(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for d in (SEEDS, *DEV_SETS):
        for f in d.glob("*.txt"):
            shutil.copy(f, inputs / f"{d.parent.name}_{f.name}")
    out = tmp_path / "out"
    proc = run_kg_build(inputs, out)
    assert proc.returncode == 0, proc.stderr
    table = rule_table()
    declared = {
        (w, t, confidence(w, t)) for decl in table["rules"].values() for w in decl["writes"] for t in decl["emits"]
    }
    declared |= {(n, t, d["confidence"]) for n, d in table["inferred"].items() for t in d["emits"]}
    written = set()
    for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        written.add((r["rule"], r["type"], r["confidence"]))
    assert len(written) > 20
    # A relation type decided by an enabled pair model (kg.learn.pair_model) carries the
    # model's probability as the confidence of the rules' facts it keeps and of those it adds.
    scored = {t: d for t, d in table.get("scored", {}).items() if _enabled(d["model"])}
    names = {w for decl in table["rules"].values() for w in decl["writes"]}
    written = {
        (w, t, "p") if t in scored and (w in names or w in scored[t]["writes"]) and 0 <= c <= 1 else (w, t, c)
        for w, t, c in written
    }
    declared |= {(w, t, "p") for t, d in scored.items() for w in [*names, *d["writes"]]}
    assert written <= declared, sorted(written - declared)


def _enabled(model: str) -> bool:
    from kg.learn.pair_model import read_model
    from kg.resources import ontology_path

    return read_model(ontology_path(*model.split("/"))).enabled
