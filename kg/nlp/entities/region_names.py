"""Regions that span provinces or cities ("京津冀", "长三角", "淮海都市圈") named whole, once.

The tagger cuts such a region ("京津|冀", "成|渝地区", "淮海|都市圈", "闽东北|协同发展区") or runs
a word for "area" or what the text does there onto it ("京津冀地区", "长三角地区", "长三角一体化"),
so one region becomes two places of a page, or a place the text never names. GUIDE.md: PLACE holds
regions ("京津冀"). The names, their heads and the area words are ``place.regions`` data.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon


@cache
def _region_pattern() -> re.Pattern[str]:
    r = lexicon().patterns["place"]["regions"]
    heads = "|".join(map(re.escape, sorted(r["heads"], key=len, reverse=True)))
    names = "|".join(map(re.escape, sorted(r["names"], key=len, reverse=True)))
    return re.compile(f"({names})({heads})?")


def region_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a region: a name of ``place.regions.names`` with its head if one
    follows ("淮海都市圈"); a name of ``need_head`` only with one; not a name inside a longer run
    of the same names ("成渝地区" is not read again inside itself).

    >>> region_spans("融入京津冀地区和淮海都市圈,走淮海路")
    [(2, 5), (8, 13)]
    """
    r = lexicon().patterns["place"]["regions"]
    out = []
    for m in _region_pattern().finditer(text):
        if m.group(2) is None and m.group(1) in r["need_head"]:
            continue
        out.append((m.start(), m.end()))
    return out


def with_regions(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each region of ``text`` a PLACE of its own, and the places the tagger
    read across a region's edge set right: one that crosses the edge or lies inside the region is
    dropped ("京津" of "京津冀", "渝地区" of "成渝地区", "淮海" of "淮海都市圈"); one that is the
    region and an area word or a tail that is no place's or zone's head is the region alone
    ("京津冀地区", "长三角一体化"). Longer names that hold the region (an event's, a zone's:
    "长三角生态绿色一体化发展示范区") are left as they are.

    >>> text = "对接京津冀地区,成渝地区双城经济圈"
    >>> cs = [Candidate(2, 4, "PLACE", "statistical", 0.6), Candidate(2, 7, "PLACE", "statistical", 0.6),
    ...       Candidate(9, 12, "PLACE", "statistical", 0.6)]
    >>> sorted((text[c.start:c.end], c.source) for c in with_regions(text, cs))
    [('京津冀', 'gazetteer'), ('京津冀', 'statistical'), ('成渝地区', 'gazetteer')]
    """
    spans = region_spans(text)
    if not spans:
        return candidates
    place = lexicon().patterns["place"]
    keep_tails = tuple(place["heads"]) + tuple(place["zones"])
    area_words = tuple(place["regions"]["area_words"])
    out: list[Candidate] = []
    for c in candidates:
        if c.label != "PLACE":
            out.append(c)
            continue
        region = next(((s, e) for s, e in spans if c.start < e and s < c.end), None)
        if region is None:
            out.append(c)
            continue
        s, e = region
        if c.start < s or (c.start == s and c.end < e) or (c.start > s and c.end <= e):
            continue  # across the region's left edge, or a part of it
        if c.end > e:
            rest = text[e : c.end]
            if c.start == s and (rest in area_words or not rest.endswith(keep_tails)):
                out.append(Candidate(s, e, c.label, c.source, c.score, dict(c.attrs)))
            elif c.start == s:
                out.append(c)  # a zone or site the region opens
            continue  # (one that starts inside the region and runs on past it is no name)
        out.append(c)  # the region itself
    # Not where a body of the region opens with it ("某某协同发展区办公室": the body stays whole),
    # nor right after a division ("某市|某某一体化发展事务中心": the city's office for the region;
    # a chain of places would put the region, which spans cities, inside the city).
    bodies = {(c.start, c.end) for c in candidates if c.label == "ORG"}
    place_ends = {c.end for c in out if c.label == "PLACE"}
    out += [
        Candidate(s, e, "PLACE", "gazetteer", 0.9, {"region": True})
        for s, e in spans
        if not any(bs == s and be > e for bs, be in bodies) and s not in place_ends
    ]
    return out
