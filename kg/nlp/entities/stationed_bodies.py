"""Offices a body keeps in another place, named "body + 驻 + place + office": "某部驻某地特派员公署",
"某某政府驻某市经济贸易办事处", "某国驻某地总领事馆"; in a credit or after a verb the body may be
left out ("来源:(驻某地总领事馆)"). The tagger reads 驻 as a verb, so the head-word walk stops
there and keeps only the body ("某部", "某某政府"), or nothing.

The mark, the office words, the one-character short forms of places and the openers that make
the office generic ("多国驻某地总领事馆") are ``org.stationed_*`` of
``ontology/patterns/entities.toml``; places after the mark are the tagger's LOC words or the
gazetteer's divisions.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word

_STOP = re.compile(r"[\s，,。；;：:、！？!?（）()《》“”\"]")


def stationed_bodies(text: str, words: list[Word]) -> list[Candidate]:
    """The names of stationed offices in ``text``.

    >>> from kg.nlp.words import words_of
    >>> text = "青岭省商务厅驻沪联络处主任出席"
    >>> ws = words_of([("青岭省商务厅", "ORG"), ("驻", "v"), ("沪", "LOC"), ("联络处", "n"),
    ...                ("主任", "n"), ("出席", "v")])
    >>> [text[c.start : c.end] for c in stationed_bodies(text, ws)]
    ['青岭省商务厅驻沪联络处']
    """
    org = lexicon().patterns["org"]
    offices = tuple(sorted(org["stationed_offices"], key=len, reverse=True))
    shorts = tuple(org["stationed_short_places"])
    generic = tuple(org["stationed_generic"])
    ends = {e for _s, e, _w, _t in words}
    out: list[Candidate] = []
    for mark in org["stationed_marks"]:
        for m in re.finditer(re.escape(mark), text):
            p, after = m.start(), m.end()
            wi = word_at(words, p)
            if wi is None or words[wi].start != p:
                continue  # inside a word the tagger read ("某某驻沪办/ORG"): its own name
            if not _place_at(text, words, after, shorts):
                continue  # "驻村", "驻点": no place after the mark
            end = _office_end(text, after, offices, ends)
            if end is None:
                continue
            start = _body_start(text, words, wi, generic)
            if start is None:
                continue
            out.append(Candidate(start, end, "ORG", "head_words", 0.8, {"head": "stationed"}))
    return out


def _place_at(text: str, words: list[Word], pos: int, shorts: tuple[str, ...]) -> bool:
    """A place opens the text at ``pos``: a LOC word, a division, or a one-character short form."""
    wi = word_at(words, pos)
    if wi is not None and words[wi].start == pos and words[wi].tag == "LOC":
        return True
    return gazetteer_regex().match(text, pos) is not None or text.startswith(shorts, pos)


def _office_end(text: str, pos: int, offices: tuple[str, ...], ends: set[int]) -> int | None:
    """Where the first office word after ``pos`` ends, within 16 characters and one clause; the
    office must end a tagged word ("常驻某地办公": 办 opens 办公, no office)."""
    for e in range(pos + 2, min(len(text), pos + 16) + 1):
        if _STOP.match(text[e - 1]):
            return None
        if e in ends and text.endswith(offices, 0, e):
            return e
    return None


def _body_start(text: str, words: list[Word], wi: int, generic: tuple[str, ...]) -> int | None:
    """Where the office's name starts: at the body or country right before the mark, else at
    the mark when a clause, a bracket or a verb comes before it; None when a generic opener
    ("多国", "各国") makes the office no one office."""
    p = words[wi].start
    if wi == 0 or words[wi - 1].end != p:
        return p
    prev = words[wi - 1]
    if prev.text.endswith(generic):
        return None
    if prev.tag in ("ORG", "LOC", "nz"):
        return prev.start
    if prev.tag in ("v", "p", "c", "w") or _STOP.match(text[p - 1]):
        return p
    return None
