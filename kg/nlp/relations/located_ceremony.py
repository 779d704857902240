"""``located_in`` from a ceremony a place holds for named projects: "某开发区隆重举行了A暨B、C…
项目开工奠基仪式", "某县举行某某项目签约仪式", "我市在某开发区举行某某产业园项目集中开工仪式".
The golds place the projects named in the ceremony's name in the place that holds it (a signing
held by a county is for a project the county draws in; a ground-breaking is held on the site).
"""

from __future__ import annotations

import re

from kg.nlp.relations.places import is_park
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("ceremony_host")
def ceremony_host(view: ArticleView) -> list[RawRelation]:
    """The projects (and, at a ground-breaking, the firms and parks) named inside a ceremony's
    name are in the place written right before 举行: the place that holds it ("紫金县举行|…签约
    仪式"), or where it is held ("在某开发区举行|…开工仪式", a ground-breaking only: a signing may
    be held anywhere). A province holds ceremonies for projects all over it: it places nothing.
    """
    text = view.article.text
    conf = triggers()["located_in"]
    held = re.compile(rf"(?:{conf['ceremony_held']})$")
    kinds = re.compile(conf["ceremony_kinds"])
    works = re.compile(conf["ceremony_works"])
    out: list[RawRelation] = []
    for k, _sent in enumerate(view.article.sentences):
        for e in view.of_type(k, "MEETING"):
            me = view.mentions[e]
            name = view.text(e)
            if not kinds.search(name):
                continue
            hm = held.search(text, max(0, me.start - 8), me.start)
            if not hm:
                continue
            pos = hm.start()
            places = [
                j
                for j in view.of_type(k, "PLACE")
                if view.mentions[j].end == pos and (view.is_place_name(j) or is_park(view, j))
            ]
            if not places:
                continue
            tail = min(places, key=lambda j: view.mentions[j].start)  # the whole name ending there
            d = view.division(tail)
            if d is not None and d.level == "province":
                continue
            ground = bool(works.search(name))
            if text[view.mentions[tail].start - 1 : view.mentions[tail].start] == "在" and not ground:
                continue
            inside = [
                j
                for j in view.by_sentence[k]
                if j != e and me.start <= view.mentions[j].start and view.mentions[j].end <= me.end
            ]
            for j in inside:
                mj = view.mentions[j]
                firm_or_park = mj.label == "ORG" or (mj.label == "PLACE" and is_park(view, j))
                if mj.label == "PROJECT" or (ground and firm_or_park):
                    # a name inside another name of the ceremony ("某县|某项目") is that name's part
                    if any(
                        x != j
                        and view.mentions[x].start <= mj.start
                        and mj.end <= view.mentions[x].end
                        and (view.mentions[x].end - view.mentions[x].start) > (mj.end - mj.start)
                        for x in inside
                    ):
                        continue
                    out.append(fact("located_in", j, tail, None, k, "ceremony_host"))
    return out
