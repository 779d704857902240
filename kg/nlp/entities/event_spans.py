"""A project's span that holds the word of an agreement or a meeting ("某某项目融资合作协议",
"某市人民政府与某协会…战略合作框架协议", "投资推介会暨项目", "传达全省…座谈会会议精神及…安排") names a
document or an event, not a work: the candidate is dropped.

The head-word walk reads a project's name on past its head into the agreement signed on it, or
back into the meeting that announced it (real-pages-40 bb10, -13 m05 ×2, -15 g08, real-meet2 m13:
5 false PROJECT mentions on 4 pages of 4 sites at 8e1386fd). No PROJECT name or alias of the tuning
golds holds one of ``[project.event_words] words``, and no kg PROJECT mention holding one was right
(benchmarks/audits/s31-projspan). The agreement or the meeting, where named, is another type's
(MEETING) and found by its own rules; the project inside a "项目…协议" is left to its own mention.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.patterns import pattern_file


@cache
def _words() -> tuple[str, ...]:
    return tuple(pattern_file("entities")["project"]["event_words"]["words"])


def event_span(name: str) -> bool:
    """Whether ``name``, a project's span, holds an agreement's or a meeting's word.

    >>> event_span("华电风电增容融资合作协议"), event_span("推介会暨项目"), event_span("国际会议中心项目")
    (True, True, False)
    """
    return any(w in name for w in _words())


def without_event_spans(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the PROJECT spans that name an agreement or a meeting.

    >>> t = "签订伊品生物酵母抽提物技改项目融资合作协议"
    >>> [t[c.start : c.end] for c in without_event_spans(t, [Candidate(2, 21, "PROJECT", "head_words", 0.7)])]
    []
    """
    return [c for c in candidates if c.label != "PROJECT" or not event_span(text[c.start : c.end])]
