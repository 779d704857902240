"""The division that opens a zone's name before the words that describe the zone: "某某县|产业转移
|工业园", "某某县|农副产品加工|园区", "某某镇|特色种植专业化|示范区", "某市|平原|示范区", and the
division right before a kind the tagger did not call a place ("某某县|工业园/n").

A name's left edge stops at a division (:func:`kg.nlp.entities.names.left_edge`: "白崖乡|涑湾村",
a village is named apart from its township), and a zone kind with describing words alone names
no one zone; yet the division belongs to such a zone's name (GUIDE.md: "a place prefix that
belongs to a zone's, park's or project's name stays in the name"), and without it the zone is
lost. The words are ``place.division_zone_*`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.entities.place_forms import is_zone_kind
from kg.nlp.entities.town_prefix import name_before_area, place_before_kind
from kg.nlp.words import Word


def zone_left_edge(text: str, words: list[Word], start: int, head_start: int, head: str) -> int:
    """The left edge of a place name ending in ``head`` (at ``head_start``) that
    :func:`~kg.nlp.entities.names.left_edge` put at ``start``: moved to the town before a kind
    it names (:func:`~kg.nlp.entities.town_prefix.place_before_kind`, "某某镇|工业集中区") or to the
    division that opens a zone's name (:func:`division_opening_zone`)."""
    if start == head_start:
        start = place_before_kind(text, words, start, head) or start
    division = division_opening_zone(text, words, head_start, head)
    return start if division is None else min(start, division)


def area_start(text: str, words: list[Word], head_start: int, head: str) -> int | None:
    """The start of an area named by 园区 or 片区: the division that opens it with the words that
    describe it ("某某县|农副产品加工|园区"), else the proper name right before the word
    (:func:`~kg.nlp.entities.town_prefix.name_before_area`)."""
    division = division_opening_zone(text, words, head_start, head)
    return division if division is not None else name_before_area(text, words, head_start, head)


def division_opening_zone(text: str, words: list[Word], head_start: int, head: str) -> int | None:
    """Where the division that opens the zone whose kind ``head`` starts at ``head_start``
    begins, or None.

    >>> ws = [Word(0, 3, "青禾县", "LOC"), Word(3, 5, "产业", "n"), Word(5, 7, "转移", "v"), Word(7, 10, "工业园", "n")]
    >>> division_opening_zone("青禾县产业转移工业园", ws, 7, "工业园")
    0
    >>> division_opening_zone("青禾县产业转移工业园", ws[2:], 7, "工业园") is None
    True
    >>> ws = [Word(0, 3, "青禾县", "LOC"), Word(3, 5, "重点", "n"), Word(5, 7, "园区", "n")]
    >>> division_opening_zone("青禾县重点园区", ws, 5, "园区") is None
    True
    >>> division_opening_zone("青禾县园区", [ws[0], Word(3, 5, "园区", "n")], 3, "园区") is None
    True
    """
    p = lexicon().patterns["place"]
    if head not in p["division_zone_heads"]:
        return None
    tags = frozenset(p["division_zone_tags"])
    verbs = frozenset(p["division_zone_verbs"])
    not_words = frozenset(p["division_zone_not_words"])
    zones = tuple(p["zones"] + p["zone_kinds"])
    k = word_at(words, head_start - 1)
    if k is None or words[k].end != head_start:
        return None  # the kind starts inside a word ("某某经济开发区" read as one word)
    described, edge = False, head_start
    while k >= 0 and words[k].end == edge:
        w = words[k]
        division = w.text.endswith(tuple(p["admin_heads"])) and (w.tag == "LOC" or gaz_full(w.text))
        if len(w.text) >= 2 and division and not w.text.endswith(zones):  # ("经开区|绿色低碳|园区": a zone)
            if head in p["kinds_named_by_name"] and not described:
                return None  # "某某县|园区": the county's parks in general
            if described and is_zone_kind(text[w.end : head_start + len(head)]):
                return None  # "某某县|现代|工业园区": a kind of zone of the county
            return w.start
        if w.text in not_words or not (w.tag in tags or w.text in verbs):
            return None
        if head_start - w.start > p["division_zone_max_chars"]:
            return None
        described, edge = True, w.start
        k -= 1
    return None
