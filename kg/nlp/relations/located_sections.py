"""``located_in`` read off the layout and the divisions: a page organised by county headings,
divisions named in a row ("宁夏银川市兴庆区"), and the paper's own city ("我市").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.layout import BYLINE, CAPTION, HEADING, layout_patterns
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.located_in_names import opening_park
from kg.nlp.relations.name_divisions import divisions_in_name, foreign, names_above
from kg.nlp.relations.places import is_park, named_after_place, place_opening, placeable, within
from kg.nlp.relations.province_names import short_province_in_name
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, inside_mention, triggers


def _group_elsewhere(view: ArticleView, i: int) -> bool:
    """A group ("某某集团") whose name the words "落户我市" / "是我市…" do not follow: a
    conglomerate visiting, investing or hosting a venue is no firm of the city (s33-homecity;
    "企业家到我市考察" says where they went, not where the group is)."""
    m = view.mentions[i]
    conf = triggers()["located_in"]
    if m.label != "ORG" or not view.text(i).endswith(tuple(conf["group_heads"])):
        return False
    after = view.article.text[m.end : m.end + 8]
    return not any(after.startswith(v + h) for v in conf["group_in_city"] for h in conf["home_city"])


def _partner(view: ArticleView, i: int) -> bool:
    """The clause names the organisation as a partner: "与万达集团等龙头企业合作"."""
    m = view.mentions[i]
    text = view.article.text
    clause_start = max(text.rfind(c, 0, m.start) for c in ",。;!?\n") + 1
    clause_end = min((x for x in (text.find(c, m.end) for c in ",。;!?\n") if x >= 0), default=len(text))
    before, after = text[clause_start : m.start], text[m.end : clause_end]
    conf = triggers()["located_in"]
    if not any(w in after for w in conf["partner_after"]):
        return False
    if any(w in before for w in conf["partner_before"]):
        return True
    # "某某集团与我市合作的…项目": the body that works with the city is its partner, not in it.
    return any(after.startswith(w + h) for w in conf["partner_before"] for h in conf["home_city"])


def _section_sentence(view: ArticleView) -> int | None:
    """The heading sentence that opens a county section ("云冈区" alone on its line) among the
    headings before the article's text, if the article is one."""
    pattern = layout_patterns().section_heading
    found = None
    for k, s in enumerate(view.article.sentences):
        if s.kind != HEADING:
            break
        if pattern.match(s.text) and any(view.division(i) for i in view.of_type(k, "PLACE")):
            found = k
    return found


def _is_section(view: ArticleView) -> bool:
    return _section_sentence(view) is not None


@rule("section_heading")
def section_heading(view: ArticleView) -> list[RawRelation]:
    """A page organised by county: under the heading "云冈区" the article's projects and
    companies are in 云冈区 (not those that name another place, not the location slots).

    the heading states where the article is, not each fact.
    """
    art = view.article
    k0 = _section_sentence(view)
    if k0 is None:
        return []
    tail = next((i for i in view.of_type(k0, "PLACE") if view.division(i)), None)
    if tail is None:
        return []
    county = view.division(tail)
    out = []
    for k, sent in enumerate(art.sentences):
        if sent.kind in (BYLINE, CAPTION):
            continue
        for i in view.of_type(k, "PROJECT", "ORG"):
            # "长治市润农投资集团有限公司" under a 沁县 heading: a city company, not the county's.
            if placeable(view, i) and not foreign(view, i, county) and not names_above(view, i, county):
                out.append(fact("located_in", i, tail, None, k, "section_heading"))
    return out


@rule("divisions_in_sentence")
def divisions_in_sentence(view: ArticleView) -> list[RawRelation]:
    """A sentence that names a division right after the division it lies in ("宁夏银川市兴庆区",
    "某省甲市、乙市", "来乐山(沐川)投资"), or the paper's own city with its province
    ("我市主动服务全省…山西…"): located_in the nearest containing division so named. A county of the paper's city named
    apart from it, or beside 我市 / 全市, is not placed (outside knowledge, see below).

    The containment comes from the gazetteer; the fact is taken as read because the text
    writes the two places as a chain. Two divisions a sentence names apart ("某省……某县")
    are left to the inferred admin hierarchy: GUIDE annotates no containment known only
    from outside the text.
    """
    out = []
    gaz = load_gazetteer()
    for k, _sent in enumerate(view.article.sentences):
        # Not a place inside an event's or a body's name ("人到山西好风光"人才宣介…活动).
        places = [
            i
            for i in view.of_type(k, "PLACE")
            if view.division(i)
            and not _in_school_name(view, k, i)
            and not inside_mention(view, k, view.mentions[i].start, labels=("MEETING",))
            # A place inside a company's name ("内蒙古|聚能氢源科技有限公司") is where the
            # company was registered, not a place the sentence speaks of.
            and not inside_mention(view, k, view.mentions[i].start, labels=("ORG",))
            # Nor a province inside a project's name ("江苏|某科技电子产品生产项目", an outside
            # firm's project): the sentence does not say what lies in it.
            and not (
                view.division(i).level == "province"
                and inside_mention(view, k, view.mentions[i].start, labels=("PROJECT",))
            )
        ]
        home = _home_reference(view, k, paragraph=False) if view.home_city else None
        for i in places:
            d = view.division(i)
            named = {view.division(j).code: j for j in places if view.division(j).code != d.code}
            for anc in gaz.ancestors(d):
                if anc.code in named and (
                    # The paper's own city in its province is the page's context ("大同……山西省委").
                    # A county of the city is not: named apart from the city or beside 我市 / 全市
                    # ("全市……某县", "我市集中开工的…某县…项目") it is placed by outside knowledge,
                    # which the golds leave out (s34-lowprec: 22 false, 2 right, 35 optional).
                    view.home_city == d.name or _chained(view, named[anc.code], i, places)
                ):
                    # Not a county in a province written short in a park's name ("浙江|天台|工业
                    # 园区"): the province is only in the name (GUIDE: optional).
                    if not (d.level == "county" and short_province_in_name(view, k, named[anc.code])):
                        out.append(fact("located_in", i, named[anc.code], None, k, "divisions_in_sentence"))
                    break
        # "我市主动服务全省发展大局,…打造山西对接京津冀…": the paper's city, named as 我市, lies
        # in the province the same sentence names.
        if home is not None and view.mentions[home].attrs.get("nested"):
            home_div = view.division(home)
            for j in places:
                if home_div is not None and gaz.holds(view.division(j), home_div):
                    out.append(fact("located_in", home, j, None, k, "divisions_in_sentence"))
                    break
    return out


def _chained(view: ArticleView, outer: int, inner: int, places: list[int]) -> bool:
    """The text names ``outer`` and then ``inner`` with nothing but divisions and list words
    between them: "宁夏|银川市|兴庆区", "某省|甲市、|乙市", "乐山|(|沐川)". Containment is then
    stated, not known."""
    a, b = view.mentions[outer], view.mentions[inner]
    if a.end > b.start:
        return False
    gap = list(view.article.text[a.end : b.start])
    for j in places:
        m = view.mentions[j]
        for x in range(max(m.start, a.end), min(m.end, b.start)):
            gap[x - a.end] = ""
    return set("".join(gap)) <= set("".join(triggers()["located_in"]["chain_joiners"]))


def _in_school_name(view: ArticleView, k: int, i: int) -> bool:
    """The place is part of a university's name (浙江|大学)."""
    m = view.mentions[i]
    if view.article.text.startswith(tuple(triggers()["located_in"]["named_after_place"]), m.end):
        return True  # "浙江|大学紫金港校区": the school's name, whatever the mention around it ends in
    return any(
        view.mentions[j].start <= m.start and m.end <= view.mentions[j].end and named_after_place(view, j)
        for j in view.by_sentence[k]
        if j != i
    )


def _home_reference(view: ArticleView, k: int, paragraph: bool = True) -> int | None:
    """The paper's city as sentence ``k`` refers to it: a mention of the city itself
    ("助力大同构筑…"), else "我市"/"本市"/"全市" in the sentence or earlier in its paragraph
    (resolved to the home city and added as a mention); ``None`` otherwise."""
    if not view.home_city:
        return None
    div = next((d for d in load_gazetteer().lookup(view.home_city) if d.level == "city"), None)
    if div is None:
        return None
    for i in view.of_type(k, "PLACE"):
        d = view.division(i)
        if d is not None and d.code == div.code and not view.mentions[i].attrs.get("nested"):
            return i
    words = _home_city_words()
    text = view.article.text
    j = k
    while j >= 0:
        sent = view.article.sentences[j]
        # "全市残疾人运动会在平城区…": a word inside a name is part of the name, not a reference.
        m = next((x for x in words.finditer(sent.text) if not inside_mention(view, j, sent.start + x.start())), None)
        if m:
            return view.add_place(sent.start + m.start(), sent.start + m.end(), div, "home_city")
        if not paragraph or j == 0 or "\n" in text[view.article.sentences[j - 1].end : sent.start]:
            return None  # the paragraph starts here
        j -= 1
    return None


def _opens_with_other_province(view: ArticleView, i: int, home: Division) -> bool:
    """The name opens with another province or a special region, in full or short
    ("香港某某投资有限公司投资的…", "浙江某某集团与…"): a firm from there, no firm of the city."""
    m = view.mentions[i]
    g = place_opening(view.article.text, m.start, m.end)
    if not g:
        return False
    return any(d.level == "province" and not within(home, d) for d in load_gazetteer().lookup(g.group(0)))


def _opens_with_finer_place(view: ArticleView, i: int, home: Division) -> bool:
    """The name of ``i`` opens with a place inside the paper's city: a park or zone ("某某园区某公司
    项目", "某经济开发区某产业园区工程"), a town or village, or a county of the city. The name
    places it there (place_prefix, park_in_name, chain_prefix); the city is an outer level the
    golds leave out (real-pages-5 t09, -14 n11, -19 k08, -21 m08; s31-locin). A region or
    province opening the name ("晋北某基地", "山西某产业园") is no finer place."""
    prefix = view.mentions[i].attrs.get("place_prefix")
    if prefix is None:
        # a park the entity stage left inside the name (``park_in_name`` places it there)
        return view.mentions[i].label in ("ORG", "PROJECT") and opening_park(view, i) is not None
    if view.mentions[prefix].start != view.mentions[i].start:
        return False
    d = view.division(prefix)
    if d is not None:
        return d.code != home.code and within(d, home)
    heads = (*triggers()["located_in"]["towns"], *triggers()["located_in"]["villages"])
    return is_park(view, prefix) or view.text(prefix).endswith(heads)


@lru_cache(maxsize=1)
def _home_city_words() -> re.Pattern[str]:
    """The words that refer to the paper's city ("我市", "本市" …), in the order of ``relations.toml``."""
    return re.compile("|".join(map(re.escape, triggers()["located_in"]["home_city"])))


@rule("home_city")
def home_city(view: ArticleView) -> list[RawRelation]:
    """ "行走在我市各产业园区…在山西同昇新能源汽车有限公司…": what a sentence about 我市 places
    (companies, projects, named sites) is in the paper's city, unless its name says it is
    elsewhere, or in the county of the city that the sentence names on its own before it
    ("某县集中推进A项目、B项目…"). the sentence frames the fact rather than stating it. A group
    ("某某集团") is placed only when the words after its name say so ("某集团落户我市").
    A name another rule places in a finer place loses the fact once every rule ran
    (:mod:`~kg.nlp.relations.located_framed`).
    """
    out = []
    if not view.home_city:
        return out
    home_div = next((d for d in load_gazetteer().lookup(view.home_city) if d.level == "city"), None)
    if home_div is None or _is_section(view):
        return out  # under a county heading the county is the place to give
    for k, _sent in enumerate(view.article.sentences):
        heads = [
            i
            for i in view.of_type(k, "ORG", "PROJECT", "PLACE")
            if placeable(view, i, in_slot=True) and not _partner(view, i) and not named_after_place(view, i)
        ]
        heads = [i for i in heads if not _group_elsewhere(view, i)]
        # Roads, rivers and mountains run across cities: no city fact from the framing alone.
        heads = [
            i for i in heads if view.mentions[i].attrs.get("head") not in set(triggers()["located_in"]["not_framed"])
        ]
        # A name that places itself elsewhere or in a county of the city gives no city fact.
        heads = [
            i
            for i in heads
            if not any(d.code != home_div.code and not within(home_div, d) for _, _, d in divisions_in_name(view, i))
            and not _opens_with_other_province(view, i, home_div)
            and not _opens_with_finer_place(view, i, home_div)
        ]
        if not heads:
            continue
        tail = _home_reference(view, k)
        if tail is None:
            continue
        for i in heads:
            county = _county_before(view, k, i, home_div)
            out.append(fact("located_in", i, tail if county is None else county, None, k, "home_city"))
    return out


def _county_before(view: ArticleView, k: int, i: int, home: Division) -> int | None:
    """The county of the paper's city that sentence ``k`` names on its own before ``i``, the
    nearest: "某县集中推进A项目、B项目…", "与某某区签约X项目", "某县在A镇、B镇…举行": the
    sentence is about the county, so what it places is there, not only in the city (the golds
    give the county: real-pages-7 v05, -41 bc08 / bc11, -44 bf08). A county opening another
    name ("某县某某项目、X项目") is that name's place, not the sentence's."""
    start = view.mentions[i].start
    found = None
    for j in view.of_type(k, "PLACE"):
        m = view.mentions[j]
        if m.start >= start or m.attrs.get("nested") or inside_mention(view, k, m.start):
            continue
        d = view.division(j)
        if d is not None and d.level == "county" and within(d, home) and (found is None or m.start > found[0]):
            found = (m.start, j)
    return found[1] if found else None
