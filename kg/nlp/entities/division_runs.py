"""Divisions the tagger ran into one place word: "青海互助土族自治县/LOC", "内蒙古乌审旗/LOC".

The gazetteer source reads a division inside a longer word only as the word's opening (a
name inside a word is usually no place: "新华社" is no 新华区), so the second division of
such a word was left to the statistical tagger, which splits it without the division's code;
the relation stage then had no containment to read ("青海|互助…县": the county in the
province the sentence names). A word that is nothing but divisions in a row, each lying in
the one before it, is a chain the text writes: each link is that division.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.gazetteer import Division, Gazetteer, load_gazetteer
from kg.nlp.words import Word

# The shortest and the longest name of a link ("曹县", "互助土族自治县").
_MIN, _MAX = 2, 12


def _splits(word: str, gaz: Gazetteer) -> list[list[str]]:
    """Every way to write ``word`` as two or more division names in a row."""
    out: list[list[str]] = []

    def walk(at: int, links: list[str]) -> None:
        if at == len(word):
            if len(links) >= 2:
                out.append(list(links))
            return
        for end in range(min(len(word), at + _MAX), at + _MIN - 1, -1):
            name = word[at:end]
            if gaz.lookup(name):
                walk(end, [*links, name])

    walk(0, [])
    return out


def _chain(links: list[str], gaz: Gazetteer) -> list[Division] | None:
    """One division per link, each lying in the one before it ("河北|景县": 河北省, not 河北区)."""
    chains: list[list[Division]] = [[d] for d in gaz.lookup(links[0])]
    for name in links[1:]:
        chains = [[*c, d] for c in chains for d in gaz.lookup(name) if gaz.holds(c[-1], d)]
    return chains[0] if len(chains) == 1 else None  # (two readings: the word does not say which)


def division_run_candidates(words: list[Word]) -> list[Candidate]:
    """Each division of a place word made of divisions in a row, with its code.

    >>> from kg.nlp.words import Word
    >>> cs = division_run_candidates([Word(0, 9, "青海互助土族自治县", "LOC"), Word(9, 11, "紧紧", "d")])
    >>> [(c.start, c.end, c.attrs["admin_name"]) for c in cs]
    [(0, 2, '青海省'), (2, 9, '互助土族自治县')]
    >>> division_run_candidates([Word(0, 4, "大同古城", "LOC"), Word(4, 6, "北京", "LOC")])
    []
    """
    gaz = load_gazetteer()
    out = []
    for w in words:
        if w.tag != "LOC" or len(w.text) < 2 * _MIN:
            continue
        found = [(links, c) for links in _splits(w.text, gaz) if (c := _chain(links, gaz)) is not None]
        if len(found) != 1:
            continue  # no chain, or the word splits two ways
        at = w.start
        links, chain = found[0]
        for link, d in zip(links, chain, strict=True):
            attrs = {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name}
            out.append(Candidate(at, at + len(link), "PLACE", "gazetteer", 0.9 if link == d.name else 0.75, attrs))
            at += len(link)
    return out
