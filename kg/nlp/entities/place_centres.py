"""A place's centre named by the place alone is no body: "某某北部中心", "某某中心|城区", "某某市中心".

The tagger reads a word ending in 中心 as an organisation (ORG). Where only a place stands before the
head (a direction and 市 at most between: "the northern centre of 某某", "the centre of 某某 city"), the
news speaks of a part of that place or of a building named after it ("某某中心|总部经济项目"), never of a
body: no gold of the readable sets names a body so, where bodies named 中心 always say what they do
(融媒体中心, 服务中心, 交易中心). The words are ``[org.place_centres]`` of
``ontology/patterns/entities.toml`` (session 35, s35-orgfp).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import simplified_aligned
from kg.patterns import pattern_file


@dataclass(frozen=True)
class PlaceCentres:
    """``[org.place_centres]``, read once."""

    heads: tuple[str, ...]
    directions: tuple[str, ...]
    middles: tuple[str, ...]
    place_levels: tuple[str, ...]


@cache
def place_centres() -> PlaceCentres:
    f = pattern_file("entities")["org"]["place_centres"]
    return PlaceCentres(
        heads=tuple(sorted(f["heads"], key=len, reverse=True)),
        directions=tuple(sorted(f["directions"], key=len, reverse=True)),
        middles=tuple(f["middles"]),
        place_levels=tuple(f["place_levels"]),
    )


def _stems(name: str, f: PlaceCentres) -> list[tuple[str, str]]:
    """What may name the place in ``name``, each with the word between it and the head: the name
    less its head, then less a direction or a middle word too ("某某北部中心" -> (某某北部, ""),
    (某某, 北部); "某某市中心" -> (某某市, ""), (某某, 市))."""
    head = next((h for h in f.heads if name.endswith(h)), None)
    if head is None:
        return []
    stem = name[: -len(head)]
    stems = [(stem, "")]
    for part in f.directions + f.middles:
        if stem.endswith(part):
            stems.append((stem[: -len(part)], part))
    return [(s, part) for s, part in stems if len(s) >= 2]


def _is_place(stem: str, places: set[str], f: PlaceCentres) -> bool:
    """A division of the gazetteer, or a place the article names, with or without its level."""
    if load_gazetteer().lookup(stem) or stem in places:
        return True
    return any(stem + level in places for level in f.place_levels)


def without_place_centres(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` less each ORG that names a place's centre by the place alone, and less the place
    "某某市" read inside "某某市中心" where neither the gazetteer nor the article elsewhere knows it.

    >>> t = "某某位于甲乙市中心,发挥成都北部中心作用;某某科技服务中心"  # (甲乙市 no other place)
    >>> cs = [Candidate(4, 9, "ORG", "statistical", 0.6), Candidate(4, 6, "PLACE", "statistical", 0.6),
    ...       Candidate(4, 7, "PLACE", "s", 0.6), Candidate(12, 18, "ORG", "statistical", 0.6),
    ...       Candidate(21, 29, "ORG", "head_words", 0.65)]
    >>> [(c.label, t[c.start:c.end]) for c in without_place_centres(t, cs)]
    [('PLACE', '甲乙'), ('ORG', '某某科技服务中心')]
    """
    f = place_centres()
    simple = simplified_aligned(text)
    places = {simple[c.start : c.end] for c in candidates if c.label == "PLACE"}
    dropped: set[tuple[int, int]] = set()
    misread: set[tuple[int, int]] = set()
    for c in candidates:
        if c.label != "ORG":
            continue
        found = [(s, part) for s, part in _stems(simple[c.start : c.end], f) if _is_place(s, places, f)]
        if not found:
            continue
        dropped.add((c.start, c.end))  # "某某市中心", "某某北部中心": a part of the place or a building
        stem, part = found[-1]
        named = stem + part
        elsewhere = any(
            simple[x.start : x.end] == named and x.start != c.start for x in candidates if x.label == "PLACE"
        )
        if part in f.middles and not load_gazetteer().lookup(named) and not elsewhere:
            # "某山|市中心" where the place is 某山区: 市 is the downtown's, "某山市" no place the article names
            misread.add((c.start, c.start + len(named)))
    return [
        c
        for c in candidates
        if not (c.label == "ORG" and (c.start, c.end) in dropped)
        and not (c.label == "PLACE" and (c.start, c.end) in misread)
    ]
