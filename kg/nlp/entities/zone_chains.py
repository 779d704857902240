"""A named zone or site run on after the place it lies in: "某某开发区|某塘园区", "某某工业园|某空工业区",
"某口|某竹工业区". The tagger or the head-word source reads the chain as one
place; the golds (GUIDE.md: an administrative chain is two places linked by ``located_in``) name
each link, and the inner zone has a name of its own (a stem before its head word), so the whole
is no name of anything.

Not split: a division with its level word before a zone ("某某县|高明新区": GUIDE.md keeps the
place prefix that belongs to a zone's name), nor a zone kind after a zone ("某某工业集中区|产业孵化园":
the inner part names no place of its own). The words are ``place.zone_chains`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places, is_zone_kind
from kg.nlp.entities.shapes import sector_words
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import simplified_aligned


def split_zone_chains(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each place read across a chain (:func:`chain_split`) replaced by its
    links: the outer zone (or each place word before the inner one) and the inner zone.

    >>> ws = [Word(0, 5, "甲乙工业园", "LOC"), Word(5, 7, "丙丁", "n"), Word(7, 10, "工业区", "n")]
    >>> out = split_zone_chains("甲乙工业园丙丁工业区", ws, [Candidate(0, 10, "PLACE", "head_words", 0.6)])
    >>> sorted((c.start, c.end) for c in out)
    [(0, 5), (5, 10)]
    >>> ws = [Word(0, 3, "甲乙县", "LOC"), Word(3, 5, "丙丁", "LOC"), Word(5, 7, "新区", "n")]
    >>> whole = [Candidate(0, 7, "PLACE", "head_words", 0.6)]
    >>> [(c.start, c.end) for c in split_zone_chains("甲乙县丙丁新区", ws, whole)]
    [(0, 7)]
    """
    simple = simplified_aligned(text)
    splits: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for c in candidates:
        if c.label == "PLACE" and (c.start, c.end) not in splits:
            links = chain_split(simple, words, c.start, c.end)
            if links:
                splits[(c.start, c.end)] = links
    if not splits:
        return candidates
    out = [c for c in candidates if c.label != "PLACE" or (c.start, c.end) not in splits]
    have = {(c.start, c.end) for c in out if c.label == "PLACE"}
    for (start, end), links in splits.items():
        src = next(c for c in candidates if c.label == "PLACE" and (c.start, c.end) == (start, end))
        for s, e in links:
            if (s, e) not in have:
                have.add((s, e))
                out.append(Candidate(s, e, "PLACE", src.source, src.score, {"zone_chain": True}))
    return out


def chain_split(simple: str, words: list[Word], start: int, end: int) -> list[tuple[int, int]]:
    """The links of the place ``simple[start:end]`` read across a chain, or ``[]``: the last word
    start ``k`` where a zone or site with a name of its own begins (a stem of ``min_stem``
    characters or more, not a kind nor an industry, before a head of ``inner_heads``), after
    either a zone (a head of ``outer_heads``: the outer zone is one link) or place words of the
    tagger's that end in no level word (``place.admin_heads``) and name no province or city
    (each is a link).

    >>> ws = [Word(0, 2, "甲口", "LOC"), Word(2, 4, "乙竹", "LOC"), Word(4, 7, "工业区", "n")]
    >>> chain_split("甲口乙竹工业区", ws, 0, 7)
    [(0, 2), (2, 7)]
    >>> ws = [Word(0, 6, "甲乙工业集中区", "LOC"), Word(6, 8, "产业", "n"), Word(8, 11, "孵化园", "n")]
    >>> chain_split("甲乙工业集中区产业孵化园", ws, 0, 11)
    []
    >>> ws = [Word(0, 4, "工业园区", "n"), Word(4, 6, "丙丁", "LOC"), Word(6, 8, "园区", "n")]
    >>> chain_split("工业园区丙丁园区", ws, 0, 8)
    []
    """
    p = lexicon().patterns["place"]["zone_chains"]
    inner_heads = sorted(p["inner_heads"], key=len, reverse=True)
    outer_heads = tuple(p["outer_heads"])
    admin = tuple(lexicon().patterns["place"]["admin_heads"])
    name = simple[start:end]
    head = next((h for h in inner_heads if name.endswith(h)), None)
    if head is None or not ALL_CJK.match(name):
        return []
    inside = [w for w in words if start <= w.start and w.end <= end]
    for w in reversed(inside):
        k = w.start
        if k == start:
            break
        inner = simple[k:end]
        stem = inner[: -len(head)]
        if len(stem) < p["min_stem"] or is_zone_kind(inner) or class_of_places(inner) or sector_words(stem):
            continue
        outer = simple[start:k]
        # (a bare kind before a named area is one name: "工业园区|某某园区")
        if outer.endswith(outer_heads) and len(outer) > 2 and not is_zone_kind(outer):
            return [(start, k), (k, end)]
        before = [x for x in inside if x.end <= k]
        if (
            w.tag == "LOC"
            and head in p["word_chain_heads"]  # a park's or site's name may hold its place ("某江|中央公园")
            and before
            and before[0].start == start
            and all(x.tag == "LOC" and not simple[x.start : x.end].endswith(admin) for x in before)
            # a province's or city's short form opens the zone's own name ("某省|某某台湾工业园",
            # "某充|某江新区": GUIDE.md keeps it there); a county's or township's is where it lies
            and not any(_upper_division(simple[x.start : x.end]) for x in before)
            # nor is the inner word the rest of a division's name ("某右|某旗|工业园区")
            and not simple[w.start : w.end].endswith(admin)
            and all(a.end == b.start for a, b in zip(before, before[1:], strict=False))
            and before[-1].end == k
        ):
            return [(x.start, x.end) for x in before] + [(k, end)]
        return []
    return []


def _upper_division(word: str) -> bool:
    """Whether ``word`` names a province or a city of the gazetteer ("某南", "某充": a province, a city)."""
    return any(d.level in ("province", "city") for d in load_gazetteer().lookup(word))
