"""``located_in`` read off names: a place before a name or inside it as its prefix
("广灵县御鑫隆再生资源有限公司"), a zone's administrative committee, a division inside a name
the entity stage did not split off.
"""

from __future__ import annotations

import re

from kg.nlp.entities import gazetteer_regex
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places, is_zone_kind
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.event_names import in_event_name
from kg.nlp.relations.located_cut import branch_facts, cut_body_facts, mention_before
from kg.nlp.relations.located_listed import registered_province, shared_prefix_items
from kg.nlp.relations.name_divisions import city_opening_company, divisions_in_name
from kg.nlp.relations.places import (
    can_contain,
    division_after_prefix,
    is_company,
    is_park,
    listed_places,
    named_after_place,
    party_in_prefix,
    party_opening,
    place_chain,
    region_body,
    stationed_at,
    towns_after_prefix,
    visiting_group,
    within,
    zone_opening,
)
from kg.nlp.relations.province_names import short_province, short_province_in_name
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.nlp.words import CJK_CHAR


def _builds_the_place(view: ArticleView, i: int, place: int) -> bool:
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
                and not _builds_the_place(view, b, a)
                and not view.in_title(b)
                and not visiting_group(view, b)
                and can_contain(view, a, b)
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
            # "德阳银行什邡支行": in the branch's place, not its parent's; "开原|市委": in the place cut off
            cut = branch_facts(view, k, i, "place_prefix") if prefix is not None else cut_body_facts(view, k, i)
            if cut is not None:
                out.extend(cut)
                continue
            host = stationed_at(view, i)
            if host is not None:
                # "某市政府驻北京办事处": in the place it is kept in, not in its owner's.
                out.append(fact("located_in", i, view.add_place(*host, "place_prefix"), None, k, "place_prefix"))
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
                and not _builds_the_place(view, i, prefix)
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
            if body is None or not (name[: -len(body)].endswith(heads) or _named_area(name[: -len(body)])):
                continue
            if is_zone_kind(name[: -len(body)]):
                continue  # "开发区管委会": the kind alone names no one zone
            if any(t in name[: -len(body)] for t in lexicon().titles if len(t) >= 3):
                continue  # a run-on name ("某市政府副市长|某开发区党工委", real-pages-28 d04): no zone of it
            start, end = view.mentions[i].start, view.mentions[i].end - len(body)
            tail = view.add_place(start, end, None, "zone_body")
            out.append(fact("located_in", i, tail, None, k, "zone_body"))
    return out


def _park_operator(view: ArticleView, i: int, end: int) -> bool:
    """The company ``i`` is named "place + park head + company head" from ``end`` on ("香港|科技园|
    公司"): the park's operator, named after the park, no firm inside a zone its name opens
    (real-pages-23 f07: the gold places it in 香港 and makes no park 香港科技园 of it)."""
    if not is_company(view, i):
        return False
    parks = "|".join(map(re.escape, sorted(triggers()["located_in"]["park_heads"], key=len, reverse=True)))
    firms = "|".join(map(re.escape, triggers()["located_in"]["company_heads"]))
    return re.fullmatch(rf"(?:{parks})(?:{firms})", view.article.text[end : view.mentions[i].end]) is not None


@rule("place_in_name")
def place_in_name(view: ArticleView) -> list[RawRelation]:
    """A division inside a name that the entity stage did not split off: "大同金控集团",
    "中国重汽集团大同齿轮有限公司", "北京弘康源医药科技有限公司". Chinese company names carry
    the place of registration (行政区划 + 字号 + 行业 + 组织形式, the place also after the
    字号).
    """
    out = []
    media = tuple(triggers()["located_in"]["media_heads"])
    for k, _sent in enumerate(view.article.sentences):
        for i in list(view.of_type(k, "ORG", "PROJECT", "PLACE")):
            m = view.mentions[i]
            if m.label == "ORG" and m.attrs.get("place_prefix") is None and view.text(i).endswith(media):
                # "山西日报", "大同日报": a paper or station is named after its province or city, by
                # its short form too (a county's short form may be another word: 光明日报).
                g = gazetteer_regex().match(view.text(i))
                found = [d for d in load_gazetteer().lookup(g.group(0))] if g else []
                # A county by its short form only where the article names it (光明日报: no 光明区).
                found = [
                    d
                    for d in found
                    if d.name == g.group(0) or d.level in ("province", "city") or d.code in view.named_divisions
                ]
                # A site or app ("香港商报网") by a province's form only where the article names the
                # province outside the name (GUIDE: a province seen only inside a name is optional).
                web = not view.text(i).endswith(tuple(triggers()["located_in"]["paper_heads"]))
                found = [d for d in found if not web or d.level != "province" or d.code in view.named_divisions]
                if found and g.end() < len(view.text(i)) - 1:
                    tail = view.add_place(m.start, m.start + g.end(), found[0], "place_in_name")
                    out.append(fact("located_in", i, tail, None, k, "place_in_name"))
                    continue
            prefix = m.attrs.get("place_prefix")
            # "某某雕塑公园项目": a project that builds the place opening its name is not placed
            # there (``place_prefix``), but where that place's own name says it is.
            builds = prefix is not None and _builds_the_place(view, i, prefix)
            prefixed = prefix is not None and not party_in_prefix(view, i) and not builds
            if prefixed or (m.attrs.get("nested") and not in_event_name(view, k, i)) or view.division(i):
                continue
            if m.label == "PLACE" and not m.attrs.get("head"):
                continue
            branch = branch_facts(view, k, i, "place_in_name")  # "工商银行|什邡|支行"
            if branch is not None:
                out.extend(branch)
                continue
            if named_after_place(view, i) or visiting_group(view, i):
                continue
            org = m.attrs.get("org_prefix")
            # "中共|某省委": after the party's name a province opens the body's name as "某县" does,
            # and so it does a region's own body by its short form ("澳门|贸易投资促进局").
            opening = party_opening(view, i)
            found = divisions_in_name(view, i, provinces=opening > m.start or region_body(view, i))
            found = found or [c for c in [city_opening_company(view, i)] if c]
            # "重庆|北碚区|委宣传部": a body's name that opens with a chain of divisions is in the
            # innermost, which lies in the one before it.
            n = 1 if found and found[0][0] == opening and m.label == "ORG" and not is_company(view, i) else 0
            while n and n < len(found) and found[n][0] == found[n - 1][1] and within(found[n][2], found[n - 1][2]):
                n += 1
            if n > 1:
                inner = [view.add_place(a, b, d, "place_in_name") for a, b, d in found[:n]]
                out.append(fact("located_in", i, inner[-1], None, k, "place_in_name"))
                for a, b in zip(inner[1:], inner, strict=False):
                    out.append(fact("located_in", a, b, None, k, "place_in_name"))
                continue
            for start, end, d in found:
                # "长治宏泰光电科技有限公司年产5GW…项目": the company's place of registration is
                # not where its project is built.
                if org is not None and view.mentions[org].start <= start and end <= view.mentions[org].end:
                    # (unless the company's name ends before the county: "某某集团|某县|某大酒店项目")
                    opening = view.article.text[view.mentions[org].start : start]
                    heads = tuple(triggers()["located_in"]["company_heads"])
                    if not (m.label == "PROJECT" and d.level == "county" and opening.endswith(heads)):
                        continue
                # A company name carries its place after the brand, and so does a project its
                # county ("国家电投|灵丘|风电项目"); any other name only at its start.
                if start != opening and not is_company(view, i) and not (m.label == "PROJECT" and d.level == "county"):
                    continue
                z = zone_opening(view, i, end) if start == m.start and not _park_operator(view, i, end) else None
                if z is not None:
                    # "某县经开区绿色低碳智慧园区项目": the zone the county names opens the name; the
                    # project is in the zone, the zone in the county.
                    tail = view.add_place(start, end, d, "place_in_name")
                    out.append(fact("located_in", i, z, None, k, "place_in_name"))
                    out.append(fact("located_in", z, tail, None, k, "place_in_name"))
                    continue
                if province_in_project_name(view, i, d):
                    continue
                tail = view.add_place(start, end, d, "place_in_name")
                out.append(fact("located_in", i, tail, None, k, "place_in_name"))
    return out


def province_in_project_name(view: ArticleView, i: int, d: Division) -> bool:
    """True where a province (or a municipality or region of that level) written inside a
    project's name would place the project: it names the firm that invests ("上海大众|长沙项目",
    "某某科技(辽宁)有限公司|新型储能…项目", "汤荣(湖北)精密机械制造项目"), not the site, which
    the article gives at a county, town or zone (GUIDE: a province seen only inside a name is
    optional; the golds place such projects elsewhere). A park keeps its province
    ("湖南衡阳台湾工业园")."""
    return view.mentions[i].label == "PROJECT" and d.level == "province" and not is_park(view, i)


@rule("park_in_name")
def park_in_name(view: ArticleView) -> list[RawRelation]:
    """A park or zone that opens a company's or a project's name and that the entity stage did
    not split off ("某某工业园区某某米业有限公司" is in 某某工业园区), and a park opened by the short
    form of a town or county the article names in full ("某城工业园区" is in 某城镇 when the
    article names 某城镇). A park named after its places ("某市某某埠某某工业园") is the park the
    article also names without them ("某某工业园"): one entity.
    """
    text = view.article.text
    conf = triggers()["located_in"]
    heads = sorted(conf["park_heads"], key=len, reverse=True)
    companies = tuple(conf["company_heads"])
    levels = tuple(conf["towns"]) + tuple(conf["short_form_levels"])
    works = "|".join(map(re.escape, [*conf["builds_place"], *conf["park_works"]]))
    full: dict[str, int] = {}
    parks = {view.text(j) for j, mj in enumerate(view.mentions) if not mj.attrs.get("nested") and is_park(view, j)}
    for j, mj in enumerate(view.mentions):
        if mj.label == "PLACE" and not mj.attrs.get("nested") and view.text(j).endswith(levels):
            full.setdefault(view.text(j), j)
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in list(view.of_type(k, "ORG", "PROJECT", "PLACE")):
            m = view.mentions[i]
            name = text[m.start : m.end]
            if m.label == "PLACE" and m.attrs.get("place_prefix") is not None and is_park(view, i):
                # "某市某某埠某某工业园" and later "某某工业园": one park, named without its places.
                short = [x for x in parks if len(x) >= 4 and name.endswith(x) and x != name]
                if short:
                    m.attrs.setdefault("without_place", max(short, key=len))
            if m.attrs.get("place_prefix") is not None or view.in_title(i):
                continue
            if m.label in ("PLACE", "PROJECT") and not m.attrs.get("nested") and is_park(view, i):
                # "梅城工业园区" with 梅城镇 in the article: the short form opens the park's name
                # (a park the tagger called a project too: "梅城电子商务产业园").
                tail = None
                for short in range(2, 4):
                    tail = next((full[name[:short] + lv] for lv in levels if name[:short] + lv in full), None)
                    if tail is not None:
                        out.append(fact("located_in", i, tail, None, k, "park_in_name"))
                        break
                if m.label == "PLACE" or tail is not None:
                    continue
            if m.label == "PLACE":
                continue
            if m.label == "ORG" and not name.endswith(companies):
                continue
            # The first park head with at least two characters before it and a name after it.
            for p in range(m.start + 2, m.end - 4):
                head = next((h for h in heads if text.startswith(h, p)), None)
                if head is None:
                    continue
                opening = text[m.start : p]
                if re.search(r"[、，,和与及的]", opening) or opening.endswith(companies):
                    break
                end = p + len(head)
                if m.end - end < 4 or class_of_places(text[m.start : end]) or not CJK_CHAR.match(text, end):
                    break  # "某市开发首座微型工业区─某某产业园区" is no park of the name
                if re.fullmatch(conf["park_phase"], text[end : m.end]):
                    break  # "某某产业园|二期项目": the park's own phase, not a project in the park
                park = view.add_place(m.start, end, None, "park_in_name")
                view.mentions[park].attrs["head"] = head
                if m.label == "ORG":
                    m.attrs.setdefault("without_place", text[end : m.end])  # the company's own name
                # "某某产业园|建设项目", "某某工业园|基础设施提质扩容工程": the project builds the park, it
                # lies in no park (the park stays a place, which later rules may place)
                if not (m.label == "PROJECT" and re.fullmatch(rf"(?:{works})+(?:项目|工程)?", text[end : m.end])):
                    out.append(fact("located_in", i, park, None, k, "park_in_name"))
                break
    return out
