"""Model settings of a pair scorer over the leave-one-set-out folds of relation_model_cv.py,
fast: each held set is analysed once, the rules' facts before any model are kept per article,
and the set is built and scored once per setting with that setting's fold model applied to
them (the same builds as relation_model_cv.py's rules / rules+model, without analysing again;
checked on dev-real-tune: 88 2 13 and 88 3 13 in both).

    KG_SHARED_DIR=../shared python benchmarks/relation_model_sweep.py located_in \\
        '{"keep 0.3": {"keep": 0.3, "add": 1.01}, "C 0.1": {"C": 0.1}}' [--sets a,b] [--out DIR]

A setting: ``C`` (the regularisation, default 1), ``keep`` and ``add`` (fixed thresholds; a
missing one is chosen on out-of-fold probabilities, as ``kg train`` does). Prints per held set
located_in F1 (delta to the rules) (tp fp fn) and the totals of the real-pages folds and of the
others. Held-out sets are never read (kg.learn.gold refuses them).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import kg.nlp.document as document
from kg.learn.gold import training_sets
from kg.learn.pair_model import PairModel, apply_model
from kg.learn.train_pairs import Example, _best_thresholds, _matrix, collect

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import score  # noqa: E402

_ANALYSED: dict[tuple, Any] = {}
_MODEL: list[PairModel | None] = [None]


def _analyse_once(nlp, art, context=frozenset(), home_city=None):
    """``analyse_article`` run once per article; its located facts decided by the current model."""
    key = (art.doc, art.index, art.text, context, home_city)
    if key not in _ANALYSED:
        _ANALYSED[key] = _analyse_article(nlp, art, context, home_city)
    doc = _ANALYSED[key]
    found = list(doc.user_data["kg_rule_relations"])
    model = _MODEL[0]
    doc._.relations = found if model is None else apply_model(doc.user_data["kg_view"], found, model)
    return doc


_analyse_article = document.analyse_article


def build_score(texts: Path, gold: Path, out: Path, model: PairModel | None) -> dict:
    """Build ``texts`` in this process (the model applied to the rules' facts) and score it."""
    from kg.cli import main as kg_main

    _MODEL[0] = model
    shutil.rmtree(out, ignore_errors=True)
    with contextlib.redirect_stdout(sys.stderr):  # the build's summary: not the table
        kg_main(["build", str(texts), "--out", str(out), "--jobs", "1", "--formats", "jsonl", "--no-cache"])
    return score(gold, out)["relations"]


def fold_model(examples: list[Example], rtype: str, setting: dict) -> PairModel:
    """A logistic model of ``examples`` with ``setting`` (C, keep, add; see the module)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = sorted({n for e in examples for n in e.features})
    x, y = _matrix(examples, names), np.array([e.label for e in examples])

    def model() -> LogisticRegression:
        return LogisticRegression(C=setting.get("C", 1.0), max_iter=5000)

    keep, add = setting.get("keep"), setting.get("add")
    if keep is None or add is None:
        oof = np.zeros(len(y))
        groups = [f"{e.set}/{e.doc}" for e in examples]
        for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
            oof[te] = model().fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
        chosen = _best_thresholds(examples, list(oof))
        keep = chosen[0] if keep is None else keep
        add = chosen[1] if add is None else add
    m = model().fit(x, y)
    weights = {n: float(w) for n, w in zip(names, m.coef_[0], strict=True) if w}
    return PairModel(rtype, weights, float(m.intercept_[0]), keep, ("sentence", "rules"), f"{rtype}_learned", add=add)


def _cell(r: dict, base: dict | None) -> str:
    delta = f" ({r['f1'] - base['f1']:+.3f})" if base is not None else ""
    return f"{r['f1']:.3f}{delta} ({r['tp']} {r['fp']} {r['fn']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("relation", choices=("located_in", "attended"))
    ap.add_argument("settings", help='JSON: {"name": {"C": .., "keep": .., "add": ..}, ...}')
    ap.add_argument("--sets", help="held sets to run (comma-separated; default: all covering the relation)")
    ap.add_argument("--out", type=Path, help="where the builds go (default: a temporary folder)")
    a = ap.parse_args(argv)
    rtype, settings = a.relation, json.loads(a.settings)
    only = set(a.sets.split(",")) if a.sets else None
    sets = [s for s in training_sets() if rtype in s.relations and (only is None or s.name in only)]
    work = a.out or Path(tempfile.mkdtemp(prefix="relsweep-"))
    document.analyse_article = _analyse_once
    examples = collect(rtype)
    rows: dict[str, dict] = {}
    for held in sets:
        train = [e for e in examples if e.set != held.name]
        row = {"rules": build_score(held.texts, held.gold, work / held.name, None)[rtype]}
        for name, setting in settings.items():
            row[name] = build_score(held.texts, held.gold, work / held.name, fold_model(train, rtype, setting))[rtype]
        rows[held.name] = row
        print(json.dumps({"set": held.name, **row}, ensure_ascii=False), file=sys.stderr, flush=True)
    names = ["rules", *settings]
    print("| held set | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for held, row in rows.items():
        print(f"| {held} | " + " | ".join(_cell(row[n], None if n == "rules" else row["rules"]) for n in names) + " |")
    for group in ("real-pages", "other"):
        members = [h for h in rows if h.startswith("real-pages") == (group == "real-pages")]
        cells = []
        for n in names:
            tp, fp, fn = (sum(rows[h][n][k] for h in members) for k in ("tp", "fp", "fn"))
            cells.append(f"**{2 * tp / (2 * tp + fp + fn) if tp else 0.0:.3f}** ({tp} {fp} {fn})")
        print(f"| {group} folds | " + " | ".join(cells) + " |")
    if not a.out:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
