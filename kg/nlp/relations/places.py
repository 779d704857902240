"""Helpers about places that rules of several families read: parks and zones, chains of
places written back to back, what a page places in a county (a company, a project). The
divisions a name carries are read in :mod:`kg.nlp.relations.name_divisions`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities import gazetteer_regex
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.view import ArticleView, triggers


def is_park(view: ArticleView, i: int) -> bool:
    """A park, zone or base that things lie in, whether tagged a place or a project."""
    m = view.mentions[i]
    return m.label in ("PLACE", "PROJECT") and view.text(i).endswith(tuple(triggers()["located_in"]["park_heads"]))


def route_end(view: ArticleView, i: int) -> bool:
    """Mention ``i`` is a park a link road runs out from ("某某园区|西南向联外道路工程"): the text
    after it names the road, which lies neither in the park nor puts the park where it lies."""
    return is_park(view, i) and _route_link().match(view.article.text, view.mentions[i].end) is not None


@cache
def _route_link() -> re.Pattern[str]:
    """A link road's words, after an optional bearing ("西南向联外", "连接线"): made once, matched
    where the park ends (not on a copy of the rest of the article)."""
    table = triggers()["located_in"]
    links = "|".join(map(re.escape, table["route_links"]))
    return re.compile(rf"{table['route_bearing']}(?:{links})")


def with_park_prefix(view: ArticleView, chain: list[int]) -> list[int]:
    """The chain and the zone a park of it is named after: "晋中经开区装备制造产业园" is in
    晋中经开区 too (a zone, not a division: those are left to the gazetteer's hierarchy)."""
    out = list(chain)
    for j in chain:
        prefix = view.mentions[j].attrs.get("place_prefix")
        if prefix is not None and view.division(prefix) is None and is_park(view, prefix) and prefix not in out:
            out.append(prefix)
    return out


def place_chain(view: ArticleView, k: int, pos: int) -> list[int]:
    """The places written back to back from ``pos`` on, outermost mentions: "屯留区|康庄工业园区",
    "阳曲县|泥屯镇" (each a division, a place with a head word, or a park)."""
    # The outermost place starting at each offset of the sentence, found once per sentence
    # (and again when a mention is added): a chain of n places is then n steps, not n scans
    # of the sentence's mentions, which made coordinated lists of places cubic.
    cached = view.__dict__.setdefault("_place_starts", {})
    stamp = (len(view.mentions), len(view.by_sentence[k]))
    if k not in cached or cached[k][0] != stamp:
        starts: dict[int, int] = {}
        for j in view.by_sentence[k]:
            # a river is beside what the chain places, not around it ("位于某县某河口东侧")
            if (view.is_place_name(j) or is_park(view, j)) and view.mentions[j].attrs.get("head") != "water":
                m = view.mentions[j]
                if m.start not in starts or m.end > view.mentions[starts[m.start]].end:
                    starts[m.start] = j
        cached[k] = (stamp, starts)
    starts = cached[k][1]
    out: list[int] = []
    while pos in starts:
        j = starts[pos]
        out.append(j)
        pos = view.mentions[j].end
    return out


def listed_places(view: ArticleView, k: int, j: int) -> list[int]:
    """The places listed after the place ``j`` that end in its own head word: "某某镇|大坪村、
    金塘村和集真村" (金塘村, 集真村), the siblings the town before the first one holds too. The
    list ends at a place of another kind or one that opens a chain of its own ("…、某某乡|某村").
    """
    p = lexicon().patterns["place"]
    heads = sorted((*p["village_heads"], *p["town_heads"]), key=len, reverse=True)
    head = next((h for h in heads if view.text(j).endswith(h)), None)
    if head is None:
        return []
    text = view.article.text
    out, prev = [], view.mentions[j].end
    while text[prev : prev + 1] in ("、", "和", "及", "与") and prev + 1 < len(text):
        chain = place_chain(view, k, prev + 1)
        if len(chain) != 1 or not view.text(chain[0]).endswith(head):
            break
        out.append(chain[0])
        prev = view.mentions[chain[0]].end
    return out


def zone_opening(view: ArticleView, i: int, end: int) -> int | None:
    """The zone that a place ending at ``end`` opens inside the name ``i`` ("长子|经开区|绿色…项目"),
    as a place mention (added when the entity stage kept none), or None."""
    m = view.mentions[i]
    text = view.article.text
    parks = sorted(triggers()["located_in"]["park_heads"], key=len, reverse=True)
    # The longest head that opens there: "某县产业园区" is the park itself, no zone "某县产业园" in it.
    head = next((h for h in parks if text.startswith(h, end)), None)
    if head is None or end + len(head) >= m.end or m.label == "PLACE":
        return None
    z = view.add_place(m.start, end + len(head), None, "place_prefix")
    view.mentions[z].attrs["head"] = head
    return z


def can_contain(view: ArticleView, outer: int, inner: int) -> bool:
    """``outer`` may hold ``inner``: a division lies only in a division above it. Two names
    side by side are no containment when the second is a division and the first is a road or
    a district of it: "长城一号旅游公路|天镇县段" (a stretch of the road), "云州区|大同黄花专业镇"
    (the city's name opens the town's name)."""
    if _is_river(view, outer) and _is_river(view, inner):
        return False  # "某河|某江": two rivers side by side, neither holds the other
    d_in = view.division(inner)
    if d_in is None:
        return True
    d_out = view.division(outer)
    return d_out is not None and load_gazetteer().holds(d_out, d_in)


def _is_river(view: ArticleView, i: int) -> bool:
    """Whether mention ``i`` is a river: found as one (``place.waters``), or no division and
    ending in a river's head ("某某河" the tagger read as a place)."""
    if view.mentions[i].attrs.get("head") == "water":
        return True
    heads = tuple(lexicon().patterns["place"]["waters"]["heads"])
    return view.division(i) is None and view.text(i).endswith(heads)


def division_after_prefix(view: ArticleView, i: int, prefix: int) -> tuple[int, int, Division] | None:
    """The division named right after the province or city that opens a park's name, by its
    full or short form: "浙江|遂昌|工业园区", "昆明|晋宁|工业园区" (the park lies in that county,
    which lies in the place before it). Only a division inside the opening place counts (a
    brand after a province is no county of it), and a park's head must follow it.
    """
    m, pm = view.mentions[i], view.mentions[prefix]
    outer = view.division(prefix)
    if outer is None or outer.level == "county" or pm.start != m.start or not is_park(view, i):
        return None
    rest = view.article.text[pm.end : m.end]
    g = gazetteer_regex().match(rest)
    if not g or len(g.group(0)) < 2 or len(rest) - g.end() < 2:
        return None
    if not rest[g.end() :].endswith(tuple(triggers()["located_in"]["park_heads"])):
        return None
    for d in load_gazetteer().lookup(g.group(0)):
        if d.code != outer.code and within(d, outer):
            return pm.end, pm.end + g.end(), d
    return None


def visiting_group(view: ArticleView, i: int) -> bool:
    """A group sent out from a place and named after it ("某县代表团", "某市考察团"): the name
    says where its people come from, not where the group is (it travels)."""
    return view.mentions[i].label == "ORG" and view.text(i).endswith(tuple(triggers()["located_in"]["visiting_groups"]))


def stationed_at(view: ArticleView, i: int) -> tuple[int, int, Division] | None:
    """The place a government's office is kept in, named after 驻 in the office's name
    ("某市政府驻北京办事处" -> 北京, by its full or short form, or by a one-character form:
    "中央政府驻港联络办公室" -> 香港): the office is there, not in the owner's place that opens
    its name. ``None`` for any other name."""
    conf = triggers()["located_in"]
    m = view.mentions[i]
    name = view.text(i)
    if m.label != "ORG" or not name.endswith(tuple(conf["stationed_bodies"])):
        return None
    for mark in conf["stationed_marks"]:
        at = name.find(mark, 1)
        one = conf["stationed_short_forms"].get(name[at + len(mark)]) if 0 < at < len(name) - 1 else None
        found = [d for d in load_gazetteer().lookup(one) if d.name == one] if one else []
        if found:
            return m.start + at + len(mark), m.start + at + len(mark) + 1, found[0]
        g = gazetteer_regex().match(name, at + len(mark)) if at > 0 else None
        if g is None or len(g.group(0)) < 2:
            continue
        found = load_gazetteer().lookup(g.group(0))
        if found:
            return m.start + g.start(), m.start + g.end(), found[0]
    return None


def region_body(view: ArticleView, i: int) -> bool:
    """A public body (no firm) named like a region's own ("澳门贸易投资促进局", "新疆自治区党委"):
    the province or region its name opens by a short form is where it is, as for "山西日报"."""
    if view.mentions[i].label != "ORG" or is_company(view, i):
        return False
    return view.text(i).endswith(tuple(triggers()["located_in"]["region_body_heads"]))


def party_opening(view: ArticleView, i: int) -> int:
    """Where a body's own name starts after the party's name opening it ("中共|某县委", "民盟|某市
    委会"): the place after it prefixes the body as in "某县委". The mention's start otherwise,
    also when no division follows the party's short name ("民建村委会" is a village's body)."""
    m = view.mentions[i]
    if m.label != "ORG":
        return m.start
    name = view.text(i)
    party = next((w for w in triggers()["located_in"]["party_openings"] if name.startswith(w)), "")
    if party and not gazetteer_regex().match(name[len(party) :]):
        return m.start
    return m.start + len(party)


def party_in_prefix(view: ArticleView, i: int) -> bool:
    """The place the entity stage found opening the body's name swallows the party's name
    ("中共镇|坪县委" read as a town 中共镇): no place of the name, the one after the party is."""
    prefix = view.mentions[i].attrs.get("place_prefix")
    return prefix is not None and view.mentions[prefix].start < party_opening(view, i)


def within(d: Division, container: Division) -> bool:
    """``d`` is ``container`` or lies inside it."""
    return d.code == container.code or load_gazetteer().holds(container, d)


def named_after_place(view: ArticleView, i: int) -> bool:
    """A university or college: its place is part of its name, not a statement of where it is
    (浙江大学, 中国人民大学), also a part of one named after it (浙江大学紫金港校区)."""
    m = view.mentions[i]
    words = tuple(triggers()["located_in"]["named_after_place"])
    if view.article.text[m.start : m.end].endswith(words):
        return True
    prefix = m.attrs.get("place_prefix")
    return prefix is not None and view.article.text.startswith(words, view.mentions[prefix].end)


def is_company(view: ArticleView, i: int) -> bool:
    m = view.mentions[i]
    return m.label == "ORG" and view.article.text[m.start : m.end].endswith(
        tuple(triggers()["located_in"]["company_heads"])
    )


def placeable(view: ArticleView, i: int, in_slot: bool = False) -> bool:
    """What a page places in a county or city: a company, a project that is not itself a
    location slot (unless ``in_slot``: "在山西同昇…公司总装车间内" names a company where
    something happens, still a company of the city), a named site (a place with a head word
    that is no division)."""
    m = view.mentions[i]
    if m.attrs.get("nested") or (in_location_slot(view, i) and not in_slot) or view.in_title(i):
        return False
    if m.label == "PROJECT":
        return True
    if m.label == "PLACE":
        return bool(m.attrs.get("head")) and view.division(i) is None
    return is_company(view, i)


def in_location_slot(view: ArticleView, i: int) -> bool:
    """The mention stands where a location goes: right after 位于/落户/坐落于/在/入驻…."""
    words = tuple(triggers()["located_in"]["triggers"]) + tuple(triggers()["located_in"]["slot"])
    return view.article.text.endswith(words, 0, view.mentions[i].start)


def last_company(view: ArticleView, before: int, ending: str = "") -> int | None:
    """The company whose name ends last before ``before`` (what a bare 公司 / 合作社 refers to);
    with ``ending``, the last whose name ends so ("合作社理事长X": the last 合作社)."""
    named = [
        o
        for o, mo in enumerate(view.mentions)
        if mo.end <= before and not mo.attrs.get("nested") and is_company(view, o) and view.text(o).endswith(ending)
    ]
    return max(named, key=lambda o: view.mentions[o].end) if named else None


def list_after(view: ArticleView, k: int, head: int, labels: tuple[str, ...]) -> list[int]:
    """The names coordinated after ``head`` in its sentence: "A、B和C等" (B and C)."""
    text = view.article.text
    out, prev = [], view.mentions[head].end
    for i in sorted(view.of_type(k, *labels), key=lambda x: view.mentions[x].start):
        m = view.mentions[i]
        if m.start < prev or m.attrs.get("nested"):
            continue
        # An item the entity stage did not keep may stand between: "A、某某电子陶瓷、C".
        if not re.fullmatch(r"[、和及与](?:[\u4e00-\u9fffA-Za-z]{2,12}[、和及与])?", text[prev : m.start]):
            break
        out.append(i)
        prev = m.end
    return out


def place_opening(text: str, start: int, end: int) -> re.Match[str] | None:
    """The gazetteer match that opens the name ``text[start:end]`` but is not all of it
    ("浙江|某某集团", "某县|某某项目"); None when no place opens it or the place is the whole name.

    >>> place_opening("山西某某项目", 0, 6).group(0), place_opening("山西", 0, 2)
    ('山西', None)
    """
    g = gazetteer_regex().match(text, start, end)
    return g if g and g.end() < end else None


def towns_after_prefix(view: ArticleView, k: int, i: int, prefix: int) -> list[int]:
    """The counties, towns and villages that follow the place opening the name ``i`` inside it
    ("某县|某镇|某村|蔬菜基地", "某市|某乡|戈壁农业示范工程", "某市|某县|风能开发项目"): the
    name lies in each of them too, the innermost named last (the chain of places itself is read
    by the pairs of places before the name). A division counts only inside the one before it:
    "某市|某区|…" of another city is a brand or a route's end, not a county of the city."""
    place = lexicon().patterns["place"]
    heads = tuple(place["town_heads"]) + tuple(place["village_heads"])
    end, stop = view.mentions[prefix].end, view.mentions[i].end
    towns: list[int] = []
    outer = view.division(prefix)
    while True:
        j = next(
            (
                x
                for x in view.by_sentence[k]
                if view.mentions[x].start == end and view.mentions[x].end < stop and view.mentions[x].label == "PLACE"
            ),
            None,
        )
        if j is None or not view.is_place_name(j):
            return towns
        d = view.division(j)
        if d is not None:
            if outer is None or d.code == outer.code or not within(d, outer):
                return towns
            outer = d
        elif not view.text(j).endswith(heads):
            return towns
        towns.append(j)
        end = view.mentions[j].end
