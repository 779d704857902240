"""A level's body named by an abbreviated stem: "县城投公司" (the county's 城市建设投资 company),
"县城发集团", "区投促中心", "市投促办", "县产投公司", "区发改局". The tagger reads such a name as other
words: the county town and a verb ("县城/n|投/v|公司/n", "縣城/n|發/v|集團/n"), a body cut inside the
stem ("区投/ORG|促/v|中心/n", "市投/ORG|促办/v") or a bureau as a verb ("区/n|发改局/v"), so the
head-word walk stops at the verb and the name is lost or cut (session 31, s31-org: real-pages-39
ba06 zxyzs.com, -7 v01 hkcd.com, -35 w08 sjcfw.com.cn, -13 m11 bktnk.com, -25 x01; every such phrase
of every readable text is a gold organisation).

The level words, the stems (standard abbreviations of county and city investment and promotion
bodies) and the heads are ``[org.abbreviated_bodies]`` of ``ontology/patterns/entities.toml``.
A place's name written before the level ("某某市产投集团") opens the name.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


@cache
def _pattern() -> re.Pattern[str]:
    p = lexicon().patterns["org"]["abbreviated_bodies"]

    def alt(xs: list[str]) -> str:
        return "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))

    return re.compile(f"({alt(p['levels'])})(?:{alt(p['stems'])})(?:{alt(p['heads'])})")


def abbreviated_bodies(text: str, words: list[Word]) -> list[Candidate]:
    """The bodies of ``text`` named by a level, an abbreviated stem and a head. The level opens a
    word of the tagger's, or closes its place's name (then the place opens the body); the head
    closes a word ("市投促办公室" is no 市投促办).

    >>> from kg.nlp.words import words_of
    >>> text = "情况、县城投公司关于与某某路局合作"
    >>> ws = words_of([("情况", "n"), ("、", "w"), ("县城", "n"), ("投", "v"), ("公司", "n"),
    ...                ("关于", "p"), ("与", "p"), ("某某路局", "ORG"), ("合作", "v")])
    >>> [text[c.start : c.end] for c in abbreviated_bodies(text, ws)]
    ['县城投公司']
    >>> text = "县城发展集团"
    >>> abbreviated_bodies(text, words_of([("县城", "n"), ("发展", "v"), ("集团", "n")]))
    []
    """
    simple = to_simplified(text)
    ends = {w.end for w in words}
    out: list[Candidate] = []
    for m in _pattern().finditer(simple):
        if m.end() not in ends:
            continue
        wi = word_at(words, m.start())
        if wi is None:
            continue
        w = words[wi]
        if w.start == m.start():
            start = m.start()
        elif w.tag == "LOC" and w.end == m.start() + len(m.group(1)):
            start = w.start  # "某某市/LOC|产投集团": the city's body
        else:
            continue  # the level inside another word ("全县/n|城投公司"): no level of its own
        out.append(Candidate(start, m.end(), "ORG", "head_words", 0.8, {"head": "abbreviated"}))
    return out
