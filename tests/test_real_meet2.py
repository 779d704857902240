"""A second tuning set of real meeting reports (``tests/fixtures/real-meet2``), gold first.

21 real pages (five in traditional characters, two rounds: m01-m12, m13-m21) from Shaanxi,
Henan, Hunan, Jilin, Liaoning, Beijing, Guizhou, Fujian, Hong Kong, Macau and Penghu: standing
meetings with 出席 / 列席 lists, numbered sessions of a standing body, signing and
ground-breaking ceremonies, 座谈会, long 暨 names. Gold for MEETING and PERSON
entities and the chaired and attended relations was committed before kg ran on them; their
errors were then read to write general rules (issue 14), so the set flatters kg. Only the
focus rows are held: the other types are not annotated in this set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import below_floors, check_gold_file, check_page_set, score_build

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-meet2"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
# (table, row) -> F1 floor. m01-m12 before the rules written from them: MEETING 0.788, chaired
# 0.714, attended 0.790; m13-m21 before the second round's: 0.842, 1.000, 0.788. All 21 after
# both rounds: MEETING 0.964, chaired 1.000, attended 0.965 (PERSON 0.975).
FLOORS = {
    ("entities", "PERSON"): 0.96,
    ("entities", "MEETING"): 0.94,
    ("relations", "chaired"): 0.97,
    ("relations", "attended"): 0.94,
}
GOLD_FILES = sorted(GOLD.glob("*.json"))


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 21, 5)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-meet2") / "out")


def test_real_meet2_holds_its_floors(report):
    low = below_floors(report, FLOORS)
    assert not low, f"real-meet2 below its floors (F1, floor): {low}"
