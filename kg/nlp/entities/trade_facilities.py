"""A trade, logistics or data facility named by its kind ("某某国际商贸物流园", "某某陆港商旅物流中心",
"某某购物中心", "某某农产品集配中心"): a works that the news builds or runs, no body, though 中心
heads bodies too ("某县融媒体中心"). The tagger and the head words read such names as bodies (on 9
pages of 9 sites of the tuning sets, audit s27-org); the golds name them as projects, or as projects
and places. The kinds of facility are ``org.trade_facilities`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


def facilities_as_projects(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG whose name ends in a facility's kind made a PROJECT, but
    where a post follows the name ("某某物流中心主任": the post's body) or a project of the same
    span is a candidate already (then the body is dropped).

    >>> t = "主要有某某陆港物流中心、某某商贸物流园等,某某物流中心主任某某"
    >>> cs = [Candidate(3, 11, "ORG", "head_words", 0.65), Candidate(12, 19, "ORG", "statistical", 0.6),
    ...       Candidate(21, 27, "ORG", "head_words", 0.65)]
    >>> [(t[c.start:c.end], c.label) for c in facilities_as_projects(t, cs)]
    [('某某陆港物流中心', 'PROJECT'), ('某某商贸物流园', 'PROJECT'), ('某某物流中心', 'ORG')]
    """
    conf = lexicon().patterns["org"]["trade_facilities"]
    heads = tuple(sorted(conf["heads"], key=len, reverse=True))
    titles = lexicon().titles
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = text
    projects = {(c.start, c.end) for c in candidates if c.label == "PROJECT"}
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in heads if name.endswith(h)), None) if c.label == "ORG" else None
        if head is None or len(name) - len(head) < conf["min_name"] or simple.startswith(titles, c.end):
            out.append(c)
            continue
        if (c.start, c.end) in projects:
            continue  # the project of the same span names the facility already
        out.append(Candidate(c.start, c.end, "PROJECT", c.source, c.score, {**c.attrs, "facility": head}))
    return out
