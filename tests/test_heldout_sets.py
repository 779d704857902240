"""The real-page held-out sets (``tests/fixtures/real-pages-3``, ``-4``, ``-8``, ``-9``; real-pages and -2 until
session 16; listed in tests/heldout_sets.toml): each is whole, its gold well formed, its names new, and kg holds
its floors on it.

Their gold was written by hand following GUIDE.md before kg ran on them; since then they
are only scored, after merging, and nobody reads their error lists: they measure whether
a change made on the tuning sets holds on pages nobody tuned on. A change that lowers a
floor here while raising ``dev-real/tune`` has fitted the pages it was tuned on. The
fixtures are in the repository and the scorer is the seed set's copy of ``score.py``, so
these tests run without ``../shared``.
"""

from __future__ import annotations

import json
import tomllib
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

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = tomllib.loads((Path(__file__).parent / "heldout_sets.toml").read_text(encoding="utf-8"))
SCORER = load_scorer(SEED_GOLD)


def _gold_files(name: str) -> list[Path]:
    return sorted((FIXTURES / name / "gold").glob("*.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


GOLD_PAGES = [(name, g) for name in SETS for g in _gold_files(name)]


@pytest.mark.parametrize("name", SETS)
def test_every_page_has_gold_and_a_source(name: str):
    rows = check_page_set(FIXTURES / name, SETS[name]["pages"], SETS[name]["traditional"])
    assert all(row[4] in ("simplified", "traditional") for row in rows)


@pytest.mark.parametrize("name", SETS)
def test_no_page_of_another_set_is_used_again(name: str):
    """No page of a held-out set is in any other set of real pages (tuning or held out)."""
    urls = {row[1] for row in check_page_set(FIXTURES / name, SETS[name]["pages"], 0)}
    for other in FIXTURES.glob("*/SOURCES.tsv"):
        if other.parent.name != name:
            rows = other.read_text(encoding="utf-8").splitlines()[1:]
            assert not urls & {line.split("\t")[1] for line in rows}, other.parent.name


@pytest.mark.parametrize(("name", "gpath"), GOLD_PAGES, ids=lambda x: x if isinstance(x, str) else x.stem)
def test_gold_names_and_evidence_occur_in_the_text(name: str, gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (FIXTURES / name / "texts" / gold["doc"]).read_text(encoding="utf-8"), SCORER)


@pytest.mark.parametrize(("name", "gpath"), GOLD_PAGES, ids=lambda x: x if isinstance(x, str) else x.stem)
def test_every_page_has_facts_of_several_kinds(name: str, gpath: Path):
    """A page that lost its gold to an editing slip fails here rather than scoring as empty:
    every page names entities of two types and facts of at least one relation."""
    gold = _gold(gpath)
    types = {t for e in gold["entities"] if not e.get("optional") for t in SCORER.types_of(e["type"])}
    kinds = {r["type"] for r in gold["relations"] if not r.get("optional")}
    assert len(types) >= 2 and kinds, gpath.name


@pytest.mark.parametrize("name", SETS)
def test_people_companies_and_projects_are_new(name: str, tmp_path: Path):
    """No rule could already know the set's people, companies or projects from the texts
    written for the project; the party leader named in the set phrase "习近平总书记" is left
    out (he is in every kind of text). Companies and projects must not occur in the texts
    of the earlier held-out sets the table names either (common two-character personal
    names may recur in another province's page; company and project names may not)."""
    kept = without_party_leader(_gold_files(name), tmp_path)
    assert len(kept) == SETS[name]["pages"]
    check_names_are_new(kept, written_texts(), SCORER)
    for earlier in SETS[name].get("firms_new_against", ()):
        firms = tmp_path / f"firms-{earlier}"
        firms.mkdir()
        for gpath in kept:
            gold = _gold(gpath)
            gold["entities"] = [e for e in gold["entities"] if "PERSON" not in SCORER.types_of(e["type"])]
            (firms / gpath.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        texts = sorted((FIXTURES / earlier / "texts").glob("*.txt"))
        assert len(texts) == SETS[earlier]["pages"]
        check_names_are_new(sorted(firms.glob("*.json")), texts, SCORER)


@pytest.mark.parametrize("name", SETS)
def test_kg_holds_the_floors_of_each_set(name: str, tmp_path: Path):
    report = score_build(FIXTURES / name / "texts", FIXTURES / name / "gold", tmp_path / "out")
    pages = SETS[name]["pages"]
    assert report["entities"]["micro"]["tp"] > 5 * pages and report["relations"]["micro"]["tp"] > 3 * pages
    floors = {tuple(key.split(".", 1)): f1 for key, f1 in SETS[name]["floors"].items()}
    low = below_floors(report, floors)
    assert not low, f"{name} below its floors (F1, floor): {low}"
