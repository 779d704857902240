"""The development sets of unseen articles: their fixtures are consistent, and the build
generalises to them.

Both sets hold articles written for this project about other places and people than the
seeds, with gold annotated by ``tests/fixtures/gold/GUIDE.md`` before kg ran on them:

* ``tests/fixtures/dev/``: Changzhi, Jinzhong, Taiyuan, a Xinhua interview in traditional
  characters about Inner Mongolia. Two rounds of work looked at the *kinds* of errors it
  showed, so its score flatters a little.
* ``tests/fixtures/dev2/``: written after the first had been used for tuning: a 朔州
  inspection page, a 运城 standing-meeting and signing-ceremony page, 大同 culture and
  village news, a 晋城 business feature, a Xinhua report in traditional characters about
  宁夏. Its first score is the honest baseline in its README.

See the README of each set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import SEEDS, check_gold_file, check_names_are_new, run_kg_build

from kg.evaluate import evaluate, load_scorer

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# name -> (entity floor, relation floor). THE GENERALISATION CHECK: floors a little below
# what the build reaches on these unseen articles. They may only go up: a change that
# lowers them has overfitted to the seeds (or broken a general pattern), whatever it does
# to the seed score. Never tune patterns or gazetteers to the names or sentences of a set;
# that would make it one more training set.
DEV_SETS = {
    "dev": (0.94, 0.91),
    # kg's first score on it, before anyone looked at its errors: 0.901 / 0.836.
    "dev2": (0.95, 0.90),
}
# The scorer's own folding (NFKC, traditional to simplified, no spaces or quotes), so a
# simplified gold name is found in a traditional text exactly when the scorer would match it.
SCORER = load_scorer(SEED_GOLD)

GOLD_FILES = [(name, p) for name in DEV_SETS for p in sorted((FIXTURES / name / "gold").glob("*.json"))]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _texts(name: str) -> Path:
    return FIXTURES / name / "texts"


@pytest.mark.parametrize("name", DEV_SETS)
def test_every_text_has_gold_and_is_article_sized(name):
    texts = sorted(p.name for p in _texts(name).glob("*.txt"))
    assert len(texts) >= 4
    assert texts == sorted(_gold(p)["doc"] for set_name, p in GOLD_FILES if set_name == name)
    for doc in texts:
        n = len((_texts(name) / doc).read_text(encoding="utf-8"))
        assert 1500 <= n <= 4000, (doc, n)


@pytest.mark.parametrize(("name", "gpath"), GOLD_FILES, ids=lambda x: x if isinstance(x, str) else x.stem)
def test_gold_names_and_evidence_occur_in_the_text(name: str, gpath: Path):
    gold = _gold(gpath)
    check_gold_file(gold, (_texts(name) / gold["doc"]).read_text(encoding="utf-8"), SCORER)


@pytest.mark.parametrize("name", DEV_SETS)
def test_people_companies_and_projects_are_new(name):
    """A set measures generalisation only if no rule could already know its people, companies
    or projects: none occurs in the seeds or in an earlier set's texts (the texts, not only
    their gold: see conftest.check_names_are_new)."""
    earlier_sets = list(DEV_SETS)[: list(DEV_SETS).index(name)]
    paths = [*SEEDS.glob("*.txt"), *(p for s in earlier_sets for p in _texts(s).glob("*.txt"))]
    assert len(paths) >= 5
    check_names_are_new([gpath for set_name, gpath in GOLD_FILES if set_name == name], paths, SCORER)


@pytest.mark.parametrize("name", DEV_SETS)
def test_build_generalises_to_the_dev_set(name, tmp_path: Path):
    entity_floor, relation_floor = DEV_SETS[name]
    out = tmp_path / "out"
    proc = run_kg_build(_texts(name), out)
    assert proc.returncode == 0, proc.stderr
    report, _, _ = evaluate(FIXTURES / name / "gold", out, scorer_dir=SEED_GOLD)  # the seed set's score.py
    assert report["entities"]["micro"]["f1"] >= entity_floor, report["entities"]
    assert report["relations"]["micro"]["f1"] >= relation_floor, report["relations"]
