"""Relation extraction: rules over the mentions of one article, sentence by sentence.

Each rule is a function ``(ArticleView) -> list[RawRelation]`` registered in ``RULES``
under the name that each relation carries as its ``rule``; :func:`extract_relations` runs
them in the explicit order ``ORDER`` of :mod:`kg.nlp.relations.table`. Trigger words are data
in ``ontology/patterns/relations.toml``; what a rule does with them (the word order of
Chinese news writing) is in the module of its family:

- :mod:`~kg.nlp.relations.view`: what the rules read (:class:`ArticleView`) and write
  (:class:`RawRelation`), the trigger words, helpers over the view;
- :mod:`~kg.nlp.relations.table`: the registry, the confidences, the run order;
- :mod:`~kg.nlp.relations.positions`: ``holds_position`` and ``works_for``;
  :mod:`~kg.nlp.relations.referred_bodies`: ``works_for`` a body referred to (该公司总经理X);
- :mod:`~kg.nlp.relations.meetings`: ``attended``, a meeting's place;
  :mod:`~kg.nlp.relations.meeting_chair_rule`: ``chaired``;
  :mod:`~kg.nlp.relations.meeting_speakers`: ``attended`` of who speaks or presents;
  :mod:`~kg.nlp.relations.venue_attendance`: ``attended`` of who is placed at a branch or main venue;
  :mod:`~kg.nlp.relations.meeting_bodies`: the full name of a numbered meeting whose body
  stands before the verb that convenes it;
- ``works_for`` from rosters (a name and its unit on a line): :mod:`~kg.nlp.relations.rosters`;
- ``works_for`` the outlet of a paired dateline or of a byline line that opens with it:
  :mod:`~kg.nlp.relations.outlet_bylines`;
- ``holds_position`` (and ``works_for`` the body before the name) from a title written after the
  name: :mod:`~kg.nlp.relations.titles_after`;
- ``works_for`` the one body of a bare head title's kind: :mod:`~kg.nlp.relations.kind_bodies`;
- ``located_in`` by kind of evidence: :mod:`~kg.nlp.relations.located_names` (names and their
  prefixes), :mod:`~kg.nlp.relations.located_in_names` (places and parks inside a name),
  :mod:`~kg.nlp.relations.located_triggers` (位于, 落户), :mod:`~kg.nlp.relations.located_invested`
  (在PLACE建设, what a place's investment builds),
  :mod:`~kg.nlp.relations.located_frames` (places opening a clause, visits),
  :mod:`~kg.nlp.relations.located_sites` (a local site opening a project's name),
  :mod:`~kg.nlp.relations.located_site_county` (the county opening such a site's name),
  :mod:`~kg.nlp.relations.located_sections` (headings, divisions, the paper's city), with the
  place helpers of :mod:`~kg.nlp.relations.places`;
- :mod:`~kg.nlp.relations.investment`: ``invested_amount``; :mod:`~kg.nlp.relations.invests_in`:
  ``invests_in``;
- rules kept in modules of their own: :mod:`kg.nlp.attendance`, :mod:`kg.nlp.event_acts`, :mod:`kg.nlp.located_lists`,
  :mod:`kg.nlp.place_lists`, :mod:`kg.nlp.counted_lists`, :mod:`kg.nlp.park_lists`,
  :mod:`kg.nlp.investors`.

Mentions are referred to by index into ``ArticleView.mentions``; resolution later maps
them to entities.

Each rule's confidence is data: ``[confidence]`` in relations.toml, the rule's measured
precision on the seeds, the written dev sets and dev-real/tune (benchmarks/rule_precision.py).
Facts derived from other facts (the gazetteer's hierarchy) are
not made here; resolution adds them with ``inferred: true``.
"""

from __future__ import annotations

# ruff: noqa: I001 (the order of these imports matters)
# The view, the registry and the shared helpers first: the rule modules outside this package
# (kg.nlp.attendance, located_lists, investors, article_event, amount_heads) import these
# names from kg.nlp.relations, possibly while this package is still being imported.
from kg.nlp.relations.view import ArticleView, RawRelation, shares_words, words_re, triggers
from kg.nlp.relations.table import ORDER, RULES, Rule, check_order, confidence, extract_relations, rule
from kg.nlp.relations.name_divisions import divisions_in_name, foreign
from kg.nlp.relations.places import is_company, is_park, placeable
from kg.nlp.relations.meetings import meeting_of_article
from kg.nlp.relations.positions import found_start
from kg.nlp.relations.investment import amount_series
from kg.nlp.relations import invests_in  # registers right after investment_amount, as before
from kg.nlp.relations import (
    acting_for,
    appointments,
    attendees_after,
    attendees_carried,
    credit_posts,
    credit_units,
    event_speeches,
    invests_clause,
    invests_own,
    invests_placed,
    kind_bodies,
    located_ceremony,
    located_copula,
    located_frames,
    located_invested,
    located_names,
    located_in_names,
    located_opening,
    located_site_county,
    located_part,
    located_town_bodies,
    located_town_forms,
    located_pronoun,
    located_sections,
    located_triggers,
    meeting_bodies,
    meeting_chair_rule,
    meeting_speakers,
    outlet_bylines,
    referred_bodies,
    rosters,
    titles_after,
    venue_attendance,
)

# Rules of modules outside the package register when these are imported (they run in ORDER).
from kg.nlp import (
    amount_heads,
    article_event,
    attendance,
    bare_speeches,
    counted_lists,
    event_acts,
    investors,
    located_lists,
    park_lists,
    place_lists,
)

__all__ = [
    "ORDER",
    "RULES",
    "ArticleView",
    "RawRelation",
    "Rule",
    "divisions_in_name",
    "foreign",
    "is_company",
    "is_park",
    "meeting_of_article",
    "placeable",
    "shares_words",
    "words_re",
    "amount_series",
    "acting_for",
    "appointments",
    "attendees_after",
    "attendees_carried",
    "credit_posts",
    "credit_units",
    "event_speeches",
    "amount_heads",
    "article_event",
    "attendance",
    "bare_speeches",
    "event_acts",
    "check_order",
    "confidence",
    "extract_relations",
    "found_start",
    "investors",
    "invests_in",
    "invests_clause",
    "invests_own",
    "invests_placed",
    "kind_bodies",
    "located_lists",
    "place_lists",
    "counted_lists",
    "park_lists",
    "located_ceremony",
    "located_copula",
    "located_names",
    "located_in_names",
    "located_opening",
    "located_site_county",
    "located_part",
    "located_town_bodies",
    "located_town_forms",
    "located_pronoun",
    "located_frames",
    "located_invested",
    "located_sections",
    "located_triggers",
    "meeting_bodies",
    "meeting_chair_rule",
    "meeting_speakers",
    "outlet_bylines",
    "referred_bodies",
    "rosters",
    "rule",
    "titles_after",
    "venue_attendance",
    "triggers",
]
