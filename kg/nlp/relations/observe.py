"""What the rules do on real text, rule by rule: the pattern keys each reads, the facts it
writes (rule name, relation type, confidence) and the shared state it changes. The rule table
(``ontology/patterns/rules.toml``) must declare all of it; tests/test_rule_table.py holds it
true on the seeds and the written dev sets, and ``python -m kg.nlp.relations.catalogue
--observe DIR`` reports it for any texts.

Each rule runs with the caches of the relation modules emptied, so a key read once and kept
in a compiled pattern counts for every rule that uses the pattern.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.nlp.relations import view as view_module
from kg.nlp.relations.table import RULES, Rule, confidence, rule_table
from kg.nlp.relations.view import ArticleView, RawRelation

# The modules whose cached patterns are built from relations.toml.
CACHED = (
    "kg.nlp.amounts",
    "kg.nlp.amount_heads",
    "kg.nlp.article_event",
    "kg.nlp.attendance",
    "kg.nlp.investors",
    "kg.nlp.located_lists",
)


@dataclass
class Observed:
    """What one rule was seen doing."""

    reads: set[str] = field(default_factory=set)  # "relations.<table>.<key>"
    facts: set[tuple[str, str, float]] = field(default_factory=set)  # (rule name, type, confidence)
    state: set[str] = field(default_factory=set)  # "mentions", "mention_attrs", "named_divisions"
    runs: int = 0


class _Table(Mapping[str, Any]):
    """One table of relations.toml that notes the keys read from it."""

    def __init__(self, name: str, data: dict[str, Any], reads: set[str]) -> None:
        self._name, self._data, self._reads = name, data, reads

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        self._reads.add(f"relations.{self._name}.{key}")
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class _Tables(Mapping[str, Any]):
    def __init__(self, data: dict[str, Any], reads: set[str]) -> None:
        self._data, self._reads = data, reads

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        return _Table(key, value, self._reads) if isinstance(value, dict) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def _clear_caches() -> None:
    names = [n for n in sys.modules if n.startswith("kg.nlp.relations.")] + list(CACHED)
    for name in names:
        module = sys.modules.get(name)
        for obj in list(vars(module).values()) if module else []:
            if obj is view_module._relations_toml:
                continue  # the file itself, read once
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", None) == name:
                obj.cache_clear()


def _watch(name: str, func: Rule, seen: dict[str, Observed]) -> Rule:
    def run(view: ArticleView) -> list[RawRelation]:
        obs = seen.setdefault(name, Observed())
        _clear_caches()
        n, attrs, divisions = len(view.mentions), [dict(m.attrs) for m in view.mentions], set(view.named_divisions)
        view_module._observer = lambda data: _Tables(data, obs.reads)
        try:
            out = func(view)
        finally:
            view_module._observer = None
        obs.runs += 1
        obs.facts |= {(r.rule, r.type, r.confidence) for r in out}
        if len(view.mentions) > n:
            obs.state.add("mentions")
        if any(m.attrs != a for m, a in zip(view.mentions, attrs, strict=False)):
            obs.state.add("mention_attrs")
        if view.named_divisions != divisions:
            obs.state.add("named_divisions")
        return out

    return run


@contextmanager
def observing() -> Iterator[dict[str, Observed]]:
    """Within the block, every registered rule notes what it does in the dict yielded
    (rule -> :class:`Observed`); the rules' results do not change.

    >>> from kg.nlp.relations import ArticleView
    >>> from kg.nlp.relations.observe import observing
    >>> from kg.ingest import segment_document
    >>> (art,) = segment_document("t.txt", "项目位于某县。")
    >>> with observing() as seen:
    ...     _ = RULES["located_trigger"](ArticleView(art, []))
    >>> "relations.located_in.triggers" in seen["located_trigger"].reads
    True
    """
    seen: dict[str, Observed] = {}
    original = dict(RULES)
    for name, func in original.items():
        RULES[name] = _watch(name, func, seen)
    try:
        yield seen
    finally:
        RULES.update(original)
        _clear_caches()


def observe_texts(paths: Iterable[Path], analyse: Callable[[str, str], Any] | None = None) -> dict[str, Observed]:
    """Run the analysis on the ``.txt`` files of ``paths`` (files or directories) and return
    what each rule did."""
    if analyse is None:
        from kg.nlp.document import analyse_document
        from kg.nlp.pipeline import make_pipeline

        nlp = make_pipeline()

        def analyse(doc_id: str, text: str) -> Any:
            return analyse_document(nlp, doc_id, text)

    files = sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.txt")))
    with observing() as seen:
        for f in files:
            analyse(f.name, f.read_text(encoding="utf-8"))
    return seen


def undeclared(seen: dict[str, Observed], table: dict[str, Any] | None = None) -> list[str]:
    """What the rules were seen doing that the rule table does not declare (one line each).

    >>> undeclared({"located_trigger": Observed(reads={"relations.located_in.villages"})})
    ['located_trigger: read relations.located_in.villages, which its reads do not declare']
    """
    table = rule_table() if table is None else table
    out: list[str] = []
    for name, obs in sorted(seen.items()):
        decl = table["rules"].get(name)
        if decl is None:
            out.append(f"{name}: ran, but the rule table has no [rules.{name}]")
            continue
        for key in sorted(obs.reads):
            if key.startswith("relations.confidence."):
                if key.split(".")[2] not in decl["writes"]:
                    out.append(f"{name}: looked up the confidence of {key.split('.')[2]}, which it does not write")
            elif key not in decl["reads"]:
                out.append(f"{name}: read {key}, which its reads do not declare")
        for rule_name, rtype, value in sorted(obs.facts):
            if rule_name not in decl["writes"]:
                out.append(f"{name}: wrote a fact named {rule_name}, which its writes do not declare")
            elif value != (declared := confidence(rule_name, rtype)):
                out.append(f"{name}: wrote {rule_name} at {value}, not at its confidence {declared}")
            if rtype not in decl["emits"]:
                out.append(f"{name}: emitted {rtype}, which its emits do not declare")
        changed = sorted(obs.state - set(decl["state"]))
        out += [f"{name}: changed {s}, which its state does not declare" for s in changed]
    return out
