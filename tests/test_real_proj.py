"""A tuning set of real pages rich in projects (``tests/fixtures/real-proj``, issue 14).

29 real local-news pages (ground-breaking lists, signing ceremonies, investment promotion,
city and county digests; 16 provinces, six in traditional characters) whose PROJECT and
invested_amount gold was written by hand before kg ran on them. Unlike ``real-pages`` this
set WAS read after its first score, to find the kinds of misses that
``kg/nlp/project_frames.py`` and ``kg/nlp/project_lists.py`` now handle: its floors guard
those rules, not generalisation (see the set's README for the first score).

Only the focus rows are held: the gold leaves other people, bodies and facts out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_names_are_new, check_page_set, score_build, written_texts

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-proj"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
# Each batch's first score came before kg ran on it and before any rule was written from it:
# q01-q12 (commit 2e74700) PROJECT P/R 0.692/0.759, invested_amount 0.675/0.562; q13-q20 (commit
# a44338a, first round's rules in) PROJECT 0.847/0.781; q21-q26 (commit 967023d, second round's
# rules in) 0.800/0.533; q27-q29 (commit 99ef98c, third round's rules in) 0.875/0.636. All 29
# pages after the fourth round: PROJECT 0.946/0.951 (F1 0.949), invested_amount 1.000/0.839
# (F1 0.912). Floors sit about 0.02 below.
FLOORS = {
    ("entities", "PROJECT"): 0.93,
    ("relations", "invested_amount"): 0.89,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 29, 2)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


def test_companies_and_projects_are_new():
    """No rule could already know this set's projects: none occurs in the seeds or the written
    dev sets."""
    check_names_are_new(GOLD_FILES, written_texts(), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-proj") / "out")


def test_real_proj_holds_its_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-proj below its floors (F1, floor): {low}"
