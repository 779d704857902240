"""The second development set of unseen articles: its fixtures are consistent, and the build generalises to it.

``tests/fixtures/dev2/`` holds five articles written for this project after the first dev
set had been used for tuning: a 朔州 inspection page, a 运城 standing-meeting and
signing-ceremony page, 大同 culture and village news, a 晋城 business feature, and a
Xinhua report in traditional characters about 宁夏. Their gold was annotated by
``tests/fixtures/gold/GUIDE.md`` before kg was run on them, and no rule has looked at them,
so they measure generalisation honestly. See ``tests/fixtures/dev2/README.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD as SEED_GOLD
from conftest import SEEDS, run_kg_build

from kg.evaluate import evaluate, load_scorer

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEV2 = FIXTURES / "dev2"
TEXTS = DEV2 / "texts"
DEV2_GOLD = DEV2 / "gold"
DEV1 = FIXTURES / "dev"
# The scorer's own folding (NFKC, traditional to simplified, no spaces or quotes), so a
# simplified gold name is found in a traditional text exactly when the scorer would match it.
SCORER = load_scorer(SEED_GOLD)
NORM = SCORER.norm

GOLD_FILES = sorted(DEV2_GOLD.glob("*.json"))
QUALIFIERS = {"exact", "approx", "at_least", "planned"}


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_text_has_gold_and_is_article_sized():
    texts = sorted(p.name for p in TEXTS.glob("*.txt"))
    assert len(texts) >= 5
    assert texts == sorted(_gold(p)["doc"] for p in GOLD_FILES)
    for name in texts:
        n = len((TEXTS / name).read_text(encoding="utf-8"))
        assert 1500 <= n <= 3500, (name, n)


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


def test_dev2_names_occur_neither_in_the_seeds_nor_in_the_first_dev_set():
    """The set measures generalisation only if no rule could already know its people, companies or projects.

    Checked against the texts themselves, not only their gold, so a name the earlier
    annotators left out counts too. Optional entities are generic phrases (二期项目) and
    are left out of the check.
    """
    earlier = [NORM(p.read_text(encoding="utf-8")) for p in [*SEEDS.glob("*.txt"), *(DEV1 / "texts").glob("*.txt")]]
    assert len(earlier) >= 9
    for gpath in GOLD_FILES:
        for e in _gold(gpath)["entities"]:
            types = SCORER.types_of(e["type"])
            if e.get("optional") or not ("PERSON" in types or "PROJECT" in types or "公司" in e["name"]):
                continue
            for name in [e["name"], *e["aliases"]]:
                assert not any(NORM(name) in text for text in earlier), (gpath.name, name)


# THE GENERALISATION CHECK on articles nobody has tuned to. Floors about 0.03 below the
# first score kg reached on them (entities 0.901, relations 0.836; the table is in the
# README). They may only go up. Never tune patterns or gazetteers to the names or
# sentences of this set; that would make it one more training set.
DEV2_ENTITY_FLOOR = 0.87
DEV2_RELATION_FLOOR = 0.80


def test_build_generalises_to_the_second_dev_set(tmp_path: Path):
    out = tmp_path / "out"
    proc = run_kg_build(TEXTS, out)
    assert proc.returncode == 0, proc.stderr
    report, _, _ = evaluate(DEV2_GOLD, out, scorer_dir=SEED_GOLD)  # scored by the seed set's score.py
    assert report["entities"]["micro"]["f1"] >= DEV2_ENTITY_FLOOR, report["entities"]
    assert report["relations"]["micro"]["f1"] >= DEV2_RELATION_FLOOR, report["relations"]
