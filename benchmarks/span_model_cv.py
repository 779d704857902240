"""Leave-one-set-out cross-validation of the learned span tagger (kg.learn.spans).

For each training set of ``ontology/training/sets.toml`` that annotates PROJECT or MEETING:
train the tagger on the OTHER sets, then build the held set with kg three ways and score it
with ``../shared/gold/score.py`` (per type, only the types the held set annotates):

* ``rules``: kg with the tagger off;
* ``rules+model`` (one column per way of combining, see ontology/patterns/spans.toml and
  VARIANTS): ``add@T`` (learned spans of confidence >= T where no rule span overlaps),
  ``add+fix@0.9`` (and a rule span takes the boundaries of a learned span >= 0.9),
  ``veto@0.9`` (no adding; a rule span the model reads as outside at >= 0.9 is dropped);
* ``model``: the tagger's spans alone (entities only).

The rules have seen every fold (they were tuned on these sets), so ``rules+model`` against
``rules`` on a fold UNDER-states what the model adds on pages nobody tuned on; ``model``
alone is the honest figure of what the tagger learned. Held-out sets are never touched
(kg.learn.gold refuses them).

    KG_SHARED_DIR=/work/shared .venv/bin/python benchmarks/span_model_cv.py [--out DIR] [--folds a,b]
        [--params '{"c1": 0.1}'] [--variant NAME:KEY=VALUE;...]

Prints a Markdown table per type, the totals (tp/fp/fn summed over folds), and the entity and
relation micro totals of each system (every type each fold annotates: the session 21 decision
figure, with PROJECT and invested_amount).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from kg.learn.gold import read_pages, training_sets
from kg.learn.spans import LABELS, TRAIN_PARAMS, SpanTagger, page_sequences, train
from kg.resources import ontology_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import build_and_score, prf, score  # noqa: E402

ENTITY_TYPES = ("PROJECT", "MEETING")
RELATION_TYPES = ("invested_amount", "attended", "chaired")
VARIANTS = {
    "add@0.5": {"min_confidence": 0.5},
    "add@0.8": {"min_confidence": 0.8},
    "add@0.95": {"min_confidence": 0.95},
    "add+fix@0.9": {"min_confidence": 0.8, "fix_confidence": 0.9},
    "veto@0.9": {"min_confidence": 1.01, "veto_confidence": 0.9},
}


def ontology_with(model: Path | None, where: Path, **settings: float) -> Path:
    """A copy of ontology/ whose span settings are ``settings`` and whose model is ``model``
    (``None``: the tagger off)."""
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(ontology_dir(), where)
    conf = where / "patterns" / "spans.toml"
    text = conf.read_text(encoding="utf-8")
    values = {"enabled": "true" if model else "false", **{k: str(v) for k, v in settings.items()}}
    for key, value in values.items():
        text = re.sub(rf"^{key} = .*$", f"{key} = {value}", text, flags=re.M)
    conf.write_text(text, encoding="utf-8")
    if model:
        shutil.copy(model, where / "models" / "spans.crfsuite")
        shutil.copy(model.with_name(model.name + ".json"), where / "models" / "spans.crfsuite.json")
    return where


def model_alone(tagger: SpanTagger, pages: list, out: Path) -> None:
    """entities.jsonl of the tagger's spans alone (one entity per document, type and name)."""
    from kg.ingest import segment_document
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    out.mkdir(parents=True, exist_ok=True)
    rows = {}
    for page in pages:
        for art in segment_document(page.doc, page.text):
            words = nlp.make_doc(art.text).user_data["kg_words"]
            for x in tagger.spans(art.text, words):
                s, e = art.original_span(x.start, x.end)
                key = (page.doc, x.label, page.text[s:e])
                mention = {"doc": page.doc, "start": s, "end": e, "text": page.text[s:e]}
                rows.setdefault(
                    key, {"id": f"e{len(rows)}", "type": x.label, "label": key[2], "aliases": [], "mentions": []}
                )["mentions"].append(mention)
    with open(out / "entities.jsonl", "w", encoding="utf-8") as f:
        for r in rows.values():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (out / "relations.jsonl").write_text("", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-span-cv")
    ap.add_argument("--folds", help="comma-separated set names to hold out (default: every set with PROJECT/MEETING)")
    ap.add_argument(
        "--variant",
        action="append",
        metavar="NAME:KEY=VALUE;...",
        help="a way of combining instead of VARIANTS, TOML values: 'p@0.95:labels=[\"PROJECT\"];min_confidence=0.95'",
    )
    ap.add_argument("--params", default="{}", help="JSON: TRAIN_PARAMS overrides for the fold models ('{\"c1\": 0.1}')")
    args = ap.parse_args()
    TRAIN_PARAMS.update(json.loads(args.params))
    if args.variant:
        VARIANTS.clear()
        for v in args.variant:
            name, _, rest = v.partition(":")
            VARIANTS[name] = dict(kv.split("=", 1) for kv in rest.split(";") if kv)
    sets = training_sets()
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    pages = {s.name: list(read_pages([s])) for s in sets}
    sequences = {name: [q for p in ps for q in page_sequences(p, nlp)] for name, ps in pages.items()}
    folds = [s for s in sets if s.entities & set(ENTITY_TYPES)]
    if args.folds:
        folds = [s for s in folds if s.name in args.folds.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    # results[fold][system] = score.py's report
    results: dict[str, dict[str, dict]] = defaultdict(dict)
    for held in folds:
        work = args.out / held.name
        model = train(
            [q for n, qs in sequences.items() if n != held.name for q in qs],
            work / "spans.crfsuite",
            {"held_out": held.name},
        )
        results[held.name]["rules"] = build_and_score(
            held.texts, held.gold, ontology_with(None, work / "onto-rules"), work / "rules"
        )
        for name, settings in VARIANTS.items():
            onto = ontology_with(model, work / f"onto-{name}", **settings)
            results[held.name][f"rules+model {name}"] = build_and_score(held.texts, held.gold, onto, work / name)
        model_alone(SpanTagger(model), pages[held.name], work / "model")
        results[held.name]["model"] = score(held.gold, work / "model")
        print(f"fold {held.name}: done", file=sys.stderr, flush=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    report(results, {s.name: s for s in folds}, {n: len(p) for n, p in pages.items()})


def report(results: dict, folds: dict, counts: dict) -> None:
    systems = ["rules", *[f"rules+model {n}" for n in VARIANTS], "model"]
    for kind, types in (("entities", ENTITY_TYPES), ("relations", RELATION_TYPES)):
        for t in types:
            print(f"\n### {t}\n\n| fold (pages) | " + " | ".join(systems) + " |")
            print("| --- |" + " --- |" * len(systems))
            total = {s: [0, 0, 0] for s in systems}
            for name, res in results.items():
                covered = folds[name].entities if kind == "entities" else folds[name].relations
                if t not in covered:
                    continue
                cells = []
                for s in systems:
                    row = res[s][kind].get(t)
                    if row is None or (kind == "relations" and s == "model"):
                        cells.append("-")
                        continue
                    for k, key in enumerate(("tp", "fp", "fn")):
                        total[s][k] += row[key]
                    cells.append(f"{row['p']:.2f}/{row['r']:.2f}/{row['f1']:.3f}")
                print(f"| {name} ({counts[name]}) | " + " | ".join(cells) + " |")
            cells = []
            for s in systems:
                if kind == "relations" and s == "model":
                    cells.append("-")
                    continue
                p, r, f = prf(*total[s])
                cells.append(f"**{p:.2f}/{r:.2f}/{f:.3f}** ({total[s][0]}/{total[s][1]}/{total[s][2]})")
            print("| total (tp/fp/fn) | " + " | ".join(cells) + " |")
    print("\n### micro (every type each fold annotates)\n\n| kind | " + " | ".join(systems[:-1]) + " |")
    print("| --- |" + " --- |" * (len(systems) - 1))
    for kind in ("entities", "relations"):
        cells = []
        for s in systems[:-1]:
            rows = [row for res in results.values() for row in res[s][kind].values()]
            p, r, f = prf(*(sum(row[k] for row in rows) for k in ("tp", "fp", "fn")))
            cells.append(f"{p:.2f}/{r:.2f}/{f:.3f}")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print("\ncells: P/R/F1; ", ", ".join(LABELS), "trained on the other sets of each fold")


if __name__ == "__main__":
    main()
