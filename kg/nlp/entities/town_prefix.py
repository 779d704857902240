"""The town, township, street or village that opens the name of a body or a company: "某某镇
某某有限公司", "某某乡某某专业合作社", "某某街道党工委".

The tagger reads such a name as one word, and a town is no division of the gazetteer, so no
source offers the town as a place of its own; the name then says nothing of where the body is.
Yet a full place name before a body's name places it (GUIDE.md: "a county name prefixed to a
company", "a full place-name prefix is scored"), and a town's name is as full as a county's.
This offers the town as a place candidate at the start of the name, so that selection keeps it
as the name's nested place prefix.
"""

from __future__ import annotations

from kg.nlp.entities.alone_reading import ordinary_alone
from kg.nlp.entities.candidate import _CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places
from kg.nlp.words import Word
from kg.normalize import to_simplified


def town_opening(name: str) -> int | None:
    """Where the town (or village) that opens ``name`` ends, or None: a head of
    ``place.town_heads`` or ``place.village_heads`` after a stem of as many characters as
    ``place.opening_town_chars`` allows, with a name of two characters or more after it that
    does not open with a level word ("某某乡|村" is 乡村, a word for the countryside). The longest
    such town is taken ("某某镇街道" is a street, not a town and the word 街道).

    >>> town_opening("柳河镇宏达建材有限公司"), town_opening("青禾街道党工委")
    (3, 4)
    >>> town_opening("美丽乡村建设有限公司") is None, town_opening("特色小镇运营公司") is None
    (True, True)
    """
    simple = to_simplified(name)
    name = simple if len(simple) == len(name) else name  # "某某鎮…" is read as "某某镇…"
    p = lexicon().patterns["place"]
    low, high = p["opening_town_chars"]
    levels = tuple(p["admin_heads"])
    best = None
    for head in (*p["town_heads"], *p["village_heads"]):
        for k in range(low, high + 1):
            cut = k + len(head)
            town, rest = name[:cut], name[cut:]
            if not name.startswith(head, k) or len(rest) < 2 or rest.startswith(levels):
                continue
            if not all(_CJK.match(ch) for ch in name[:k]) or name[:k].startswith(levels):
                continue  # "县城关镇…": the level word opens a body of the county, not a town
            if class_of_places(town) or town.endswith(tuple(p["themed_towns"])) or town in p["not_heads"]:
                continue
            if best is None or cut > best:
                best = cut
    return best


def town_openings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A place candidate for the town that opens each organisation's or project's name among
    ``candidates``, when the tagger reads the town alone as a name (:func:`ordinary_alone`: "某某镇"
    is a place to it, "水乡" or "名镇" an ordinary word)."""
    out, seen = [], set()
    for c in candidates:
        if c.label not in ("ORG", "PROJECT"):
            continue
        cut = town_opening(text[c.start : c.end])
        if cut is None or (c.start, c.start + cut) in seen or ordinary_alone(text[c.start : c.start + cut]):
            continue
        seen.add((c.start, c.start + cut))
        out.append(Candidate(c.start, c.start + cut, "PLACE", "head_words", 0.7, {"head": "town"}))
    return out


def place_before_kind(text: str, words: list[Word], head_start: int, head: str) -> int | None:
    """The start of the town right before a kind of park that a town names by standing before
    it (``place.kinds_named_by_place``: "某某镇|工业集中区", "某某镇|小微园"), or None. The
    name's left edge stops at a place word ("白崖乡|涑湾村": a village is named apart from its
    township), which would leave the kind alone, no one park's name.

    >>> ws = [Word(0, 3, "柳河镇", "LOC"), Word(3, 8, "工业集中区", "n")]
    >>> place_before_kind("柳河镇工业集中区", ws, 3, "工业集中区")
    0
    >>> place_before_kind("柳河镇工业集中区", [Word(0, 3, "柳河镇", "n"), ws[1]], 3, "工业集中区") is None
    True
    """
    p = lexicon().patterns["place"]
    if head not in p["kinds_named_by_place"]:
        return None
    i = word_at(words, head_start - 1)
    if i is None or words[i].end != head_start or words[i].tag != "LOC":
        return None
    # A town's: "某某县|小微企业园" is the county's parks of that kind, no one park.
    return words[i].start if words[i].text.endswith(tuple(p["town_heads"])) else None
