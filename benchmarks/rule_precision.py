"""Measure each relation rule's precision on gold sets and derive the rule confidences.

Builds each set (or reads a build already made), then scores, with the shared scorer, the
facts of one rule at a time (a fact counts for the rule written on it: the rule of its most
confident evidence), for the relation types the set annotates completely. Prints, per rule
and relation type: facts scored, correct, precision, the confidence now in ``[confidence]``
of ``ontology/patterns/relations.toml`` and the one the measurement suggests: the precision
shrunk towards 0.7 (``--base``) by ``--prior`` pseudo-facts (a rule seen on 2 facts stays
near it), rounded to 0.05, within [0.3, 0.95]; a rule with no scored facts keeps its value.
``--write`` rewrites the table with the suggested values.

    python benchmarks/rule_precision.py --shared ../shared            # every training set
    python benchmarks/rule_precision.py --shared ../shared --sets seeds,dev-real-tune --write

Sets: those of ``ontology/training/sets.toml`` (:func:`kg.learn.gold.training_sets`), by
default the ones of real pages (the seeds, dev-real ``tune``, the real-page tuning sets; not
the dev sets written for the project, which flatter), each for the relation types it
annotates completely (a tuning set of meetings says nothing of a
``located_in`` rule). Never a held-out set (``training_sets`` refuses them): those stay a
measure of pages nobody tuned on.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "ontology" / "patterns" / "relations.toml"


def sets(shared: Path) -> dict[str, tuple[Path, Path, frozenset[str], bool]]:
    """name -> (texts, gold, relation types annotated completely, written for the project)
    of the training sets."""
    os.environ.setdefault("KG_SHARED_DIR", str(shared.resolve()))
    sys.path.insert(0, str(ROOT))
    from kg.learn.gold import training_sets

    return {s.name: (s.texts, s.gold, s.relations, s.written) for s in training_sets()}


def load_scorer(gold: Path):
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import load_scorer as load

    return load(gold)


def build(texts: Path, out: Path) -> None:
    cmd = [sys.executable, "-m", "kg", "build", str(texts), "--out", str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def count_by_rule(scorer, gold: Path, out: Path, work: Path) -> dict[tuple[str, str], list[int]]:
    """(rule, type) -> [correct, scored] for the facts of ``out`` (optional gold neither)."""
    rels = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines() if line]
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line, r in zip((out / "relations.jsonl").read_text(encoding="utf-8").splitlines(), rels, strict=True):
        if not r.get("inferred"):
            groups[(r["rule"], r["type"])].append(line)
    counts = {}
    one = work / "one"
    one.mkdir(parents=True, exist_ok=True)
    (one / "entities.jsonl").write_text((out / "entities.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    for key, lines in sorted(groups.items()):
        (one / "relations.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        _, rel_t = scorer.score(gold, one)
        tp, fp = sum(rel_t.tp.values()), sum(rel_t.fp.values())
        counts[key] = [tp, tp + fp]
    return counts


def suggest(correct: int, scored: int, now: float, prior: float, base: float = 0.7) -> float:
    """Precision shrunk towards ``base`` by ``prior`` pseudo-facts, rounded to 0.05 (a rule
    without scored facts keeps ``now``). The same measurement gives the same value again.

    >>> suggest(9, 10, 0.6, 3), suggest(0, 0, 0.6, 3), suggest(40, 40, 0.85, 3), suggest(2, 2, 0.9, 3)
    (0.85, 0.6, 0.95, 0.8)
    """
    if not scored:
        return now
    value = (correct + base * prior) / (scored + prior)
    return min(0.95, max(0.3, round(value * 20) / 20))


def present(rule: str, rtype: str, table: dict) -> float | None:
    value = table.get(rule)
    if isinstance(value, dict):
        value = value.get(rtype)
    return None if value is None else float(value)


def write_table(rows: list[tuple[str, str, int, int, float, float]]) -> None:
    """Rewrite the values of ``[confidence]`` in place: every other line (the comments beside
    each rule, the order, the tables after it) stays as it is."""
    text = TABLE.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n[confidence]\n")
    if not sep:
        raise SystemExit(f"{TABLE}: no [confidence] table")
    nxt = re.search(r"^\[", body, re.M)
    body, rest = (body[: nxt.start()], body[nxt.start() :]) if nxt else (body, "")
    old = tomllib.loads("[confidence]\n" + body)["confidence"]
    values: dict[str, dict[str, float]] = defaultdict(dict)
    for rule, value in old.items():
        for rtype, v in value.items() if isinstance(value, dict) else [("", value)]:
            values[rule][rtype] = float(v)
    for rule, rtype, _c, _n, _now, new in rows:
        if rule in values:
            values[rule][rtype if isinstance(old[rule], dict) else ""] = new

    def value_line(m: re.Match) -> str:
        v = values[m.group(1)]
        if list(v) == [""]:
            return f"{m.group(1)} = {v['']:g}"
        return f"{m.group(1)} = {{ " + ", ".join(f"{t} = {x:g}" for t, x in v.items()) + " }"

    body = re.sub(r"^([a-z_]+) = .*$", value_line, body, flags=re.M)
    TABLE.write_text(head + sep + body + rest, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="seeds, gold (and score.py), dev-real")
    ap.add_argument("--sets", help="comma-separated set names (default: every training set of real pages)")
    ap.add_argument("--outs", type=Path, help="a folder with one build per set, named after it (no build then)")
    ap.add_argument("--prior", type=float, default=3.0, help="pseudo-facts at --base")
    ap.add_argument("--base", type=float, default=0.7, help="the precision assumed before measuring")
    ap.add_argument("--write", action="store_true", help="rewrite [confidence] with the suggested values")
    args = ap.parse_args(argv)
    table = tomllib.loads(TABLE.read_text(encoding="utf-8"))["confidence"]
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    scorer = load_scorer(args.shared / "gold")  # the shared scorer, for every set
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        available = sets(args.shared)
        # Texts written for the project flatter the rules (their style is the one the rules
        # expect): by default the confidences come from real pages only.
        chosen = args.sets.split(",") if args.sets else [n for n, s in available.items() if not s[3]]
        for name in chosen:
            texts, gold, complete, _written = available[name]
            out = args.outs / name if args.outs else work / name
            if not args.outs:
                build(texts, out)
            for (rule, rtype), (c, n) in count_by_rule(scorer, gold, out, work).items():
                if rtype in complete:
                    totals[(rule, rtype)][0] += c
                    totals[(rule, rtype)][1] += n
    rows = []
    for (rule, rtype), (c, n) in sorted(totals.items(), key=lambda x: (x[0][1], x[0][0])):
        now = present(rule, rtype, table)
        if now is None:
            continue  # facts of resolution (admin_hierarchy), not of a rule in the table
        rows.append((rule, rtype, c, n, now, suggest(c, n, now, args.prior, args.base)))
    print(f"{'rule':<24} {'type':<16} {'facts':>5} {'ok':>4} {'prec':>6} {'now':>5} {'new':>5}")
    for rule, rtype, c, n, now, new in rows:
        prec = f"{c / n:.3f}" if n else "-"
        print(f"{rule:<24} {rtype:<16} {n:>5} {c:>4} {prec:>6} {now:>5.2f} {new:>5.2f}")
    if args.write:
        write_table(rows)
        print(f"wrote {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
