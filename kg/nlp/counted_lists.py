"""located_in from a place's counted projects and the list that names them: "阳城县十项重点工程
包括A、B", "某县…集中开工项目7个,…。…。据介绍,某地…新项目,分别为A、B" (the count up to a few
sentences before the list). Where :func:`kg.nlp.place_lists.county_list` wants the place right
before the count or an event's place, this rule takes the local place written before the count in
the counting sentence, wherever it stands there.

The rule registers in :data:`kg.nlp.relations.RULES` (this module is imported by the package
:mod:`kg.nlp.relations`); its confidence is in ``[confidence]`` of
``ontology/patterns/relations.toml``, its patterns under ``[located_in]`` (``counted_*``).
"""

from __future__ import annotations

import re

from kg.nlp import located_lists
from kg.nlp.relations import ArticleView, RawRelation, confidence, foreign, is_park, rule, triggers


def _local_holder(view: ArticleView, h: int) -> bool:
    """A county, town, village or park, or a county-level division a province administers
    directly (code digits 3-4 "90", GB/T 2260: 海南's 文昌市 and 陵水黎族自治县, filed at city level)."""
    if located_lists.local_place(view, h) or is_park(view, h):
        return True
    d = view.division(h)
    return d is not None and d.level == "city" and d.code[2:4] == "90" and not view.in_title(h)


@rule("counted_list")
def counted_list(view: ArticleView) -> list[RawRelation]:
    """A connector that lists projects ("包括", "分别为") in a sentence that speaks of projects,
    and a count of projects (N个项目, N项工程, 项目N个) in that sentence before the connector or
    in one of the few sentences before: the first local place (:func:`_local_holder`) written
    before the count in the counting sentence (its subject: "某县在某镇举行…,集中开工项目6个" is
    the county's) holds every project listed after the connector to the end of its sentence.
    Only the nearest counting sentence is read: a count with no place before it stops the search.
    Listed projects naming another division are left."""
    text = view.article.text
    conf = triggers()["located_in"]
    count = re.compile(conf["counted_count"])
    connector = re.compile(conf["event_connector"])
    about = re.compile(conf["counted_about"])
    reach = conf["event_sentences"]
    sents = view.article.sentences
    out = []
    for k, sent in enumerate(sents):
        for listed in connector.finditer(text, sent.start, sent.end):
            if not about.search(text, max(sent.start, listed.start() - conf["counted_about_near"]), listed.start()):
                continue
            h = _holder(view, k, listed.start(), count, reach)
            if h is None:
                continue
            anchor = view.division(h)
            for i in view.of_type(k, "PROJECT"):
                mi = view.mentions[i]
                if mi.attrs.get("nested") or mi.start < listed.end() or mi.end > sent.end:
                    continue
                if anchor is not None and foreign(view, i, anchor):
                    continue
                out.append(RawRelation("located_in", i, h, None, k, "counted_list", confidence("counted_list")))
    return out


def _holder(view: ArticleView, k: int, before: int, count: re.Pattern[str], reach: int) -> int | None:
    """The first local place before the count of the nearest sentence (``k`` up to ``before``, or one
    of the ``reach`` sentences before it) that counts projects; None where that sentence has no
    such place before its count."""
    text = view.article.text
    sents = view.article.sentences
    for j in range(k, max(k - 1 - reach, -1), -1):
        start, end = sents[j].start, before if j == k else sents[j].end
        counted = count.search(text, start, end)
        if counted is None:
            continue
        places = [
            h
            for h in view.of_type(j, "PLACE")
            if not view.mentions[h].attrs.get("nested")
            and view.mentions[h].end <= counted.start()
            and view.mentions[h].start >= start
        ]
        places = [h for h in places if _local_holder(view, h)]
        return min(places, key=lambda h: view.mentions[h].start) if places else None
    return None
