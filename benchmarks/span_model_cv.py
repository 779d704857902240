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

``--in-process`` builds in this process instead (``kg build`` through :func:`kg.cli.main`,
the span settings replaced in memory, LAC's words of a line computed once for all the
builds and the training): the same outputs, several times faster; ``--baseline NAME`` then
adds a table of each fold's change from that system (MEETING, chaired, attended and the
micro totals: the session 22 decision figure). Variant values are TOML; ``by_label`` sets a
threshold for one type (``M@0.99:labels=["PROJECT","MEETING"];by_label={MEETING={min_confidence=0.99}}``).
``--reuse`` takes each fold's model left in ``--out`` by an earlier run (same sets, same model:
training is deterministic).

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
import contextlib
import dataclasses
import io
import json
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path

from kg.learn.gold import read_pages, training_sets
from kg.learn.spans import LABELS, TRAIN_PARAMS, SpanTagger, page_sequences, train

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fold_builds import build_and_score, ontology_with, parse_variants, prf, print_changes, score  # noqa: E402

ENTITY_TYPES = ("PROJECT", "MEETING")
RELATION_TYPES = ("invested_amount", "attended", "chaired")
MODEL = "spans.crfsuite"
VARIANTS = {
    "add@0.5": {"min_confidence": 0.5},
    "add@0.8": {"min_confidence": 0.8},
    "add@0.95": {"min_confidence": 0.95},
    "add+fix@0.9": {"min_confidence": 0.8, "fix_confidence": 0.9},
    "veto@0.9": {"min_confidence": 1.01, "veto_confidence": 0.9},
}


def memoised_lac() -> None:
    """Make LAC's words of a line computed once in this process: every build of a fold (and
    the training) reads the same lines, and LAC is most of a build's time."""
    from kg.nlp.segmenters import LacSegmenter

    memo: dict[str, list] = {}
    segment, prepare = LacSegmenter.segment, LacSegmenter.prepare

    def segment_once(self, text: str) -> list:
        if text not in memo:
            memo[text] = segment(self, text)
        return list(memo[text])

    def prepare_new(self, texts: list[str]) -> None:
        prepare(self, [x for x in texts if x not in memo])

    LacSegmenter.segment, LacSegmenter.prepare = segment_once, prepare_new


def build_in_process(texts: Path, gold: Path, model: Path | None, settings: dict, out: Path) -> dict:
    """Build ``texts`` in this process with the span settings of the shipped file replaced by
    ``settings`` (TOML values as strings) and the model ``model`` (``None``: the tagger off),
    and score it."""
    from kg.cli import main as kg_main
    from kg.learn import spans as spans_module
    from kg.nlp.entities import learned

    base = learned.settings.__wrapped__()
    values = {k: tomllib.loads(f"v = {v}")["v"] for k, v in settings.items()}
    if "labels" in values:
        values["labels"] = tuple(values["labels"])
    values["enabled"] = model is not None and values.get("enabled", True)
    if model is not None:
        values["model"] = str(model)
    chosen = dataclasses.replace(base, **values)
    spans_module.load_tagger.cache_clear()
    saved = learned.settings
    learned.settings = lambda: chosen
    try:
        argv = ["build", str(texts), "--out", str(out), "--jobs", "1", "--no-cache", "--formats", "jsonl"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = kg_main(argv)
    finally:
        learned.settings = saved
    if status:
        raise RuntimeError(f"kg build {texts}: status {status}")
    return score(gold, out)


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
    ap.add_argument("--in-process", action="store_true", help="build in this process, LAC memoised (faster)")
    ap.add_argument("--reuse", action="store_true", help="use a fold's model left in --out by an earlier run")
    ap.add_argument("--no-model-alone", action="store_true", help="skip the model-alone column")
    ap.add_argument("--baseline", help="a system to give each fold's change from (rules, or a variant's name)")
    ap.add_argument("--params", default="{}", help="JSON: TRAIN_PARAMS overrides for the fold models ('{\"c1\": 0.1}')")
    args = ap.parse_args()
    TRAIN_PARAMS.update(json.loads(args.params))
    if args.in_process:
        memoised_lac()
    if args.variant:
        VARIANTS.clear()
        VARIANTS.update(parse_variants(args.variant))
    sets = training_sets()
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    pages = {s.name: list(read_pages([s])) for s in sets}
    sequences = {name: [q for p in ps for q in page_sequences(p, nlp)] for name, ps in pages.items()}
    folds = [s for s in sets if s.entities & set(ENTITY_TYPES)]
    if args.folds:
        by_name = {s.name: s for s in folds}
        folds = [by_name[n] for n in args.folds.split(",")]  # (in the order given)
    args.out.mkdir(parents=True, exist_ok=True)
    # results[fold][system] = score.py's report
    results: dict[str, dict[str, dict]] = defaultdict(dict)
    for held in folds:
        work = args.out / held.name
        model = work / MODEL
        if not (args.reuse and model.is_file() and SpanTagger(model).info.get("held_out") == held.name):
            train([q for n, qs in sequences.items() if n != held.name for q in qs], model, {"held_out": held.name})
        if args.in_process:
            results[held.name]["rules"] = build_in_process(held.texts, held.gold, None, {}, work / "rules")
        else:
            results[held.name]["rules"] = build_and_score(
                held.texts, held.gold, ontology_with(work / "onto-rules", "learned", None, MODEL), work / "rules"
            )
        for name, settings in VARIANTS.items():
            if args.in_process:
                res = build_in_process(held.texts, held.gold, model, settings, work / name)
            else:
                onto = ontology_with(work / f"onto-{name}", "learned", model, MODEL, **settings)
                res = build_and_score(held.texts, held.gold, onto, work / name)
            results[held.name][f"rules+model {name}"] = res
        if not args.no_model_alone:
            model_alone(SpanTagger(model), pages[held.name], work / "model")
            results[held.name]["model"] = score(held.gold, work / "model")
        (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"fold {held.name}: done", file=sys.stderr, flush=True)
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    report(results, {s.name: s for s in folds}, {n: len(p) for n, p in pages.items()}, not args.no_model_alone)
    if args.baseline:
        changes(results, "rules" if args.baseline == "rules" else f"rules+model {args.baseline}")


def report(results: dict, folds: dict, counts: dict, alone: bool = True) -> None:
    systems = ["rules", *[f"rules+model {n}" for n in VARIANTS], *(["model"] if alone else [])]
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
    built = [s for s in systems if s != "model"]
    print("\n### micro (every type each fold annotates)\n\n| kind | " + " | ".join(built) + " |")
    print("| --- |" + " --- |" * len(built))
    for kind in ("entities", "relations"):
        cells = []
        for s in built:
            rows = [row for res in results.values() for row in res[s][kind].values()]
            p, r, f = prf(*(sum(row[k] for row in rows) for k in ("tp", "fp", "fn")))
            cells.append(f"{p:.2f}/{r:.2f}/{f:.3f}")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print("\ncells: P/R/F1; ", ", ".join(LABELS), "trained on the other sets of each fold")


def changes(results: dict, baseline: str) -> None:
    """Each fold's F1 change from ``baseline``, per system: MEETING, chaired, attended, the
    entity and relation micro totals (the session 22 decision figure)."""
    print_changes(
        results,
        baseline,
        (
            ("MEETING", "entities", "MEETING"),
            ("chaired", "relations", "chaired"),
            ("attended", "relations", "attended"),
            ("ent micro", "entities", None),
            ("rel micro", "relations", None),
        ),
    )


if __name__ == "__main__":
    main()
