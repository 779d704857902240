"""A trade, logistics or data facility named by its kind ("某某国际商贸物流园", "某某陆港商旅物流中心",
"某某购物中心", "某某农产品集配中心"): a works that the news builds or runs, no body, though 中心
heads bodies too ("某县融媒体中心"). The tagger and the head words read such names as bodies (on 9
pages of 9 sites of the tuning sets, audit s27-org); the golds name them as projects, or as projects
and places, never as bodies. The body reading is dropped; the project readings are left as they are
(a project tagger's reading of the same name competes as before). The kinds of facility are
``org.trade_facilities`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


def without_facility_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the ORG readings of names that end in a facility's kind, but where a
    post follows the name ("某某物流中心主任": the post's body) or a project candidate overlaps it
    (the project reading and the body compete as they did: "先后到…、某某交易物流中心、…" stays).

    The name is no body; whether it is a project is left to the project readings (a facility's
    kind alone makes no project: "在园区建置…及中南部物流中心" names none in the golds).

    >>> t = "主要有某某陆港物流中心、某某商贸物流园等,某某物流中心主任某某"
    >>> cs = [Candidate(3, 11, "ORG", "head_words", 0.65), Candidate(12, 19, "ORG", "statistical", 0.6),
    ...       Candidate(21, 27, "ORG", "head_words", 0.65), Candidate(12, 19, "PROJECT", "learned", 0.6)]
    >>> [(t[c.start:c.end], c.label) for c in without_facility_bodies(t, cs)]
    [('某某商贸物流园', 'ORG'), ('某某物流中心', 'ORG'), ('某某商贸物流园', 'PROJECT')]
    """
    conf = lexicon().patterns["org"]["trade_facilities"]
    heads = tuple(sorted(conf["heads"], key=len, reverse=True))
    titles = lexicon().titles
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = text
    projects = [(c.start, c.end) for c in candidates if c.label == "PROJECT"]
    out = []
    for c in candidates:
        name = simple[c.start : c.end]
        head = next((h for h in heads if name.endswith(h)), None) if c.label == "ORG" else None
        if head is None or len(name) - len(head) < conf["min_name"] or simple.startswith(titles, c.end):
            out.append(c)
            continue
        if any(s < c.end and c.start < e for s, e in projects):
            out.append(c)  # a project reading competes with the body, as it did
            continue
    return out
