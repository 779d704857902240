"""``kg eval``: the per-rule table and the reliability table score each group of facts alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import GOLD, ROOT, SEEDS, gold_records

from kg.evaluate import confidence_bin, evaluate, score_relation_groups
from kg.export import export
from kg.graph import to_graph


def _gold_as_build(out: Path) -> None:
    export(to_graph(*gold_records()), out, ("jsonl",))


def _add_fact(out: Path, **fact) -> None:
    with (out / "relations.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(fact, ensure_ascii=False) + "\n")


def test_each_rule_is_scored_on_its_own_facts(tmp_path: Path):
    _gold_as_build(tmp_path)
    entities = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    person = next(e for e in entities if e["type"] == "PERSON")
    doc = person["mentions"][0]["doc"]
    meeting = next(e for e in entities if e["type"] == "MEETING" and e["mentions"][0]["doc"] != doc)
    # A chair the gold does not have (the meeting is another page's), written by a rule of its own.
    _add_fact(
        tmp_path,
        type="chaired",
        head=person["id"],
        tail=meeting["id"],
        rule="made_up",
        confidence=0.55,
        evidence=[{"doc": doc, "text": "x"}],
    )
    table = score_relation_groups(GOLD, tmp_path, lambda r: r["rule"])
    assert table["made_up"] == {"facts": 1, "tp": 0, "fp": 1, "p": 0.0, "recall": 0.0}
    assert table["gold"]["fp"] == 0 and table["gold"]["p"] == 1.0
    report, _, _ = evaluate(GOLD, tmp_path)
    # Every true fact belongs to exactly one rule, so the groups add up to the whole build.
    assert sum(row["tp"] for row in table.values()) == report["relations"]["micro"]["tp"]
    assert table["gold"]["recall"] == 1.0


def test_reliability_bins_sort_facts_by_confidence(tmp_path: Path):
    _gold_as_build(tmp_path)
    bins = score_relation_groups(GOLD, tmp_path, lambda r: confidence_bin(r["confidence"]))
    assert list(bins) == ["0.8-0.9"]  # gold_records gives every fact 0.9
    assert confidence_bin(0.55) == "0.5-0.6" and confidence_bin(0.9) == "0.8-0.9" and confidence_bin(0.95) == "0.9-1.0"


def test_kg_eval_by_rule_prints_every_rule_of_the_build(tmp_path: Path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "eval", str(GOLD), str(SEEDS), "--by-rule", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert "relations by rule" in proc.stdout and "reliability (confidence bin)" in proc.stdout
    rules = {
        json.loads(line)["rule"]
        for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
        if not json.loads(line).get("inferred")
    }
    printed = proc.stdout.split("relations by rule")[1].split("reliability")[0]
    assert rules and all(f"  {rule} " in printed for rule in rules)


def test_kg_eval_of_gold_without_its_scorer_says_so_and_takes_one(tmp_path: Path):
    """A gold folder of one's own (no score.py beside it): a one-line error before any build,
    and --scorer names the folder of the shared scorer."""
    gold, texts = tmp_path / "mine" / "gold", tmp_path / "mine" / "texts"
    gold.mkdir(parents=True)
    texts.mkdir()
    one = sorted(GOLD.glob("*.json"))[0]
    (gold / one.name).write_bytes(one.read_bytes())
    doc = json.loads(one.read_text(encoding="utf-8"))["doc"]
    (texts / doc).write_bytes((SEEDS / doc).read_bytes())

    def run(*extra: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "kg", "eval", str(gold), str(texts), *extra]
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)

    proc = run()
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{gold}: no score.py" in proc.stderr and "--scorer" in proc.stderr
    proc = run("--scorer", str(GOLD))
    assert proc.returncode == 0, proc.stderr
    assert "reliability (confidence bin)" in proc.stdout
