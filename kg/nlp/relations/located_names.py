"""``located_in`` read off names: a place before a name or inside it as its prefix
("广灵县御鑫隆再生资源有限公司"), a zone's administrative committee, a division inside a name
the entity stage did not split off.
"""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.relations.far_prefix import far_in_name
from kg.nlp.relations.located_body_prefix import opening_body_facts
from kg.nlp.relations.located_cut import branch_facts, cut_body_facts, mention_before
from kg.nlp.relations.located_listed import registered_province, shared_prefix_items
from kg.nlp.relations.located_page_zone import bare_zone_kind, page_zone
from kg.nlp.relations.name_divisions import divisions_in_name
from kg.nlp.relations.places import (
    can_contain,
    division_after_prefix,
    is_company,
    listed_places,
    named_after_place,
    party_in_prefix,
    place_chain,
    route_end,
    stationed_at,
    towns_after_prefix,
    visiting_group,
    within,
    zone_opening,
)
from kg.nlp.relations.province_names import short_province, short_province_in_name
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def builds_the_place(view: ArticleView, i: int, place: int) -> bool:
    """The project ``i`` is the building of the place that opens its name, no project inside
    it: "某某路(某路-某路)新建工程", "某某田园小镇建设项目", "某某村项目", "某某大道景观建设" (a
    site, road or village that is not an administrative division; a county's project is in
    the county). A name in a list may end with the building word alone ("某某环湖路建设")."""
    m, pm = view.mentions[i], view.mentions[place]
    if m.label != "PROJECT" or view.division(place) is not None or pm.start != m.start:
        return False
    rest = re.sub(r"[(（][^()（）]*[)）]", "", view.article.text[pm.end : m.end])
    words = "|".join(triggers()["located_in"]["builds_place"])
    return re.fullmatch(rf"(?:{words})*(?:项目|工程)|(?:{words})+", rest) is not None


def works_on_site(view: ArticleView, i: int, place: int) -> bool:
    """The project ``i`` is works on the road, railway or square that opens its name, whatever
    it builds there: "某某东路雨水排放工程", "某某广场商业综合体项目", "某某铁路某站站场配套工程". The
    golds place none of these in the road or square (real-pages-14 n02, -20 l04, -37 a05,
    real-loc3 a03, real-place2 p12; optional on -10 y01); a company or hotel on a street is
    still there ("某某街|某某酒店", the seeds), and so is a project in a park or by a river."""
    m, pm = view.mentions[i], view.mentions[place]
    if m.label != "PROJECT" or view.division(place) is not None or pm.start != m.start or pm.end >= m.end:
        return False
    return view.text(place).endswith(tuple(triggers()["located_in"]["works_sites"]))


def named_after_site(view: ArticleView, i: int, place: int) -> bool:
    """The place, body or project ``i`` is called after the natural site (``name_only_sites``: a
    mountain, lake, reservoir…) that opens its name and that the article writes nowhere else:
    "某山|森林公园", "某湖|国际会议中心", "某山|滑雪场", "某水库|主体工程"; the golds leave such a site
    out as the place (s37-locfp4: for projects 8 false facts on 7 sites against 1 right, "某山头|旅游
    综合开发"). A site the article writes apart from the name still holds it ("某湖|商务旅馆开发案"
    with the lake written alone), and so does a division (黄山, 金山)."""
    pm, m = view.mentions[place], view.mentions[i]
    site = view.text(place)
    if view.division(place) is not None:
        return False
    if not site.endswith(tuple(triggers()["located_in"]["name_only_sites"])):
        return False
    text = view.article.text
    name = text[min(pm.start, m.start) : max(pm.end, m.end)]  # the site and the name, nested or side by side
    return site not in text.replace(name, "")


def town_before_village(view: ArticleView, town: int, village: int) -> bool:
    """True where the place ``town`` of a project's name is a town or township right before the
    village ``village`` ("某某乡|某某村|安置地项目", "某县|某某镇|某某村|漂流项目"): the project is in
    the village, and the golds leave the town out or optional (real-pages-2 q05, -10 y05, -19 k10,
    -21 m10, -32 t04, real-loc); the county before the town stays scored (凤县|永生村…, 福清市|沙埔镇…)."""
    place = lexicon().patterns["place"]
    return view.text(town).endswith(tuple(place["town_heads"])) and view.text(village).endswith(
        tuple(place["village_heads"])
    )


@rule("place_prefix")
def place_prefix(view: ArticleView) -> list[RawRelation]:
    """A place right before a name, or inside it as its prefix: "广灵县御鑫隆再生资源有限公司"."""
    out = []
    for k, _sent in enumerate(view.article.sentences):
        idx = view.by_sentence[k]
        for b in idx[1:]:
            a = mention_before(view, idx, b)
            if a is None:
                continue
            ma, mb = view.mentions[a], view.mentions[b]
            if (
                ma.end == mb.start
                and mb.label in ("ORG", "PROJECT", "PLACE")
                and view.is_place_name(a)
                and not named_after_place(view, b)
                and not builds_the_place(view, b, a)
                and not works_on_site(view, b, a)
                and not named_after_site(view, b, a)
                and not view.in_title(b)
                and not visiting_group(view, b)
                and can_contain(view, a, b)
                # "某区|某某园区|联外道路工程": the district places the road, the park is its end
                and not route_end(view, b)
                # "浙江|天台|工业园区": the county is not placed in the province (GUIDE: optional)
                and not (getattr(view.division(b), "level", "") == "county" and short_province_in_name(view, k, a))
            ):
                out.append(fact("located_in", b, a, None, k, "place_prefix"))
                inner = mb.attrs.get("place_prefix")
                if mb.label == "PLACE" and inner is not None and view.mentions[inner].start == mb.start:
                    # "某某区|某某镇小微园": the town that opens the park's name is in the district
                    # too (a town or village: "某县|七里河工业园区" names the park after a river)
                    town = view.text(inner).endswith(tuple(lexicon().patterns["place"]["town_heads"]))
                    if town and view.is_place_name(inner) and can_contain(view, a, inner):
                        out.append(fact("located_in", inner, a, None, k, "place_prefix"))
                if mb.label == "PLACE":
                    # "某某镇大坪村、金塘村": the town holds the villages listed after its first
                    for c in listed_places(view, k, b):
                        out.append(fact("located_in", c, a, None, k, "place_prefix"))
        for i in idx:
            m = view.mentions[i]
            prefix = m.attrs.get("place_prefix")
            if view.in_title(i) or visiting_group(view, i) or party_in_prefix(view, i):
                continue
            # "某某银行某县支行": in the branch's place, not its parent's; "开原|市委": in the place cut off
            cut = branch_facts(view, k, i, "place_prefix") if prefix is not None else cut_body_facts(view, k, i)
            if cut is not None:
                out.extend(cut)
                continue
            host = stationed_at(view, i)
            if host is not None:
                # "某市政府驻北京办事处": in the place it is kept in, not in its owner's.
                out.append(fact("located_in", i, view.add_place(*host, "place_prefix"), None, k, "place_prefix"))
                continue
            own = opening_body_facts(view, k, i, "place_prefix") if prefix is None else []
            if own:
                out.extend(own)  # "广东|省委书记": the body built across the words, no place nested in it
                continue
            if prefix is not None and (m.label == "PROJECT" or (m.label == "ORG" and not is_company(view, i))):
                # "某市|某县|委": a body named after a chain of divisions is in the innermost,
                # which lies in the one before it; so is a project ("台中市|龙井区|某某联外道路工程":
                # LAC reads the two divisions as one word, the gazetteer opens the first only), which
                # is in the outer one too ("天水市|清水县|某某项目" in 天水市 and 清水县, real-pages-13).
                outer = view.division(prefix)
                for a, b, d in divisions_in_name(view, i, provinces=True):
                    if outer is None or a != view.mentions[prefix].end or b >= m.end or not within(d, outer):
                        continue
                    inner = view.add_place(a, b, d, "place_prefix")
                    if not (d.level == "county" and short_province(view, prefix)):  # "湖南|石门|某某项目"
                        out.append(fact("located_in", inner, prefix, None, k, "place_prefix"))
                    if m.label == "PROJECT":
                        out.append(fact("located_in", i, prefix, None, k, "place_prefix"))
                    prefix, outer = inner, d
            inner_div = division_after_prefix(view, i, prefix) if prefix is not None else None
            if inner_div is not None and view.is_place_name(prefix):
                # "昆明|晋宁|工业园区": the park is in the county after its city (and in the
                # city, which holds the county), not in the city alone.
                a, b, d = inner_div
                inner = view.add_place(a, b, d, "place_prefix")
                if not (d.level == "county" and short_province(view, prefix)):  # "浙江|遂昌|工业园区"
                    out.append(fact("located_in", inner, prefix, None, k, "place_prefix"))
                out.append(fact("located_in", i, prefix, None, k, "place_prefix"))
                prefix = inner
            if prefix is not None and view.article.text.startswith(
                tuple(triggers()["located_in"]["route_marks"]), view.mentions[prefix].end
            ):
                continue  # "甲地-乙地一级公路": the place is an end of the route, not where it lies
            if (
                m.label in ("ORG", "PROJECT", "PLACE")
                and prefix is not None
                and view.is_place_name(prefix)
                and not named_after_place(view, i)
                and not builds_the_place(view, i, prefix)
                and not works_on_site(view, i, prefix)
                and not named_after_site(view, i, prefix)
                # "某市某某集团某某项目" on a page of another province: called after the city
                and not far_in_name(view, i, view.division(prefix))
            ):
                zone = zone_opening(view, i, view.mentions[prefix].end)
                if zone is not None:
                    # "某县经开区绿色低碳智慧园区项目": in the zone its county opens, the zone in the county.
                    out.append(fact("located_in", i, zone, None, k, "place_prefix"))
                    out.append(fact("located_in", zone, prefix, None, k, "place_prefix"))
                    continue
                if registered_province(view, i, prefix):
                    continue
                levels = [prefix, *towns_after_prefix(view, k, i, prefix)]
                for n, level in enumerate(levels):
                    if m.label == "PROJECT" and n + 1 < len(levels) and town_before_village(view, level, levels[n + 1]):
                        continue
                    out.append(fact("located_in", i, level, None, k, "place_prefix"))
                if m.label == "PROJECT" and view.division(prefix) is not None:
                    # "某县A项目、B项目等8个项目": the county before a list of projects places each.
                    for j in shared_prefix_items(view, k, i, prefix):
                        out.append(fact("located_in", j, prefix, None, k, "place_prefix"))
    return out


@rule("town_of_prefixed")
def town_of_prefixed(view: ArticleView) -> list[RawRelation]:
    """ "平鲁区某风光储一体化项目在阻虎乡开工", "某县第三届…文化旅游节在某镇某村开幕": a town
    where a county-prefixed project or event happens is a town of that county.
    The county is read off the name, the town off the sentence."""
    towns = tuple(triggers()["located_in"]["towns"])
    text = view.article.text
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT", "MEETING"):
            m = view.mentions[i]
            prefix = m.attrs.get("place_prefix")
            d = view.division(prefix) if prefix is not None else None
            if d is None or d.level != "county" or text[m.end : m.end + 1] != "在":
                continue
            chain = place_chain(view, k, m.end + 1)
            town = chain[0] if chain else None
            if town is None or view.division(town) is not None or not view.text(town).endswith(towns):
                continue
            out.append(fact("located_in", town, prefix, None, k, "town_of_prefixed"))
    return out


def _named_area(stem: str) -> bool:
    """``stem`` names one area of ``located_in.zone_body_areas``: two characters or more before
    the head, not a word for a kind ("产业新城", "旅游景区" name none).

    >>> _named_area("青江新城"), _named_area("产业新城"), _named_area("景区"), _named_area("青江工业园")
    (True, False, False, False)
    """
    areas = triggers()["located_in"]["zone_body_areas"]
    head = next((a for a in areas if stem.endswith(a)), None)
    if head is None:
        return False
    lead = stem[: -len(head)]
    kinds = lexicon().patterns["place"]["zone_kind_modifiers"] + triggers()["located_in"]["zone_area_kinds"]
    return len(lead) >= 2 and lead not in kinds


@rule("zone_body")
def zone_body(view: ArticleView) -> list[RawRelation]:
    """The administrative committee of a zone is in the zone: "山西转型综合改革示范区管委会" ->
    山西转型综合改革示范区 (a place mention of the article, or added inside the name)."""
    out = []
    bodies = tuple(triggers()["located_in"]["zone_bodies"])
    heads = tuple(triggers()["located_in"]["park_heads"])
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "ORG"):
            name = view.text(i)
            body = next((b for b in bodies if name.endswith(b)), None)
            if body is not None and bare_zone_kind(name[: -len(body)]):
                # "开发区管委会", "科技城党工委": the kind alone names the one zone of that kind the
                # article names in full (and none where it names two, or speaks of every zone: 各)
                zone = page_zone(view, name[: -len(body)])
                if zone is not None and not view.article.text.endswith(("各", "全", "等"), 0, view.mentions[i].start):
                    out.append(fact("located_in", i, zone, None, k, "zone_body"))
                continue
            if body is None or not (name[: -len(body)].endswith(heads) or _named_area(name[: -len(body)])):
                continue
            if any(t in name[: -len(body)] for t in lexicon().titles if len(t) >= 3):
                continue  # a run-on name ("某市政府副市长|某开发区党工委", real-pages-28 d04): no zone of it
            start, end = view.mentions[i].start, view.mentions[i].end - len(body)
            tail = view.add_place(start, end, None, "zone_body")
            out.append(fact("located_in", i, tail, None, k, "zone_body"))
    return out
