"""located_in from the layout of lists and names on real pages: county headings in a line
("某县：某公司某项目"), and a county or town that opens the company name opening a project's name.

The rules register in :data:`kg.nlp.relations.RULES` (this module is imported by the package
:mod:`kg.nlp.relations`, and its rules run at their place in its ``ORDER``); their
confidences are in ``[confidence]`` of ``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.relations import (
    ArticleView,
    RawRelation,
    confidence,
    divisions_in_name,
    foreign,
    is_company,
    is_park,
    placeable,
    rule,
    triggers,
    words_re,
)
from kg.nlp.relations.places import place_opening, route_end, within

# Levels of a division that a project's name opens with as its location (a province or a
# city prefix names where the company was registered; see the gold conventions).
LOCAL_LEVELS = ("county", "town", "village")


@lru_cache(maxsize=1)
def _heading_line() -> re.Pattern[str]:
    """Where a heading may stand: at a line start or after a list separator."""
    return re.compile(triggers()["located_in"]["heading_starts"])


def local_place(view: ArticleView, i: int) -> bool:
    """A county, town or village, or a named zone or park (no division): what a project is in."""
    m = view.mentions[i]
    if m.label != "PLACE" or view.in_title(i):
        return False
    d = view.division(i)
    if d is None:
        return bool(m.attrs.get("head"))
    return d.level in LOCAL_LEVELS


@rule("colon_heading")
def colon_heading(view: ArticleView) -> list[RawRelation]:
    """A list of projects by county, each line opened by its place and a colon:
    "某某县：某某有限公司年产10万吨某某项目" places the project, its company and a zone the item
    names ("某县：某开发区某公司…项目" -> the zone) in the county, up to the next heading.

    >>> from kg.nlp.relations import triggers
    >>> bool(re.match(triggers()["located_in"]["heading_starts"], "\\n"))
    True
    """
    text = view.article.text
    places = sorted(
        (i for i, m in enumerate(view.mentions) if m.label == "PLACE" and not m.attrs.get("nested")),
        key=lambda i: view.mentions[i].start,
    )
    heads = []
    for i in places:
        m = view.mentions[i]
        if text[m.end : m.end + 1] not in (":", "："):
            continue
        before = text[max(0, m.start - 1) : m.start]
        # A line start or a separator; in a run of such items whose lines the page joined, the
        # end of the previous item's project or company ("…项目平陆县：…").
        after_item = any(
            view.mentions[j].end == m.start and view.mentions[j].label in ("PROJECT", "ORG")
            for j in range(len(view.mentions))
        )
        if m.start == 0 or _heading_line().match(before) or (heads and after_item):
            heads.append(i)
    out = []
    for n, h in enumerate(heads):
        start = view.mentions[h].end + 1
        # The item ends at the next heading, the line's end or its clause's ("某县：某项目，总投资…")
        ends = [text.find(c, start) for c in "\n。!?,;"]
        end = min([e for e in ends if e >= 0] + [len(text)])
        if n + 1 < len(heads):
            end = min(end, view.mentions[heads[n + 1]].start)
        if not (view.is_place_name(h) or is_park(view, h)):
            continue  # a place the tagger guessed: it bounds the item before it, heads nothing
        anchor = view.division(h)
        for i, m in enumerate(view.mentions):
            if not (start <= m.start and m.end <= end) or i == h:
                continue
            if m.label == "PROJECT" or (m.label == "ORG" and is_company(view, i)):
                pass
            elif m.label == "PLACE" and (is_park(view, i) or m.attrs.get("head")) and view.division(i) is None:
                pass  # a zone or park the item names: "芮城县：风陵渡开发区某公司…项目"
            else:
                continue
            if anchor is not None and foreign(view, i, anchor):
                continue
            k = view.sentence_of(i)
            if k is not None:
                out.append(RawRelation("located_in", i, h, None, k, "colon_heading", confidence("colon_heading")))
    return out


@rule("place_opens_project")
def place_opens_project(view: ArticleView) -> list[RawRelation]:
    """A county, town or village that opens the company name that opens a project's name is
    where the project is: "某某县中医院新建项目" -> 某某县 (the company prefix names the company's
    place; the project carries it as its own first word)."""
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PROJECT"):
            pm = view.mentions[p]
            o = pm.attrs.get("org_prefix")
            if o is None or view.mentions[o].start != pm.start or view.in_title(p):
                continue
            pl = view.mentions[o].attrs.get("place_prefix")
            om, plm = view.mentions[o], view.mentions[pl] if pl is not None else None
            if plm is None or plm.start != pm.start or plm.end >= om.end or not local_place(view, pl):
                continue
            c = confidence("place_opens_project")
            out.append(RawRelation("located_in", p, pl, None, k, "place_opens_project", c))
    return out


@rule("trip_stops")
def trip_stops(view: ArticleView) -> list[RawRelation]:
    """An inspection trip to a place names its stops there: "市长X到某县调研，先后到A公司、B项目
    建设现场" -> A and B in 某县 (the stops of the trip, in the sentence that names it or in the
    next one, opened by the travellers: "X来某县走访调研。X一行先后实地走访了A、B").
    """
    conf = triggers()["located_in"]
    go = words_re(tuple(conf["trip_to"]))
    does = words_re(tuple(conf["trip_does"]))
    stop = words_re(tuple(conf["trip_stop"]))
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        for t in view.of_type(k, "PLACE"):
            tm = view.mentions[t]
            d = view.division(t)
            # A county or city of the gazetteer, a town ("到某某镇调研，先后深入A、B") or a park or
            # zone ("到某某工业集中区调研。X首先到A、B": the firms it visits there are the zone's).
            town = d is None and len(view.text(t)) >= 3 and view.text(t).endswith(tuple(conf["towns"]))
            if (d is None and not town and not is_park(view, t)) or tm.attrs.get("nested"):
                continue
            # "到某县调研", also with what the place is to the visitors between: "前往扶贫联系点某县调研"
            before = text[max(sent.start, tm.start - 12) : tm.start]
            if not re.search(rf"(?:{go.pattern})了?(?:{conf['trip_to_lead']})$", before):
                continue
            # "到某镇调研", "到某镇开展有关项目调研": a few words for the kind of work may come first.
            lead = re.match(conf["trip_before_does"], text[tm.end : sent.end])
            verb = does.match(text, tm.end + (lead.end() if lead else 0))
            if not verb:
                continue
            # The stops: after 先后到/深入/走进… the list of names that follows the verb ("A公司、
            # B项目建设现场和C" - a few words may close an item before the next). When the
            # sentence names none, the next one may, opening with the travellers: "X到某县调研。
            # X一行先后来到A公司、B项目…".
            found = [(k, g) for g in stop.finditer(text, tm.end, sent.end)][:1]
            if not found and _names_right_after(view, k, verb.end()):
                # "到某科技园区实地调研A公司、B公司和C公司": the trip's verb takes its stops itself.
                found = [(k, verb)]
            if not found and k + 1 < len(view.article.sentences):
                nxt = view.article.sentences[k + 1]
                g = stop.search(text, nxt.start, min(nxt.end, nxt.start + 16))
                if g and _travellers(view, k + 1, nxt.start, g.start()):
                    found = [(k + 1, g)]
            for kk, g in found:
                prev = g.end()
                items = sorted(
                    (
                        i
                        for i in view.by_sentence[kk]
                        if view.mentions[i].start >= prev and not view.mentions[i].attrs.get("nested")
                    ),
                    key=lambda i: view.mentions[i].start,
                )
                for n, i in enumerate(items):
                    m = view.mentions[i]
                    gap = text[prev : m.start]
                    if not re.fullmatch(r"了?" if n == 0 else r"[\u4e00-\u9fff]{0,6}[、和及,]", gap):
                        break
                    prev = m.end
                    if (
                        m.label in ("ORG", "PROJECT", "PLACE")
                        and placeable(view, i, in_slot=True)
                        and (d is None or not foreign(view, i, d))
                    ):
                        out.append(RawRelation("located_in", i, t, None, kk, "trip_stops", confidence("trip_stops")))
                break
    return out


def _names_right_after(view: ArticleView, k: int, end: int) -> bool:
    """An organisation or a project of sentence ``k`` starts right after ``end`` (a 了 between):
    the verb ending there takes named stops as its object, not a kind of work ("调研重点企业")."""
    at = end + 1 if view.article.text.startswith("了", end) else end
    return any(
        view.mentions[i].start == at and not view.mentions[i].attrs.get("nested")
        for i in view.of_type(k, "ORG", "PROJECT")
    )


def _travellers(view: ArticleView, k: int, start: int, end: int) -> bool:
    """``text[start:end]`` opening sentence ``k`` holds only persons (and 一行, 、 等) or the
    trip's group (调研组一行): the subject of a trip's next sentence, no new place or body."""
    text = view.article.text
    rest = text[start:end]
    for p in sorted(view.of_type(k, "PERSON"), key=lambda i: -view.mentions[i].start):
        m = view.mentions[p]
        if start <= m.start and m.end <= end:
            rest = rest[: m.start - start] + rest[m.end - start :]
    groups = "|".join(map(re.escape, triggers()["located_in"]["trip_groups"]))
    if re.fullmatch(rf"(?:{groups})+", rest):
        return True  # "调研组一行先后前往A、B": the trip's group itself
    return bool(rest != text[start:end]) and re.fullmatch(r"[、和及等一行]*(?:同志)?[、和及等一行]*", rest) is not None


@rule("zone_of_county")
def zone_of_county(view: ArticleView) -> list[RawRelation]:
    """A zone or park named by its county or city lies in it: "广灵经开区" -> 广灵县 (the short
    form when the article names the county), also a zone that opens a project's name."""
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PLACE"):
            m = view.mentions[i]
            if view.division(i) is not None or m.attrs.get("place_prefix") is not None or not is_park(view, i):
                continue
            found = [(s, e, d) for s, e, d in divisions_in_name(view, i) if s == m.start]
            if not found:
                continue
            start, end, d = found[0]
            tail = view.add_place(start, end, d, "zone_of_county")
            conf = confidence("zone_of_county")
            out.append(RawRelation("located_in", i, tail, None, k, "zone_of_county", conf))
            # "某市|某某县产业转移工业园": the division right before the zone holds its county too
            for j in view.by_sentence[k]:
                outer = view.division(j) if view.mentions[j].end == m.start else None
                if outer is not None and outer.code != d.code and within(d, outer):
                    out.append(RawRelation("located_in", tail, j, None, k, "zone_of_county", conf))
    return out


@rule("province_in_name")
def province_in_name(view: ArticleView) -> list[RawRelation]:
    """A company whose name opens with a province is in that province when the article also
    names the province on its own, outside any name ("河南某县举行…"; "河南某食品有限公司" ->
    河南); without such a mention the prefix only says where the company was registered. A
    city or county right after the province in a company's or project's name is where it is
    ("内蒙古鄂尔多斯某有限公司" -> 鄂尔多斯市, "山西运城某农商城项目" -> 运城市)."""
    text = view.article.text
    gaz = load_gazetteer()
    names = [(m.start, m.end) for m in view.mentions if m.label in ("ORG", "PROJECT") and not m.attrs.get("nested")]
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "ORG", "PROJECT"):
            m = view.mentions[i]
            company = m.label == "ORG" and is_company(view, i)
            if not (company or (m.label == "PROJECT" and m.attrs.get("org_prefix") is None)) or view.in_title(i):
                continue
            g = place_opening(text, m.start, m.end)
            provinces = [d for d in gaz.lookup(g.group(0)) if d.level == "province"] if g else []
            if not provinces:
                continue
            d = provinces[0]
            word = text[m.start : g.end()]
            alone = any(not any(a <= x.start() < b for a, b in names) for x in re.finditer(re.escape(word), text))
            c = confidence("province_in_name")
            if alone and company:
                out.append(
                    RawRelation(
                        "located_in",
                        i,
                        view.add_place(m.start, g.end(), d, "province_in_name"),
                        None,
                        k,
                        "province_in_name",
                        c,
                    )
                )
            g2 = place_opening(text, g.end(), m.end)
            inner = [x for x in gaz.lookup(g2.group(0)) if x.level in ("city", "county")] if g2 else []
            if inner and gaz.holds(d, inner[0]):
                tail = view.add_place(g2.start(), g2.end(), inner[0], "province_in_name")
                out.append(RawRelation("located_in", i, tail, None, k, "province_in_name", c))
    return out


@rule("chain_prefix")
def chain_prefix(view: ArticleView) -> list[RawRelation]:
    """A chain of places opening a project's or a body's name places it in the last, innermost
    one: "某市某区某某镇智能装备项目" -> 某某镇, "某县某镇某村土地开发项目" -> 某村,
    "某县某某镇政府" -> 某某镇 (the outer places hold the town, see ``place_prefix``).
    A town the entity stage left inside the name counts when the article names it on its own
    ("某县某某镇农旅综合体项目" with 某某镇 elsewhere in the text); an ordinary word ending in 镇
    (城镇) names no town.
    """
    text = view.article.text
    towns = tuple(triggers()["located_in"]["towns"])
    villages = tuple(triggers()["located_in"]["villages"])
    not_framed = set(triggers()["located_in"]["not_framed"])
    words = "|".join(triggers()["located_in"]["builds_place"])

    def builds(start: int, end: int) -> bool:
        # "某县某景区提质升级项目" builds the site itself; it is no project inside it.
        rest = re.sub(r"[(（][^()（）]*[)）]", "", text[start:end])
        return re.fullmatch(rf"(?:{words})+(?:项目|工程)?", rest) is not None

    places = {view.text(i) for i, m in enumerate(view.mentions) if m.label == "PLACE" and not m.attrs.get("nested")}
    c = confidence("chain_prefix")
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for p in view.of_type(k, "PROJECT", "ORG"):
            pm = view.mentions[p]
            first = pm.attrs.get("place_prefix")
            org = pm.attrs.get("org_prefix")
            if first is None and org is not None and view.mentions[org].start == pm.start:
                first = view.mentions[org].attrs.get("place_prefix")  # "某县某镇某小学建设项目"
            if first is None or view.mentions[first].start != pm.start or view.in_title(p):
                continue
            chain = [first]
            while True:
                end = view.mentions[chain[-1]].end
                nxt = next(
                    (
                        j
                        for j in view.by_sentence[k]
                        if view.mentions[j].label == "PLACE"
                        and view.mentions[j].start == end
                        and view.mentions[j].end < pm.end
                        and j not in chain
                    ),
                    None,
                )
                if nxt is None:
                    town = re.match(rf"[\u4e00-\u9fff]{{1,4}}?(?:{'|'.join(towns)})", text[end : pm.end])
                    if town and town.group(0) in places and end + town.end() < pm.end:
                        nxt = view.add_place(end, end + town.end(), None, "chain_prefix")
                        out.append(RawRelation("located_in", nxt, chain[-1], None, k, "chain_prefix", c))
                if nxt is None:
                    break
                chain.append(nxt)
            # The innermost is a town, village, park or named site ("某县某镇某村土地开发项目",
            # "某县某生态文化园大坝建设项目"); a road, river or hill opening the name is what the
            # project builds ("某县西环路建设项目"), not where it is.
            inner = chain[-1]
            if route_end(view, inner):
                continue  # "某区某某园区|联外道路工程": a road out of the park, not in it
            d = view.division(inner)
            head = view.mentions[inner].attrs.get("head")
            if len(chain) > 1 and (
                (d is not None and d.level in ("town", "village"))
                or (d is None and view.text(inner).endswith(towns + villages))
                or is_park(view, inner)
                or (d is None and head not in (None, *not_framed) and not builds(view.mentions[inner].end, pm.end))
            ):
                out.append(RawRelation("located_in", p, chain[-1], None, k, "chain_prefix", c))
    return out
