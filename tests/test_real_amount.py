"""A gold-first TUNING set of real pages for project amounts and investors
(``tests/fixtures/real-amount``, issue 14).

30 real local-news pages from sixteen provinces (five in traditional characters) with gold for
PROJECT, the investing ORGs, ``invested_amount`` and ``invests_in``, written by hand before
kg ran on them (its README). Its errors were then read to write the rules of
``tests/test_amounts_real.py``, so it flatters: it holds what was reached, it does not
measure generalisation (``dev-real/check`` and ``real-pages`` do). Only the annotated types
have floors; the other entity types are not annotated here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_names_are_new, check_page_set, score_build, written_texts

from kg.evaluate import load_scorer

SET = Path(__file__).resolve().parent / "fixtures" / "real-amount"
TEXTS, GOLD = SET / "texts", SET / "gold"
SCORER = load_scorer(SEED_GOLD)
# (table, row) -> F1 floor, a little below what kg reaches after the rules this set showed.
# Batch a (12 pages), first score, gold first: PROJECT 0.812, invested_amount 0.548,
# invests_in 0.200; after its rules: 0.812, 0.738, 0.625. Batch b (6 pages found after those
# rules), first score: 0.833, 1.000, 0.000 (a new kind: "X公司投资1.2亿元的Y项目"). Batch c
# (5 pages found after the rules of a and b), first score: 0.500, 0.533, 1.000 (without any
# of these rules: 0.500, 0.429, 0.000). Batch d (4 pages found after those), first score:
# 0.308, 0.333, 0.000 (without: 0.308, 0.316, 0.000; names cut by the entity stage). Batch e
# (3 pages), first score: 0.706, 0.500, 0.000 (the same without; names the entity stage
# misses). All 30 after the rules of the five: 0.724, 0.717, 0.727 (the misses left are names
# the entity stage cuts or does not find).
FLOORS = {
    ("entities", "PROJECT"): 0.70,
    ("relations", "invested_amount"): 0.69,
    ("relations", "invests_in"): 0.70,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_page_has_gold_and_a_source():
    check_page_set(SET, 30, 5)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


def test_companies_and_projects_are_new():
    check_names_are_new(GOLD_FILES, written_texts(), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-amount") / "out")


def test_real_amount_pages_hold_their_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-amount below its floors (F1, floor): {low}"
