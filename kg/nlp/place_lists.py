"""located_in from lists that a place introduces or counts, and the park a bare 园区 refers
to: "某县签约的7个项目分别是：A；B", "某县举行…开工仪式，A、B等24个项目集中开工", "…签约仪式在某县
举行。此次签约的8个项目包括A、B", "园区已入驻A、B".

The rules register in :data:`kg.nlp.relations.RULES` (this module is imported by the package
:mod:`kg.nlp.relations`); their confidences are in ``[confidence]`` of
``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re

from kg.nlp import located_lists
from kg.nlp.entities import gazetteer_regex
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations import ArticleView, RawRelation, confidence, foreign, is_park, rule, triggers
from kg.nlp.relations.located_in_names import province_in_project_name
from kg.nlp.relations.places import place_chain, within
from kg.nlp.relations.table import fact


@rule("county_list")
def county_list(view: ArticleView) -> list[RawRelation]:
    """A county, town or zone that introduces a list of its projects: "某县签约的7个项目分别是：
    A项目，总投资…；B项目，…" places every project of the list (up to the paragraph's end) in
    that place, those that name another division apart; a count of its firms ("某县参展企业共有
    11家，分别是A、B") places the companies listed. Also the lists of :func:`_ceremony_list` and
    :func:`_event_list`."""
    text = view.article.text
    intro = re.compile(triggers()["located_in"]["list_intro"])
    out = []
    for h, m in enumerate(view.mentions):
        if m.attrs.get("nested") or not (
            located_lists.local_place(view, h) or (m.label == "PLACE" and is_park(view, h))
        ):
            continue
        found = intro.match(text, m.end)
        if found is None:
            continue
        end = min([e for e in (text.find(c, found.end()) for c in "\n。") if e >= 0] + [len(text)])
        anchor = view.division(h)
        # a count of firms ("某县参展企业共有11家，分别是A、B") lists companies, named with or
        # without their company head ("某某实业", "某某合作社")
        labels = ("PROJECT", "ORG") if found.group("firms") else ("PROJECT",)
        for i, mi in enumerate(view.mentions):
            if mi.label not in labels or mi.attrs.get("nested") or not (found.end() <= mi.start and mi.end <= end):
                continue
            if anchor is not None and foreign(view, i, anchor):
                continue
            k = view.sentence_of(i)
            if k is not None:
                out.append(RawRelation("located_in", i, h, None, k, "county_list", confidence("county_list")))
    return out + _ceremony_list(view) + _event_list(view)


def _ceremony_list(view: ArticleView) -> list[RawRelation]:
    """ "某县举行一季度重点项目集中开工仪式，A、B、C等24个重点项目集中开工": the place that opens
    the sentence (after its date; the innermost of a chain), or the place of the event the
    sentence or the one before reports (:func:`_list_holder`), holds the projects of the clause
    that 等N个项目 closes."""
    text = view.article.text
    conf = triggers()["located_in"]
    close = re.compile(conf["list_close"])
    out = []
    for k, sent in enumerate(view.article.sentences):
        h = _list_holder(view, k)
        if h is None:
            continue
        lo = max(view.mentions[h].end, sent.start) if view.sentence_of(h) == k else sent.start
        for found in close.finditer(text, lo, sent.end):
            clause = max(text.rfind(c, lo, found.start()) for c in ",;:") + 1
            clause = max(clause, lo)
            for i in view.of_type(k, "PROJECT"):
                mi = view.mentions[i]
                if mi.attrs.get("nested") or not (clause <= mi.start and mi.end <= found.start()):
                    continue
                # (a project named after its firm's home elsewhere is still one the place signed or
                # started: "厦门海辰西南智能制造中心、四川某某新材料等18个项目签约落户"; s30-loc)
                out.append(RawRelation("located_in", i, h, None, k, "county_list", confidence("county_list")))
    return out


def _list_holder(view: ArticleView, k: int) -> int | None:
    """The place whose projects a list that 等N个项目 closes in sentence ``k`` names: the local
    place that opens the sentence (after its date), else the place of the event the sentence
    reports ("某县重大招商项目集中签约活动在某宾馆举行,A、B等18个项目签约落户"), else, where the
    list opens the sentence, the place of the event the sentence before reports ("某县举行…集中
    开工仪式。A、B等16个重大项目集中开工"; s30-loc)."""
    text = view.article.text
    conf = triggers()["located_in"]
    sent = view.article.sentences[k]
    places = [h for h in view.of_type(k, "PLACE") if not view.mentions[h].attrs.get("nested")]
    first = min(places, key=lambda h: view.mentions[h].start, default=None)
    if first is not None and re.fullmatch(conf["sentence_opening"], text[sent.start : view.mentions[first].start]):
        h = (place_chain(view, k, view.mentions[first].start) or [first])[-1]
        return h if located_lists.local_place(view, h) else None
    if (h := _event_place(view, k)) is not None:
        return h
    items = [i for i in view.of_type(k, "PROJECT", "ORG") if not view.mentions[i].attrs.get("nested")]
    opener = min(items, key=lambda i: view.mentions[i].start, default=None)
    if k == 0 or opener is None or text[sent.start : view.mentions[opener].start].strip():
        return None
    return _event_place(view, k - 1)


def _event_list(view: ArticleView) -> list[RawRelation]:
    """A count of a place's projects and the list after a connector: the sentence speaks back of
    the event the sentence before reports, with 此次 or a time word, counting the projects or
    naming them right before the connector ("…签约仪式在某县政府举行。此次签约的8个项目包括A、B",
    "…某县举行开工仪式。今天集中开工项目分别是:A、B":
    the event's place, ``_event_place``), or a local place opens it ("某县此次集中开工项目5个，
    …，其中工业项目3个，分别是A、B"). Where the sentence lists nothing, the sentences right
    after that count a part of them and list it ("涵盖工业项目1个，即A；基础设施项目2个，即B、C")
    do. Listed projects naming another division are left."""
    text = view.article.text
    conf = triggers()["located_in"]
    back = re.compile(conf["event_back"])
    count = re.compile(conf["event_count"])
    uncounted = re.compile(conf["event_uncounted"])
    near = re.compile(rf"[^,。;:!?、\n]{{0,{conf['event_count_near']}}}?(?:{conf['event_count']})")
    reach = conf["event_sentences"]
    connector = re.compile(conf["event_connector"])
    part = re.compile(conf["event_part"])
    sents = view.article.sentences
    out = []
    for k, sent in enumerate(sents):
        h, counted = None, None
        if (opened := back.match(text, sent.start)) is not None:
            # (with no count, the projects named right before the connector: "本次开工的项目包括A、B")
            counted = count.search(text, opened.end(), sent.end) or uncounted.match(text, opened.end(), sent.end)
            if counted is not None:
                # the event's sentence may be followed by its guests' ("…出席签约仪式。")
                h = next(
                    (p for b in range(k - 1, max(k - 1 - reach, -1), -1) if (p := _event_place(view, b)) is not None),
                    None,
                )
        elif (h := _opening_place(view, k)) is not None:
            counted = near.match(text, view.mentions[h].end, sent.end)
        if h is None or counted is None:
            continue
        listed = connector.search(text, counted.end(), sent.end)
        spans = [(k, listed.end())] if listed else []
        for b in range(k + 1, min(k + 1 + reach, len(sents))) if not listed else ():
            if (found := part.match(text, sents[b].start, sents[b].end)) is None:
                break
            spans.append((b, found.end()))
        # "…,其中:工业项目11个,…,主要有A、B等;清洁能源项目10个,…,主要有C、D等;…。": the clauses
        # after ";" are the same sentence's, each part listed after its own connector (s30-loc)
        b = k
        while listed and b + 1 < len(sents) and text[sents[b].end - 1 : sents[b].end] in (";", "；"):
            b += 1
            if (more := connector.search(text, sents[b].start, sents[b].end)) is not None:
                spans.append((b, more.end()))
        anchor = view.division(h)
        for b, start in spans:
            for i in view.of_type(b, "PROJECT"):
                mi = view.mentions[i]
                if mi.attrs.get("nested") or mi.start < start or (anchor is not None and foreign(view, i, anchor)):
                    continue
                out.append(RawRelation("located_in", i, h, None, b, "county_list", confidence("county_list")))
    return out


def _opening_place(view: ArticleView, k: int) -> int | None:
    """The local place (a county, town, village or park; the innermost of a chain) that opens
    sentence ``k`` after a date or 据了解."""
    text = view.article.text
    sent = view.article.sentences[k]
    # (a park may be tagged a project: "某某产业园集中开工的项目有10个")
    places = [
        h
        for h in view.of_type(k, "PLACE", "PROJECT")
        if not view.mentions[h].attrs.get("nested") and (view.mentions[h].label == "PLACE" or is_park(view, h))
    ]
    first = min(places, key=lambda h: view.mentions[h].start, default=None)
    opening = triggers()["located_in"]["event_place_opening"]
    if first is None or not re.fullmatch(opening, text[sent.start : view.mentions[first].start]):
        return None
    chain = place_chain(view, k, view.mentions[first].start) or [first]
    h = chain[-1]
    return h if located_lists.local_place(view, h) or is_park(view, h) else None


def _event_place(view: ArticleView, k: int) -> int | None:
    """The local place of the event sentence ``k`` reports: the division that opens the event's
    name after its date ("2021年某县春季重点项目集中开工仪式", the innermost of a chain), else
    the place it was held in ("在某省某县政府举行"), else the place that opens the sentence and
    holds it ("3月12日上午,某县举行…开工仪式"); None when the sentence names no event."""
    text = view.article.text
    sent = view.article.sentences[k]
    events = [e for e in view.of_type(k, "MEETING") if not view.mentions[e].attrs.get("nested")]
    if not events:
        return None
    m = view.mentions[events[0]]
    pos = re.compile(triggers()["located_in"]["event_name_opening"]).match(text, m.start, m.end).end()
    # the divisions written back to back there, each inside the one before (full names, or
    # forms of divisions the article names): the event's names hold no place mentions
    chain: list[tuple[int, int, Division]] = []
    while (g := gazetteer_regex().match(text, pos, m.end)) is not None:
        found = [
            d for d in load_gazetteer().lookup(g.group(0)) if d.name == g.group(0) or d.code in view.named_divisions
        ]
        found = [d for d in found if not chain or within(d, chain[-1][2])]
        if not found:
            break
        chain.append((g.start(), g.end(), found[0]))
        pos = g.end()
    if chain:
        start, end, d = chain[-1]
        return view.add_place(start, end, d, "county_list") if d.level in located_lists.LOCAL_LEVELS else None
    held = text.find("在", m.end, sent.end)
    if held < 0 or "举行" not in text[held : sent.end]:
        # "3月12日上午,某县举行…开工仪式": the place that opens the sentence and holds the event
        h = _opening_place(view, k)
        said = re.compile(triggers()["located_in"]["event_held"])
        if h is not None and said.match(text, view.mentions[h].end, m.start) is not None:
            return h
        return None
    chain = place_chain(view, k, held + 1)
    if chain and view.mentions[chain[-1]].attrs.get("venue"):
        # "在某县县行政中心举行" (kg/nlp/entities/venue_frames.py): the building is where the event
        # was, the division named in it is where its projects are
        v = view.mentions[chain[-1]]
        inside = [j for j in view.by_sentence[k] if v.start <= view.mentions[j].start and view.mentions[j].end < v.end]
        chain = chain[:-1] + sorted(inside, key=lambda j: view.mentions[j].end)
    places = [j for j in chain if located_lists.local_place(view, j) or is_park(view, j)]
    return places[-1] if places else None


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
        (j for j, mj in enumerate(view.mentions) if not mj.attrs.get("nested") and is_park(view, j)),
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
                out.append(fact("located_in", j, park, None, k, "bare_park_hosts"))
                pos = mj.end
    return out


@rule("bracketed_place")
def bracketed_place(view: ArticleView) -> list[RawRelation]:
    """ "某商(某县)科技产业园", "某东(某县)生态食品产业园": a division written alone in brackets
    inside a park's or project's name is where it lies (the name's place, set apart), also for a
    park that opens a project's name ("某西(某县)国际物流港|北园项目"); a bracket that says more than
    the place ("某公园(某某段)") is no location."""
    text = view.article.text
    gaz = load_gazetteer()
    named = view.named_divisions
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT", "PLACE", "ORG"):
            m = view.mentions[i]
            # (a park read with its bracket, kg.nlp.entities.bracketed_parks, is one even where it
            # opens a project's name: "某西(某县)国际物流港|北园项目")
            park = m.attrs.get("head") == "bracketed_park"
            if (m.attrs.get("nested") and not park) or not (park or is_park(view, i) or m.label == "PROJECT"):
                continue
            for b in re.finditer(r"[(（]([\u4e00-\u9fff]{2,8})[)）]", text[m.start : m.end]):
                found = gaz.lookup(b.group(1))
                # a short form only where it names one division, or the one the article names
                sure = [d for d in found if d.name == b.group(1) or d.code in named]
                found = sure or (found if len(found) == 1 else [])
                if not found or b.start() == 0 or province_in_project_name(view, i, found[0]):
                    continue
                start = m.start + b.start(1)
                tail = view.add_place(start, start + len(b.group(1)), found[0], "bracketed_place")
                out.append(fact("located_in", i, tail, None, k, "bracketed_place"))
    return out
