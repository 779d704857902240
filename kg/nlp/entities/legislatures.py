"""Legislatures written right before their chair's or member's title (Taiwan, Hong Kong, Macau):
the tagger reads the title across the join ("议会议长/n", "立法/n|会议员/n"), so neither its ORG
tagging nor the head words see the body."""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate, longest_first_pattern, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def legislature_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """A legislature (``org.legislatures.heads``) followed at once by a title of titles.txt: the
    body from the place word right before it ("某某县/LOC|议会议长/n" → 某某县议会), with the common
    word the head ends ("澳门/LOC|特区立法会/n|主席" → 澳门特区立法会), or the head alone where it names
    a body by itself ("某某联立法/ORG|会议员/n" → 立法会; the party's word is no part of it).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("某某县", "LOC"), ("议会议长", "n"), ("张某", "PER")])
    >>> [("某某县议会议长张某"[c.start:c.end]) for c in legislature_candidates("某某县议会议长张某", ws)]
    ['某某县议会']
    >>> ws = words_of([("某某联立法", "ORG"), ("会议员", "n"), ("谭某", "PER")])
    >>> [("某某联立法会议员谭某"[c.start:c.end]) for c in legislature_candidates("某某联立法会议员谭某", ws)]
    ['立法会']
    >>> ws = words_of([("赴", "v"), ("议会", "n"), ("作", "v"), ("报告", "n")])
    >>> legislature_candidates("赴议会作报告", ws)
    []
    """
    lex = lexicon()
    conf = lex.patterns["org"]["legislatures"]
    not_opening, place_tags = set(conf["not_opening_tags"]), set(conf["place_tags"])
    out = []
    for m in longest_first_pattern(tuple(conf["heads"])).finditer(text):
        if not text.startswith(lex.titles, m.end()):
            continue  # "议会作报告", "评议会": no holder's title after it
        start = m.start()
        i = word_at(words, start)
        if i is None:
            continue
        w = words[i]
        # the common word the head ends ("特区立法会/n") opens the name; a name's word does not
        if w.start < start and w.tag not in not_opening:
            if start - w.start < 2:
                continue  # "评议会": one character before the head makes another word
            start = w.start
        j = word_at(words, start - 1) if start > 0 else None
        if j is not None and words[j].end == start and words[j].tag in place_tags:
            start = words[j].start  # "某某县|议会", "澳门|特区立法会"
        name = text[start : m.end()]
        if name == m.group(0) and name not in conf["bare_names"]:
            continue  # a bare 议会 names no one council
        out.append(Candidate(start, m.end(), "ORG", "head_words", 0.7, {"head": "legislature"}))
    return out


def without_legislature_openings(candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that run into a legislature's name cut before it: the tagger's
    "某某联立法/ORG|会议员" is the party 某某联 and the legislature 立法会, no body "某某联立法".

    >>> party = Candidate(0, 5, "ORG", "statistical", 0.8, {})
    >>> c = [party, Candidate(3, 6, "ORG", "head_words", 0.7, {"head": "legislature"})]
    >>> [(x.start, x.end) for x in without_legislature_openings(c)]
    [(0, 3), (3, 6)]
    """
    bodies = [c for c in candidates if c.label == "ORG" and c.attrs.get("head") == "legislature"]
    if not bodies:
        return candidates
    out = []
    for c in candidates:
        cut = next((b.start for b in bodies if c.label == "ORG" and c.start < b.start < c.end < b.end), None)
        if cut is not None and cut - c.start >= 2:
            c = Candidate(c.start, cut, c.label, c.source, c.score, c.attrs)
        out.append(c)
    return out
