"""A person acting for a body: "某某代表市委、市政府向客商致辞", "县长某某代表某某县人民政府与某公司
签约", "董事长某某代表集团公司与某州签约". The one who speaks or signs for a body (代表, a verb here,
right after the name) works for it (s33-orgmiss audit: over every readable tuning text the first
body after "PERSON代表" is the person's in the gold on 19 of 23 phrases, 1 optional).

The bodies are the organisations written right after the verb, joined by "、" or by nothing
("县委县政府"). Only the first is the person's: the party secretary greets guests for "市委、市政府"
and the golds give him the committee alone. A row of more than ``acting_for_max_bodies``
("代表市委、市人大、市政府、市政协": the four leading bodies) names the place's leadership, not an
employer, so it states nothing; so does a party committee followed by a government ("代表县委县政府",
"代表市委、市政府"): the leadership pair, which the county head speaks for as well as the secretary
(s33-actingfor audit). "与" ends the row: what follows it is the other party.
"""

from __future__ import annotations

from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("acting_for_body")
def acting_for_body(view: ArticleView) -> list[RawRelation]:
    """``PERSON 代表 ORG(、ORG)``: the person works for the first body of the row."""
    conf = triggers()["positions"]
    verbs = tuple(conf["acting_for_words"])
    joiners = tuple(sorted(conf["acting_for_joiners"], key=len, reverse=True))
    most = int(conf["acting_for_max_bodies"])
    pair = (tuple(conf["acting_for_committee_ends"]), tuple(conf["acting_for_government_ends"]))
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        starts: dict[int, int] = {}
        for o in view.of_type(k, "ORG"):
            m = view.mentions[o]
            if m.attrs.get("nested"):
                continue
            if m.start not in starts or m.end > view.mentions[starts[m.start]].end:
                starts[m.start] = o  # the longest body that starts there
        for p in view.of_type(k, "PERSON"):
            end = view.mentions[p].end
            verb = next((v for v in verbs if text.startswith(v, end)), None)
            if verb is None:
                continue
            bodies = _row(view, starts, end + len(verb), joiners)
            if 0 < len(bodies) <= most and not _leadership_pair(view, bodies, pair):
                out.append(fact("works_for", p, bodies[0], None, k, "acting_for_body"))
    return out


def _row(view: ArticleView, starts: dict[int, int], pos: int, joiners: tuple[str, ...]) -> list[int]:
    """The bodies written one after another from ``pos``, joined by one of ``joiners``."""
    text = view.article.text
    bodies: list[int] = []
    while pos in starts:
        o = starts[pos]
        bodies.append(o)
        pos = view.mentions[o].end
        joiner = next((j for j in joiners if text.startswith(j, pos) and pos + len(j) in starts), None)
        if joiner is None:
            break
        pos += len(joiner)
    return bodies


def _leadership_pair(view: ArticleView, bodies: list[int], ends: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """A row of a party committee then a government ("县委县政府"): the place's leadership, no employer."""
    if len(bodies) != 2:
        return False
    first, second = (view.text(o) for o in bodies)
    return first.endswith(ends[0]) and second.endswith(ends[1])
