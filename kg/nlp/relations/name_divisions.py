"""The divisions a mention's name carries (灵丘县 in "灵丘县某某公司", 北京 in "北京某某科技有限公司")
and what they say about where the named thing lies: a name carrying a division outside or above
a page's county is no thing of that county (:func:`foreign`, :func:`names_above`).
"""

from __future__ import annotations

from kg.nlp.entities import gazetteer_regex
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.taiwan_villages import listed_village_names
from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.places import is_company, within
from kg.nlp.relations.view import ArticleView


def divisions_in_name(view: ArticleView, i: int, provinces: bool = False) -> list[tuple[int, int, Division]]:
    """Divisions named inside a mention's text, as ``(start, end, division)`` in the article.

    A full name (灵丘县, 大同市) counts anywhere in the name; a short form (大同, 灵丘) when
    the article or the paper names that division outright (it is the paper's city, or a
    mention in the article is that division): "新华" in "新华书店" is no 新华区. Provinces are
    left out (山西华阳碳材科技有限公司 names its province of registration, not a location),
    and so is a name that is nothing but the division's short form (the brand 阿里).
    """
    m = view.mentions[i]
    gaz = load_gazetteer()
    named = view.named_divisions
    out = []
    name = view.article.text[m.start : m.end]
    if name in listed_village_names():
        return []  # "重庆里", "长安里": a Taiwan village's own name, no 重庆市 inside it
    for g in gazetteer_regex().finditer(name):
        for d in gaz.lookup(g.group(0)):
            full = d.name == g.group(0) and len(d.name) >= 3
            region = _municipality(d) or _city_region(view, d)
            if (d.level == "province" and not provinces and not region) or g.end() - g.start() == len(name):
                continue  # a province prefix names where a company was founded, not where it is
            # A county of the paper's city by its short form, when a word ends with it: "阳高|服务器"
            # but not "华|阳高|性能" (华阳 高性能).
            home_county = _county_of_home(view, d) and m.start + g.end() in view.word_ends
            if full or d.code in named or d.name == view.home_city or home_county or region:
                out.append((m.start + g.start(), m.start + g.end(), d))
                break
    return out


def city_opening_company(view: ArticleView, i: int) -> tuple[int, int, Division] | None:
    """The city a company's name opens with by its short form, though the article names the
    city nowhere else: "某德海丝公司" is registered in 某德市 (行政区划 + 字号 + 组织形式). Only a
    prefecture-level city that no other division shares its short form with ("中山" is also
    大连's 中山区), not a short form that is an ordinary word (``place.ordinary_short_forms``),
    and a brand of two characters or more after it.
    """
    if not is_company(view, i):
        return None
    m = view.mentions[i]
    name = view.text(i)
    g = gazetteer_regex().match(name)
    if g is None or g.start() != 0:
        return None
    short, rest = g.group(0), name[g.end() :]
    found = load_gazetteer().lookup(short)
    p = lexicon().patterns["place"]
    if len(found) != 1 or found[0].level != "city" or found[0].name == short or short in p["ordinary_short_forms"]:
        return None
    if len(rest) < 4 or not "\u4e00" <= rest[0] <= "\u9fff" or rest.startswith(tuple(p["admin_heads"])):
        return None  # ("某州)股份有限公司": a cut name)
    if gazetteer_regex().match(rest):
        return None  # ("某德市…", "某德某县…": the chain's rules place those)
    return m.start, m.start + g.end(), found[0]


def _municipality(d: Division) -> bool:
    """A city at province level (北京市, 上海市): its name in a company's is a city's, as
    "北京某某医药科技有限公司" is a Beijing company."""
    return d.level == "province" and d.name.endswith("市")


def _city_region(view: ArticleView, d: Division) -> bool:
    """A special administrative region the article names outside the name (香港, 澳门: a
    city-region whose short form is its everyday name): the tuning golds place every body, site
    and local firm its name opens there, whatever the head word ("澳门海关", "澳门中华总商会",
    "香港科学园"; s27-loc). Where the article names it nowhere else it is a province seen only
    inside a name (GUIDE: optional; "香港商报网" on a Gansu page)."""
    return d.level == "province" and d.name.endswith("特别行政区") and d.code in view.named_divisions


def _county_of_home(view: ArticleView, d: Division) -> bool:
    """A county of the paper's own city: its short form is read in names without the article
    naming it (a Datong paper's "阳高" in "中联联志阳高服务器智造项目")."""
    if not view.home_city or d.level != "county":
        return False
    parent = load_gazetteer().parent(d)
    return parent is not None and parent.name == view.home_city


def foreign(view: ArticleView, i: int, anchor: Division) -> bool:
    """The mention names a place that is neither inside ``anchor`` nor around it
    (浙江省农发集团 under a 云州区 heading is no company of 云州区)."""
    return any(
        not within(anchor, d) and not within(d, anchor) for _, _, d in divisions_in_name(view, i, provinces=True)
    )


def names_above(view: ArticleView, i: int, anchor: Division) -> bool:
    """The company's name carries a division that contains ``anchor`` (a city's company under
    a county heading is registered in the city, not placed in the county)."""
    if view.mentions[i].label != "ORG":
        return False  # a project's name may carry its city as a brand ("华兴大同农批城项目")
    return any(d.code != anchor.code and within(anchor, d) for _, _, d in divisions_in_name(view, i))
