"""Prefixes: the places and companies that open a longer name are mentions of their own."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import SOURCE_RANK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.plausible import plausible
from kg.nlp.entities.shapes import _is_generic
from kg.normalize import to_simplified


def prefix_mentions(
    text: str,
    chosen: list[Candidate],
    starts: dict[int, list[Candidate]],
    ends: dict[int, list[Candidate]],
) -> list[Candidate]:
    """Nested mentions for the prefixes of the chosen mentions.

    A place that starts a longer name ("广灵县|御鑫隆再生资源有限公司") or an organisation
    that starts a project name ("南京电气电力工程有限公司|新能源…项目") is kept as a nested
    mention, referenced from the outer one by ``attrs["place_prefix"]`` /
    ``attrs["org_prefix"]`` (the nested candidate itself; the caller turns it into an index).
    ``starts`` / ``ends``: the candidates by start and by end.
    """
    nested: list[Candidate] = []
    for c in chosen:
        pos = c.start
        for label, key in (("PLACE", "place_prefix"), ("ORG", "org_prefix")):
            # The tagger alone does not make a prefix a place: "大同锡|纯半导体…项目" is a company's name.
            inner = [
                x
                for x in starts.get(pos, ())
                if x.label == label
                and x.end < c.end
                and plausible(text, x)
                and (
                    label != "PLACE"
                    or x.source != "statistical"
                    or _town_opens_park(text, x, c)
                    or _site_opens_project(text, x, c)
                    # the place that names a park with its trade ("某某湾|精细化工园区": trade_zones.py)
                    or c.attrs.get("head") == "trade_zone"
                )
                # nor a division inside a Taiwan village's listed name ("重庆|里" is no 重庆市)
                and not (label == "PLACE" and c.attrs.get("listed_village"))
                # nor the first of a list's labelled parts ("东区|、南区污水处理厂…项目": shared_heads.py),
                # one of the parts the project spans, not the place it stands in
                and not (label == "PLACE" and c.attrs.get("shared_head") and text[x.end : x.end + 1] == "、")
                # nor a division's short form inside its own name under the level word it had
                # before a reform: "旬阳|县" (now 旬阳市) is one county, not a place in another
                # (a full name before the word stays: "泸县|县情" is a tagger's run-on)
                and not (
                    label == "PLACE"
                    and c.label == "PLACE"
                    and text[x.end : c.end] in lexicon().patterns["place"]["old_level_heads"]
                    and not text[x.start : x.end].endswith(text[x.end : c.end])
                )
                # nor a company's name only as the start of its project's ("海博夏初|储能装备产业园项目")
                and (
                    label != "ORG"
                    or text[x.start : x.end].endswith(lexicon().org_suffixes)
                    or x.attrs.get("head") in ("national", "declared")
                    or x.attrs.get("firm_plant")  # "某承实业|某地新厂": the firm of its plant (firm_plants.py)
                )
                # nor the facility that the project builds ("某某科创中心|项目", "某县某某中学|建设项目")
                and not (label == "ORG" and c.label == "PROJECT" and built_facility(text, x, c))
                # nor a place built by the project ("某某水库|项目") or a river opening its basin ("某河|流域")
                and not (label == "PLACE" and (built_place(text, x, c) or river_of_basin(text, x, c)))
                # nor a site read inside such a park ("某某(某县)石窟|数字展示中心|项目"); a division stays
                and not (label == "PLACE" and x.source != "gazetteer" and _inside_built_park(text, x, c, starts))
            ]
            if label == "PLACE" and c.label == "PROJECT" and inner:
                # "内蒙古某某电池有限公司|年产…项目": a place that starts the company's name
                # belongs to the company, which is the project's prefix.
                whole = [
                    x
                    for x in starts.get(pos, ())
                    if x.label == "ORG"
                    and x.end < c.end
                    and plausible(text, x)
                    and text[x.start : x.end].endswith(lexicon().org_suffixes)
                    # not a zone the tagger ran into the company ("新荣经开区|南京…有限公司")
                    and not any(y.label == "ORG" and y.start > pos for y in ends.get(x.end, ()))
                    and not built_facility(text, x, c)  # nor the facility it builds ("某县某某中学|建设项目")
                ]
                if whole:
                    org = max(whole, key=lambda x: x.length)
                    o = Candidate(org.start, org.end, "ORG", org.source, org.score, dict(org.attrs, nested=True))
                    nested.append(o)
                    c.attrs["org_prefix"] = o
                    p = max(inner, key=lambda x: (x.length, SOURCE_RANK[x.source]))
                    pn = Candidate(p.start, p.end, p.label, p.source, p.score, dict(p.attrs, nested=True))
                    nested.append(pn)
                    o.attrs["place_prefix"] = pn
                    # "某市|某某镇|某某村委会|生产基地项目": the town after the city is a mention too
                    chain = _chained_places(text, starts, pn.end, org)
                    nested += chain
                    # The firm and its project are named without the places too, as a firm or
                    # project chosen on its own is below ("某县|某某有限公司…项目": the golds name
                    # the firm from its own word, the county being where its plant stands).
                    _name_without_places(text, o, c, chain[-1].end if chain else pn.end)
                    break
            if not inner or (label == "ORG" and c.label != "PROJECT" and c.label != "ORG"):
                continue
            best = max(inner, key=lambda x: (x.length, SOURCE_RANK[x.source]))
            if label == "ORG" and c.label == "ORG":
                break  # a parent company prefix is not a place; leave it
            n = Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True))
            nested.append(n)
            c.attrs[key] = n
            rest_from = n.end
            if label == "PLACE":
                # "应县|大临河乡|20兆瓦光伏发电项目": the smaller places after the first are mentions too.
                chain = _chained_places(text, starts, n.end, c)
                nested += chain
                # (a town or village in full, not a city's short form that is part of the name:
                # "大同黄花专业镇")
                # (the sites the tagger alone reads stay in the project's own name: "某某村|海子塬设施农业园区")
                chain = [x for x in chain if x.source != "statistical"] if c.label == "PROJECT" else chain
                full = [
                    x for x in chain if x.attrs.get("admin_name") == text[x.start : x.end] or x.source != "gazetteer"
                ]
                if chain and full == chain and c.label == "PROJECT" and c.end - chain[-1].end >= 5:
                    rest_from = chain[-1].end  # the project's name without all its places
            if label == "PLACE" and c.label in ("ORG", "PROJECT") and c.end - n.end >= 3:
                rest = text[rest_from : c.end]
                # not "人民政府" for "长治市人民政府"; a province's chain before a body already named
                # its body (province_openings: "广东省汕头市|潮南区委", not "汕头市潮南区委")
                if not (c.label == "ORG" and _generic_body(rest)) and not c.attrs.get("province_chain"):
                    c.attrs["without_place"] = rest
            pos = n.end
    return nested


def _name_without_places(text: str, org: Candidate, project: Candidate, cut: int) -> None:
    """Give the firm ``org`` that opens ``project`` after places ending at ``cut`` its name
    without them (``without_place``, an alias of its entity), and the project too: not when the
    places run past the firm's name, nor when the rest is a generic body's name ("某市|人民医院"), as
    for an organisation chosen on its own (:func:`prefix_mentions`), nor over a name given before.

    >>> o, p = Candidate(0, 8, "ORG", "t", 0.6), Candidate(0, 12, "PROJECT", "t", 0.6)
    >>> _name_without_places("某县某某有限公司新建项目", o, p, 2)
    >>> o.attrs["without_place"], p.attrs["without_place"]
    ('某某有限公司', '某某有限公司新建项目')
    >>> o, p = Candidate(0, 7, "ORG", "t", 0.6), Candidate(0, 11, "PROJECT", "t", 0.6)
    >>> _name_without_places("某某市人民医院迁建项目", o, p, 3)
    >>> o.attrs, p.attrs
    ({}, {})
    """
    rest = text[cut : org.end]
    if len(rest) < 3 or _generic_body(rest):
        return
    for c in (org, project):
        c.attrs.setdefault("without_place", text[cut : c.end])


def _generic_body(name: str) -> bool:
    """Whether ``name`` ends in an organisation suffix and is a generic body's name ("人民政府",
    "人民医院"): no body's own name once the place before it is left off."""
    suffix = next((x for x in lexicon().org_suffixes if name.endswith(x)), "")
    return bool(suffix) and _is_generic(name, suffix, frozenset(lexicon().patterns["org"]["generic"]))


def _chained_places(text: str, starts: dict[int, list[Candidate]], pos: int, c: Candidate) -> list[Candidate]:
    """Places that follow one another from ``pos`` inside the longer name ``c`` (a township after
    its county), up to a facility the project ``c`` builds (:func:`built_place`)."""
    out = []
    end = c.end
    while True:
        nxt = [
            x
            for x in starts.get(pos, ())
            if x.label == "PLACE"
            and x.end < end
            # (a site the tagger alone reads only after a town or village: "某某镇|某某岛|旅游度假项目")
            and (x.source != "statistical" or (text[:pos].endswith(_small_heads()) and _site_opens_project(text, x, c)))
            and plausible(text, x)
        ]
        if not nxt:
            return out
        best = max(nxt, key=lambda x: x.length)
        if built_place(text, best, c):
            return out  # "某区|某某广场|提升改造项目": the square is what the project builds
        out.append(Candidate(best.start, best.end, best.label, best.source, best.score, dict(best.attrs, nested=True)))
        pos = best.end


def built_facility(text: str, x: Candidate, c: Candidate) -> bool:
    """Whether the organisation ``x`` that opens the project ``c`` is the facility the project
    builds rather than a body of its own: the project's name is the facility and a bare project
    head after it ("某某研发制造中心|项目", "某县某某中学|建设项目", "某某博物馆|项目"), and the facility
    is no firm ("某某有限公司|项目" names its investor). The gold names such a project only; a
    hospital that builds something of its own keeps its name ("某县中医院|新建项目"). A school, library
    or museum is the site its project builds on whatever the rest ("某某小学|扩建工程", "某县图书馆|改造":
    ``org.built_facility_schools``; the golds score no such name an organisation)."""
    org = lexicon().patterns["org"]
    name = text[x.start : x.end]
    if name.endswith(tuple(org["built_facility_schools"])):
        return True
    return text[x.end : c.end] in org["built_facility_rests"] and not name.endswith(tuple(org["firm_heads"]))


def built_place(text: str, x: Candidate, c: Candidate) -> bool:
    """Whether the place ``x`` that opens (or follows a place inside) the project ``c`` is the
    facility the project builds: a place of one of ``place.built_facilities.heads`` (a road, a
    square, a park, a reservoir, an airport) right before a bare project head of
    ``place.built_facilities.rests`` ("某某水库|项目", "某某路|改造工程", "某某高速公路|項目"). The
    golds name the project only; a zone or a natural site opening a project's name stays a place
    ("某某产业园|建设项目", "某某峡|博物馆项目").

    >>> built_place("甲乙水库项目", Candidate(0, 4, "PLACE", "head_words", 0.6, {"head": "水库"}),
    ...             Candidate(0, 6, "PROJECT", "head_words", 0.6))
    True
    >>> built_place("甲乙水库移民安置项目", Candidate(0, 4, "PLACE", "head_words", 0.6, {"head": "水库"}),
    ...             Candidate(0, 10, "PROJECT", "head_words", 0.6))
    False
    """
    p = lexicon().patterns["place"]["built_facilities"]
    return c.label == "PROJECT" and (
        (x.attrs.get("head") in p["heads"] and to_simplified(text[x.end : c.end]) in p["rests"])
        or _built_park(text, x, c)
    )


def _inside_built_park(text: str, x: Candidate, c: Candidate, starts: dict[int, list[Candidate]]) -> bool:
    """Whether a longer place from ``x``'s start is a park the project ``c`` builds (:func:`_built_park`)."""
    return any(y.label == "PLACE" and y.end > x.end and _built_park(text, y, c) for y in starts.get(x.start, ()))


def _built_park(text: str, x: Candidate, c: Candidate) -> bool:
    """Whether the place ``x`` is a park, a resort or an exhibition centre that the project ``c``
    builds: its name ends in one of ``place.built_parks.heads`` / ``facility_heads`` and the rest of
    the project's name is a bare project head (``place.built_facilities.rests``), after a phase
    ("三期") or before a bracket the project's span ran into ("某某度假区|项目(涵盖旅游"). The general
    golds name such a project only (session 30); a park named alone elsewhere stays a place.

    >>> _built_park("甲乙食品工业园项目", Candidate(0, 7, "PLACE", "head_words", 0.6, {"head": "工业园"}),
    ...             Candidate(0, 9, "PROJECT", "head_words", 0.6))
    True
    >>> _built_park("甲乙新区建设项目", Candidate(0, 4, "PLACE", "head_words", 0.6, {"head": "新区"}),
    ...             Candidate(0, 8, "PROJECT", "head_words", 0.6))
    False
    """
    parks = lexicon().patterns["place"]["built_parks"]
    if not to_simplified(text[x.start : x.end]).endswith(tuple(parks["heads"] + parks["facility_heads"])):
        return False
    rest = re.split(r"[(（]", to_simplified(text[x.end : c.end]), maxsplit=1)[0]
    rest = re.sub(f"^{parks['phase']}", "", rest)
    return rest in lexicon().patterns["place"]["built_facilities"]["rests"]


def river_of_basin(text: str, x: Candidate, c: Candidate) -> bool:
    """Whether ``x`` is a river (``head == "water"``) that opens the basin ``c`` named whole
    ("黄河|流域" of 黄河流域, ``place.waters.basins``): the basin is the place the text speaks of.

    >>> river_of_basin("甲河流域", Candidate(0, 2, "PLACE", "head_words", 0.6, {"head": "water"}),
    ...                Candidate(0, 4, "PLACE", "statistical", 0.6))
    True
    """
    return (
        c.label == "PLACE"
        and x.attrs.get("head") == "water"
        and to_simplified(text[x.end : c.end]) in lexicon().patterns["place"]["waters"]["basins"]
    )


def _town_opens_park(text: str, x: Candidate, c: Candidate) -> bool:
    """A town or village the tagger alone reads, opening a park's or zone's name that is a place
    ("某某村|关联产业集中区", "某某镇|石膏新材料集中区": GUIDE.md names the park and the village it
    lies in): the village is a place of its own, unlike a word opening a company's name."""
    name = to_simplified(text[x.start : x.end])
    park = to_simplified(text[c.start : c.end])
    return (
        c.label == "PLACE"
        and len(name) >= 2
        and name.endswith(_small_heads())
        and park.endswith(tuple(lexicon().patterns["place"]["division_zone_heads"]))
    )


def _site_opens_project(text: str, x: Candidate, c: Candidate) -> bool:
    """A natural site the tagger alone reads (an island, a hill, a pass, a shoal: a short name
    ending in one of ``place.project_site_heads``), opening a project's name or following its
    town there ("某某洲|港口物流园项目", "某某镇|某某岛|旅游度假项目", "某山|生态修复项目"): GUIDE.md
    scores the local site that opens a project's name as a place (session 29, s29-place). The
    name must end as a project's does (``place.project_site_ends``): a site the tagger types a
    project ("某湾|赫哲族风景区") or a complex ("某山|生态文旅综合体") is not annotated so."""
    name = to_simplified(text[x.start : x.end])
    heads = tuple(lexicon().patterns["place"]["project_site_heads"])
    ends = tuple(lexicon().patterns["place"]["project_site_ends"])  # not "某山|生态文旅综合体", "某湾|风景区"
    # a phase in brackets after the head word is still a project's end ("某某沟|防洪工程(三期)")
    whole = re.sub(r"[(（][^()（）]*[)）]$", "", to_simplified(text[c.start : c.end]))
    return c.label == "PROJECT" and 2 <= len(name) <= 4 and name.endswith(heads) and whole.endswith(ends)


def _small_heads() -> tuple[str, ...]:
    """The heads of towns and villages (``place.town_heads`` and 村)."""
    return tuple(lexicon().patterns["place"]["town_heads"]) + ("村",)
