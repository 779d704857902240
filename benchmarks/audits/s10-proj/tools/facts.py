"""The focus facts of a kg build (PROJECT, invested_amount, invests_in), one a line; with N, a
random sample of N (random.seed(0)).

    python facts.py OUT [N]
"""

import json
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
ents = [json.loads(x) for x in (out / "entities.jsonl").read_text().splitlines()]
rels = [json.loads(x) for x in (out / "relations.jsonl").read_text().splitlines()]
by = {e["id"]: e for e in ents}
facts = []
for e in ents:
    if e["type"] != "PROJECT":
        continue
    for doc in sorted({m["doc"] for m in e["mentions"]}):
        texts = sorted({m["text"] for m in e["mentions"] if m["doc"] == doc})
        facts.append((doc, "PROJECT", e["label"], "|".join(texts), ""))
for r in rels:
    if r["type"] not in ("invested_amount", "invests_in") or r.get("inferred"):
        continue
    ev = r["evidence"][0]
    if r["type"] == "invested_amount":
        v = r["value"]
        facts.append(
            (
                ev["doc"],
                "invested_amount",
                by[r["head"]]["label"],
                f"{v['amount']} {v.get('currency')} {v.get('qualifier')}",
                ev["text"],
            )
        )
    else:
        facts.append(
            (
                ev["doc"],
                "invests_in",
                by[r["head"]]["label"] + " -> " + by[r["tail"]]["label"],
                r.get("rule", ""),
                ev["text"],
            )
        )
facts.sort()
print(len(facts), "facts", file=sys.stderr)
if len(sys.argv) > 2:
    random.seed(0)
    sample = random.sample(facts, int(sys.argv[2]))
    sample.sort()
    facts = sample
for f in facts:
    print("\t".join(x.replace("\n", " ") for x in f))
