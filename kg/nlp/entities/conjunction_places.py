"""A division whose name is only formed across a conjunction: "会议和|县政府" is a meeting and
the county government, not 和县 (a real county, 安徽和县). Where a noun that is no place stands
right before the conjunction and a level word's body follows it ("公司和县人大", "市委和县委"),
the conjunction joins two things: no candidate opens with it or runs across it. A place
before it ("安徽和县人民政府"), a clause start ("和县人民政府召开…") or a verb or preposition
("来到和县", "由和县人民政府主办") leave the county.

The conjunctions are ``org.joining_conjunctions``, the level words ``org.level_prefixes`` of
``ontology/patterns/entities.toml``; the divisions are those of the gazetteer.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word

# Tags of a word that does not end a noun phrase: after one, "和县" opens the clause's object.
_NOT_NOUN = frozenset(("p", "v", "c", "u", "d", "r", "w", "xc", "LOC", "TIME", "m", "q"))


def conjunction_points(text: str, words: list[Word], candidates: list[Candidate]) -> list[int]:
    """Offsets of conjunctions that open a division's name but join a noun before them to a
    level word's body after them.

    >>> from kg.nlp.words import words_of
    >>> text = "由公司和县政府签约，安徽和县人民政府出席"
    >>> ws = words_of([("由", "p"), ("公司", "n"), ("和县政府", "ORG"), ("签约", "v"), ("，", "w"),
    ...                ("安徽和县人民政府", "ORG"), ("出席", "v")])
    >>> cs = [Candidate(3, 7, "ORG", "statistical", 0.6), Candidate(10, 18, "ORG", "statistical", 0.6)]
    >>> conjunction_points(text, ws, cs)
    [3]
    """
    org = lexicon().patterns["org"]
    conjunctions = tuple(c for c in org["joining_conjunctions"] if len(c) == 1)
    levels = tuple(x for x in org["level_prefixes"] if len(x) == 1)
    rx = gazetteer_regex()
    out = []
    for p, ch in enumerate(text):
        if ch not in conjunctions or p == 0 or not text.startswith(levels, p + 1):
            continue
        division = rx.match(text, p)
        if division is None or division.end() != p + 2:
            continue  # "和县": a conjunction and a level word; "和平县" opens with no conjunction
        if not any(c.label == "ORG" and c.start <= p + 1 and c.end > p + 2 for c in candidates):
            continue  # no body after it ("到和县调研", "和县的"): the county
        if _noun_before(text, words, p):
            out.append(p)
    return out


def _noun_before(text: str, words: list[Word], p: int) -> bool:
    """The text right before ``p`` ends a noun that is no place ("会议|和", "市委和…/ORG")."""
    if not ALL_CJK.match(text[p - 1]):
        return False
    wi = word_at(words, p - 1)
    if wi is None:
        return False
    w = words[wi]
    if w.end > p:  # "市委和县政府/ORG": the tagger's word runs across the conjunction
        left, tag = text[w.start : p], "n"
    else:
        left, tag = w.text, w.tag
    if tag in _NOT_NOUN:
        return False
    division = None
    for k in range(len(left)):
        division = gazetteer_regex().fullmatch(left, k)
        if division:
            break
    return division is None  # "安徽|和县", "马鞍山市和县": a place before it, the county


def split_at_conjunctions(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """Candidates cut at :func:`conjunction_points`: one that opens with the conjunction keeps
    what follows it (``和县政府`` -> ``县政府``; ``和县`` alone goes), one that runs across it
    keeps what follows it and, where it ends in a body's suffix, what precedes it (``市政府和县政府``
    -> ``市政府``, ``县政府``; ``市领导和县人大`` -> ``县人大``)."""
    points = conjunction_points(text, words, candidates)
    if not points:
        return candidates
    generic = frozenset(lexicon().patterns["org"]["generic"])  # "公司|和县人民政府": no body of its own
    out = []
    for c in candidates:
        p = next((x for x in points if c.start <= x < c.end), None)
        if p is None:
            out.append(c)
            continue
        left = text[c.start : p]
        if len(left) >= 2 and c.label == "ORG" and left.endswith(lexicon().org_suffixes) and left not in generic:
            out.append(Candidate(c.start, p, c.label, c.source, c.score, dict(c.attrs)))
        if c.end - (p + 1) >= 2 and c.label != "PLACE":
            out.append(Candidate(p + 1, c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out
