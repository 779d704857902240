"""Build and score the real-page gold sets in parallel: the figures issue 14's rounds are read by.

    python benchmarks/score_sets.py build --out DIR [--sets a,b] [--errors] [--heldout] [--jobs 2]
    python benchmarks/score_sets.py sum DIR [--sets a,b] [--all]
    python benchmarks/score_sets.py diff BASE NEW
    python benchmarks/score_sets.py floors DIR [--raise] [--skip a,b]

``build`` runs ``kg build`` on each set (the real-page sets of ontology/training/sets.toml but the
unread ones, the seeds and dev-real tune by default) and writes ``SET.json`` (score.py's figures)
and, with ``--errors``, ``SET.errors.txt`` (its misses and false items). ``--heldout`` builds only
the held-out sets (dev-real check, real-pages-3, -4, -8, -9): scores only, never their errors, nor
an unread set's. ``sum`` adds tp/fp/fn per type over the general sets (``real-pages*``; ``--all``
adds the focus sets, which annotate only their focus types). ``diff`` prints, per set and type,
what moved between two runs. ``floors`` checks a run against tests/tuning_sets.toml's floors and,
with ``--raise``, raises each floor to 0.005 under the run's F1 (floors never go down).
The shared material is read from ``../shared`` beside the repository (``KG_SHARED`` overrides it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
HELD_OUT = {
    "check": SHARED / "dev-real" / "check",
    **{f"real-pages-{n}": ROOT / "tests" / "fixtures" / f"real-pages-{n}" for n in (3, 4, 8, 9)},
}
TYPES = ("entities", "relations")


def _sets() -> dict[str, dict]:
    text = (ROOT / "ontology" / "training" / "sets.toml").read_text(encoding="utf-8")
    return {s["name"]: s for s in tomllib.loads(text)["set"]}


def _dirs(name: str, table: dict[str, dict]) -> tuple[Path, Path]:
    if name in HELD_OUT:
        return HELD_OUT[name] / "texts", HELD_OUT[name] / "gold"
    if name == "tune":
        return SHARED / "dev-real" / "tune" / "texts", SHARED / "dev-real" / "tune" / "gold"
    return ROOT / table[name]["texts"], ROOT / table[name]["gold"]


def build(out: Path, names: list[str], errors: bool, jobs: int) -> None:
    """Build and score ``names`` into ``out`` (one line of micro F1 per set)."""
    table = _sets()
    secret = set(HELD_OUT) | {n for n, s in table.items() if s.get("unread")}
    bin_dir = ROOT / ".venv" / "bin"
    scorer = SHARED / "gold" / "score.py"
    out.mkdir(parents=True, exist_ok=True)

    def one(name: str) -> str:
        texts, gold = _dirs(name, table)
        built = out / name
        cmd = [str(bin_dir / "kg"), "build", str(texts), "--out", str(built), "--jobs", "1"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode:
            return f"{name}: build failed: {proc.stderr[-1000:]}"
        score = [str(bin_dir / "python"), str(scorer), str(gold), str(built)]
        report = subprocess.run([*score, "--json"], capture_output=True, text=True, check=True).stdout
        (out / f"{name}.json").write_text(report, encoding="utf-8")
        if errors and name not in secret:
            listing = subprocess.run([*score, "--errors"], capture_output=True, text=True, check=True).stdout
            (out / f"{name}.errors.txt").write_text(listing, encoding="utf-8")
        rep = json.loads(report)
        return f"{name:16} {rep['entities']['micro']['f1']:.3f} / {rep['relations']['micro']['f1']:.3f}"

    with ThreadPoolExecutor(jobs) as pool:
        for line in pool.map(one, names):
            print(line, flush=True)


def default_sets(heldout: bool) -> list[str]:
    """The sets ``build`` takes without ``--sets``: the held-out ones, or every readable real-page
    set with the seeds and dev-real tune."""
    if heldout:
        return list(HELD_OUT)
    table = _sets()
    real = [n for n, s in table.items() if s["texts"].startswith("tests/fixtures/real-") and not s.get("unread")]
    return [*real, "seeds", "tune"]


def summed(run: Path, names: list[str]) -> dict[str, list[int]]:
    """tp/fp/fn per ``table.row`` summed over ``names`` of a run.

    >>> summed(Path("/nonexistent"), [])
    {}
    """
    total: dict[str, list[int]] = {}
    for name in names:
        report = json.loads((run / f"{name}.json").read_text(encoding="utf-8"))
        for table in TYPES:
            for row, v in report[table].items():
                acc = total.setdefault(f"{table}.{row}", [0, 0, 0])
                acc[0], acc[1], acc[2] = acc[0] + v["tp"], acc[1] + v["fp"], acc[2] + v["fn"]
    return total


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def general_sets(run: Path, every: bool) -> list[str]:
    """The sets of a run ``sum`` adds by default: readable real-page sets, not held out or unread."""
    table = _sets()
    skip = {"seeds", "tune", *HELD_OUT} | {n for n, s in table.items() if s.get("unread")}
    names = sorted(p.stem for p in run.glob("*.json") if p.stem not in skip)
    return names if every else [n for n in names if n.startswith("real-pages")]


def diff(base: Path, new: Path) -> None:
    """Print, per set of ``new`` also in ``base``, each row whose tp/fp/fn moved."""
    for path in sorted(new.glob("*.json")):
        old = base / path.name
        if not old.exists():
            continue
        a, b = json.loads(old.read_text(encoding="utf-8")), json.loads(path.read_text(encoding="utf-8"))
        moved = []
        for table in TYPES:
            for row, v in b[table].items():
                u = a[table][row]
                if (u["tp"], u["fp"], u["fn"]) != (v["tp"], v["fp"], v["fn"]):
                    d = {k: v[k] - u[k] for k in ("tp", "fp", "fn")}
                    moved.append(f"{row} {u['f1']:.3f}->{v['f1']:.3f} (tp{d['tp']:+} fp{d['fp']:+} fn{d['fn']:+})")
        if moved:
            print(path.stem, "| " + "; ".join(moved))


def floors(run: Path, raise_them: bool, skip: set[str]) -> list[tuple[str, str, float, float]]:
    """The floors of tests/tuning_sets.toml a run is under; with ``raise_them``, each floor below
    the run's F1 - 0.005 is raised to it in the file (comments and order kept)."""
    path = ROOT / "tests" / "tuning_sets.toml"
    low: list[tuple[str, str, float, float]] = []
    lines, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if m := re.match(r"^\[(.+)\]\s*$", line):
            current = m.group(1)
        if current and line.startswith("floors") and (run / f"{current}.json").exists():
            report = json.loads((run / f"{current}.json").read_text(encoding="utf-8"))

            def mend(m: re.Match[str], name: str = current, report: dict = report) -> str:
                key, floor = m.group(1), float(m.group(2))
                table, row = key.split(".", 1)
                f1 = report[table][row]["f1"]
                if f1 < floor:
                    low.append((name, key, f1, floor))
                higher = math.floor((f1 - 0.005) * 1000) / 1000
                if raise_them and name not in skip and higher > floor:
                    return f'"{key}" = {higher:g}'
                return m.group(0)

            line = re.sub(r'"([a-z]+\.[A-Za-z_]+)" = ([0-9.]+)', mend, line)
        lines.append(line)
    if raise_them:
        path.write_text("".join(lines), encoding="utf-8")
    return low


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument("--sets")
    b.add_argument("--errors", action="store_true")
    b.add_argument("--heldout", action="store_true")
    b.add_argument("--jobs", type=int, default=2)
    s = sub.add_parser("sum")
    s.add_argument("run", type=Path)
    s.add_argument("--sets")
    s.add_argument("--all", action="store_true")
    d = sub.add_parser("diff")
    d.add_argument("base", type=Path)
    d.add_argument("new", type=Path)
    f = sub.add_parser("floors")
    f.add_argument("run", type=Path)
    f.add_argument("--raise", dest="raise_them", action="store_true")
    f.add_argument("--skip", default="")
    a = ap.parse_args()
    if a.command == "build":
        build(a.out, a.sets.split(",") if a.sets else default_sets(a.heldout), a.errors, a.jobs)
    elif a.command == "sum":
        names = a.sets.split(",") if a.sets else general_sets(a.run, a.all)
        print(f"{len(names)} sets")
        for key, (tp, fp, fn) in summed(a.run, names).items():
            p, r, f1 = _f1(tp, fp, fn)
            print(f"{key:28} tp {tp:5} fp {fp:4} fn {fn:4}  P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    elif a.command == "diff":
        diff(a.base, a.new)
    else:
        low = floors(a.run, a.raise_them, set(filter(None, a.skip.split(","))))
        for row in low:
            print("below", *row)
        print(f"{len(low)} rows below their floors")


if __name__ == "__main__":
    main()
