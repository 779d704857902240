"""A third real-page set, held out: scored after merging, never tuned on
(``tests/fixtures/real-pages-2``).

12 real local-news pages from eleven provinces and regions (four in traditional
characters) that are in neither ``../shared/dev-real`` nor ``real-pages``, with gold
written by hand following GUIDE.md before kg was ever run on them. The tests check that
the set is whole and its gold well formed, and hold score floors 0.02 below its first
scores (see the set's README); its error list is not read to write rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import (
    below_floors,
    check_gold_file,
    check_names_are_new,
    check_page_set,
    score_build,
    without_party_leader,
    written_texts,
)

from kg.evaluate import load_scorer

REAL = Path(__file__).resolve().parent / "fixtures" / "real-pages-2"
TEXTS, GOLD = REAL / "texts", REAL / "gold"
SCORER = load_scorer(SEED_GOLD)
GOLD_FILES = sorted(GOLD.glob("*.json"))
# (table, row) -> F1 floor, 0.02 below the lower of the first score (before session 6's
# rounds) and the score after them. Rows with fewer than ten gold items (chaired,
# invested_amount, invests_in) move by a whole item at a time and get no floor of their own.
FLOORS = {
    ("entities", "micro"): 0.804,
    ("entities", "PERSON"): 0.921,
    ("entities", "ORG"): 0.808,
    ("entities", "PLACE"): 0.696,
    ("entities", "PROJECT"): 0.73,
    ("entities", "MEETING"): 0.447,
    ("relations", "micro"): 0.728,
    ("relations", "located_in"): 0.61,
    ("relations", "attended"): 0.647,
    ("relations", "holds_position"): 0.817,
    ("relations", "works_for"): 0.813,
}


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _sources() -> list[list[str]]:
    lines = (REAL / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["id", "url", "outlet", "date", "script", "place"]
    return [line.split("\t") for line in lines[1:]]


def test_every_page_has_gold_and_a_source():
    check_page_set(REAL, 12, 3)
    assert all(row[4] in ("simplified", "traditional") for row in _sources())


def test_no_page_of_the_first_real_set_is_used_again():
    first = (REAL.parent / "real-pages" / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert not {row.split("\t")[1] for row in first} & {row[1] for row in _sources()}


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (TEXTS / gold["doc"]).read_text(encoding="utf-8"), SCORER)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_every_page_has_facts_of_several_kinds(gpath: Path):
    """A page in this set carries people with titles and at least one place; a page that
    lost its gold to an editing slip would fail here rather than score as empty."""
    gold = _gold(gpath)
    types = {t for e in gold["entities"] if not e.get("optional") for t in SCORER.types_of(e["type"])}
    assert {"PERSON", "PLACE"} <= types or {"PERSON", "ORG"} <= types, gpath.name
    kinds = {r["type"] for r in gold["relations"] if not r.get("optional")}
    assert "holds_position" in kinds and len(kinds) >= 2, gpath.name


def test_people_companies_and_projects_are_new(tmp_path):
    """No rule could already know this set's people, companies or projects: none occurs in
    the seeds or the written dev sets, and no company or project occurs in the first
    real-page set either (their texts, not only their gold). The one person left out is
    the party leader named in the set phrase "习近平总书记", who is in every kind of text
    (the gold marks him by the position 总书记, so no name is listed here)."""
    fixtures = REAL.parent
    paths = written_texts()
    assert len(paths) >= 10
    kept = without_party_leader(GOLD_FILES, tmp_path)
    assert len(kept) == 12
    check_names_are_new(kept, paths, SCORER)
    # Common two-character names (a district head and a county official) may recur in
    # another province's page; company and project names may not.
    firms = tmp_path / "firms"
    firms.mkdir()
    for gpath in kept:
        gold = _gold(gpath)
        gold["entities"] = [e for e in gold["entities"] if "PERSON" not in SCORER.types_of(e["type"])]
        (firms / gpath.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    first = sorted((fixtures / "real-pages" / "texts").glob("*.txt"))
    assert len(first) == 12
    check_names_are_new(sorted(firms.glob("*.json")), first, SCORER)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return score_build(TEXTS, GOLD, tmp_path_factory.mktemp("real-pages-2") / "out")


def test_real_pages_2_hold_their_floors(report):
    assert report["entities"]["micro"]["tp"] > 5 * len(GOLD_FILES)
    low = below_floors(report, FLOORS)
    assert not low, f"real-pages-2 below its floors (F1, floor): {low}"
