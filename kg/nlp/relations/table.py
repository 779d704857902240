"""The rule registry: the ``rule`` decorator, the confidence of each rule's facts
(``[confidence]`` of ``relations.toml``) and :func:`extract_relations`, which runs the rules
in the explicit order :data:`ORDER` (run order is behaviour: a later rule may read what an
earlier one added to the view, and merged facts keep the first rule's name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def confidence(rule_name: str, rtype: str | None = None) -> float:
    """The confidence of the facts a rule writes, from ``[confidence]`` in relations.toml: the
    rule's measured precision (benchmarks/rule_precision.py), per relation type for a rule that
    writes several (``appointed_to = { holds_position = 0.8, works_for = 0.75 }``).

    >>> confidence("located_trigger") > confidence("home_city")
    True
    """
    value = triggers()["confidence"][rule_name]
    return float(value[rtype] if isinstance(value, dict) else value)


def _fact(rtype: str, head: int, tail: int | None, value: dict[str, Any] | None, k: int, rule_name: str) -> RawRelation:
    """A fact of rule ``rule_name`` read in sentence ``k``, at the rule's confidence."""
    return RawRelation(rtype, head, tail, value, k, rule_name, confidence(rule_name, rtype))


Rule = Callable[[ArticleView], list[RawRelation]]
RULES: dict[str, Rule] = {}

# The order the rules run in. It is behaviour: a rule may read the places an earlier one added
# to the view (``ArticleView.add_place``), and a fact found twice keeps the first rule's name.
ORDER: tuple[str, ...] = (
    # positions
    "title_before_name",
    "body_by_reference",
    "dateline_agency",
    "appointed_to",
    # meetings
    "chair_trigger",
    "attend_trigger",
    "meeting_place",
    "speaker_at_meeting",
    "presenter_at_event",
    # located_in
    "place_prefix",
    "located_trigger",
    "built_at",
    "place_opener",
    "visit_inspect",
    "hosts_park",
    "town_of_prefixed",
    "located_at_of",
    "settled_among",
    "zone_body",
    "section_heading",
    "divisions_in_sentence",
    "home_city",
    "place_in_name",
    # investment
    "investment_amount",
    "investor",
    # rules of kg.nlp.attendance, kg.nlp.located_lists and kg.nlp.investors
    "attendees_listed",
    "speaker_at_named_event",
    "colon_heading",
    "place_opens_project",
    "trip_stops",
    "zone_of_county",
    "province_in_name",
    "investor_signs",
)


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register the decorated function in :data:`RULES` under ``name``, the name its facts carry
    (it runs at its place in :data:`ORDER`)."""

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
            f"kg.nlp.relations.table.ORDER does not match the registered rules: not in ORDER {missing}, "
            f"not registered {unknown}, listed twice {twice}"
        )


def extract_relations(view: ArticleView) -> list[RawRelation]:
    """Run every rule on the article, in :data:`ORDER`."""
    out: list[RawRelation] = []
    for name in ORDER:
        out.extend(RULES[name](view))
    return out
