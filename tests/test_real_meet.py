"""A tuning set of real meeting reports (``tests/fixtures/real-meet``), gold first.

21 real pages (six in traditional characters, in two rounds: p01-p12, q01-q09) of party,
congress and government meetings and ceremonies, with gold for MEETING and PERSON entities and the chaired and attended
relations, committed before kg ran on them. Its errors were then read to write general
rules (issue 14), so it flatters kg; the unseen measures are ``dev-real/check`` and
``tests/fixtures/real-pages``. The floors hold what the rules reach here, a little below.
Only the focus rows are held: the other types are not annotated in this set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_page_set, score_build

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-meet"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
# (table, row) -> F1 floor. p01-p12 before the rules of issue 14: MEETING 0.703, chaired
# 0.571, attended 0.689; q01-q09 before the second round's: 0.583, 0.667, 0.764. All 21 after
# both rounds: MEETING 0.923, chaired 0.966, attended 0.920 (PERSON 0.969).
FLOORS = {
    ("entities", "PERSON"): 0.95,
    ("entities", "MEETING"): 0.90,
    ("relations", "chaired"): 0.94,
    ("relations", "attended"): 0.90,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 21, 2)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-meet") / "out")


def test_real_meet_holds_its_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-meet below its floors (F1, floor): {low}"
