"""Roads and districts named after a division: "台湾大道", "文昌商圈", "南京大排" (a drainage channel),
"北京路". The division's short form that is the whole stem of such a name is no mention of the
division: the road lies in another city (Taichung's 台湾大道, Yangzhou's 文昌商圈 after its 文昌路),
and reading the form as the division makes a false place far away (台湾省, 文昌市 of Hainan) and a
false ``located_in``. A short form before a road with a stem of its own ("北京|雅宝路") still names
the city the road lies in, and a full name ("某某市|某某路") is left alone.

The heads are ``place.namesake_roads.heads`` of ``ontology/patterns/entities.toml``: road heads
and the districts and channels named like roads; not 公路 / 高速, which follow the places a line
joins ("某县至|某某|公路", "某某-某某高速").
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import to_simplified


def namesake_stem(text: str, words: list[Word], c: Candidate) -> bool:
    """Whether the place candidate ``c`` is a division's short form that is the whole stem of a
    road's or district's name: a head of ``place.namesake_roads.heads`` follows it and ends a
    tagger's word ("文昌|商圈", "台湾大道/LOC"), so "北京|路演" and "深圳|路桥" stay places.

    >>> from kg.nlp.words import Word
    >>> t = "和文昌商圈活力"
    >>> ws = [Word(0, 1, "和", "c"), Word(1, 3, "文昌", "LOC"), Word(3, 5, "商圈", "n"), Word(5, 7, "活力", "n")]
    >>> namesake_stem(t, ws, Candidate(1, 3, "PLACE", "gazetteer", 0.75))
    True
    >>> t = "在北京路演"
    >>> ws = [Word(0, 1, "在", "p"), Word(1, 3, "北京", "LOC"), Word(3, 5, "路演", "n")]
    >>> namesake_stem(t, ws, Candidate(1, 3, "PLACE", "gazetteer", 0.75))
    False
    >>> t = "北京市路网"
    >>> ws = [Word(0, 3, "北京市", "LOC"), Word(3, 4, "路", "n"), Word(4, 5, "网", "n")]
    >>> namesake_stem(t, ws, Candidate(0, 3, "PLACE", "gazetteer", 0.9))
    False
    """
    if c.label != "PLACE":
        return False
    name = to_simplified(text[c.start : c.end])
    divisions = load_gazetteer().lookup(name)
    # (a short form only: the division's name without its level word)
    if not divisions or any(d.name == name for d in divisions):
        return False
    after = to_simplified(text[c.end : c.end + 3])
    for head in lexicon().patterns["place"]["namesake_roads"]["heads"]:
        if after.startswith(head) and any(w.end == c.end + len(head) and w.start <= c.end for w in words):
            return True
    return False


def without_namesake_stems(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places that are the stem of a road or district named after a
    division (:func:`namesake_stem`: "紓解|台灣|大道龐大車流", "文昌|商圈活力", "導流水量至|南京|大排")."""
    return [c for c in candidates if not namesake_stem(text, words, c)]
