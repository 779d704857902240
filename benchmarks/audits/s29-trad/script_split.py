"""tp/fp/fn per type over the general tuning sets, split by the script of each page.

    .venv/bin/python benchmarks/audits/s29-trad/script_split.py RUN [--region]

RUN is a score_sets.py build directory (it must hold each set's built output). A page's script is
the ``script`` column of its set's SOURCES.tsv; with ``--region`` the traditional pages are split
again into Taiwan / Hong Kong / Macau pages (``place`` column) and mainland pages served in
traditional characters. Unread and held-out sets are skipped (only readable ``real-pages*`` sets).
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCORER = ROOT.parent / "shared" / "gold" / "score.py"
REGIONS = ("Taiwan", "Hong Kong", "Macau")


def _group(row: dict, region: bool) -> str:
    if not row["script"].strip().startswith("trad"):
        return "simp"
    if not region:
        return "trad"
    place = row["place"]
    return "tw/hk/mo" if place.startswith(REGIONS) or "Kinmen" in place else "trad-ml"


def split(run: Path, region: bool) -> tuple[dict[str, int], dict[tuple[str, str], list[int]]]:
    table = tomllib.loads((ROOT / "ontology" / "training" / "sets.toml").read_text(encoding="utf-8"))
    pages: dict[str, int] = {}
    total: dict[tuple[str, str], list[int]] = {}
    for s in table["set"]:
        name = s["name"]
        if s.get("unread") or not name.startswith("real-pages") or not (run / name).exists():
            continue
        texts = ROOT / s["texts"]
        rows = list(csv.DictReader((texts.parent / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t"))
        docs = [p.name for p in texts.iterdir()]
        groups: dict[str, list[str]] = {}
        for r in rows:
            groups.setdefault(_group(r, region), []).extend(d for d in docs if d.split(".")[0] == r["id"])
        for g, ds in groups.items():
            pages[g] = pages.get(g, 0) + len(ds)
            cmd = [sys.executable, str(SCORER), str(ROOT / s["gold"]), str(run / name), "--json"]
            cmd += ["--docs", ",".join(ds)]
            report = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
            for t in ("entities", "relations"):
                for row, v in report[t].items():
                    acc = total.setdefault((g, f"{t[0].upper()}.{row}"), [0, 0, 0])
                    acc[0], acc[1], acc[2] = acc[0] + v["tp"], acc[1] + v["fp"], acc[2] + v["fn"]
    return pages, total


def main() -> None:
    pages, total = split(Path(sys.argv[1]), "--region" in sys.argv)
    groups = sorted(pages)
    print("pages", pages)
    for row in sorted({r for _, r in total}):
        line = f"{row:18}"
        for g in groups:
            tp, fp, fn = total.get((g, row), [0, 0, 0])
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            line += f"  {g} {tp}/{fp}/{fn} {f1:.3f}"
        print(line)


if __name__ == "__main__":
    main()
