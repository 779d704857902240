"""A gold-first set of real pages for organisations (``tests/fixtures/real-org``).

13 real local-news pages (Hubei, Henan, Hunan, Jiangxi, Fujian, Guangdong, Taiwan; four in
traditional characters) with gold for ORG and PERSON and the ``holds_position`` and
``works_for`` facts, written and committed before kg ran on them. It is a TUNING set: its
misses were then read to find kinds of missed organisations (see its README), so its figures
flatter kg like ``dev-real/tune``'s. The floors sit a little below the figures reached
(before the issue-14 ORG rules: ORG 0.758, PERSON 0.904, holds_position 0.760, works_for
0.651; after: ORG 0.891, PERSON 0.923, holds_position 0.938, works_for 0.857) and may only go up.
Only the focus rows are held: the other types are not annotated in this set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_names_are_new, check_page_set, score_build, written_texts

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-org"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
# (table, row) -> F1 floor.
FLOORS = {
    ("entities", "ORG"): 0.87,
    ("entities", "PERSON"): 0.90,
    ("relations", "holds_position"): 0.92,
    ("relations", "works_for"): 0.84,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 13, 4)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


def test_people_companies_and_projects_are_new():
    check_names_are_new(GOLD_FILES, written_texts(), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-org") / "out")


def test_real_org_pages_hold_their_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-org below its floors (F1, floor): {low}"
