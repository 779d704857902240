"""``located_in`` read off the frame of a sentence rather than a verb of location: a place
that opens it ("在某区，…"), the itinerary of a visit ("X来到某开发区，察看Y项目"), a
division that builds on a park ("某市依托某经济开发区").
"""

from __future__ import annotations

import re

from kg.layout import BYLINE, CAPTION, HEADING
from kg.nlp.relations.located_trip import framed_places
from kg.nlp.relations.name_divisions import foreign
from kg.nlp.relations.places import can_contain, is_park, place_chain, placeable, with_park_prefix
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers, words_re


@rule("place_opener")
def place_opener(view: ArticleView) -> list[RawRelation]:
    """A sentence opened by a place: "在屯留区康庄工业园区，郑某详细了解Y项目进展", "走进襄垣县
    王桥镇，Y项目现场塔吊林立", "在小店区，X有限公司的…平台…". The projects and companies
    the sentence goes on to name are there; a later visit ("…，X走进祁县经济开发区，了解Y…")
    names the closer place for what follows it. the frame, not a verb, places them.
    """
    conf = triggers()["located_in"]
    openers = tuple(sorted(conf["opener"], key=len, reverse=True))
    visits = tuple(sorted(conf["visit"], key=len, reverse=True))
    inside = tuple(conf["inside"])
    stops = (",", *conf["inspect"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        if sent.kind in (BYLINE, CAPTION, HEADING):
            continue
        opener = next((w for w in openers if sent.text.startswith(w)), "")
        chain = place_chain(view, k, sent.start + len(opener))
        if not chain:
            continue
        end = view.mentions[chain[-1]].end
        # Without an opener word: a place dateline "某县某镇，Y项目…" (two places or more) or
        # "某开发区内，Y…".
        inner = next((w for w in inside if text.startswith(w, end)), "") if not opener else ""
        # "在某县A公司、B公司，X考察…": the place opens a list of names it holds, up to the clause's end.
        listed = bool(opener) and _opens_name(view, k, view.mentions[chain[0]].start, end)
        comma = text.find(",", end, sent.end)
        stop = comma if listed and comma >= 0 else sent.end
        framed = text[end + len(inner) : end + len(inner) + 1] == "," and (opener or inner or len(chain) > 1)
        if not (listed or framed):
            continue
        if opener and not listed:
            # "在原州区,X察看开城镇…、新材料产业园…": the towns and parks of the trip's stops
            out.extend(framed_places(view, k, end, stop, chain))
        heads = [
            i
            for i in view.of_type(k, "ORG", "PROJECT")
            if view.mentions[i].start >= end
            and view.mentions[i].start < stop
            and placeable(view, i, in_slot=True)
            and not is_park(view, i)
        ]
        for i in heads:
            start = view.mentions[i].start
            # A visit between the opener and the name: the visited place when it is a stop of
            # its own ("，X走进某开发区，了解…"), not the prefix of the first name visited
            # ("X来到某镇A采摘园、B公司": B is not in 某镇).
            visited = [
                j
                for j in view.of_type(k, "PLACE", "PROJECT")
                if end < view.mentions[j].start < start
                and text[: view.mentions[j].start].endswith(visits)
                and (c := place_chain(view, k, view.mentions[j].start))
                and text.startswith(stops, view.mentions[c[-1]].end)
            ]
            tails = place_chain(view, k, view.mentions[visited[-1]].start) if visited else chain
            anchor = next((view.division(t) for t in tails if view.division(t)), None)
            if anchor is not None and foreign(view, i, anchor):
                continue
            for t in tails:
                out.append(fact("located_in", i, t, None, k, "place_opener"))
    return out


def _opens_name(view: ArticleView, k: int, start: int, end: int) -> bool:
    """Whether the places written from ``start`` to ``end`` open the name of an organisation
    or project of sentence ``k``: one that starts where they end ("某县|A公司") or starts with
    them and runs on ("某县A公司" read whole)."""
    return any(
        (m := view.mentions[i]).start == end or (m.start == start and m.end > end)
        for i in view.of_type(k, "ORG", "PROJECT")
    )


@rule("visit_inspect")
def visit_inspect(view: ArticleView) -> list[RawRelation]:
    """ "随后，X来到某经济开发区，察看Y项目": what an official inspects right after arriving
    at a place is there, up to the next visit or the end of the sentence.
    The itinerary, not a verb of location, places it. (A sentence opened by the visit is
    place_opener's.)"""
    conf = triggers()["located_in"]
    visits = words_re(tuple(conf["visit"]))
    inspect = tuple(sorted(conf["inspect"], key=len, reverse=True))
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        if sent.kind in (BYLINE, CAPTION, HEADING):
            continue
        found = [(sent.start + v.start(), sent.start + v.end()) for v in visits.finditer(sent.text)]
        for n, (v_start, v_end) in enumerate(found):
            if v_start == sent.start:
                continue
            chain = place_chain(view, k, v_end)
            if not chain:
                continue
            end = view.mentions[chain[-1]].end
            if text[end : end + 1] != "," or not text.startswith(inspect, end + 1):
                continue
            stop = found[n + 1][0] if n + 1 < len(found) else sent.end
            anchor = next((view.division(t) for t in chain if view.division(t)), None)
            for i in view.of_type(k, "ORG", "PROJECT"):
                if not end < view.mentions[i].start < stop or is_park(view, i):
                    continue
                if not placeable(view, i, in_slot=True) or (anchor is not None and foreign(view, i, anchor)):
                    continue
                for t in with_park_prefix(view, chain):
                    out.append(fact("located_in", i, t, None, k, "visit_inspect"))
    return out


@rule("hosts_park")
def hosts_park(view: ArticleView) -> list[RawRelation]:
    """ "吕梁市则依托交城经济开发区，引进…": the park a division builds on is in the division
    (a park only, not "依托长城资源")."""
    words = words_re(tuple(triggers()["located_in"]["hosts_park"]))
    text = view.article.text
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            if view.division(i) is None:
                continue
            m = re.match(r"(?:则|还|主要|积极|充分)?", text[view.mentions[i].end :])
            w = words.match(text, view.mentions[i].end + m.end())
            if not w:
                continue
            for j in place_chain(view, k, w.end()):
                if is_park(view, j) and view.division(j) is None and can_contain(view, i, j):
                    out.append(fact("located_in", j, i, None, k, "hosts_park"))
    return out


@rule("division_at")
def division_at(view: ArticleView) -> list[RawRelation]:
    """ "某县在A镇、B镇等地同时举行开工仪式", "某县预计在A发展…、B发展…", "某县在C项目现场参与…":
    a division written as the doer, right before 在 (a few adverbs between), names where it
    does something, a place of its own (Chinese news writes a county's doings so: the county,
    then where). The towns, sites, parks and projects right after 在, and after each 、 or 和
    of that clause, are in it; a division the gazetteer puts elsewhere is not ("某县在北京举办
    推介会"), and a verb right after 在 names no place ("某区正在建设…")."""
    lead = re.compile(triggers()["located_in"]["division_at_lead"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            d = view.division(i)
            if d is None or d.level not in ("city", "county") or view.mentions[i].attrs.get("nested"):
                continue
            at = lead.match(text, view.mentions[i].end).end()
            if not text.startswith(("在", "於"), at):
                continue
            at += 1
            stop = min([p for p in (text.find(c, at, sent.end) for c in ",，;；。") if p >= 0] or [sent.end])
            for j in view.of_type(k, "PLACE", "PROJECT"):
                mj = view.mentions[j]
                if mj.attrs.get("nested") or not at <= mj.start < stop:
                    continue
                if mj.start != at and not re.search(r"(?:、|和|及|以及)$", text[at : mj.start]):
                    continue
                if mj.label == "PLACE" and (j == i or not can_contain(view, i, j)):
                    continue
                if mj.label == "PLACE" and view.division(j) is None and not _local_place(view, j):
                    continue  # "某市在长三角…": a region around the division, not a place in it
                if mj.label == "PROJECT" and (not placeable(view, j, in_slot=True) or foreign(view, j, d)):
                    continue
                out.append(fact("located_in", j, i, None, k, "division_at"))
    return out


def _local_place(view: ArticleView, j: int) -> bool:
    """A town, village, street or park: a place a division holds, not a region around it."""
    return is_park(view, j) or view.text(j).endswith(tuple(triggers()["located_in"]["towns"]))
