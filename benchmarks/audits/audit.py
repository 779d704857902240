"""Corpus audits: the facts of a kg build as ``../shared/gold/score.py`` sees them, to judge
by hand against the annotation guide (see ``benchmarks/audits/README.md``).

    python benchmarks/audits/audit.py sample OUT N --types PROJECT,invested_amount
    python benchmarks/audits/audit.py diff BASE_OUT NEW_OUT --types PLACE,located_in

``sample`` prints N facts drawn with ``random.seed(0)`` (all of them when N is 0); ``diff``
prints, per document, the facts only BASE has (``-``) and only NEW has (``+``) — two builds
of the same pages before and after a change, so that only what changed is judged. A fact is
``doc TYPE label`` for an entity and ``doc type head -> tail`` (an amount, a post @ its body)
for a relation, names folded as score.py folds them (NFKC, traditional to simplified, quotes
and spaces dropped). The scorer is read from ``$KG_SHARED_DIR/gold`` (default ``../shared``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(os.environ.get("KG_SHARED_DIR", ROOT.parent / "shared")) / "gold"))

from score import ENTITY_TYPES, RELATION_TYPES, evidence_docs, load_jsonl, norm  # noqa: E402


def facts_by_doc(out: Path, types: set[str] | None = None) -> dict[str, set[str]]:
    """The build's facts of ``types`` (all scored types when None), per document name."""
    ents = load_jsonl(out / "entities.jsonl")
    rels = load_jsonl(out / "relations.jsonl")
    label = {e["id"]: norm(e.get("label", "")) for e in ents}
    per_doc: dict[str, set[str]] = {}
    for e in ents:
        if e.get("type") in ENTITY_TYPES and (not types or e["type"] in types):
            for doc in {Path(m["doc"]).name for m in e.get("mentions") or []}:
                per_doc.setdefault(doc, set()).add(f"{e['type']}\t{label[e['id']]}")
    for r in rels:
        if r.get("type") not in RELATION_TYPES or r.get("inferred") or (types and r["type"] not in types):
            continue
        for doc in evidence_docs(r):
            per_doc.setdefault(doc, set()).add(f"{r['type']}\t{label.get(r.get('head'), '?')} -> {_tail(r, label)}")
    return per_doc


def _tail(rel: dict, label: dict[str, str]) -> str:
    if rel.get("tail"):
        return label.get(rel["tail"], "?")
    value = rel.get("value")
    if isinstance(value, dict) and "amount" in value:
        return f"{value['amount']} {value.get('currency', '')} {value.get('qualifier', '')}".strip()
    if isinstance(value, dict):
        return f"{value.get('position')} @ {label.get(value.get('org'), '-')}"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="N facts of a build, drawn with random.seed(0)")
    s.add_argument("out", type=Path)
    s.add_argument("n", type=int)
    d = sub.add_parser("diff", help="the facts that differ between two builds of the same pages")
    d.add_argument("base", type=Path)
    d.add_argument("new", type=Path)
    for q in (s, d):
        q.add_argument("--types", default="", help="comma-separated entity and relation types")
    a = p.parse_args(argv)
    types = set(a.types.split(",")) if a.types else None
    if a.command == "sample":
        lines = sorted(f"{doc}\t{f}" for doc, fs in facts_by_doc(a.out, types).items() for f in fs)
        random.seed(0)
        chosen = sorted(random.sample(lines, a.n)) if 0 < a.n < len(lines) else lines
        print("\n".join(chosen))
        return 0
    base, new = facts_by_doc(a.base, types), facts_by_doc(a.new, types)
    changed = 0
    for doc in sorted(set(base) | set(new)):
        b, n = base.get(doc, set()), new.get(doc, set())
        for sign, lines in (("-", b - n), ("+", n - b)):
            for line in sorted(lines):
                print(f"{sign}\t{doc}\t{line}")
                changed += 1
    print(f"# {changed} changed facts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
