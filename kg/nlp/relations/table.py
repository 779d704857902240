"""The rule registry: the ``rule`` decorator, the confidence of each rule's facts
(``[confidence]`` of ``relations.toml``) and :func:`extract_relations`, which runs the rules
in the explicit order :data:`ORDER` of the rule table, ``ontology/patterns/rules.toml``.

Run order is behaviour: a rule may read the places an earlier one added to the view
(``ArticleView.add_place``), and a fact found twice keeps the first rule's name. The rule
table declares, for each rule, what it emits, the rule names it writes, the pattern keys it
reads and the shared state it changes (:mod:`kg.nlp.relations.catalogue` checks it and
writes docs/rules.md from it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import pattern_file
from kg.resources import ontology_path


def confidence(rule_name: str, rtype: str | None = None) -> float:
    """The confidence of the facts a rule writes, from ``[confidence]`` in relations.toml: the
    rule's measured precision (benchmarks/rule_precision.py), per relation type for a rule that
    writes several (``appointed_to = { holds_position = 0.8, works_for = 0.75 }``).

    >>> confidence("located_trigger") > confidence("home_city")
    True
    """
    value = triggers()["confidence"][rule_name]
    return float(value[rtype] if isinstance(value, dict) else value)


def fact(rtype: str, head: int, tail: int | None, value: dict[str, Any] | None, k: int, rule_name: str) -> RawRelation:
    """A fact of rule ``rule_name`` read in sentence ``k``, at the rule's confidence."""
    return RawRelation(rtype, head, tail, value, k, rule_name, confidence(rule_name, rtype))


def rule_table() -> dict[str, Any]:
    """The rule table, ``ontology/patterns/rules.toml``.

    >>> rule_table()["rules"]["located_trigger"]["emits"]
    ['located_in']
    """
    return pattern_file("rules")


Rule = Callable[[ArticleView], list[RawRelation]]
RULES: dict[str, Rule] = {}

#: The order the rules run in (``order`` of the rule table).
ORDER: tuple[str, ...] = tuple(rule_table()["order"])


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register the decorated function in :data:`RULES` under ``name``, the name of its table in
    ``rules.toml`` (it runs at its place in :data:`ORDER`)."""

    def decorate(func: Rule) -> Rule:
        RULES[name] = func
        return func

    return decorate


def check_order() -> None:
    """Every registered rule is in :data:`ORDER` exactly once, and every name of it is registered.

    >>> import kg.nlp.relations
    >>> check_order()
    """
    missing = [name for name in RULES if name not in ORDER]
    unknown = [name for name in ORDER if name not in RULES]
    twice = sorted({name for name in ORDER if ORDER.count(name) > 1})
    if missing or unknown or twice:
        raise RuntimeError(
            f"{ontology_path('patterns', 'rules.toml')}: order does not match the registered rules: "
            f"not in order {missing}, not registered {unknown}, listed twice {twice}"
        )


def run_order() -> list[str]:
    """The rules to run: :data:`ORDER`, then any registered rule it does not list yet (a rule
    added without its table still runs; tests/test_rule_table.py reports it)."""
    return [name for name in ORDER if name in RULES] + [name for name in RULES if name not in ORDER]


def extract_relations(view: ArticleView) -> list[RawRelation]:
    """Run every rule on the article, in :data:`ORDER`."""
    from kg.nlp.relations.located_framed import without_framed_outer  # imports the rules' helpers

    out: list[RawRelation] = []
    for name in run_order():
        out.extend(RULES[name](view))
    # home_city frames; a finer place another rule states for the same name wins (s36-locfp3)
    return without_framed_outer(view, out)
