"""The places a gold page leaves unscored, for training the place tagger (``kg train places``).

The local-news gold does not list national and foreign places where a page names them in
passing, and marks distant ones optional; read as outside, they taught the place tagger that a
country is no place (session 22: MSRA LOC under LAC's). CRFsuite has no partial labels, so
:mod:`kg.learn.spans` leaves out every line that holds such a place, of the kinds
``[places].train_unknown`` of ``ontology/patterns/spans.toml`` names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.learn.gold import find_mentions

if TYPE_CHECKING:
    from kg.nlp.words import Word


#: What ``[places].train_unknown`` may name (:func:`unknown_place_spans`).
UNKNOWN_PLACE_KINDS = ("optional", "tagger", "gazetteer", "countries")


def train_unknown(labels: Sequence[str]) -> tuple[str, ...]:
    """The kinds of unscored places whose lines the training of ``labels`` leaves out:
    ``[places].train_unknown`` for the place tagger, ``[orgs].train_unknown`` for the ORG
    tagger (unscored organisations), none for the span tagger.

    >>> set(train_unknown(("PROJECT", "MEETING"))), set(train_unknown(("PLACE",))) <= set(UNKNOWN_PLACE_KINDS)
    (set(), True)
    """
    if tuple(labels) == ("ORG",):  # (the ORG tagger: kg.learn.unknown_orgs)
        from kg.learn.unknown_orgs import UNKNOWN_ORG_KINDS

        return _declared_kinds("orgs", UNKNOWN_ORG_KINDS)
    if tuple(labels) == ("PLACE",):
        return _declared_kinds("places", UNKNOWN_PLACE_KINDS)
    return ()


def _declared_kinds(table: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """``[table].train_unknown`` of ``ontology/patterns/spans.toml``, each kind one of ``known``."""
    from kg.patterns import pattern_file

    kinds = tuple(pattern_file("spans")[table].get("train_unknown", ()))
    wrong = [k for k in kinds if k not in known]
    if wrong:
        raise ValueError(f"spans.toml [{table}].train_unknown: unknown kind(s) {wrong} (known: {known})")
    return kinds


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern[str]:
    from kg.nlp.entities.candidate import longest_first_pattern
    from kg.nlp.entities.lexicon_data import country_names

    return longest_first_pattern(tuple(sorted(country_names())))


def unknown_place_spans(
    text: str, words: Sequence[Word], gold: dict[str, bool], named: Iterable[str], kinds: Sequence[str]
) -> list[tuple[int, int]]:
    """The places of ``text`` (an article) the gold leaves unscored, of the ``kinds`` asked for:

    - ``optional``: a mention of a gold place marked optional (``gold``: place name ->
      optional);
    - ``tagger``: a word LAC tags LOC, ``gazetteer``: a division's full name of the gazetteer,
      ``countries``: a country's or a world region's name (``ontology/lexicon/countries.txt``),
      where no character of it is in a gold name of any type (``named``: every name and alias
      of the page's gold; a place inside a firm's name is part of that name, and outside any
      place for a tagger that cannot nest).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("中国", "LOC"), ("和", "c"), ("综合", "LOC"), ("大同", "LOC")])
    >>> unknown_place_spans("中国和综合大同", ws, {"大同": False}, ["大同"], ["countries"])
    [(0, 2)]
    >>> unknown_place_spans("中国和综合大同", ws, {"大同": False}, ["大同"], ["tagger"])
    [(0, 2), (3, 5)]
    >>> unknown_place_spans("中国和综合大同", ws, {"中国": True, "大同": False}, ["中国", "大同"], ["optional"])
    [(0, 2)]
    """
    like: list[tuple[int, int]] = []
    if "tagger" in kinds:
        like += [(w.start, w.end) for w in words if w.tag == "LOC"]
    if "gazetteer" in kinds:
        from kg.nlp.entities.lexicon_data import gaz_full, gazetteer_regex

        # (full names only: a short form is as often a word, 合作, 资源, 振兴)
        like += [m.span() for m in gazetteer_regex().finditer(text) if m.end() > m.start() and gaz_full(m.group())]
    if "countries" in kinds:
        like += [m.span() for m in country_pattern().finditer(text) if m.end() > m.start()]
    return unscored_spans(text, gold if "optional" in kinds else {}, named, like)


def unscored_spans(
    text: str, optional: dict[str, bool], named: Iterable[str], like: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The mentions of the gold names marked optional (``optional``: name -> optional) and the
    spans of ``like`` (names of a kind the gold may leave out) that hold no character of a gold
    name (``named``), sorted: the lines a model is not trained on (shared by the place and the
    organisation taggers' training).

    >>> unscored_spans("中国和大同", {"大同": True}, ["大同"], [(0, 2), (3, 5)])
    [(0, 2), (3, 5)]
    >>> unscored_spans("中国和大同", {}, ["大同"], [(0, 2), (3, 5)])
    [(0, 2)]
    """
    out = [(s, e) for s, e, n in find_mentions(text, optional) if optional[n]]
    if like:
        taken = [False] * len(text)
        for s, e, _ in find_mentions(text, named):
            taken[s:e] = [True] * (e - s)
        out += [(s, e) for s, e in like if not any(taken[s:e])]
    return sorted(set(out))
