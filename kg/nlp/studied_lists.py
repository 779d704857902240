"""Two meetings studied in one clause, joined by 和 (session 30, s30-meet).

A clause that studies or follows meetings lists them with 和 as often as with 、: "深入贯彻落实|党的
二十大和中央经济工作会议|精神" (real-pages-24 w04), "深入学习贯彻|党的二十大精神和中央经济工作会议|精神"
(real-pages-25 x07). :mod:`kg.nlp.studied_events` read each whole as one meeting and dropped the
party congress found inside it; the golds name two meetings. The stretch is two meetings when the
part before the joiner (and a 精神 that closes it) is one by itself (ends in a meeting's head word
or is a party congress or plenary by ``[meeting] plenary``) and the part after it ends in a head
word. The joiners are ``[meeting.studied] joiners`` of ``ontology/patterns/entities.toml``.

>>> t = "深入贯彻落实党的二十大和中央经济工作会议精神"
>>> [t[s:e] for s, e in joined_parts(t, 6, 20)]
['党的二十大', '中央经济工作会议']
>>> t = "学习贯彻党的二十大精神和中央经济工作会议精神"
>>> [t[s:e] for s, e in joined_parts(t, 4, 20)]
['党的二十大', '中央经济工作会议']
>>> t = "传达安全生产和消防工作会议精神"
>>> joined_parts(t, 2, 13)
[]
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from kg.nlp.entities import lexicon

    m = lexicon().patterns["meeting"]
    return re.compile(m["plenary"]), tuple(m["heads"]), tuple(m["studied"]["joiners"]), tuple(m["studied"]["closes"])


def joined_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the two meetings that the studied stretch ``start``-``end`` lists with a joiner,
    or [] when it names one ("安全生产和消防工作会议": the part before 和 is a topic, no meeting)."""
    plenary, heads, joiners, closes = _words()
    for k in range(start + 2, end - 2):
        joiner = next((j for j in joiners if text.startswith(j, k)), None)
        if joiner is None:
            continue
        left_end = k
        close = next((c for c in closes if text.endswith(c, start, k)), "")
        left_end -= len(close)
        left = text[start:left_end]
        right_start = k + len(joiner)
        if not text[right_start:end].endswith(heads) or end - right_start < 4:
            continue
        if left.endswith(heads) or plenary.fullmatch(left):
            return [(start, left_end), (right_start, end)]
    return []
