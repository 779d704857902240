"""located_in from lists that a place introduces or counts, and the park a bare 园区 refers
to: "某县签约的7个项目分别是：A；B", "某县举行…开工仪式，A、B等24个项目集中开工", "园区已入驻A、B".

The rules register in :data:`kg.nlp.relations.RULES` (this module is imported by the package
:mod:`kg.nlp.relations`); their confidences are in ``[confidence]`` of
``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.located_lists import _local_place
from kg.nlp.relations import ArticleView, RawRelation, _foreign, _is_park, confidence, rule, triggers
from kg.nlp.relations.places import _place_chain
from kg.nlp.relations.table import _fact


@rule("county_list")
def county_list(view: ArticleView) -> list[RawRelation]:
    """A county, town or zone that introduces a list of its projects: "某县签约的7个项目分别是：
    A项目，总投资…；B项目，…" places every project of the list (up to the paragraph's end) in
    that place, those that name another division apart."""
    text = view.article.text
    intro = re.compile(triggers()["located_in"]["list_intro"])
    out = []
    for h, m in enumerate(view.mentions):
        if m.attrs.get("nested") or not (_local_place(view, h) or (m.label == "PLACE" and _is_park(view, h))):
            continue
        found = intro.match(text, m.end)
        if found is None:
            continue
        end = min([e for e in (text.find(c, found.end()) for c in "\n。") if e >= 0] + [len(text)])
        anchor = view.division(h)
        for i, mi in enumerate(view.mentions):
            if mi.label != "PROJECT" or mi.attrs.get("nested") or not (found.end() <= mi.start and mi.end <= end):
                continue
            if anchor is not None and _foreign(view, i, anchor):
                continue
            k = view.sentence_of(i)
            if k is not None:
                out.append(RawRelation("located_in", i, h, None, k, "county_list", confidence("county_list")))
    return out + _ceremony_list(view)


def _ceremony_list(view: ArticleView) -> list[RawRelation]:
    """ "某县举行一季度重点项目集中开工仪式，A、B、C等24个重点项目集中开工": the place that opens
    the sentence (after its date; the innermost of a chain) holds the projects of the clause
    that 等N个项目 closes."""
    text = view.article.text
    conf = triggers()["located_in"]
    close = re.compile(conf["list_close"])
    out = []
    for k, sent in enumerate(view.article.sentences):
        places = [h for h in view.of_type(k, "PLACE") if not view.mentions[h].attrs.get("nested")]
        first = min(places, key=lambda h: view.mentions[h].start, default=None)
        if first is None or not re.fullmatch(conf["sentence_opening"], text[sent.start : view.mentions[first].start]):
            continue
        chain = _place_chain(view, k, view.mentions[first].start) or [first]
        h = chain[-1]
        if not _local_place(view, h):
            continue
        anchor = view.division(h)
        for found in close.finditer(text, view.mentions[h].end, sent.end):
            clause = max(text.rfind(c, view.mentions[h].end, found.start()) for c in ",;:") + 1
            for i in view.of_type(k, "PROJECT"):
                mi = view.mentions[i]
                if mi.attrs.get("nested") or not (clause <= mi.start and mi.end <= found.start()):
                    continue
                if anchor is not None and _foreign(view, i, anchor):
                    continue
                out.append(RawRelation("located_in", i, h, None, k, "county_list", confidence("county_list")))
    return out


@rule("bare_park_hosts")
def bare_park_hosts(view: ArticleView) -> list[RawRelation]:
    """ "目前，园区已入驻A公司、B公司": a clause opened by a park's kind alone and a verb that
    brings companies in speaks of the park the article named last before it; the companies
    and projects listed after the verb are in that park."""
    conf = triggers()["located_in"]
    text = view.article.text
    bare = "|".join(map(re.escape, sorted(conf["bare_parks"], key=len, reverse=True)))
    verbs = "|".join(map(re.escape, conf["place_first"]))
    adverbs = "|".join(map(re.escape, conf["place_first_adverbs"]))
    clause = re.compile(rf"(?:{bare})(?:已|已经|现已|目前)?(?:{adverbs})?(?:{verbs})了?")
    parks = sorted(
        (j for j, mj in enumerate(view.mentions) if not mj.attrs.get("nested") and _is_park(view, j)),
        key=lambda j: view.mentions[j].end,
    )
    out = []
    for k, sent in enumerate(view.article.sentences):
        for found in clause.finditer(text, sent.start, sent.end):
            if found.start() > sent.start and text[found.start() - 1] not in ",;:":
                continue  # (the kind opens its clause: "某某工业园区已入驻…" names its own park)
            before = [j for j in parks if view.mentions[j].end <= found.start()]
            if not before:
                continue
            park, pos = before[-1], found.end()
            for j in sorted(view.of_type(k, "ORG", "PROJECT"), key=lambda x: view.mentions[x].start):
                mj = view.mentions[j]
                if mj.start < pos or mj.attrs.get("nested"):
                    continue
                if mj.start != pos and not (mj.start - pos == 1 and text[pos] in "、和与及"):
                    break
                out.append(_fact("located_in", j, park, None, k, "bare_park_hosts"))
                pos = mj.end
    return out


@rule("bracketed_place")
def bracketed_place(view: ArticleView) -> list[RawRelation]:
    """ "某商(某县)科技产业园", "某东(某县)生态食品产业园": a division written alone in brackets
    inside a park's or project's name is where it lies (the name's place, set apart); a bracket
    that says more than the place ("某公园(某某段)") is no location."""
    text = view.article.text
    gaz = load_gazetteer()
    named = view.named_divisions
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT", "PLACE", "ORG"):
            m = view.mentions[i]
            if m.attrs.get("nested") or not (_is_park(view, i) or m.label == "PROJECT"):
                continue
            for b in re.finditer(r"[(（]([\u4e00-\u9fff]{2,8})[)）]", text[m.start : m.end]):
                found = gaz.lookup(b.group(1))
                # a short form only where it names one division, or the one the article names
                sure = [d for d in found if d.name == b.group(1) or d.code in named]
                found = sure or (found if len(found) == 1 else [])
                if not found or b.start() == 0:
                    continue
                start = m.start + b.start(1)
                tail = view.add_place(start, start + len(b.group(1)), found[0], "bracketed_place")
                out.append(_fact("located_in", i, tail, None, k, "bracketed_place"))
    return out
