"""``located_in`` read through a county pronoun: a county paper names its own county "我县"
("本县"), a city paper the county it has just named "该县". Where the same clause says what
stands there, the thing is in the county the article names:

- "某某项目是我县重点民生项目", "某某建材是某公司在我县投资建设的第四期项目" (the head is the
  clause's subject, the clause ends in what the county has: a project, a firm),
- "某某自然保护区位于我县北部" (the head right before 位于, the pronoun right after),
- "在我县某某街道某某改造项目工地举行" (the pronoun and a town, street or site written as a
  chain: the site, and a project right after them, are in the county).

The pronoun is the fact's own tail (GUIDE: a ``located_in`` whose evidence names both ends):
no paragraph or article framing (the paper's-city rule ``home_city``, whose framing is its false
facts), no clause that only mentions the county ("我县举行…活动", "到我县观摩": optional in GUIDE's
sense), no partner ("与我县合作"), no name that places itself elsewhere. The county is the one
the article names: for 该县 the last named before the pronoun, for 我县 the one named most.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.name_divisions import foreign
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

_CLAUSE_MARKS = ",，。;；!！?？\n"


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: from after the last clause mark before it to the next one."""
    start = max(text.rfind(c, 0, pos) for c in _CLAUSE_MARKS) + 1
    end = min((x for x in (text.find(c, pos) for c in _CLAUSE_MARKS) if x >= 0), default=len(text))
    return start, end


def _county(view: ArticleView, pos: int, word: str) -> Division | None:
    """The county the pronoun ``word`` at ``pos`` stands for: a county the article names (any
    mention, inside names too) at the pronoun's level ("县"); for the anaphoric 该县 the last
    named before it, for 我县/本县 the one named most (none on a tie)."""
    gaz = load_gazetteer()
    named: list[tuple[int, Division]] = []
    for i, m in enumerate(view.mentions):
        d = view.division(i)
        if m.label == "PLACE" and d is not None and d.level == "county" and d.name.endswith(word[-1]):
            named.append((m.start, d))
    if word in triggers()["located_in"]["county_pronouns_back"]:
        before = [d for start, d in sorted(named, key=lambda x: x[0]) if start < pos]
        return before[-1] if before else None
    counts = Counter(d.code for _, d in named).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return gaz.divisions.get(counts[0][0])


def _heads(view: ArticleView, k: int, ps: int, pe: int) -> list[int]:
    """What the pronoun at ``ps:pe`` places, by the clause's shape (module docstring)."""
    text = view.article.text
    conf = triggers()["located_in"]
    cs, ce = _clause(text, ps)
    mentions = [i for i in view.of_type(k, "PROJECT", "ORG", "PLACE") if cs <= view.mentions[i].start < ce]
    out: list[int] = []
    # "某某项目是我县…项目" / "某某位于我县…": the clause's subject, its verb right after it.
    quotes = " \u3000“”\"'「」"
    lead = set(conf["county_pronoun_lead"])
    # (a province or city before the name is its prefix: "湖北|某某山自然保护区位于我县北部")
    prefixes = {view.mentions[j].end: view.mentions[j].start for j in mentions if view.division(j) is not None}
    for i in sorted(mentions, key=lambda j: (view.mentions[j].start, -view.mentions[j].end)):
        m = view.mentions[i]
        if view.division(i) is not None or m.end > ps:
            continue
        opening = "".join(c for c in text[cs : prefixes.get(m.start, m.start)] if c not in quotes)
        if opening not in lead | {""}:
            continue
        between = text[m.end : ps]
        if between in conf["county_pronoun_at"] or (
            between.startswith(tuple(conf["county_pronoun_is"]))
            and text[pe:ce].endswith(tuple(conf["county_pronoun_has"]))
        ):
            out.append(i)
        break
    # "我县|某某街道|“某某”改造项目": a site written right after the pronoun, a project after them
    # (the street may open the project's name: "我县|柳某街道“某某”改造项目" gives both).
    at = pe
    for i in sorted(mentions, key=lambda j: (view.mentions[j].start, -view.mentions[j].end)):
        m = view.mentions[i]
        if m.start != at and not (m.start > at and not text[at : m.start].strip(quotes)):
            continue
        if m.label == "PLACE" and view.division(i) is None:
            out.append(i)
            at = m.end
        elif m.label == "PROJECT":
            out.append(i)
            out.extend(
                j
                for j in mentions
                if view.mentions[j].label == "PLACE"
                and view.mentions[j].start == m.start
                and view.mentions[j].end < m.end
                and view.division(j) is None
            )
            break
        else:
            break
    return out


def _named(view: ArticleView, i: int, pe: int) -> bool:
    """A project, firm, town, street or site named outright: no division of the gazetteer, no
    part of another name but a street opening the project right after the pronoun, no title in
    《》 (the clause says what it is: "某某建材是…项目")."""
    m = view.mentions[i]
    return view.division(i) is None and (not m.attrs.get("nested") or m.start == pe) and not view.in_title(i)


@rule("county_pronoun")
def county_pronoun(view: ArticleView) -> list[RawRelation]:
    """A project, firm or site that the clause of "我县"/"本县"/"该县" places there
    ("某某项目是我县重点项目", "位于我县北部", "在我县某某街道某某项目") is in the county the
    article names."""
    conf = triggers()["located_in"]
    words = conf["county_pronouns"] + conf["county_pronouns_back"]
    pattern = re.compile("|".join(map(re.escape, words)))
    partners = tuple(conf["partner_before"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for x in pattern.finditer(sent.text):
            ps, pe = sent.start + x.start(), sent.start + x.end()
            if text[:ps].endswith(partners) or text.startswith(partners, pe):
                continue  # "与我县签约", "我县与某某集团": partners, not a site
            county = _county(view, ps, x.group(0))
            if county is None:
                continue
            heads = [i for i in _heads(view, k, ps, pe) if _named(view, i, pe) and not foreign(view, i, county)]
            if not heads:
                continue
            tail = view.add_place(ps, pe, county, "county_pronoun")
            out.extend(fact("located_in", i, tail, None, k, "county_pronoun") for i in heads)
    return out
