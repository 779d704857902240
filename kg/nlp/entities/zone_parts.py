"""A park or part of a zone named right after the zone holding it: "某某经济开发区|某某|园区内",
"某某开发区|软体|创意园、", "某某工业园区|临空综合经济园/LOC和", "某某经济开发区|临港|经济|板块,".

When the tagger reads the zone as one word and the part's stem as another, no source joins the
part: :func:`~kg.nlp.entities.town_prefix.name_before_area` takes a place word before 园区 only
if it stands for a place alone (a stem such as 彰教 is read as a place only in its sentence),
经济园, 创意园, 板块 are no place heads, and zone_chains splits only a chain some source read
whole. The golds (GUIDE.md: a chain is places linked by ``located_in``) name the part as a
place of its own; the relation stage then places it in the zone right before it. The words are
``place.zone_parts`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places, is_zone_kind
from kg.nlp.entities.shapes import sector_words
from kg.nlp.words import Word
from kg.normalize import simplified_aligned

_LETTER_PART = re.compile(r"[A-Z]区")


def zone_part_candidates(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """A PLACE for each part named right after a zone (a PLACE candidate ending in a zone's kind)
    that no candidate covers.

    >>> ws = [Word(0, 7, "青禾经济开发区", "LOC"), Word(7, 9, "丙丁", "LOC"), Word(9, 11, "园区", "n")]
    >>> ws.append(Word(11, 12, "内", "f"))
    >>> zone = Candidate(0, 7, "PLACE", "statistical", 0.6)
    >>> [(c.start, c.end) for c in zone_part_candidates("青禾经济开发区丙丁园区内", ws, [zone])]
    [(7, 11)]
    >>> ws = ws[:3] + [Word(11, 13, "项目", "n")]
    >>> zone_part_candidates("青禾经济开发区丙丁园区项目", ws, [zone])
    []
    """
    p = lexicon().patterns["place"]
    zones = tuple(p["zones"] + p["zone_kinds"])
    simple = simplified_aligned(text)
    out: list[Candidate] = []
    for c in candidates:
        if c.label != "PLACE" or not simple[c.start : c.end].endswith(zones):
            continue
        end = _part_end(simple, words, c.end)
        if end is None:
            continue
        # a candidate runs on across the zone's end ("…开发区某某产业园项目") or past the part: it
        # reads the words otherwise (a place word inside the part's stem, "临港|经济|板块", does not)
        if any(x.start < end and x.end > c.end and (x.start < c.end or x.end > end) for x in candidates):
            continue
        out.append(Candidate(c.end, end, "PLACE", c.source, c.score, {"zone_part": True}))
    return out


def _part_end(simple: str, words: list[Word], start: int) -> int | None:
    """Where the part named from ``start`` (right after its zone) ends, or None: stem words of
    ``stem_tags`` then a head of ``heads`` (the head may open the word: "产业园E区"), not before
    a word that makes it a project's or a work's name."""
    p = lexicon().patterns["place"]["zone_parts"]
    heads = sorted(p["heads"], key=len, reverse=True)
    k = word_at(words, start)
    if k is None or words[k].start != start:
        return None
    while k < len(words) and words[k].start - start <= p["stem_max"]:
        w = words[k]
        piece = simple[w.start : w.end]
        head = next((h for h in heads if piece.endswith(h)), None)
        stem_end = w.end - len(head) if head is not None else w.start
        if head is None:  # "产业园E区": the head opens the word
            head = next((h for h in heads if piece.startswith(h) and _LETTER_PART.fullmatch(piece[len(h) :])), None)
        if head is not None and stem_end - start >= p["stem_min"]:
            return _checked(simple, words, start, stem_end, w.end, k)
        if w.tag not in p["stem_tags"] or not ALL_CJK.match(piece):
            return None
        k += 1
    return None


def _checked(simple: str, words: list[Word], start: int, stem_end: int, end: int, k: int) -> int | None:
    """``end`` if the part ``simple[start:end]`` names one place: its stem is no kind of zone nor
    an industry alone, and no word of a project's or work's name follows."""
    p = lexicon().patterns["place"]["zone_parts"]
    stem, part = simple[start:stem_end], simple[start:end]
    if not ALL_CJK.match(stem) or is_zone_kind(part) or class_of_places(part) or sector_words(stem):
        return None
    if simple.startswith(tuple(p["not_before"]), end):
        return None
    return end
