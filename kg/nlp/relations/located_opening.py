"""``located_in`` of a project or a park whose name opens with a county's short form that the
article names nowhere in full: "某固光电显示新材料产业园" is in 某固 (某固县), "云南某定产业园区" in
某定, "某某物流集团某固多式联运物流园" in 某固.

Chinese news names a county's projects and parks by the county's short form (行政区划简称 +
字号/行业 + 园区/项目), and GUIDE.md scores the county, town or site that opens a project's or
site's name. :func:`~kg.nlp.relations.name_divisions.divisions_in_name` trusts a short form only where
the article or the paper names the division outright ("新华" in "新华书店" is no 新华区); a
project's or park's opening is a narrower place where a county's short form is its county:
the name is a project's or a park's; the short form is one county's alone in the gazetteer and
no ordinary word; it opens the name, alone, after the divisions that hold it (云南|某定) or, in
a project's name, after the company that builds it (某某集团|某固); it does not open a longer
place ("三江口", "某峰镇"), and the name does not run on past a park into another name; the
county is of the city the page names (a project's name may open with its company's brand, so
a project wants the page to name that city; a park, named after its place, only no other).

Taiwan's pages name a township's parks and projects so too ("埔里微型产业园区", "台中神冈丰洲科技
工业园区"): the gazetteer looks a township up by its full name only (a district's short form
is as often a common word: 中正, 信义), so a township's short form counts here where it opens
the name and the page names the township's county (or the name's own opening does: 台中|神冈).
"""

from __future__ import annotations

from kg.nlp.entities import gazetteer_regex
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.taiwan_townships import township_short_forms
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.gazetteer_taiwan import PROVINCE_CODE
from kg.nlp.relations.places import is_park
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def _taiwan_opening(
    view: ArticleView, i: int, pos: int, chain: list[Division], named: set[str]
) -> tuple[int, int, Division] | None:
    """The Taiwan township whose short form stands at ``pos`` of mention ``i``'s name, right
    after the divisions ``chain`` read there, when the page or that chain names its county."""
    name = view.text(i)
    forms = township_short_forms()
    gaz = load_gazetteer()
    for size in (3, 2):
        d = forms.get(name[pos : pos + size])
        if d is None:
            continue
        if any(x.code.startswith(PROVINCE_CODE) for x in gaz.lookup(name[pos : pos + size])):
            return None  # "南投": a county of Taiwan's own short form, which the county reading takes
        whole = gazetteer_regex().match(name, pos)
        if whole and whole.end() > pos + size:
            return None  # "南投县…": the opening is a division's own full name, read as such
        if d.name in _place_names(view):
            return None  # the township named in full: its short form is read after it (park_in_name)
        county = gaz.parent(d)
        if county is None or name[pos : pos + size] in lexicon().patterns["place"]["ordinary_short_forms"]:
            return None
        if chain and not all(gaz.holds(c, d) for c in chain):
            return None
        here = [gaz.divisions[c] for c in named if c in gaz.divisions] + chain
        if not any(x.code == county.code or gaz.holds(county, x) for x in here):
            return None  # no county of the township's on the page: a word of another sense
        if len(name) - pos - size < 4 or not _opening_fits(view, name, pos, pos + size, d.name):
            # (a three-character head alone after the form, "某野工业区", is left out: such a zone
            # may be named after a locality the township is named after, and real-pages-6's gold,
            # which scores no township there, holds the floor)
            return None
        return view.mentions[i].start + pos, view.mentions[i].start + pos + size, d
    return None


def _opening_fits(view: ArticleView, name: str, start: int, end: int, full: str) -> bool:
    """What follows the short form ``name[start:end]`` leaves it the opening of one name: no
    longer place it opens ("三江口", "某峰镇", or one the article names other than ``full``, its
    own full name), no park's name run on into another, no branch named after its parent first."""
    form, rest = name[start:end], name[end:]
    closers = tuple(triggers()["located_in"]["short_form_closers"])
    if len(rest) < 3 or name.endswith(tuple(triggers()["located_in"]["branch_parks"])):
        return False
    parks = triggers()["located_in"]["park_heads"]
    if any((p := rest.find(h)) >= 0 and p + len(h) < len(rest) - 1 for h in parks):
        return False
    if rest.startswith(closers):
        return False
    return not any(x != full and x.startswith(form) and x[len(form) :].startswith(closers) for x in _place_names(view))


def _opening_short_form(view: ArticleView, i: int, named: set[str]) -> tuple[int, int, Division] | None:
    """The county whose short form opens mention ``i``'s name, as ``(start, end, division)``."""
    m = view.mentions[i]
    name = view.text(i)
    gaz = load_gazetteer()
    ordinary = set(lexicon().patterns["place"]["ordinary_short_forms"])
    companies = tuple(triggers()["located_in"]["company_heads"])
    chain: list[Division] = []
    pos = 0  # where the divisions read so far at the opening end
    taiwan = _taiwan_opening(view, i, 0, chain, named)
    if taiwan is not None:
        return taiwan
    for g in gazetteer_regex().finditer(name):
        found = gaz.lookup(g.group(0))
        # What may stand before the short form: nothing, the divisions just read (云南|某定), or in
        # a project's name the company that builds it (某某集团|某固).
        if not (g.start() == pos or (m.label == "PROJECT" and name[: g.start()].endswith(companies))):
            return None
        if len(found) != 1:
            return None
        d = found[0]
        if d.name == g.group(0) or d.level != "county":
            chain.append(d)  # a full name or a city's or province's form: the chain goes on
            pos = g.end()
            taiwan = _taiwan_opening(view, i, pos, chain, named)
            if taiwan is not None:
                return taiwan  # "台中|神冈丰洲科技工业园区"
            continue
        if chain and not all(gaz.holds(c, d) for c in chain):
            return None
        if g.group(0) in ordinary or d.code in named or len(name) - g.end() < 3:
            return None
        rest, closers = name[g.end() :], tuple(triggers()["located_in"]["short_form_closers"])
        if name.endswith(tuple(triggers()["located_in"]["branch_parks"])):
            return None  # "某某谷|某安分园区": a branch is named after its parent park first
        parks = triggers()["located_in"]["park_heads"]
        if any((p := rest.find(h)) >= 0 and p + len(h) < len(rest) - 1 for h in parks):
            return None  # "某宁工业园某空工业区": a park's name run on into another name
        if rest.startswith(closers):
            return None  # "三江口", "某峰镇", "某江河": a longer place the short form opens
        if any(x.startswith(g.group(0)) and x[len(g.group(0)) :].startswith(closers) for x in _place_names(view)):
            return None  # "某山镇" named in the article: the short form is that town's
        nxt = gazetteer_regex().match(rest)
        if nxt and not any(gaz.holds(d, x) for x in gaz.lookup(nxt.group(0))):
            return None  # "巴州|尉犁县": a chain whose next division the short form's does not hold
        if not _on_the_page(d, named, shown=not is_park(view, i)):
            # A county of another city than the page's; and a project's name, which may open
            # with its company's brand (字号) as well, wants the page to name the county's city.
            return None
        return m.start + g.start(), m.start + g.end(), d
    return None


def _place_names(view: ArticleView) -> set[str]:
    """The names of the article's place mentions as written."""
    return {view.text(j) for j, mj in enumerate(view.mentions) if mj.label == "PLACE"}


def _on_the_page(d: Division, named: set[str], shown: bool = False) -> bool:
    """The page names ``d``'s city or a division of that city, or (unless ``shown`` is asked
    for) no division at all: a county of another city than the page's is no reading of a short
    form ("东风" in a brand's name on a page of another city is no 东风区)."""
    gaz = load_gazetteer()
    city = gaz.parent(d)
    here = [gaz.divisions[c] for c in named if c in gaz.divisions]
    if not here:
        return not shown
    return city is not None and any(x.code == city.code or gaz.holds(city, x) for x in here)


@rule("county_short_opening")
def county_short_opening(view: ArticleView) -> list[RawRelation]:
    """A project or a park named with a county's short form at its opening is in that county."""
    out = []
    named = set(view.named_divisions)  # (read outright: place_in_name places those)
    for k, _sent in enumerate(view.article.sentences):
        for i in list(view.of_type(k, "PROJECT", "PLACE")):
            if view.mentions[i].label == "PLACE" and not is_park(view, i):
                continue
            if view.in_title(i):
                continue
            found = _opening_short_form(view, i, named)
            if found is None:
                continue
            start, end, d = found
            tail = view.add_place(start, end, d, "county_short_opening")
            out.append(fact("located_in", i, tail, None, k, "county_short_opening"))
    return out
