"""The rule table checked against the code and the pattern files, and written out as
docs/rules.md, the page on which a linguist reads every rule, what it emits and at what
confidence, and what it reads.

    python -m kg.nlp.relations.catalogue --write docs/rules.md   # after editing rules.toml
    python -m kg.nlp.relations.catalogue --check docs/rules.md   # is the page current?
    python -m kg.nlp.relations.catalogue --observe seeds         # what the rules do on texts

:func:`problems` lists what is wrong with the table (empty when it is true): a registered rule
missing from ``order``, a key that no pattern file has, a key of a pattern file that nothing
reads, a rule name without a confidence, a reader whose source never names a key it declares.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.model import RELATION_TYPES
from kg.nlp.relations import RULES
from kg.nlp.relations.table import rule_table
from kg.nlp.relations.view import triggers
from kg.resources import ontology_path

#: What a rule may change in the article's view (``state`` of a rule).
STATES = ("mentions", "named_divisions", "mention_attrs")
#: The pattern file that is the table itself, and the table that holds the confidences.
TABLE_FILE, CONFIDENCE = "rules", "relations.confidence"


@lru_cache(maxsize=1)
def pattern_keys() -> tuple[str, ...]:
    """Every key of ``ontology/patterns/*.toml`` but the rule table, as ``file.table.key``; a
    table written as a ``[header]`` is walked into, an inline table is one key.

    >>> "relations.located_in.triggers" in pattern_keys(), "entities.project.list.openers" in pattern_keys()
    (True, True)
    """
    keys: list[str] = []
    for path in sorted(ontology_path("patterns").glob("*.toml")):
        if path.stem == TABLE_FILE:
            continue
        text = path.read_text(encoding="utf-8")
        headers = set(re.findall(r"^\[([\w.]+)\]", text, re.M))

        def walk(table: dict[str, Any], prefix: str, stem: str = path.stem, headers: set[str] = headers) -> None:
            for key, value in table.items():
                name = f"{prefix}.{key}" if prefix else key
                if isinstance(value, dict) and name in headers:
                    walk(value, name)
                else:
                    keys.append(f"{stem}.{name}")

        walk(tomllib.loads(text), "")
    return tuple(keys)


def _module_source(name: str) -> str:
    """The source of a module, or of every module of a package."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return ""
    origin = Path(spec.origin)
    files = sorted(origin.parent.rglob("*.py")) if origin.name == "__init__.py" else [origin]
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def problems(table: dict[str, Any] | None = None) -> list[str]:
    """What in the rule table does not hold (an empty list when it all does).

    >>> problems()
    []
    >>> table = {**rule_table(), "order": [*rule_table()["order"], "no_such_rule"]}
    >>> problems(table)
    ['order: no_such_rule is not a registered rule', 'order: no_such_rule has no [rules.no_such_rule]']
    """
    table = rule_table() if table is None else table
    out: list[str] = []
    order, rules, readers = table.get("order", []), table.get("rules", {}), table.get("readers", {})
    for name in RULES:
        if name not in order:
            out.append(f"order: the registered rule {name} is not listed")
        if name not in rules:
            out.append(f"rules: the registered rule {name} has no [rules.{name}]")
    for name in order:
        if name not in RULES:
            out.append(f"order: {name} is not a registered rule")
        if name not in rules:
            out.append(f"order: {name} has no [rules.{name}]")
        if order.count(name) > 1:
            out.append(f"order: {name} is listed {order.count(name)} times")
    out += [f"rules.{name}: not in order" for name in rules if name not in order]
    keys = set(pattern_keys())
    confidences = triggers()["confidence"]
    written: set[str] = set()
    read: set[str] = set()
    for name, decl in rules.items():
        emits = decl.get("emits", [])
        out += [f"rules.{name}: emits {t}, which is no relation type" for t in emits if t not in RELATION_TYPES]
        for w in decl.get("writes", []):
            written.add(w)
            value = confidences.get(w)
            if value is None:
                out.append(f"rules.{name}: writes {w}, which has no confidence in [confidence] of relations.toml")
            elif isinstance(value, dict) and set(value) != set(emits):
                out.append(f"rules.{name}: the confidences of {w} are for {sorted(value)}, it emits {emits}")
        out += [f"rules.{name}: reads {k}, which no pattern file has" for k in decl.get("reads", []) if k not in keys]
        out += [f"rules.{name}: state {s} is not one of {STATES}" for s in decl.get("state", []) if s not in STATES]
        read |= set(decl.get("reads", []))
    for rtype, decl in table.get("scored", {}).items():
        if rtype not in RELATION_TYPES:
            out.append(f"scored.{rtype}: {rtype} is no relation type")
        elif not ontology_path(*decl.get("model", "-").split("/")).is_file():
            out.append(f"scored.{rtype}: its model file {decl.get('model')} is missing")
    for module, decl in readers.items():
        source = _module_source(module)
        if not source:
            out.append(f'readers."{module}": no such module')
        for k in decl.get("reads", []):
            leaf = re.escape(k.rsplit(".", 1)[1])
            if k not in keys:
                out.append(f'readers."{module}": reads {k}, which no pattern file has')
            elif source and not re.search(rf"[\"'.]{leaf}\b|\b{leaf}\s*:", source):
                out.append(f'readers."{module}": declares {k}, but its source never names it')
        read |= set(decl.get("reads", []))
    for k in sorted(keys - read):
        if k.startswith(CONFIDENCE + "."):
            if k.split(".")[2] not in written:
                out.append(f"{k}: a confidence of a rule name that no rule writes")
        else:
            out.append(f"{k}: read by no rule and no reader (a dead entry: remove it, or declare who reads it)")
    return out


def _confidences(name: str) -> str:
    value = triggers()["confidence"][name]
    if isinstance(value, dict):
        return ", ".join(f"{t} {v}" for t, v in value.items())
    return str(value)


def _summary(name: str) -> str:
    """The first sentence of the rule's docstring, on one line."""
    doc = " ".join((RULES[name].__doc__ or "").split())
    first = re.split(r"(?<=[.。])\s", doc, maxsplit=1)[0]
    return first.replace("|", "\\|")


def markdown(table: dict[str, Any] | None = None) -> str:
    """docs/rules.md: the rules in run order, then what each reads, then the other readers."""
    table = rule_table() if table is None else table
    rules = table["rules"]
    lines = [
        "# Relation rules",
        "",
        "Generated from `ontology/patterns/rules.toml` (the rule table) and the `[confidence]` table of",
        "`ontology/patterns/relations.toml` by `python -m kg.nlp.relations.catalogue --write docs/rules.md`;",
        "do not edit by hand. tests/test_rule_table.py checks that the table is true and this page current.",
        "",
        "The rules run in this order (a later rule reads the mentions an earlier one added; a fact",
        "found twice keeps the first rule's name). *Writes* are the rule names on the facts, with",
        "their confidence (the rule's measured precision, benchmarks/rule_precision.py).",
        "",
        "| # | rule | module | emits | writes (confidence) | changes |",
        "|---|------|--------|-------|---------------------|---------|",
    ]
    for n, name in enumerate(table["order"], 1):
        decl = rules[name]
        module = RULES[name].__module__.removeprefix("kg.nlp.").removeprefix("relations.")
        writes = ", ".join(f"{w} {_confidences(w)}" for w in decl["writes"]) or "–"
        state = ", ".join(decl["state"]) or "–"
        lines.append(f"| {n} | `{name}` | {module} | {', '.join(decl['emits']) or '–'} | {writes} | {state} |")
    for name, decl in table.get("inferred", {}).items():
        lines.append(
            f"| – | `{name}` | {decl['module'].removeprefix('kg.')} | {', '.join(decl['emits'])} "
            f"| {name} {decl['confidence']} (inferred) | – |"
        )
    for rtype, decl in table.get("scored", {}).items():
        lines.append(
            f"| – | `{', '.join(decl['writes'])}` | {decl['module'].removeprefix('kg.')} | {rtype} "
            f"| the model's probability ({decl['model']}, {_enabled(decl['model'])}) | – |"
        )
    lines += ["", "## What each rule does and reads", ""]
    for name in table["order"]:
        reads = ", ".join(f"`{k}`" for k in rules[name]["reads"]) or "–"
        lines += [f"- **{name}**: {_summary(name)}", f"  Reads: {reads}."]
    lines += ["", "## Other readers of the pattern files", ""]
    for module, decl in table.get("readers", {}).items():
        lines.append(f"- **{module}** ({decl['what']}): " + ", ".join(f"`{k}`" for k in decl["reads"]) + ".")
    return "\n".join(lines) + "\n"


def _enabled(model: str) -> str:
    """Whether a scored relation's model file is switched on (``enabled``)."""
    from kg.learn.pair_model import read_model

    return "enabled" if read_model(ontology_path(*model.split("/"))).enabled else "disabled: the rules decide"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.nlp.relations.catalogue", description=__doc__.split("\n")[0])
    parser.add_argument("--write", metavar="PATH", help="write the rules page (docs/rules.md)")
    parser.add_argument("--check", metavar="PATH", help="exit 1 unless PATH is the current rules page")
    parser.add_argument("--observe", metavar="INPUT", nargs="+", help="run the rules on texts; print what they did")
    args = parser.parse_args(argv)
    found = problems()
    for p in found:
        print(f"rules.toml: {p}", file=sys.stderr)
    page = markdown()
    status = 1 if found else 0
    if args.write:
        Path(args.write).write_text(page, encoding="utf-8")
    if args.check and (not Path(args.check).is_file() or Path(args.check).read_text(encoding="utf-8") != page):
        print(f"{args.check}: not current; run {parser.prog} --write {args.check}", file=sys.stderr)
        status = 1
    if args.observe:
        from kg.nlp.relations.observe import observe_texts, undeclared

        for line in undeclared(observe_texts([Path(p) for p in args.observe])):
            print(line)
            status = 1
    if not (args.write or args.check or args.observe):
        print(page, end="")
    return status


if __name__ == "__main__":
    sys.exit(main())
