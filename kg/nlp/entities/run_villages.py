"""A village the tagger runs into the name of a park or a base named after it, right after its
county or town: "某县|某某村葡萄产业园/LOC", "某乡|某某村某某/LOC|香菇产业园". The village is a place
of its own (GUIDE.md scores the local village that opens a project's or site's name), and
:mod:`kg.nlp.relations.located_in_names` places the park in it.

The word lists are ``place.run_villages`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.place_forms import class_of_places
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import to_simplified


def run_village_candidates(words: list[Word]) -> list[Candidate]:
    """PLACE candidates for a village at the start of a tagged place word that runs on past it,
    or a village's own word that a name goes on after, right after a division's word.

    >>> ws = [Word(0, 3, "甲乙县", "LOC"), Word(3, 10, "丙丁村葡萄园", "LOC")]
    >>> [(c.start, c.end) for c in run_village_candidates(ws)]
    [(3, 6)]
    >>> ws = [Word(0, 3, "甲乙县", "LOC"), Word(3, 6, "丙丁村", "LOC"), Word(6, 9, "猕猴桃", "n")]
    >>> [(c.start, c.end) for c in run_village_candidates(ws)]
    [(3, 6)]
    >>> ws = [Word(0, 3, "甲乙县", "LOC"), Word(3, 9, "丙丁村民委员", "LOC")]
    >>> run_village_candidates(ws)
    []
    """
    p = lexicon().patterns["place"]["run_villages"]
    heads = tuple(p["heads"])
    before = tuple(p["before_heads"])
    not_after = tuple(p["not_after"])
    out: list[Candidate] = []
    for i, (prev, w) in enumerate(zip(words, words[1:], strict=False)):
        if w.tag != "LOC" or prev.tag != "LOC" or prev.end != w.start:
            continue
        if not to_simplified(prev.text).endswith(before):
            continue
        text = to_simplified(w.text)
        after = words[i + 2] if i + 2 < len(words) and words[i + 2].start == w.end else None
        if text.endswith(heads) and after is not None and ALL_CJK.match(after.text):
            if p["min_stem"] <= len(text) - 1 <= p["max_stem"] and not class_of_places(text):
                # "某县|某某村/LOC|猕猴桃/n|产业园/n": the village its own word inside the park's name
                out.append(Candidate(w.start, w.end, "PLACE", "head_words", 0.6, {"head": "village"}))
            continue
        for n in range(p["min_stem"], p["max_stem"] + 1):
            head = next((h for h in heads if text.startswith(h, n)), None)
            end = n + len(head) if head else 0
            if head is None or end >= len(text) or not ALL_CJK.match(text[:end]):
                continue
            if text.startswith(not_after, end) or text[:n].endswith(heads) or class_of_places(text[:end]):
                break
            out.append(Candidate(w.start, w.start + end, "PLACE", "head_words", 0.6, {"head": "village"}))
            break
    return out + chain_town_candidates(words)


def chain_town_candidates(words: list[Word]) -> list[Candidate]:
    """PLACE candidates for a town or a village written right after its county or city inside
    one tagged word: "某某县|某某镇某某/LOC" (the town run on into a person's name after it),
    "某某县某某村/LOC" (a county's short form and its village read as one place), "某某市某某镇某某村委/ORG"
    (a city, its town and a village's committee read as one body). The town or village is a place
    of its own, right after the division that holds it (GUIDE.md: a chain of divisions written in
    a row is each division, the inner one located in the outer), and ``place_prefix`` places it.

    The word lists are ``place.run_villages.chain_heads`` and ``not_after``; the division is
    the gazetteer's (a county or a city, full or short form) at the word's start; the town's
    own name is ``min_stem`` to ``max_stem`` characters, none of them a level word.

    >>> ws = [Word(0, 3, "祁门县", "LOC"), Word(3, 8, "甲乙镇某某", "LOC")]
    >>> [(c.start, c.end) for c in chain_town_candidates(ws)]
    [(3, 6)]
    >>> ws = [Word(0, 5, "祁门甲乙村", "LOC"), Word(5, 7, "旅游", "vn")]
    >>> [(c.start, c.end, c.source) for c in chain_town_candidates(ws)]
    [(0, 2, 'gazetteer'), (2, 5, 'head_words')]
    >>> ws = [Word(0, 3, "祁门县", "LOC"), Word(3, 7, "甲乙镇长", "LOC")]
    >>> chain_town_candidates(ws)
    []
    """
    p = lexicon().patterns["place"]["run_villages"]
    heads = tuple(p["chain_heads"])
    not_after = tuple(p["not_after"]) + tuple(p["chain_not_after"])
    levels = tuple(lexicon().patterns["place"]["admin_heads"])
    gaz = load_gazetteer()
    out: list[Candidate] = []
    for i, w in enumerate(words):
        if w.tag not in ("LOC", "ORG"):
            continue
        text = to_simplified(w.text)
        m = gazetteer_regex().match(text)
        divisions = gaz.lookup(m.group(0)) if m else []
        prev = words[i - 1] if i else None
        if m and len(m.group(0)) < len(text) and len(divisions) == 1 and divisions[0].level in ("county", "city"):
            start = m.end()  # "某县某某村/LOC" (a short form two divisions share names neither for sure)
        elif prev is not None and prev.tag == "LOC" and prev.end == w.start and gaz.lookup(to_simplified(prev.text)):
            start = 0  # "某县|某某镇某某/LOC": the division is the word before
        else:
            continue
        rest = text[start:]
        for n in range(p["min_stem"], p["max_stem"] + 1):
            head = next((h for h in heads if rest.startswith(h, n)), None)
            if head is None:
                continue
            end = n + len(head)
            stem = rest[:n]
            if (
                not ALL_CJK.match(rest[:end])
                or any(c in levels for c in stem)
                or rest.startswith(not_after, end)
                or gaz.lookup(stem)
                or class_of_places(rest[:end])
            ):
                break
            if start == 0 and end == len(rest):
                break  # the word is the town alone
            town = Candidate(w.start + start, w.start + start + end, "PLACE", "head_words", 0.6, {"head": "town"})
            if start:
                # "某县某某村/LOC": the county and the village are two places, and the word read
                # whole is neither (:func:`without_chain_wholes` drops it)
                d = divisions[0]
                short = d.name != m.group(0)
                attrs = {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name}
                out.append(Candidate(w.start, w.start + start, "PLACE", "gazetteer", 0.75 if short else 0.9, attrs))
                town.attrs["chain_whole"] = (w.start, town.end)
            out.append(town)
            break
    return out


def without_chain_wholes(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places read across a chain of a division and its town or
    village (``chain_whole`` of :func:`chain_town_candidates`: "某县某某村" is the county and the
    village, no third place)."""
    wholes = {c.attrs["chain_whole"] for c in candidates if c.attrs.get("chain_whole")}
    return [c for c in candidates if c.label != "PLACE" or (c.start, c.end) not in wholes]
