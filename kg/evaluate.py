"""``kg eval``: build, then score against document-level gold with the shared scorer.

The scorer (``score.py`` beside the gold, whose docstring is the format contract) is
loaded from the gold directory itself, so the figures are the ones anyone gets.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from kg.export import export
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
    G = build_graph(args.inputs, jobs=args.jobs or 1)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        export(G, out, ("jsonl",))
        report, ent_t, rel_t = evaluate(args.gold, out)
    print(format_report(report))
    if args.errors:
        for title, tally in (("entity", ent_t), ("relation", rel_t)):
            for line in tally.misses:
                print(f"missed {title}\t{line}")
            for line in tally.false:
                print(f"false {title}\t{line}")
    return 0
