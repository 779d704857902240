"""``located_in`` read off what is written inside a name: a division the entity stage did not
split off ("大同某某集团", "某某科技(辽宁)有限公司…项目"), a park or zone opening a company's or a
project's name. Split from :mod:`~kg.nlp.relations.located_names` (the places before a name).
"""

from __future__ import annotations

import re

from kg.nlp.entities import gazetteer_regex
from kg.nlp.entities.place_forms import class_of_places
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.event_names import in_event_name
from kg.nlp.relations.far_prefix import far_in_name
from kg.nlp.relations.located_body_prefix import opening_body_place
from kg.nlp.relations.located_cut import branch_facts
from kg.nlp.relations.located_names import builds_the_place
from kg.nlp.relations.name_divisions import city_opening_company, divisions_in_name
from kg.nlp.relations.places import (
    is_company,
    is_park,
    named_after_place,
    party_in_prefix,
    party_opening,
    region_body,
    visiting_group,
    within,
    zone_opening,
)
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.nlp.words import CJK_CHAR


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
    """A division inside a name that the entity stage did not split off: "大同某某集团",
    "某某集团大同某某有限公司", "北京某某医药科技有限公司". Chinese company names carry
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
            builds = prefix is not None and builds_the_place(view, i, prefix)
            prefixed = prefix is not None and not party_in_prefix(view, i) and not builds
            if prefixed or (m.attrs.get("nested") and not in_event_name(view, k, i)) or view.division(i):
                continue
            if opening_body_place(view, i) is not None:
                continue  # "延庆|县委": placed by ``place_prefix`` in the place its name opens with
            if m.label == "PLACE" and not m.attrs.get("head"):
                continue
            branch = branch_facts(view, k, i, "place_in_name")  # "工商银行|某县|支行"
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
                if m.attrs.get("shared_head") and view.article.text[end : end + 1] == "、":
                    continue  # "东区|、南区污水处理厂…项目": one of the parts it spans (entities/shared_heads.py)
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
                if province_in_project_name(view, i, d) or far_in_name(view, i, d):
                    continue
                tail = view.add_place(start, end, d, "place_in_name")
                out.append(fact("located_in", i, tail, None, k, "place_in_name"))
    return out


def province_in_project_name(view: ArticleView, i: int, d: Division) -> bool:
    """True where a province (or a municipality or region of that level) written inside a
    project's name would place the project: it names the firm that invests ("某某汽车|长沙项目",
    "某某科技(辽宁)有限公司|新型储能…项目", "某某(湖北)精密机械制造项目"), not the site, which
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
            opened = opening_park(view, i)
            if opened is None:
                continue
            end, head = opened
            park = view.add_place(m.start, end, None, "park_in_name")
            view.mentions[park].attrs["head"] = head
            if m.label == "ORG" or (m.label == "PROJECT" and _firm_opens(view, i, end)):
                # the company's own name, and its project's ("某某园区|某某集团工业地产项目": the golds
                # name the firm's project from the firm, as prefixes.py does after a county)
                m.attrs.setdefault("without_place", text[end : m.end])
            # "某某产业园|建设项目", "某某工业园|基础设施提质扩容工程": the project builds the park, it
            # lies in no park (the park stays a place, which later rules may place)
            if not (m.label == "PROJECT" and re.fullmatch(rf"(?:{works})+(?:项目|工程)?", text[end : m.end])):
                out.append(fact("located_in", i, park, None, k, "park_in_name"))
    return out


def opening_park(view: ArticleView, i: int) -> tuple[int, str] | None:
    """The end and head word of a park or zone that opens the name of ``i`` and that the entity
    stage did not split off ("某某工业园区|某某米业有限公司", "某某园区|某某公司项目"): the first
    park head with at least two characters before it and a name of four or more after it."""
    text = view.article.text
    conf = triggers()["located_in"]
    heads = sorted(conf["park_heads"], key=len, reverse=True)
    companies = tuple(conf["company_heads"])
    m = view.mentions[i]
    for p in range(m.start + 2, m.end - 4):
        head = next((h for h in heads if text.startswith(h, p)), None)
        if head is None:
            continue
        opening = text[m.start : p]
        if re.search(r"[、，,和与及的]", opening) or opening.endswith(companies):
            return None
        end = p + len(head)
        if m.end - end < 4 or class_of_places(text[m.start : end]) or not CJK_CHAR.match(text, end):
            return None  # "某市开发首座微型工业区─某某产业园区" is no park of the name
        if re.fullmatch(conf["park_phase"], text[end : m.end]):
            return None  # "某某产业园|二期项目": the park's own phase, not a project in the park
        return end, head
    return None


def _firm_opens(view: ArticleView, i: int, end: int) -> bool:
    """Whether the project ``i`` opens with its investor firm (``org_prefix``) and the park that
    ends at ``end`` opens the firm's name: the firm's project, named after the firm."""
    org = view.mentions[i].attrs.get("org_prefix")
    if org is None:
        return False
    o = view.mentions[org]
    return (
        o.start == view.mentions[i].start
        and end < o.end
        and view.text(org).endswith(tuple(triggers()["located_in"]["company_heads"]))
    )
