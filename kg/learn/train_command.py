"""``kg train MODEL --out FILE``: train one of kg's learned models from gold.

- ``kg train spans --out FILE [--sets NAME ...] [--gold GOLD:TEXTS ...]``: the span tagger
  (:mod:`kg.learn.spans`) from the declared training sets and/or a user's own gold;
- ``kg train places --out FILE [--sets NAME ...] [--gold GOLD:TEXTS ...]``: the place tagger
  (the same model for PLACE, trained on the sets that annotate PLACE);
- ``kg train orgs --out FILE [--sets NAME ...] [--gold GOLD:TEXTS ...]``: the organisation
  tagger (the same model for ORG, :mod:`kg.learn.org_model`, on the sets that annotate ORG);
- ``kg train located-in|attended --out FILE [--sets NAME ...] [--no-rule-features]
  [--date D] [--disabled] [--threshold P] [--add-threshold P | --keep-only]``: a pair scorer
  (:mod:`kg.learn.train_pairs`).

A ``GOLD:TEXTS`` pair is a directory of gold JSON files (``../shared/gold/GUIDE.md``) and
the directory of their texts; its gold is taken to annotate the model's types completely.
Training is deterministic: the same pages give the same model bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.learn.gold import TrainingSet, read_pages, training_sets
from kg.learn.org_model import ORG_LABELS
from kg.learn.spans import LABELS, PLACE_LABELS, train, training_pages_sequences
from kg.learn.unknown_orgs import train_clause_stops
from kg.learn.unknown_places import train_unknown

#: The types each span model learns.
MODEL_LABELS = {"spans": LABELS, "places": PLACE_LABELS, "orgs": ORG_LABELS}


def add_parser(sub: argparse._SubParsersAction) -> None:
    """``kg train``'s arguments."""
    t = sub.add_parser(
        "train",
        help="train a learned model from gold (spans: the PROJECT/MEETING tagger; places: the PLACE tagger; "
        "orgs: the ORG tagger; located-in, attended: pair scorers)",
    )
    t.add_argument("model", choices=("spans", "places", "orgs", "located-in", "attended"), help="what to train")
    t.add_argument("--out", type=Path, required=True, help="the model file to write")
    t.add_argument(
        "--sets",
        nargs="*",
        metavar="NAME",
        help="declared training sets to use (ontology/training/sets.toml; default: all; none with --gold only)",
    )
    t.add_argument(
        "--gold",
        nargs="*",
        default=[],
        metavar="GOLD:TEXTS",
        help="spans, places, orgs: your own gold and texts directories",
    )
    t.add_argument(
        "--no-rule-features", action="store_true", help="pair scorers: score sentence pairs without the rules"
    )
    t.add_argument("--date", help="pair scorers: the date in the training manifest (default: today)")
    t.add_argument("--disabled", action="store_true", help="pair scorers: write the model with enabled = false")
    t.add_argument("--threshold", type=float, help="pair scorers: keep a rule's pair from this probability")
    t.add_argument("--add-threshold", type=float, help="pair scorers: add a pair no rule gave from this probability")
    t.add_argument("--keep-only", action="store_true", help="pair scorers: the model only drops rule pairs, adds none")


def user_set(pair: str, labels: tuple[str, ...] = LABELS) -> TrainingSet:
    """A ``GOLD:TEXTS`` pair as a training set that annotates the learned types ``labels``.

    >>> user_set("g:t").entities == frozenset({"PROJECT", "MEETING"})
    True
    """
    gold, sep, texts = pair.partition(":")
    if not sep or not gold or not texts:
        raise ValueError(f"--gold {pair!r}: give GOLD_DIR:TEXTS_DIR")
    return TrainingSet(f"user:{gold}", Path(texts), Path(gold), frozenset(labels), frozenset(), False)


def train_command(args: argparse.Namespace) -> int:
    """Run ``kg train MODEL``; 0 when a model was written."""
    if args.sets is not None:
        args.sets = [name for given in args.sets for name in given.split(",") if name]
    if args.model not in MODEL_LABELS:
        from kg.learn.train_pairs import train_command as train_pairs

        args.relation = args.model
        args.sets = ",".join(args.sets) if args.sets else None
        return train_pairs(args)
    labels = MODEL_LABELS[args.model]
    try:
        declared = training_sets()
        if args.sets is None:
            chosen = [] if args.gold else declared
        else:
            known = {s.name: s for s in declared}
            unknown = [n for n in args.sets if n not in known]
            if unknown:
                print(f"kg train: unknown set(s) {', '.join(unknown)} (declared: {', '.join(known)})", file=sys.stderr)
                return 2
            chosen = [known[n] for n in args.sets]
        chosen += [user_set(p, labels) for p in args.gold]
        pages = list(read_pages(chosen))
    except (ValueError, FileNotFoundError) as exc:
        print(f"kg train: {exc}", file=sys.stderr)
        return 2
    if not pages:
        print("kg train: no gold pages to train on", file=sys.stderr)
        return 1
    counts = {s.name: sum(1 for p in pages if p.set == s.name) for s in chosen}
    sequences = training_pages_sequences(pages, labels)
    if not any(lab != "O" for _, y in sequences for lab in y):
        print(f"kg train: the gold names no {' or '.join(labels)} found in the texts", file=sys.stderr)
        return 1
    manifest: dict = {"sets": counts, "pages": len(pages)}
    if unknown := train_unknown(labels):  # (the place tagger: the unscored places whose lines were left out)
        manifest["unknown"] = list(unknown)
    if stops := train_clause_stops(labels):  # (the ORG tagger: only the clauses holding one left out)
        manifest["clauses"] = stops
    train(sequences, args.out, manifest, labels)
    print(f"kg: wrote {args.out} ({len(pages)} pages, {len(sequences)} lines)", file=sys.stderr)
    return 0
