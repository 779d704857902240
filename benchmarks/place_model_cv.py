"""Leave-one-set-out cross-validation of the learned place tagger (``[places]`` of
ontology/patterns/spans.toml: the span tagger's model, features and training for PLACE).

For each general real-pages set of ``ontology/training/sets.toml`` (or ``--folds``): train the
place tagger on every OTHER set that annotates PLACE, build the held set with the tagger on
in each way of combining (VARIANTS, or ``--variant``) and score it with
``../shared/gold/score.py``, against ``rules`` (kg with the tagger off). The rules were tuned on
these sets, so ``rules+model`` against ``rules`` UNDER-states what the model adds on pages
nobody tuned on. Held-out sets are never touched (kg.learn.gold refuses them).

    KG_SHARED_DIR=/work/shared .venv/bin/python benchmarks/place_model_cv.py [--out DIR]
        [--folds a,b] [--variant NAME:KEY=VALUE;...] [--rules-from DIR] [--models-from DIR]
        [--unknown KIND,...]

``--rules-from DIR`` scores the builds ``DIR/<set>`` (kg at the same commit, the taggers as
shipped, the place tagger off) as ``rules`` instead of building them again; ``--models-from
DIR`` takes the fold models of an earlier run (its ``--out``) instead of training them again.
``--unknown`` names the kinds of unscored places whose lines the training leaves out
(``kg.learn.unknown_places.unknown_place_spans``; default: ``[places].train_unknown``, what
``kg train places`` does; ``-``: none, session 22's training).

Prints, per system, PLACE and located_in per fold with their totals (tp/fp/fn summed over the
folds), the entity and relation micro totals, and each fold's change of F1 against ``rules``
(the ship rule: no fold loses more than 0.005 on PLACE, located_in or either micro total).
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
from kg.learn.spans import PLACE_LABELS, page_sequences, train
from kg.learn.unknown_places import train_unknown

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import build_and_score, ontology_with, parse_variants, prf, print_changes, score  # noqa: E402

#: The ways of combining measured by default (keys of ``[places]``; ``add_max_overlap = -1``:
#: never add, so that ``fix`` is measured alone).
VARIANTS = {
    "veto@0.9": {"veto_confidence": 0.9},
    "add@0.97": {"min_confidence": 0.97},
    "add@0.9": {"min_confidence": 0.9},
    "fix@0.9": {"min_confidence": 0.9, "fix_confidence": 0.9, "add_max_overlap": -1},
}
MODEL = "places.crfsuite"
#: The columns of the change table: (kind, type or None for the micro total).
COLUMNS = (("entities", "PLACE"), ("relations", "located_in"), ("entities", None), ("relations", None))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-place-cv")
    ap.add_argument("--folds", help="comma-separated set names to hold out (default: the general real-pages sets)")
    ap.add_argument("--variant", action="append", metavar="NAME:KEY=VALUE;...", help="instead of VARIANTS")
    ap.add_argument("--rules-from", type=Path, help="score DIR/<set> (builds with the place tagger off) as 'rules'")
    ap.add_argument("--models-from", type=Path, help="the fold models of an earlier run's --out DIR (no training)")
    ap.add_argument("--unknown", help="kinds of unscored places left out of training (default: [places].train_unknown)")
    args = ap.parse_args()
    if args.variant:
        VARIANTS.clear()
        VARIANTS.update(parse_variants(args.variant))
    sets = [s for s in training_sets() if "PLACE" in s.entities]
    folds = [s for s in sets if s.name.startswith("real-pages")]
    if args.folds:
        folds = [s for s in sets if s.name in args.folds.split(",")]
    sequences: dict[str, list] = {}
    given = [k for k in (args.unknown or "").split(",") if k and k != "-"]
    unknown = train_unknown(PLACE_LABELS) if args.unknown is None else tuple(given)
    if not args.models_from:
        from kg.nlp.pipeline import make_pipeline

        nlp = make_pipeline()
        sequences = {
            s.name: [q for p in read_pages([s]) for q in page_sequences(p, nlp, PLACE_LABELS, unknown)] for s in sets
        }
    results: dict[str, dict[str, dict]] = defaultdict(dict)
    for held in folds:
        work = args.out / held.name
        work.mkdir(parents=True, exist_ok=True)
        model = work / MODEL
        if args.models_from:  # (same sequences, same bytes)
            for suffix in ("", ".json"):
                shutil.copy(args.models_from / held.name / (MODEL + suffix), work / (MODEL + suffix))
        else:
            others = [q for n, qs in sequences.items() if n != held.name for q in qs]
            train(others, model, {"held_out": held.name, "unknown": list(unknown)}, PLACE_LABELS)
        if args.rules_from:
            results[held.name]["rules"] = score(held.gold, args.rules_from / held.name)
        else:
            results[held.name]["rules"] = build_and_score(
                held.texts, held.gold, ontology_with(work / "onto-rules", "places", None, MODEL), work / "rules"
            )
        for name, settings in VARIANTS.items():
            onto = ontology_with(work / f"onto-{name}", "places", model, MODEL, **settings)
            results[held.name][name] = build_and_score(held.texts, held.gold, onto, work / name)
        print(f"fold {held.name}: done", file=sys.stderr, flush=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    report(results)


def report(
    results: dict, variants: tuple[str, ...] | None = None, columns: tuple[tuple[str, str | None], ...] = COLUMNS
) -> None:
    """The Markdown tables of a run (``results[fold][system]``: score.py's reports) for the
    systems ``variants`` (default: VARIANTS) and the figures ``columns`` (org_model_cv.py's too)."""
    systems = ["rules", *(VARIANTS if variants is None else variants)]
    for kind, t in columns:
        print(f"\n### {t or kind + ' micro'}\n\n| fold | " + " | ".join(systems) + " |")
        print("| --- |" + " --- |" * len(systems))
        total = {s: [0, 0, 0] for s in systems}
        for fold, res in results.items():
            cells = []
            for s in systems:
                row = res[s][kind].get(t or "micro", {"tp": 0, "fp": 0, "fn": 0})
                for k, key in enumerate(("tp", "fp", "fn")):
                    total[s][k] += row[key]
                cells.append(f"{prf(row['tp'], row['fp'], row['fn'])[2]:.3f}")
            print(f"| {fold} | " + " | ".join(cells) + " |")
        cells = []
        for s in systems:
            figures = "/".join(f"{x:.3f}" for x in prf(*total[s]))
            cells.append(f"**{figures}** ({'/'.join(map(str, total[s]))})")
        print("| total P/R/F1 (tp/fp/fn) | " + " | ".join(cells) + " |")
    print_changes(results, "rules", tuple((t or f"{kind} micro", kind, t) for kind, t in columns))


if __name__ == "__main__":
    main()
