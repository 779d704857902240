"""Two guards on the learned span tagger's spans (:mod:`kg.nlp.entities.learned`), their words
in ``ontology/patterns/spans.toml`` (``[learned]``), and the names the veto keeps.

* :func:`opens_across`: ``fix`` never lengthens a rule candidate at its START across a joiner
  of ``fix_start_joiners`` (或: alternatives, never inside one name) or a word of a tag of
  ``fix_start_verb_tags``: "出席签约仪式|或参加|开工仪式" is two events and a clause, not one
  meeting. (和, 及 and LAC's verbs were tried in session 38: over the 850 readable pages they
  blocked 22 lengthenings, about 20 of them right compound or verb-led names, "调度推进|全市重点
  工作办公会议", "全省深化发展和|改革…推进大会"; so they are not in the data.)
* :func:`runs_over_person`: a learned span of a type of ``add_not_across`` is never added over a
  post and a name (a title of ``ontology/lexicon/titles.txt`` followed by a rule candidate of the
  types it names, a PERSON, or by a word the segmenter tags as a person): "县政协主席某某等县领导
  分别参加某某新材料" is a clause with a person in it, no project's name.
* :func:`kept_name`, :func:`country_names_kept`: the names a veto never drops (``veto_kept_names``,
  ``veto_kept_countries``): bodies and places a model trained on local news gold never sees;
  :func:`placed_body`, a place the rules found and an organisation's suffix ("placed");
  :func:`kept_in_page`, those kinds and two a page shows (a name it writes twice, "recurring"; a
  name a division of the gazetteer opens, "division"): the PLACE veto then drops only a name
  written once that no gazetteer, country list or transliteration names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import (
    countries_opening,
    country_names,
    country_short_forms,
    gazetteer_regex,
    lexicon,
)
from kg.nlp.words import Word

#: The segmenter's tag of a person's name (LAC).
_PERSON_TAG = "PER"


def opens_across(
    text: str, words: list[Word], start: int, rule_start: int, joiners: tuple[str, ...], verb_tags: tuple[str, ...]
) -> bool:
    """Whether the characters a learned span adds before a rule candidate (``[start,
    rule_start)``) hold a joiner of ``joiners`` or a whole word tagged with one of ``verb_tags``.

    >>> words = [Word(0, 2, "出席", "v"), Word(2, 6, "签约仪式", "n"), Word(6, 7, "或", "c"), Word(7, 9, "参加", "v")]
    >>> opens_across("出席签约仪式或参加开工仪式", words, 2, 9, ("或", "和", "及"), ("v",))
    True
    >>> opens_across("某某开发区项目开工仪式", [Word(0, 5, "某某开发区", "LOC")], 0, 5, ("或",), ("v",))
    False
    """
    if start >= rule_start:
        return False
    if any(j in text[start:rule_start] for j in joiners):
        return True
    return any(start <= w.start and w.end <= rule_start and w.tag in verb_tags for w in words)


def runs_over_person(
    text: str, words: list[Word], x_start: int, x_end: int, rules: list[Candidate], blocking: tuple[str, ...]
) -> bool:
    """Whether a post and a name are inside ``[x_start, x_end)``: a rule candidate of a type of
    ``blocking`` (or, for PERSON, a word the segmenter tags as a person) that a title of
    ``ontology/lexicon/titles.txt`` right before it opens, the title inside the span too. A person
    candidate alone is no sign: the rules read persons inside firms' and projects' names ("某某
    发丝项目"), and in session 38 those were most of a bare person guard's blocks, all wrong.

    >>> person = Candidate(5, 7, "PERSON", "tagger", 0.9)
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", [], 0, 20, [person], ("PERSON",))
    True
    >>> words = [Word(3, 5, "主席", "n"), Word(5, 7, "某某", "PER")]
    >>> runs_over_person("县政协主席某某等县领导分别参加某某新材料", words, 0, 20, [], ("PERSON",))
    True
    >>> runs_over_person("香港某某锌硒茶酒", [], 0, 8, [Candidate(2, 4, "PERSON", "tagger", 0.9)], ("PERSON",))
    False
    """
    if not blocking:
        return False
    starts = {c.start for c in rules if c.label in blocking and x_start < c.start < x_end}
    if "PERSON" in blocking:
        starts |= {w.start for w in words if w.tag == _PERSON_TAG and x_start < w.start < x_end}
    return any(text[x_start:at].endswith(lexicon().titles) for at in starts)


@lru_cache(maxsize=1)
def country_names_kept() -> frozenset[str]:
    """The names of countries and world regions (``ontology/lexicon/countries.txt``) and the
    one-character forms of ``country_short_forms.txt`` ("中|俄|两国")."""
    return country_names() | country_short_forms()


def kept_name(name: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``name`` is of one of ``kinds`` (``veto_kept_names``): the bodies a model trained
    on local news gold never sees as organisations (national organs, foreign firms and clubs).

    >>> kept_name("外交部", ("national",)), kept_name("某某县农业局", ("national", "foreign"))
    (True, False)
    >>> kept_name("阿森纳", ("foreign",)), kept_name("俄罗斯某某公司", ("country_first",))
    (True, True)
    >>> kept_name("ABC某某工作室", ("latin",)), kept_name("某某5G科技", ("latin",))
    (True, False)
    """
    lex = lexicon()
    if "national" in kinds and name in lex.national_orgs:
        return True
    if "foreign" in kinds and len(name) >= 2 and sum(ch not in lex.foreign_chars for ch in name) <= 1:
        return True
    if "latin" in kinds and _LATIN_FIRST.match(name):
        return True
    return "country_first" in kinds and any(len(c) >= 2 for c in countries_opening(name))


def placed_body(text: str, c: Candidate, cands: Sequence[Candidate]) -> bool:
    """Whether the candidate ``c`` opens with a place the rules found (a PLACE candidate of
    ``cands`` that starts where ``c`` starts and ends inside it) and ends in a word of
    ``ontology/lexicon/org_suffixes.txt``: the shape the rules read a local body by ("某某乡|农会",
    "某某区|某某中心"). Such a name is evidence the rules trust, not a fragment; the ORG veto keeps
    it (``veto_kept_names`` "placed"), with the located_in and works_for facts it carries.

    >>> places = [Candidate(0, 3, "PLACE", "gazetteer", 0.9)]
    >>> placed_body("某某乡农会", Candidate(0, 5, "ORG", "suffix", 0.8), places)
    True
    >>> placed_body("某某乡智能", Candidate(0, 5, "ORG", "suffix", 0.8), places)
    False
    >>> placed_body("某某乡", Candidate(0, 3, "ORG", "suffix", 0.8), places)
    False
    """
    name = text[c.start : c.end]
    if not name.endswith(lexicon().org_suffixes):
        return False
    return any(p.label == "PLACE" and p.start == c.start and p.end < c.end for p in cands)


#: A name that opens with a Latin letter, half- or full-width ("FIFA", "ＰＡＴＡ").
_LATIN_FIRST = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


def kept_in_page(text: str, c: Candidate, kinds: tuple[str, ...], cands: Sequence[Candidate] = ()) -> bool:
    """Whether the candidate ``c`` of the article ``text`` is of one of ``kinds`` (``veto_kept_names``):
    those of :func:`kept_name`, and "recurring", a name the article writes more than once (a
    page's own site recurs, a slogan's or a firm's word taken for a place is written once: 50 of
    80 false places on real-pages-45 to -54, s39-learnplace2), "division", a name a division of
    the gazetteer opens or is (any level: "某某省某某园" is placed by data), "placed", a body a
    place among the page's candidates ``cands`` opens (:func:`placed_body`).

    >>> kept_in_page("某某园和某某园", Candidate(0, 3, "PLACE", "tagger", 0.8), ("recurring",))
    True
    >>> kept_in_page("某某园和某某湖", Candidate(0, 3, "PLACE", "tagger", 0.8), ("recurring",))
    False
    >>> kept_in_page("浙江省某某园", Candidate(0, 6, "PLACE", "tagger", 0.8), ("division",))
    True
    """
    name = text[c.start : c.end]
    if kept_name(name, kinds):
        return True
    if "recurring" in kinds and text.count(name) > 1:
        return True
    if "placed" in kinds and placed_body(text, c, cands):
        return True
    return "division" in kinds and _division_opens(name)


def _division_opens(name: str) -> bool:
    """Whether a name of a division of the gazetteer (full or short form) opens ``name``."""
    from kg.nlp.gazetteer import load_gazetteer

    m = gazetteer_regex().match(name)
    return bool(m and m.end() > m.start() and load_gazetteer().lookup(m.group(0)))
