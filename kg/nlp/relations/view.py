"""What the relation rules read: the article, its sentences and mentions (:class:`ArticleView`),
the facts they write (:class:`RawRelation`), the trigger words of ``relations.toml``
(:func:`triggers`) and small helpers over the view that rules of several families use.

Mentions are referred to by index into ``ArticleView.mentions``; resolution later maps
them to entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.ingest import Article
from kg.nlp.entities import Candidate
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.patterns import alternation, pattern_file


@dataclass
class RawRelation:
    """A fact read in one sentence, between mentions of the article (indices)."""

    type: str
    head: int
    tail: int | None
    value: dict[str, Any] | None
    sentence: int
    rule: str
    confidence: float


@dataclass
class ArticleView:
    """What the rules read: the article, its sentences and the mentions of each."""

    article: Article
    mentions: list[Candidate]
    home_city: str | None = None  # full name of the city the paper calls 我市
    word_ends: frozenset[int] = frozenset()  # offsets where the segmenter ends a word
    by_sentence: list[list[int]] = field(default_factory=list)
    # Codes of the divisions that the place mentions name, kept up to date by add_place.
    named_divisions: set[str] = field(default_factory=set)
    # of_type's lists, by (sentence, labels); emptied whenever a mention is filed.
    _of_type: dict[tuple[int, tuple[str, ...]], list[int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # What helpers of several rules compute once per article from its mentions (the chairs the
    # chair rule reads: kg.nlp.relations.meeting_chairs); emptied whenever a mention is filed.
    memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_sentence = [[] for _ in self.article.sentences]
        for i, m in enumerate(self.mentions):
            self._file(i, m, sort=False)
        for idx in self.by_sentence:  # one stable sort each: the order of sorting after every filing
            idx.sort(key=lambda j: (self.mentions[j].start, -self.mentions[j].end))
        self.named_divisions = {
            d.code for i, m in enumerate(self.mentions) if m.label == "PLACE" and (d := self.division(i))
        }

    def _file(self, i: int, m: Candidate, sort: bool = True) -> None:
        self._of_type.clear()
        self.memo.clear()
        for k, s in enumerate(self.article.sentences):
            if s.start <= m.start and m.end <= s.end:
                self.by_sentence[k].append(i)
                if sort:
                    self.by_sentence[k].sort(key=lambda j: (self.mentions[j].start, -self.mentions[j].end))
                break

    def add_place(self, start: int, end: int, division: Division | None, source: str) -> int:
        """A place mention the entity stage did not keep (我市; 大同 inside 中车大同电力机车有限公司),
        added to the shared mention list; the index of an existing one with that span if any."""
        for i, m in enumerate(self.mentions):
            if m.start == start and m.end == end and m.label == "PLACE":
                return i
        attrs: dict[str, Any] = {"nested": True}
        if division is not None:
            # (a name of two divisions, one per tree: the one the entity stage read it as here)
            same = (x.attrs for x in self.mentions if x.label == "PLACE" and x.attrs.get("admin_name") == division.name)
            division = next((d for a in same if (d := load_gazetteer().divisions.get(a.get("admin_code")))), division)
            attrs.update(admin_code=division.code, admin_level=division.level, admin_name=division.name)
        self.mentions.append(Candidate(start, end, "PLACE", source, 0.6, attrs))
        i = len(self.mentions) - 1
        self._file(i, self.mentions[i])
        if division is not None:
            self.named_divisions.add(division.code)
        return i

    def add_mention(self, start: int, end: int, label: str, source: str) -> int:
        """A mention the entity stage did not keep (an event named after 出席), added to the
        shared mention list; the index of an existing one with that span and label if any."""
        for i, m in enumerate(self.mentions):
            if m.start == start and m.end == end and m.label == label:
                return i
        self.mentions.append(Candidate(start, end, label, source, 0.6, {}))
        i = len(self.mentions) - 1
        self._file(i, self.mentions[i])
        return i

    def sentence_of(self, i: int) -> int | None:
        """The sentence a mention starts in (``by_sentence`` files only the mentions a sentence
        holds whole; a name may run across a layout break)."""
        start = self.mentions[i].start
        return next((k for k, s in enumerate(self.article.sentences) if s.start <= start < s.end), None)

    def in_title(self, i: int) -> bool:
        """The mention is part of a title in 《》 (a policy or a book names no located thing)."""
        m = self.mentions[i]
        text = self.article.text
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[line_start : m.start]
        return before.rfind("《") > before.rfind("》")

    def division(self, i: int) -> Division | None:
        """The administrative division a place mention names, if any."""
        code = self.mentions[i].attrs.get("admin_code")
        return load_gazetteer().divisions.get(code) if code else None

    def text(self, i: int) -> str:
        m = self.mentions[i]
        return self.article.text[m.start : m.end]

    def of_type(self, k: int, *labels: str) -> list[int]:
        """The mentions of sentence ``k`` with one of ``labels``, in sentence order: a new list
        each call, filtered once (the rules ask the same ~20 times a sentence)."""
        key = (k, labels)
        found = self._of_type.get(key)
        if found is None:
            found = self._of_type[key] = [i for i in self.by_sentence[k] if self.mentions[i].label in labels]
        return found.copy()

    def is_place_name(self, i: int) -> bool:
        """A place for sure: an administrative division, or a name ending in a place or zone
        head word. A bare name the statistical tagger called a place ("华阳" in
        "华阳高性能碳纤维项目", "长城1号" in "长城1号公路") is a brand or a name part, not a location."""
        m = self.mentions[i]
        if m.label != "PLACE":
            return False
        if not (m.attrs.get("admin_code") or m.attrs.get("head") or _former_level_form(self.text(i))):
            return False
        # A common noun with a place head ("老城区排水防涝项目", "县建制镇污水处理厂") names no place.
        return re.sub("^[省市县区]", "", self.text(i)) not in triggers()["located_in"]["generic_places"]

    def is_named_org(self, i: int) -> bool:
        """An organisation recognised by its head word (有限公司, 集团, 局…), not a bare brand."""
        m = self.mentions[i]
        return m.label == "ORG" and bool(m.attrs.get("head"))


def _relations_toml() -> dict[str, Any]:
    return pattern_file("relations")


# Set by kg.nlp.relations.observe while it records which keys each rule reads: wraps the tables.
_observer: Callable[[dict[str, Any]], Any] | None = None


def triggers() -> dict[str, Any]:
    """The tables of ``ontology/patterns/relations.toml`` (read once), which the rules read as
    ``triggers()["located_in"]["triggers"]``; every key a rule reads is declared in
    ``ontology/patterns/rules.toml``.

    >>> "位于" in triggers()["located_in"]["triggers"]
    True
    """
    data = _relations_toml()
    return data if _observer is None else _observer(data)


def determiner_opening() -> re.Pattern[str]:
    """A determiner of ``[attended] determiners`` (and 的) opening a meeting's name: the name
    points back to the event the article names ("此次集中签约仪式", "此次的项目开工奠基仪式").

    >>> determiner_opening().match("此次的项目开工奠基仪式").group()
    '此次的'
    """
    return re.compile(rf"^(?:{alternation(triggers()['attended']['determiners'])})的?")


def named_in_article(view: ArticleView, name: str, label: str = "ORG") -> int | None:
    """A mention of the article with exactly this text (the first), if any."""
    text = view.article.text
    return next((i for i, m in enumerate(view.mentions) if m.label == label and text[m.start : m.end] == name), None)


def mention_ending_at(view: ArticleView, k: int, pos: int, label: str) -> int | None:
    found = [i for i in view.of_type(k, label) if view.mentions[i].end == pos]
    return max(found, key=lambda i: view.mentions[i].end - view.mentions[i].start) if found else None


def enclosing(view: ArticleView, k: int, i: int) -> list[int]:
    """The mentions of sentence ``k`` whose names hold mention ``i``'s and are longer: the names
    ``i`` is read inside ("浙江" in "浙江天台工业园区")."""
    m = view.mentions[i]
    return [
        j
        for j in view.by_sentence[k]
        if view.mentions[j].start <= m.start
        and m.end <= view.mentions[j].end
        and view.mentions[j].end - view.mentions[j].start > m.end - m.start
    ]


def inside_mention(
    view: ArticleView, k: int, pos: int, labels: tuple[str, ...] = ("ORG", "PROJECT", "MEETING", "PERSON")
) -> bool:
    """Position ``pos`` of sentence ``k`` falls in a name of one of ``labels``."""
    return any(
        view.mentions[i].start <= pos < view.mentions[i].end and view.mentions[i].label in labels
        for i in view.by_sentence[k]
    )


@lru_cache(maxsize=8)
def words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """An alternation of ``words``, longest first."""
    return re.compile(alternation(words))


def shares_words(a: str, b: str, n: int = 4) -> bool:
    """The two names have ``n`` characters in a row in common.

    >>> shares_words("千吨级高性能碳纤维示范", "华阳高性能碳纤维项目"), shares_words("烧碱产业链", "电石项目")
    (True, False)
    """
    return any(a[i : i + n] in b for i in range(len(a) - n + 1))


@lru_cache(maxsize=4096)
def _former_level_form(name: str) -> bool:
    """A division written with the level word it had before a reform: "某湖县" where the
    gazetteer (current divisions only) lists the city 某湖市 and the county's new district name;
    older news still writes the county. The whole division name is the stem, the rest one of
    ``place.old_level_heads``."""
    from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon

    m = gazetteer_regex().match(name)
    if not m or not load_gazetteer().lookup(m.group(0)):
        return False
    return name[m.end() :] in lexicon().patterns["place"]["old_level_heads"]
