"""A village the tagger runs into the name of a park or a base named after it, right after its
county or town: "某县|某某村葡萄产业园/LOC", "某乡|某某村某某/LOC|香菇产业园". The village is a place
of its own (GUIDE.md scores the local village that opens a project's or site's name), and
:mod:`kg.nlp.relations.located_names` places the park in it.

The word lists are ``place.run_villages`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import _CJK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places
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
        if text.endswith(heads) and after is not None and _CJK.match(after.text):
            if p["min_stem"] <= len(text) - 1 <= p["max_stem"] and not class_of_places(text):
                # "某县|某某村/LOC|猕猴桃/n|产业园/n": the village its own word inside the park's name
                out.append(Candidate(w.start, w.end, "PLACE", "head_words", 0.6, {"head": "village"}))
            continue
        for n in range(p["min_stem"], p["max_stem"] + 1):
            head = next((h for h in heads if text.startswith(h, n)), None)
            end = n + len(head) if head else 0
            if head is None or end >= len(text) or not _CJK.match(text[:end]):
                continue
            if text.startswith(not_after, end) or text[:n].endswith(heads) or class_of_places(text[:end]):
                break
            out.append(Candidate(w.start, w.start + end, "PLACE", "head_words", 0.6, {"head": "village"}))
            break
    return out
