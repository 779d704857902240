"""The data files of ``ontology/`` that recognition reads (loaded once), and patterns made from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from kg.nlp.entities.candidate import longest_first_pattern
from kg.nlp.gazetteer import load_gazetteer
from kg.patterns import pattern_file, word_list


@dataclass(frozen=True)
class Lexicon:
    """The data files of ``ontology/`` that recognition uses, loaded once."""

    org_suffixes: tuple[str, ...]
    titles: tuple[str, ...]
    surnames: frozenset[str]
    double_surnames: frozenset[str]
    patterns: dict[str, Any]
    not_names: frozenset[str] = frozenset()
    national_orgs: tuple[str, ...] = ()
    foreign_chars: frozenset[str] = frozenset()
    country_names: tuple[tuple[str, str], ...] = ()  # (one-character form, full name)

    # (cached: every left edge and head word reads them)
    @cached_property
    def name_tags(self) -> frozenset[str]:
        return frozenset(self.patterns["name_words"]["tags"])

    @cached_property
    def name_stop(self) -> frozenset[str]:
        return frozenset(self.patterns["name_words"]["stop"])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    surnames = " ".join(word_list("surnames")).split()
    return Lexicon(
        org_suffixes=tuple(sorted(word_list("org_suffixes"), key=len, reverse=True)),
        titles=tuple(sorted(word_list("titles"), key=len, reverse=True)),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        double_surnames=frozenset(s for s in surnames if len(s) == 2),
        patterns=pattern_file("entities"),
        not_names=frozenset(word_list("not_names")),
        national_orgs=word_list("national_orgs"),
        foreign_chars=frozenset(" ".join(word_list("transliteration")).replace(" ", "")),
        country_names=tuple(tuple(line.split()[:2]) for line in word_list("country_short_forms")),
    )


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The names of countries, territories and world regions (``ontology/lexicon/countries.txt``,
    CLDR's Chinese names) and the full names of ``country_short_forms.txt``.

    >>> {"中国", "俄罗斯", "东亚", "土库曼斯坦"} <= country_names()
    True
    """
    listed = (line.split()[1] for line in word_list("countries"))
    return frozenset(listed) | frozenset(full for _, full in lexicon().country_names)


def countries_opening(name: str) -> list[str]:
    """The names of :func:`country_names` that open ``name``, longest first.

    >>> countries_opening("中国某某冶集团"), countries_opening("某某集团")
    (['中国'], [])
    """
    names = country_names()
    return [name[:k] for k in range(min(len(name), _longest_country()), 0, -1) if name[:k] in names]


@lru_cache(maxsize=1)
def _longest_country() -> int:
    return max(map(len, country_names()))


@lru_cache(maxsize=1)
def country_short_forms() -> frozenset[str]:
    """The one-character forms of countries and regions (``country_short_forms.txt``: "中", "美", "欧").

    >>> {"中", "俄", "欧"} <= country_short_forms()
    True
    """
    return frozenset(form for form, _ in lexicon().country_names)


@lru_cache(maxsize=1)
def gazetteer_regex() -> re.Pattern[str]:
    return longest_first_pattern(tuple(load_gazetteer().names()))


def gaz_full(name: str) -> bool:
    """Whether ``name`` is the full name of a division ("灵丘县", not "灵丘")."""
    return any(d.name == name for d in load_gazetteer().lookup(name))


@cache
def _grade_pattern() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["place"]["grade"])


@cache
def _size_pattern() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["project"]["size"])
