"""The development set of unseen articles: its fixtures are consistent, and the build generalises to it.

``tests/fixtures/dev/`` holds articles written for this project about other places and
people than the seeds (Changzhi, Jinzhong, Taiyuan, a Xinhua interview in traditional
characters about Inner Mongolia), with gold annotated by ``tests/fixtures/gold/GUIDE.md``.
No rule names anything in them, so they check the build on articles no rule was written
for. Two rounds of work did look at the *kinds* of errors they showed, so their score now
flatters a little. See ``tests/fixtures/dev/README.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import run_kg_build

from kg.evaluate import evaluate, load_scorer

DEV = Path(__file__).resolve().parent / "fixtures" / "dev"
TEXTS = DEV / "texts"
DEV_GOLD = DEV / "gold"
# The scorer's own folding (NFKC, traditional to simplified, no spaces or quotes), so a
# simplified gold name is found in a traditional text exactly when the scorer would match it.
SCORER = load_scorer(SEED_GOLD)
NORM = SCORER.norm

GOLD_FILES = sorted(DEV_GOLD.glob("*.json"))
QUALIFIERS = {"exact", "approx", "at_least", "planned"}


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_text_has_gold_and_is_article_sized():
    texts = sorted(p.name for p in TEXTS.glob("*.txt"))
    assert len(texts) >= 4
    assert texts == sorted(_gold(p)["doc"] for p in GOLD_FILES)
    for name in texts:
        n = len((TEXTS / name).read_text(encoding="utf-8"))
        assert 1500 <= n <= 4000, (name, n)


@pytest.mark.parametrize("gpath", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_and_evidence_occur_in_the_text(gpath: Path):
    gold = _gold(gpath)
    text = NORM((TEXTS / gold["doc"]).read_text(encoding="utf-8"))
    ids = set()
    for e in gold["entities"]:
        assert e["id"] not in ids, e
        ids.add(e["id"])
        assert set(SCORER.types_of(e["type"])) <= set(SCORER.ENTITY_TYPES), e
        for name in [e["name"], *e["aliases"]]:
            assert NORM(name) in text, (e["id"], name)
    for r in gold["relations"]:
        assert r["type"] in SCORER.RELATION_TYPES, r
        assert NORM(r["evidence"]) in text, r
        for key in ("head", "tail", "org"):
            if key in r:
                assert r[key] in ids, r
        if r["type"] == "invested_amount":
            assert r["amount"] > 0 and r["qualifier"] in QUALIFIERS, r
        elif r["type"] == "holds_position":
            assert r["position"], r
        else:
            assert "tail" in r, r


def test_dev_names_are_not_seed_names():
    """The set measures generalisation only if it shares no people, companies or projects with the seeds."""

    def names(path: Path) -> set[str]:
        return {
            NORM(n)
            for e in _gold(path)["entities"]
            if e["type"] in ("PERSON", "PROJECT") or "公司" in e["name"]
            for n in [e["name"], *e["aliases"]]
        }

    seed = set().union(*(names(p) for p in SEED_GOLD.glob("*.json")))
    for gpath in GOLD_FILES:
        assert not names(gpath) & seed, (gpath.name, names(gpath) & seed)


# THE GENERALISATION CHECK. Floors a little below what the build reaches on these unseen
# articles. They may only go up: a change that lowers them has overfitted to the seeds
# (or broken a general pattern), whatever it does to the seed score. Never tune patterns
# or gazetteers to the names in this set; that would make it one more training set.
DEV_ENTITY_FLOOR = 0.94
DEV_RELATION_FLOOR = 0.90


def test_build_generalises_to_the_dev_set(tmp_path: Path):
    out = tmp_path / "out"
    proc = run_kg_build(TEXTS, out)
    assert proc.returncode == 0, proc.stderr
    report, _, _ = evaluate(DEV_GOLD, out, scorer_dir=SEED_GOLD)  # scored by the seed set's score.py
    assert report["entities"]["micro"]["f1"] >= DEV_ENTITY_FLOOR, report["entities"]
    assert report["relations"]["micro"]["f1"] >= DEV_RELATION_FLOOR, report["relations"]
