"""Named sites whose head word is also a body's: "参观|某某纪念馆", "在|某某国际会议中心|召开",
"来到|某某小区", "依托|某某油田".

GUIDE.md counts named sites as places, and the tuning golds type every named memorial hall,
exhibition or conference centre, residential compound and oil field PLACE (never ORG alone).
Their heads (馆, 中心) are also bodies' (``org_suffixes``), so the head-word source and the tagger
name them ORG. A candidate that ends in one of ``place.named_sites.heads`` after a name of at
least ``min_name`` characters is made a PLACE, unless a post of the body follows it ("某某纪念馆
|馆长"): there the site acts as a body. The word lists are ``place.named_sites`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


@cache
def _lists() -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    p = lexicon().patterns["place"]["named_sites"]
    return tuple(sorted(p["heads"], key=len, reverse=True)), p["min_name"], tuple(lexicon().titles)


def named_site_places(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG that names a site by one of ``place.named_sites.heads`` made
    a PLACE.

    >>> t = "调研组来到甲乙同志故居纪念馆,参观丙丁小区。"
    >>> cs = [Candidate(5, 14, "ORG", "head_words", 0.8), Candidate(17, 21, "ORG", "statistical", 0.6)]
    >>> [(t[c.start:c.end], c.label) for c in named_site_places(t, cs)]
    [('甲乙同志故居纪念馆', 'PLACE'), ('丙丁小区', 'PLACE')]
    >>> t = "甲乙纪念馆馆长丙丁介绍"
    >>> [(t[c.start:c.end], c.label) for c in named_site_places(t, [Candidate(0, 5, "ORG", "head_words", 0.8)])]
    [('甲乙纪念馆', 'ORG')]
    >>> t = "在县会议中心召开"
    >>> [(t[c.start:c.end], c.label) for c in named_site_places(t, [Candidate(1, 6, "ORG", "head_words", 0.8)])]
    [('县会议中心', 'ORG')]
    """
    heads, min_name, titles = _lists()
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = text
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in heads if name.endswith(h)), None)
        if (
            c.label == "ORG"
            and head is not None
            and len(name) - len(head) >= min_name
            and not simple.startswith(titles, c.end)  # "某某纪念馆|馆长": the body of the post
        ):
            c = Candidate(c.start, c.end, "PLACE", c.source, c.score, {**c.attrs, "site": head})
        out.append(c)
    return out
