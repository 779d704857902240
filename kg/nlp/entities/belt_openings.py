"""Places that only open the name of an economic belt or circle: "成渝地区|双城经济圈", "淮河|
生态经济带", "长江|开放经济带", "成都|都市圈".

The golds name the belt (optional: a plan's area, no one place) and leave the river, region or
city that opens its name out: it is read there as part of the belt's name, not as a mention of
its own (GUIDE.md: a place seen only inside another name is optional at best). A PLACE candidate
followed, with at most ``max_between`` characters of the belt's own words and no mark, by one of
``place.belt_openings.heads`` is dropped; the belt's own candidate, and the place's mentions
elsewhere, stay. The word lists are ``place.belt_openings`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned


@cache
def _after() -> re.Pattern[str]:
    p = lexicon().patterns["place"]["belt_openings"]
    heads = "|".join(sorted(p["heads"], key=len, reverse=True))
    return re.compile(f"[\u4e00-\u9fff]{{0,{p['max_between']}}}?(?:{heads})")


def without_belt_openings(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places that open a belt's or a circle's name.

    >>> t = "安岳正处在甲乙地区双城经济圈建设重要机遇期,甲乙地区发展"
    >>> cs = [Candidate(5, 9, "PLACE", "head_words", 0.6), Candidate(22, 26, "PLACE", "head_words", 0.6)]
    >>> [(t[c.start:c.end], c.start) for c in without_belt_openings(t, cs)]
    [('甲乙地区', 22)]
    >>> t = "融入甲乙经济圈"
    >>> [t[c.start:c.end] for c in without_belt_openings(t, [Candidate(2, 7, "PLACE", "head_words", 0.6)])]
    ['甲乙经济圈']
    """
    after = _after()
    simple = simplified_aligned(text)
    return [c for c in candidates if c.label != "PLACE" or not after.match(simple, c.end)]
