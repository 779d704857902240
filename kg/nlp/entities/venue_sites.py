"""Hotels that are an event's venue: "签约仪式在某某大酒店举行", "会议在某某宾馆召开",
"在某某酒店12楼1号会议室签约".

GUIDE.md counts named sites as places, and the golds type a hotel where an event is held
PLACE (or PLACE and ORG). The head word of a hotel's name (宾馆, 酒店, 饭店) is also a firm's
(``org_suffixes``), so the head-word source names it ORG, and where the tagger runs the hotel
into the room it reads a place "某某酒店12楼" that is no name. The frame decides: right after a
word of ``place.venues.before`` ("在", "于", "假"), the hotel's name is followed by a verb of
holding (``verbs``) or by a room in it (``rooms``). Such a candidate becomes a PLACE that ends
at the hotel's head; elsewhere ("某某大酒店有限公司", "某某酒店项目", "在某某酒店工作") nothing
changes. The word lists are ``place.venues`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned


@cache
def _frame() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int]:
    v = lexicon().patterns["place"]["venues"]
    heads = re.compile("|".join(sorted(v["heads"], key=len, reverse=True)))
    after = re.compile(f"(?:{v['rooms']})(?:{v['verbs']})|{v['rooms']}")
    return heads, after, frozenset(v["before"]), v["min_name"]


def venue_sites(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG or PLACE that names a hotel in an event's venue frame made a
    PLACE ending at the hotel's head (the room after it cut off).

    >>> cs = [Candidate(3, 8, "ORG", "head_words", 0.8), Candidate(0, 2, "MEETING", "head_words", 0.8)]
    >>> t = "会议在甲乙大酒店举行。"
    >>> [(t[c.start:c.end], c.label) for c in venue_sites(t, cs)]
    [('甲乙大酒店', 'PLACE'), ('会议', 'MEETING')]
    >>> t = "项目在丙丁酒店12楼1号会议室签约。"
    >>> [(t[c.start:c.end], c.label) for c in venue_sites(t, [Candidate(3, 10, "PLACE", "statistical", 0.6)])]
    [('丙丁酒店', 'PLACE')]
    >>> t = "他在甲乙大酒店工作。"
    >>> [(t[c.start:c.end], c.label) for c in venue_sites(t, [Candidate(2, 7, "ORG", "head_words", 0.8)])]
    [('甲乙大酒店', 'ORG')]
    """
    heads, after, before, min_name = _frame()
    simple = simplified_aligned(text)
    venues: dict[int, tuple[int, int]] = {}  # candidate index -> (the hotel's end, the frame's end)
    for i, c in enumerate(candidates):
        if c.label in ("ORG", "PLACE"):
            found = _venue_end(simple, c, heads, after, before, min_name)
            if found is not None:
                venues[i] = found
    out: list[Candidate] = []
    for i, c in enumerate(candidates):
        if i in venues:
            out.append(Candidate(c.start, venues[i][0], "PLACE", c.source, c.score, {**c.attrs, "venue": True}))
        elif not any(c.start < end < c.end <= frame_end for end, frame_end in venues.values()):
            out.append(c)  # (not "某某宾馆会议/MEETING|中心召开": a name read across the hotel into its room)
    return out


def _venue_end(
    simple: str, c: Candidate, heads: re.Pattern[str], after: re.Pattern[str], before: frozenset[str], min_name: int
) -> tuple[int, int] | None:
    """Where the hotel candidate ``c`` names ends and where its frame (room, verb) ends, if it is
    a venue ("在|某某宾馆|举行"), else None."""
    if c.start == 0 or simple[c.start - 1] not in before:
        return None
    for m in heads.finditer(simple, c.start, c.end):
        if m.start() - c.start < min_name:
            continue  # "在|酒店|举行": no name before the head
        rest = after.match(simple, m.end())
        if rest is not None and rest.end() > m.end() and rest.end() >= c.end:
            return m.end(), rest.end()  # the hotel, then a room or a verb of holding, and the candidate ends in them
    return None
