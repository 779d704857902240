"""Leave-one-set-out cross-validation of the learned pair scorers (kg/learn/pair_model.py).

For each training set that covers the relation (ontology/training/sets.toml), a model is
trained on the other sets and kg is built on the held set three ways: the rules alone (the
model disabled), the rules with the model (rule features, rule and sentence candidates), and
the model alone over the sentence pairs (no rule features, no rule candidates). Each build is
scored with ../shared/gold/score.py for the relation (P, R, F1, tp, fp, fn); totals add the
counts of the folds. The rules were tuned on every one of these sets, so "rules" is flattered
here and the gain of a model on pages nobody tuned on is understated.

    KG_SHARED_DIR=../shared python benchmarks/relation_model_cv.py located_in [--out DIR]
        [--threshold P] [--add-threshold P | --keep-only]

``--threshold`` / ``--add-threshold`` / ``--keep-only`` give the rules+model builds fixed
thresholds (as ``kg train`` does with the same options) instead of the out-of-fold choice.

Held-out sets (dev-real/check, tests/fixtures/real-pages*) are never read: sets.toml cannot
list them (kg.learn.gold refuses).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from kg.learn.gold import training_sets
from kg.learn.train_pairs import NEVER, collect, fit, model_toml
from kg.resources import ontology_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import build_and_score, prf  # noqa: E402


def _ontology_with(base: Path, rtype: str, model_text: str) -> Path:
    d = base / "ontology"
    if not d.exists():
        shutil.copytree(ontology_dir(), d)
    (d / "models" / f"{rtype}.toml").write_text(model_text, encoding="utf-8")
    rules = d / "patterns" / "rules.toml"
    if f"[scored.{rtype}]" not in rules.read_text(encoding="utf-8"):  # a relation kg ships no model for yet
        with rules.open("a", encoding="utf-8") as f:
            f.write(f'\n[scored.{rtype}]\nmodule = "kg.learn.pair_model"\nmodel = "models/{rtype}.toml"\n')
            f.write(f'writes = ["{rtype}_learned"]\n')
    return d


def _cell(p: float, r: float, f: float, counts: list[int]) -> str:
    return f"{p:.3f} / {r:.3f} / **{f:.3f}** ({' '.join(map(str, counts))})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("relation", choices=("located_in", "attended"))
    ap.add_argument("--out", type=Path, help="keep the builds and fold models here")
    ap.add_argument("--threshold", type=float, help="rules+model: keep a rule's pair at this probability")
    ap.add_argument("--add-threshold", type=float, help="rules+model: add a pair no rule proposed at this probability")
    ap.add_argument("--keep-only", action="store_true", help="rules+model: add no pair (the model only drops)")
    a = ap.parse_args(argv)
    rtype = a.relation
    sets = [s for s in training_sets() if rtype in s.relations]
    work = a.out or Path(tempfile.mkdtemp(prefix="relcv-"))
    work.mkdir(parents=True, exist_ok=True)
    with_rules = collect(rtype, sources=("sentence", "rules"))
    sentence_only = collect(rtype, sources=("sentence",))
    configs = ("rules", "rules+model", "model alone")
    totals = {c: [0, 0, 0] for c in configs}
    rows = []
    for held in sets:
        fold = work / held.name
        texts: dict[str, str] = {}
        add = NEVER if a.keep_only else a.add_threshold
        off = fit([e for e in with_rules if e.set != held.name], rtype, keep=a.threshold, add=add)
        texts["rules"] = model_toml(off, enabled=False)
        texts["rules+model"] = model_toml(off)
        alone = fit([e for e in sentence_only if e.set != held.name], rtype, False, ("sentence",))
        texts["model alone"] = model_toml(alone)
        row = {"set": held.name}
        for c in configs:
            base = fold / c.replace(" ", "_").replace("+", "_")
            ont = _ontology_with(base, rtype, texts[c])
            s = build_and_score(held.texts, held.gold, ont, base / "out")["relations"][rtype]
            row[c] = s
            for n, k in enumerate(("tp", "fp", "fn")):
                totals[c][n] += s[k]
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    print(f"{rtype}: leave-one-set-out, P / R / F1 (tp fp fn)\n")
    print("| held set | " + " | ".join(configs) + " |")
    print("|---|" + "---|" * len(configs))
    for row in rows:
        cells = [
            _cell(row[c]["p"], row[c]["r"], row[c]["f1"], [row[c][k] for k in ("tp", "fp", "fn")]) for c in configs
        ]
        print(f"| {row['set']} | " + " | ".join(cells) + " |")
    cells = []
    for c in configs:
        p, r, f = prf(*totals[c])
        cells.append(_cell(p, r, f, totals[c]))
    print("| all (micro) | " + " | ".join(cells) + " |")
    if not a.out:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
