"""``located_in`` of a project the text calls a place's project (s29-loc): "某某基地项目是清远市的
重大项目", "某某生产制造项目,是某开发区成功招引的金属材料产业项目", "“某某循环利用项目”作为某州代表
项目", "某某项目是2019年烟台市的重点项目".

A copula (``located_in.project_copulas``) right after the project's name, then a place (a division,
a name with a place head word, or a park), then a short phrase that ends the clause in a word
for a project (``located_in.project_copula_kinds``): the project is one of that place's, so it lies
there. :mod:`~kg.nlp.relations.located_part` reads the same frame for places ("A是B…城市之一").
The clause ends after the project word ("是某市的重大项目。"), except after 作为, which goes on
with what the project does as the place's ("作为某州代表项目进行线上签约"). Of a chain of places
the innermost is taken.

Left out: a place that is only the set a superlative ranks the project in ("是目前某市九县三区
最大的…项目": ``located_in.project_copula_refusals``; the gold leaves that city out), a subject
that refers back (该项目), and a province (an outer level: the tuning golds place such projects
in their county, town or zone, and GUIDE makes a province seen only in a name optional).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.relations.places import is_park, place_chain
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@lru_cache(maxsize=1)
def _copula() -> re.Pattern[str]:
    """What stands between the project's name and the place: a closing quote, a comma, an
    adverb, the copula, a time ("是2019年…", "为今年一季度…")."""
    conf = triggers()["located_in"]
    verbs = "|".join(map(re.escape, sorted(conf["project_copulas"], key=len, reverse=True)))
    return re.compile(rf"[”」』\"]?[,，]?\s*(?:也|还|已|将|均)?(?P<verb>{verbs}){conf['project_copula_time']}")


@lru_cache(maxsize=1)
def _predicate() -> re.Pattern[str]:
    """What follows the place to the end of the clause: a few words, then a word for a project
    ("的重大项目", "成功招引的金属材料产业项目", "代表项目"), and the clause's end."""
    kinds = "|".join(map(re.escape, sorted(triggers()["located_in"]["project_copula_kinds"], key=len, reverse=True)))
    return re.compile(rf"[^,;。，；、:：!?！？()（）\n]{{0,16}}?(?:{kinds})(?:之一)?")


_CLAUSE_ENDS = ",;。，；、!?！？)）”」"


def _clause_end(text: str, pos: int, end: int) -> bool:
    """The clause ends at ``pos`` (a punctuation mark or the sentence's end)."""
    return pos >= end or text[pos] in _CLAUSE_ENDS


@rule("project_of_place")
def project_of_place(view: ArticleView) -> list[RawRelation]:
    """ "PROJECT是/为/作为 PLACE(的)…项目": the project lies in PLACE."""
    text = view.article.text
    refusals = tuple(triggers()["located_in"]["project_copula_refusals"])
    copula, predicate = _copula(), _predicate()
    out: list[RawRelation] = []
    for k, sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT"):
            m = view.mentions[i]
            if m.attrs.get("nested"):
                continue
            cm = copula.match(text, m.end, sent.end)
            if cm is None:
                continue
            chain = place_chain(view, k, cm.end())
            if not chain:
                continue
            place = chain[-1]
            end = view.mentions[place].end
            pm = predicate.match(text, end, sent.end)
            if pm is None or any(w in pm.group(0) for w in refusals):
                continue
            # "是某市的重大项目。" ends its clause there; "作为某州代表项目进行签约" goes on with
            # what the project does as that place's project.
            if cm.group("verb") != "作为" and not _clause_end(text, pm.end(), sent.end):
                continue
            d = view.division(place)
            if d is not None and d.level == "province":
                continue
            if not (view.is_place_name(place) or is_park(view, place)):
                continue
            out.append(fact("located_in", i, place, None, k, "project_of_place"))
    return out
