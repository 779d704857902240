"""Two bodies written as one name: a party committee and its level's government side by side
("县委县政府", "某某市委市政府", "省委省政府"), which the tagger reads as one organisation.

The shape is data (``org.paired_bodies`` of ``ontology/patterns/entities.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon


@cache
def _paired() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["org"]["paired_bodies"])


def split_paired_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """ORG candidates that end in a committee and a government written together, each cut in
    two: the committee (with the place that opens the name, if any) and the government. Words
    the tagger ran in before the committee ("锚定|省委省政府") are left out.

    >>> t = "落实县委县政府部署,黄冈市委市政府赋予,全市上下锚定省委省政府"
    >>> spans = [(t.index(n), t.index(n) + len(n)) for n in ("县委县政府", "黄冈市委市政府", "全市上下锚定省委省政府")]
    >>> cs = [Candidate(a, b, "ORG", "statistical", 0.6) for a, b in spans]
    >>> [t[c.start:c.end] for c in split_paired_bodies(t, cs)]
    ['县委', '县政府', '黄冈市委', '市政府', '省委', '省政府']
    """
    out = []
    for c in candidates:
        m = _paired().search(text, c.start, c.end) if c.label == "ORG" else None
        if m is None or m.end() != c.end:
            out.append(c)
            continue
        prefix = text[c.start : m.start()]
        first = c.start if prefix and gazetteer_regex().fullmatch(prefix) else m.start()
        out.append(Candidate(first, m.end("first"), c.label, c.source, c.score, dict(c.attrs)))
        out.append(Candidate(m.start("second"), c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out
