"""A facility named after the site it stands at: "某某湖|泵站", "某某溪|自行车|道", "某某洞|管护|站",
"某某湖|风光|带", "某某石|矿场", "某某大院|采摘园".

The entity sources read the site alone (the tagger's LOC word, or a head word such as 湖, 山, 路)
and the tagger leaves the facility's head in common words after it, so kg names the lake where the
sentence visits the pumping station or the scenic belt on its shore. The golds name the facility
whole (session 31, s31-place: real-pages-40 bb09, -13 m08, -15 g02, g09, -18 j10, -32 t09, -35 w05,
7 pages of 7 sites; no gold of the tuning sets names the bare site there). A PLACE candidate runs
on over a head of ``place.site_facilities.heads`` right after it when:

- no other candidate holds any character of the head (the head was left in common words; where a
  project or a body holds it, "某某洲|港口物流园项目", that name decides);
- the head ends a word (not the opening of a longer word);
- the site is no division (gazetteer), no country, and ends in no level word of ``not_site_ends``
  ("某某镇|码头": the town is a place of its own that the golds score; the chain is not run together);
- none of ``not_before`` follows the head ("某某山|矿场|项目": the project's name).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import country_names, lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word
from kg.normalize import simplified_aligned


@cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted(lexicon().patterns["place"]["site_facilities"]["heads"], key=len, reverse=True))


def with_site_facilities(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each site's place run on over the facility's head after it.

    >>> t = "随后,一行参观了甲乙湖风光带和新县城建设"
    >>> ws = [Word(0, 2, "随后", "d"), Word(2, 3, ",", "w"), Word(3, 5, "一行", "m"), Word(5, 7, "参观", "v"),
    ...       Word(7, 8, "了", "u"), Word(8, 11, "甲乙湖", "LOC"), Word(11, 13, "风光", "n"),
    ...       Word(13, 14, "带", "v"), Word(14, 15, "和", "c")]
    >>> [t[c.start:c.end] for c in with_site_facilities(t, ws, [Candidate(8, 11, "PLACE", "head_words", 0.75)])]
    ['甲乙湖风光带']
    >>> t = "投资86亿元的甲乙洲码头物流园项目"  # (a project holds the head: the place stays)
    >>> cs = [Candidate(7, 10, "PLACE", "statistical", 0.6), Candidate(7, 17, "PROJECT", "head_words", 0.7)]
    >>> ws = [Word(7, 10, "甲乙洲", "LOC"), Word(10, 12, "码头", "n"), Word(12, 15, "物流园", "n")]
    >>> [t[c.start:c.end] for c in with_site_facilities(t, ws, cs)]
    ['甲乙洲', '甲乙洲码头物流园项目']
    """
    p = lexicon().patterns["place"]["site_facilities"]
    not_ends, not_before = tuple(p["not_site_ends"]), tuple(p["not_before"])
    simple = simplified_aligned(text)
    ends = {w.end for w in words}
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in _heads() if simple.startswith(h, c.end)), None) if c.label == "PLACE" else None
        end = c.end + len(head) if head else 0
        if (
            head is None
            or end not in ends
            or simple.startswith(not_before, end)
            or len(name) < 2
            or name.endswith(not_ends)
            or name in country_names()
            or load_gazetteer().lookup(name)
            or any(o is not c and o.start < end and c.end < o.end for o in candidates)
        ):
            out.append(c)
            continue
        out.append(replace(c, end=end, attrs={**c.attrs, "site_facility": head}))
    return out
