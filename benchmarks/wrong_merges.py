"""Entity resolution's wrong merges and splits, which the mention-level scorer does not see.

    python benchmarks/wrong_merges.py RUN [--sets a,b] [--json] [--list]

``RUN`` is a ``score_sets.py build`` directory (each set's build under ``RUN/SET/``). For each
document of a set's gold, a kg entity with a mention in that document is read by all its names
(label, aliases and that document's mention texts, folded as ../shared/gold/score.py folds them).
A gold entity is *named* by it when they share a name no other gold entity of the document has
(a bare "县委" that two gold bodies list names neither).

- wrong merge: a kg entity that names two or more different gold entities of one document
  (printed with the rule of its ``attributes.resolution`` that joined the two names);
- duplicate: a gold entity named by two or more kg entities of its type (counted only).

Plain tab-separated lines out (``--list``), the counts by rule and by kinds of types, or one JSON
object (``--json``). The held-out and unread sets are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_sets import HELD_OUT, SHARED, _dirs, _sets, default_sets  # noqa: E402

sys.path.insert(0, str(SHARED / "gold"))
from score import load_jsonl, norm, types_of  # noqa: E402


def _names(e: dict, doc: str) -> set[str]:
    """An entity's names in ``doc`` as the scorer reads them: label, aliases, the doc's mentions."""
    names = {e.get("label", "")} | set(e.get("aliases") or [])
    names |= {m.get("text", "") for m in e.get("mentions") or [] if Path(m.get("doc", "")).name == doc}
    return {norm(n) for n in names if n and norm(n)}


def _rule(e: dict, a: set[str], b: set[str]) -> str:
    """The resolution rule whose joined names hold one name of each of two gold entities (the
    first rule that touches either, else "-")."""
    steps = (e.get("attributes") or {}).get("resolution") or []
    for step in steps:
        names = {norm(n) for n in step.get("names") or []}
        if names & a and names & b:
            return step.get("rule", "-")
    for step in steps:
        names = {norm(n) for n in step.get("names") or []}
        if names & (a | b):
            return step.get("rule", "-")
    return "-"


def check_set(gold_dir: Path, built: Path) -> tuple[list[dict], list[dict]]:
    """The wrong merges and duplicates of one set's build against its gold."""
    ents = load_jsonl(built / "entities.jsonl")
    merges: list[dict] = []
    dups: list[dict] = []
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        doc = gold["doc"]
        gents = {g["id"]: g for g in gold["entities"]}
        gnames = {gid: {norm(n) for n in [g["name"], *g.get("aliases", [])]} - {""} for gid, g in gents.items()}
        owners = Counter(n for names in gnames.values() for n in names)
        own = {gid: {n for n in names if owners[n] == 1} for gid, names in gnames.items()}
        named_by: dict[str, list[dict]] = {gid: [] for gid in gents}
        for e in ents:
            if not any(Path(m.get("doc", "")).name == doc for m in e.get("mentions") or []):
                continue
            names = _names(e, doc)
            hit = [gid for gid in gents if names & own[gid]]
            for gid in hit:
                if e.get("type") in types_of(gents[gid]["type"]):
                    named_by[gid].append(e)
            if len(hit) >= 2:
                first, second = hit[0], hit[1]
                merges.append(
                    {
                        "doc": doc,
                        "entity": e.get("label"),
                        "type": e.get("type"),
                        "gold": [gents[g]["name"] for g in hit],
                        "gold_types": ["/".join(types_of(gents[g]["type"])) for g in hit],
                        "via": [sorted(names & own[g]) for g in hit],
                        "rule": _rule(e, names & own[first], names & own[second]),
                    }
                )
        for gid, es in named_by.items():
            if len(es) >= 2 and not gents[gid].get("optional"):
                dups.append({"doc": doc, "gold": gents[gid]["name"], "entities": [e.get("label") for e in es]})
    return merges, dups


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--sets", default="")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--list", action="store_true", help="one line per wrong merge")
    a = ap.parse_args()
    table = _sets()
    secret = set(HELD_OUT) | {n for n, s in table.items() if s.get("unread")}
    names = a.sets.split(",") if a.sets else default_sets(False)
    out: dict[str, dict] = {}
    for name in names:
        if name in secret:
            sys.exit(f"wrong_merges.py: {name} is held out or unread")
        built = a.run / name
        if not (built / "entities.jsonl").exists():
            continue
        merges, dups = check_set(_dirs(name, table)[1], built)
        out[name] = {"merges": merges, "duplicates": len(dups), "duplicate_items": dups}
    if a.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    by_rule: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for name, rep in out.items():
        for m in rep["merges"]:
            by_rule[m["rule"]] += 1
            by_kind[" + ".join(sorted(m["gold_types"]))] += 1
            if a.list:
                gold = " | ".join(f"{g} ({'/'.join(v)})" for g, v in zip(m["gold"], m["via"], strict=True))
                print(f"{name}\t{m['doc']}\t{m['type']}\t{m['entity']}\t{gold}\t{m['rule']}")
    print(f"wrong merges: {sum(by_rule.values())}   duplicates: {sum(r['duplicates'] for r in out.values())}")
    for rule, n in by_rule.most_common():
        print(f"  rule  {n:4}  {rule}")
    for kind, n in by_kind.most_common():
        print(f"  kind  {n:4}  {kind}")


if __name__ == "__main__":
    main()
