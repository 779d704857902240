"""``kg eval``: build, then score against document-level gold with the shared scorer.

The scorer (``score.py`` beside the gold, whose docstring is the format contract) is
loaded from the gold directory itself, so the figures are the ones anyone gets.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from kg.export import export
from kg.io import write_output_set
from kg.pipeline import build_graph


def load_scorer(gold_dir: Path) -> ModuleType:
    """Import ``score.py`` from ``gold_dir`` (or its parent)."""
    for candidate in (gold_dir / "score.py", gold_dir.parent / "score.py"):
        if candidate.exists():
            spec = importlib.util.spec_from_file_location("kg_gold_score", candidate)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise FileNotFoundError(f"{gold_dir}: no score.py beside the gold files")


def evaluate(gold_dir: Path, out_dir: Path, scorer_dir: Path | None = None) -> tuple[dict, object, object]:
    """Score a built ``out_dir``; returns the report dict and the two tallies.

    ``scorer_dir``: where ``score.py`` is, when not beside ``gold_dir`` (a gold set of your own
    scored by the shared scorer).
    """
    scorer = load_scorer(scorer_dir or gold_dir)
    ent_t, rel_t = scorer.score(gold_dir, out_dir)
    return scorer.report(ent_t, rel_t), ent_t, rel_t


def _relation_lines(out_dir: Path) -> list[tuple[dict, str]]:
    lines = (out_dir / "relations.jsonl").read_text(encoding="utf-8").split("\n")
    return [(json.loads(line), line) for line in lines if line.strip()]


def score_relation_groups(
    gold_dir: Path, out_dir: Path, group_of: Callable[[dict], str | None], scorer_dir: Path | None = None
) -> dict[str, dict[str, int | float]]:
    """Score each group of a build's relations alone: ``{group: {facts, tp, fp, p, recall}}``.

    Each group's facts are scored by the shared scorer as if they were the whole build, so a
    fact counts for its own group only: ``tp``/``fp`` are that group's true and false facts
    (facts that match an optional gold fact count as neither), ``p`` their precision and
    ``recall`` the share of all gold facts the group finds. ``group_of`` returns a record's
    group, or None to leave it out (facts the scorer does not score, such as inferred ones).

    >>> from pathlib import Path
    >>> score_relation_groups(Path("gold"), Path("out"), lambda r: r["rule"])   # doctest: +SKIP
    {'chair_before_meeting': {'facts': 2, 'tp': 2, 'fp': 0, 'p': 1.0, 'recall': 0.011}, ...}
    """
    scorer = load_scorer(scorer_dir or gold_dir)
    groups: dict[str, list[str]] = {}
    for record, line in _relation_lines(out_dir):
        if record.get("inferred") or record.get("type") not in scorer.RELATION_TYPES:
            continue
        key = group_of(record)
        if key is not None:
            groups.setdefault(key, []).append(line)
    _, whole = scorer.score(gold_dir, out_dir)
    gold_total = sum(whole.tp.values()) + sum(whole.fn.values())
    table: dict[str, dict[str, int | float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp)
        shutil.copyfile(out_dir / "entities.jsonl", part / "entities.jsonl")
        for key in sorted(groups):
            (part / "relations.jsonl").write_text("\n".join(groups[key]) + "\n", encoding="utf-8")
            _, tally = scorer.score(gold_dir, part)
            tp, fp = sum(tally.tp.values()), sum(tally.fp.values())
            table[key] = {
                "facts": len(groups[key]),
                "tp": tp,
                "fp": fp,
                "p": round(tp / (tp + fp), 3) if tp + fp else 0.0,
                "recall": round(tp / gold_total, 3) if gold_total else 0.0,
            }
    return table


#: Upper bounds of the confidence bins of the reliability table.
CONFIDENCE_BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def confidence_bin(confidence: float) -> str:
    """The reliability-table bin of a confidence: ``(0.7, 0.8]`` is written ``0.7-0.8``.

    >>> confidence_bin(0.75), confidence_bin(0.7), confidence_bin(0.3)
    ('0.7-0.8', '0.6-0.7', '0.0-0.5')
    """
    low = 0.0
    for high in CONFIDENCE_BINS:
        if confidence <= high + 1e-9:
            return f"{low:.1f}-{high:.1f}"
        low = high
    return f"{low:.1f}-"


def format_groups(table: dict[str, dict[str, int | float]], title: str) -> str:
    """The table of :func:`score_relation_groups` as text, one group a line."""
    lines = [f"{title:<30}{'facts':>6}{'tp':>6}{'fp':>6}{'P':>7}{'R part':>8}"]
    for key, row in table.items():
        lines.append(f"  {key:<28}{row['facts']:>6}{row['tp']:>6}{row['fp']:>6}{row['p']:>7.3f}{row['recall']:>8.3f}")
    return "\n".join(lines)


def format_report(report: dict) -> str:
    lines = []
    for name in ("entities", "relations"):
        lines.append(f"{name:<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for k, v in report[name].items():
            lines.append(f"  {k:<16}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
    return "\n".join(lines)


def eval_command(args) -> int:
    """``kg eval GOLD_DIR INPUT...``: build INPUT, print the P/R/F1 table per type."""
    if not args.gold.is_dir():
        print(f"kg eval: {args.gold}: not a directory of gold files", file=sys.stderr)
        return 2
    scorer = args.scorer or args.gold
    try:
        load_scorer(scorer)  # before the build: a missing scorer is known at once
    except FileNotFoundError as e:
        print(f"kg eval: {e}; give the folder that holds it with --scorer", file=sys.stderr)
        return 2
    G = build_graph(args.inputs, jobs=args.jobs or 1)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        write_output_set(out, lambda stage: export(G, stage, ("jsonl",)))
        report, ent_t, rel_t = evaluate(args.gold, out, scorer_dir=scorer)
        print(format_report(report))
        if args.by_rule:
            print()
            by_rule = score_relation_groups(args.gold, out, lambda r: r.get("rule") or "?", scorer)
            print(format_groups(by_rule, "relations by rule"))
        print()
        table = score_relation_groups(args.gold, out, lambda r: confidence_bin(float(r.get("confidence") or 0)), scorer)
        print(format_groups(table, "reliability (confidence bin)"))
    if args.errors:
        for title, tally in (("entity", ent_t), ("relation", rel_t)):
            for line in tally.misses:
                print(f"missed {title}\t{line}")
            for line in tally.false:
                print(f"false {title}\t{line}")
    return 0
