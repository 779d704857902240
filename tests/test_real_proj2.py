"""A tuning set of real pages rich in projects and investors (``tests/fixtures/real-proj2``,
issue 14, session 8).

12 real local-news pages (ground-breaking lists, signing ceremonies, investment promotion) from
Hebei, Guangxi, Liaoning, Guangdong and Jilin, two in traditional characters, whose PROJECT,
invested_amount and invests_in gold (with the ORG ends of invests_in) was written by hand and
committed before kg ran on them (commit 5389708). The set WAS read after its first score, to
find the kinds of misses that the verb frame (在X投资|P, 与X签订|P), lists of examples after "，如",
phases after a head word, factories in lists and classes named by a place now handle: its
floors guard those rules, not generalisation (see the set's README for the first score).

Only the focus rows are held: the gold leaves other people, bodies, places and facts out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_names_are_new, check_page_set, score_build, written_texts

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-proj2"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
# First score, gold first (commit 5389708): PROJECT P/R 0.823/0.773 (F1 0.797), invested_amount
# 0.923/1.000 (0.960), invests_in 0.667/0.167 (0.267). After this session's rules: PROJECT
# 0.909/0.909 (0.909), invested_amount 0.923/1.000 (0.960), invests_in 0.833/0.417 (0.556).
# Floors sit about 0.02 below.
FLOORS = {
    ("entities", "PROJECT"): 0.89,
    ("relations", "invested_amount"): 0.94,
    ("relations", "invests_in"): 0.53,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 12, 2)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


# A capacity and a product, which a written dev text also gives a project of another company
# ("…有限公司年产20GWh动力电池项目"): a description shared by chance, not a name a rule knows.
SHARED_DESCRIPTIONS = {"年产20GWh动力电池项目"}


def test_companies_and_projects_are_new(tmp_path):
    """No rule could already know this set's projects: none occurs in the seeds or the written
    dev sets (but for the shared descriptions above)."""
    copies = []
    for gpath in GOLD_FILES:
        gold = _gold(gpath)
        gold["entities"] = [e for e in gold["entities"] if e["name"] not in SHARED_DESCRIPTIONS]
        copy = tmp_path / gpath.name
        copy.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        copies.append(copy)
    check_names_are_new(copies, written_texts(), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-proj2") / "out")


def test_real_proj2_holds_its_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-proj2 below its floors (F1, floor): {low}"
