"""Names the tagger writes as two words joined: a dotted name ("晋创谷·大同", "诺尔曼·白求恩")
and a company named by a brand and a business word ("京东|物流"). Both are read off LAC's
words by the ``statistical`` source (:mod:`kg.nlp.entities.statistical`).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.gazetteer import _weak_place
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import to_simplified


def dotted_names(words: list[Word]) -> list[Candidate]:
    """Two tagged names joined by a middle dot are one ("晋创谷·大同"): an organisation if
    either part is one, a person's full name if the first is a person's ("诺尔曼·白求恩"),
    else a place; but not two places of which the first is a division the gazetteer lists
    (:func:`after_division_dot`: "某省·某市推介会" names two places, "某县·某某" a work of the
    county).

    >>> from kg.nlp.words import words_of
    >>> [(c.start, c.end, c.label) for c in dotted_names(words_of([("晋创谷", "ORG"), ("·", "w"), ("大同", "LOC")]))]
    [(0, 6, 'ORG')]
    >>> dotted_names(words_of([("贵州", "LOC"), ("·", "w"), ("香港", "LOC")]))
    []
    """
    out = []
    for i in range(1, len(words) - 1):
        a, dot, b = words[i - 1], words[i], words[i + 1]
        if dot.text != "·" or a.end != dot.start or dot.end != b.start:
            continue
        if a.tag == "PER" and b.tag in ("PER", "nz", "n") and ALL_CJK.match(b.text):
            out.append(Candidate(a.start, b.end, "PERSON", "statistical", 0.65))  # "诺尔曼|·|白求恩"
            continue
        if a.tag in ("ORG", "LOC", "nz") and b.tag in ("ORG", "LOC", "nz") and len(a.text) >= 2 and len(b.text) >= 2:
            label = "ORG" if "ORG" in (a.tag, b.tag) or "nz" in (a.tag, b.tag) else "PLACE"
            if label == "PLACE" and _division_before_dot(words, i + 1):
                continue  # "某省|·|某市": two places, each read by itself
            out.append(Candidate(a.start, b.end, label, "statistical", 0.65))
    return out


def _division_before_dot(words: list[Word], i: int) -> bool:
    """Whether word ``i`` follows a middle dot right after a tagged place the gazetteer lists."""
    if i < 2 or words[i - 1].text != "·" or words[i - 2].tag != "LOC":
        return False
    a, dot, b = words[i - 2], words[i - 1], words[i]
    return a.end == dot.start and dot.end == b.start and bool(load_gazetteer().lookup(to_simplified(a.text)))


def after_division_dot(words: list[Word], i: int) -> bool:
    """Whether the tagger's place ``i`` stands after a middle dot that follows a division the
    gazetteer lists, and is no place itself: neither listed nor ending in a place's or zone's
    head ("绩溪|·|某巷”文旅综合开发", "某区|·|某某盛和旅游城项目": the name of a work or a brand
    of the division, whose own place is the division before the dot). A place after the dot
    ("某省·某市") stays.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("绩溪", "LOC"), ("·", "w"), ("糸巷", "LOC"), ("贵州", "LOC"), ("·", "w"), ("香港", "LOC")])
    >>> after_division_dot(ws, 2), after_division_dot(ws, 5), after_division_dot(ws, 0)
    (True, False, False)
    """
    if words[i].tag != "LOC" or not _division_before_dot(words, i):
        return False
    name = to_simplified(words[i].text)
    p = lexicon().patterns["place"]
    return not (load_gazetteer().lookup(name) or name.endswith(tuple(p["heads"]) + tuple(p["zones"])))


def brand_candidates(words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Companies named by a brand and a business word: "京东|物流", "中联|数据", "秦淮|数据".

    The brand is a word the tagger calls an organisation or a place that is no place of
    the document's; the business words are ``org.brand_tails`` of ``entities.toml``.
    """
    tails = tuple(lexicon().patterns["org"]["brand_tails"])
    out = []
    for i in range(len(words) - 1):
        s, e, w, t = words[i]
        nxt = words[i + 1]
        if t not in ("ORG", "LOC") or len(w) < 2 or nxt.start != e or nxt.text not in tails:
            continue
        if w.endswith(lexicon().org_suffixes):
            continue  # "…化学研究所|科技成果": a full name before a business word is no brand
        if t == "LOC" and not (load_gazetteer().lookup(w) and _weak_place(w, set(), context_names)):
            # "大同|数据" is the city's data, "京津冀|数据" the region's; a far county's short
            # form before a business word is a brand ("秦淮|数据").
            continue
        out.append(Candidate(s, nxt.end, "ORG", "head_words", 0.6, {"head": nxt.text}))
    return out
