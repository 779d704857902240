"""Recall probe: every "投资…X亿/万" of the texts that gave no invested_amount in a kg build.

python amount_probe.py OUT TEXTS
"""

import json
import re
import sys
from pathlib import Path

out = Path(sys.argv[1])
src = Path(sys.argv[2])
rels = [json.loads(x) for x in (out / "relations.jsonl").read_text().splitlines()]
ents = {e["id"]: e for e in (json.loads(x) for x in (out / "entities.jsonl").read_text().splitlines())}
got = {}
for r in rels:
    if r["type"] == "invested_amount":
        ev = r["evidence"][0]
        got.setdefault(ev["doc"], []).append((ev["start"], ev["end"], ents[r["head"]]["label"], r["value"]["amount"]))
amt = re.compile(
    r"(总投资|總投資|计划投资|計劃投資|投资|投資|概算投资|協議投資|协议投资)"
    r"[^，,。；;]{0,6}?[0-9０-９.]+ *(亿|億|万|萬)"
)
for f in sorted(src.glob("*.txt")):
    t = f.read_text()
    for m in amt.finditer(t):
        s = (
            max(
                t.rfind("。", 0, m.start()),
                t.rfind("；", 0, m.start()),
                t.rfind(";", 0, m.start()),
                t.rfind("\n", 0, m.start()),
            )
            + 1
        )
        e = min(
            [x for x in (t.find("。", m.end()), t.find("；", m.end()), t.find("\n", m.end())) if x >= 0] or [len(t)]
        )
        hits = [g for g in got.get(f.name, []) if g[0] <= m.start() < g[1]]
        if not hits:
            print(f.name, m.start(), "|", t[max(s, m.start() - 60) : m.end() + 25].replace("\n", " "))
