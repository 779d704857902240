"""Leave-sets-out cross-validation of the learned ORG tagger (``[orgs]`` of
ontology/patterns/spans.toml; :mod:`kg.learn.org_model`: the span tagger's model, features and
training for ORG), as place_model_cv.py does for PLACE.

For each held set of ``--folds`` (default: the general real-pages sets that annotate ORG):
train the ORG tagger on every OTHER set that annotates ORG (``--together``: one model trained
without every fold at once, used for all of them: cheaper, and it UNDER-states the model a
little), build the held set with the tagger on in each way of combining (VARIANTS, or
``--variant``) and score it with ``../shared/gold/score.py`` against ``rules`` (kg with the
tagger off; ``--rules-from DIR`` scores the builds ``DIR/<set>`` of kg at the same commit
instead). The rules were tuned on these sets, so ``rules+model`` against ``rules``
under-states what the model adds on pages nobody tuned on. Held-out and unread sets are never
touched (kg.learn.gold refuses them).

    KG_SHARED_DIR=/work/shared .venv/bin/python benchmarks/org_model_cv.py [--out DIR]
        [--folds a,b] [--together] [--variant NAME:KEY=VALUE;...] [--rules-from DIR]
        [--models-from DIR]

Prints ORG and works_for per fold with their totals (tp/fp/fn summed over the folds), the
entity and relation micro totals, and each fold's change of F1 against ``rules``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from kg.learn.gold import read_pages, training_sets
from kg.learn.org_model import ORG_LABELS, TABLE
from kg.learn.spans import page_sequences, train
from kg.learn.unknown_orgs import train_clause_stops
from kg.learn.unknown_places import train_unknown

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import build_and_score, ontology_with, parse_variants, score  # noqa: E402
from place_model_cv import report  # noqa: E402

#: The ways of combining measured by default (keys of ``[orgs]``).
VARIANTS = {
    "veto@0.9": {"veto_confidence": 0.9},
    "veto@0.97": {"veto_confidence": 0.97},
    "veto@0.97+add@0.97": {"veto_confidence": 0.97, "min_confidence": 0.97},
}
MODEL = "orgs.crfsuite"
#: The columns of the change table: (kind, type or None for the micro total).
COLUMNS = (("entities", "ORG"), ("relations", "works_for"), ("entities", None), ("relations", None))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-org-cv")
    ap.add_argument("--folds", help="comma-separated set names to hold out (default: the general real-pages sets)")
    ap.add_argument("--together", action="store_true", help="one model trained without every fold")
    ap.add_argument("--variant", action="append", metavar="NAME:KEY=VALUE;...", help="instead of VARIANTS")
    ap.add_argument("--rules-from", type=Path, help="score DIR/<set> (builds with the ORG tagger off) as 'rules'")
    ap.add_argument("--models-from", type=Path, help="the fold models of an earlier run's --out DIR (no training)")
    args = ap.parse_args()
    if args.variant:
        VARIANTS.clear()
        VARIANTS.update(parse_variants(args.variant))
    sets = [s for s in training_sets() if "ORG" in s.entities]
    folds = [s for s in sets if s.name.startswith("real-pages")]
    if args.folds:
        folds = [s for s in sets if s.name in args.folds.split(",")]
    held_names = {s.name for s in folds}
    sequences: dict[str, list] = {}
    if not args.models_from:
        from kg.nlp.pipeline import make_pipeline

        nlp = make_pipeline()
        unknown, stops = train_unknown(ORG_LABELS), train_clause_stops(ORG_LABELS)  # (as kg train orgs)
        sequences = {
            s.name: [q for p in read_pages([s]) for q in page_sequences(p, nlp, ORG_LABELS, unknown, stops)]
            for s in sets
        }
        print(f"sequences: {sum(map(len, sequences.values()))} lines", file=sys.stderr, flush=True)
    shared = args.out / "together" / MODEL
    if args.together and not args.models_from:
        others = [q for n, qs in sequences.items() if n not in held_names for q in qs]
        train(others, shared, {"held_out": sorted(held_names)}, ORG_LABELS)
    results: dict[str, dict[str, dict]] = defaultdict(dict)
    for held in folds:
        work = args.out / held.name
        work.mkdir(parents=True, exist_ok=True)
        model = work / MODEL
        if args.models_from:  # (same sequences, same bytes)
            for suffix in ("", ".json"):
                shutil.copy(args.models_from / held.name / (MODEL + suffix), work / (MODEL + suffix))
        elif args.together:
            for suffix in ("", ".json"):
                shutil.copy(shared.with_name(MODEL + suffix), work / (MODEL + suffix))
        else:
            others = [q for n, qs in sequences.items() if n != held.name for q in qs]
            train(others, model, {"held_out": held.name}, ORG_LABELS)
        if args.rules_from:
            results[held.name]["rules"] = score(held.gold, args.rules_from / held.name)
        else:
            results[held.name]["rules"] = build_and_score(
                held.texts, held.gold, ontology_with(work / "onto-rules", TABLE, None, MODEL), work / "rules"
            )
        for name, settings in VARIANTS.items():
            onto = ontology_with(work / f"onto-{name}", TABLE, model, MODEL, **settings)
            results[held.name][name] = build_and_score(held.texts, held.gold, onto, work / name)
        print(f"fold {held.name}: done", file=sys.stderr, flush=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    report(results, tuple(VARIANTS), COLUMNS)


if __name__ == "__main__":
    main()
