"""The county a page is about, read from its headline or its outlet where only the short form is written.

County papers and county sites write their county by its short form alone, with nothing else on
the page to tie it to the county ("某某:开足马力忙生产", "来源:某某融媒"): the gazetteer source
keeps a county's short form only where the page names the county or its city
(:func:`kg.nlp.entities.gazetteer._weak_place`), so the page's own county was lost. A short form
that opens the headline before a colon, or that opens an outlet's name (``place.page_county``
data: "某某新闻网讯", "某某融媒"), is the page's county: its full name joins the names the
page is read with. A session-11 reading of 我县 as a home county was withdrawn for framing
generic mentions; this reads no 我县, only a county the page writes.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import CJK_CHAR


@cache
def _outlet_pattern() -> re.Pattern[str]:
    words = sorted(lexicon().patterns["place"]["page_county"]["outlets"], key=len, reverse=True)
    return re.compile(f"([\\u4e00-\\u9fff]{{2,3}}?)(?:{'|'.join(map(re.escape, words))})")


def page_counties(norm: str) -> frozenset[str]:
    """Full names of the counties whose short form alone opens ``norm``'s headline before a
    colon or opens an outlet's name, where the short form is one county's and no ordinary word.

    >>> sorted(page_counties("灵丘:开足马力忙生产\\n春节刚过,灵丘各大企业"))
    ['灵丘县']
    >>> sorted(page_counties("今年以来\\n来源:灵丘融媒")), sorted(page_counties("新闻\\n某某灵丘融媒"))
    (['灵丘县'], [])
    >>> sorted(page_counties("首页 > 走基层 > 正文  灵丘:开足马力")), sorted(page_counties("记者从灵丘:获悉"))
    (['灵丘县'], [])
    """
    p = lexicon().patterns["place"]
    found: set[str] = set()
    # the headline: the page's first words, or the first words after its menu ("首页 > … > 正文  某某:…")
    head = norm[: p["page_county"]["headline_chars"]]
    after = "|".join(map(re.escape, p["page_county"]["headline_after"]))
    forms = [m.group(1) for m in re.finditer(f"(?:^|[\\s>])([\\u4e00-\\u9fff]{{2,3}})(?:{after})", head)]
    for m in _outlet_pattern().finditer(norm):
        if m.start() == 0 or not CJK_CHAR.match(norm[m.start() - 1]):
            forms.append(m.group(1))
    forms += _headline_openings(norm)
    gaz = load_gazetteer()
    for form in forms:
        if form in p["ordinary_short_forms"]:
            continue
        divisions = gaz.lookup(form)
        if len(divisions) == 1 and divisions[0].level == "county" and divisions[0].name != form:
            found.add(divisions[0].name)
    return frozenset(found)


def _headline(norm: str) -> str:
    """The page's headline line: the first line that is no site menu ("首页 > …", "当前位置:…") and
    no bare column word ("其他")."""
    p = lexicon().patterns["place"]["page_county"]
    for line in norm.split("\n")[: p["headline_lines"]]:
        stripped = line.strip()
        if stripped and ">" not in stripped and len(stripped) > p["column_chars"]:
            return stripped
    return ""


def _headline_openings(norm: str) -> list[str]:
    """The county short form that opens the headline ("某某举行十个项目集中签约仪式", "某某12届县委常委会
    第57次会议"), opens it after the province's name ("某省某某80个重点项目集中开工") or opens its last
    sentence ("…更方便!某某12个重大项目开竣工!"): the page is about that county. Taken where the
    headline shows the form apart (a digit or a mark follows it, no character a word goes on with)
    or the county acts right after it (``headline_verbs``: "某某|举行…"; not "同心|筑未来", an
    ordinary word), and no town of the page is named by it ("某某工业园区" above "位于某某镇": the
    town's, not a county's).

    >>> _headline_openings("柞水举行十个项目集中签约仪式\\n仪式在柞水工业园举行")
    ['柞水']
    >>> _headline_openings("陕西柞水12个项目集中开工"), _headline_openings("首页 > 新闻\\n柞水12个项目集中开工")
    (['柞水'], ['柞水'])
    >>> _headline_openings("今后出行更方便!柞水27个项目开竣工!\\n县委书记出席。")
    ['柞水']
    >>> _headline_openings("今后出行更方便!柞水这27个项目开竣工!\\n柞水县委书记出席。")
    []
    >>> _headline_openings("柞水工业园区\\n园区位于柞水镇。")
    []
    """
    line = _headline(norm)
    if not line:
        return []
    gaz = load_gazetteer()
    p = lexicon().patterns["place"]["page_county"]
    marks = p["headline_sentence_marks"]
    opens = [0] + [i + 1 for i, ch in enumerate(line) if ch in marks and i + 1 < len(line)]
    out = []
    for i in opens:
        m = gazetteer_regex().match(line, i)
        if m and any(d.level == "province" for d in gaz.lookup(m.group(0))):
            m = gazetteer_regex().match(line, m.end())  # "某省|某某…"
        if m is None:
            continue
        form, end = m.group(0), m.end()
        after = line[end : end + 1]
        apart = not after or not ("\u4e00" <= after <= "\u9fff")
        acts = line.startswith(tuple(p["headline_verbs"]), end)  # "某某|举行…", "某某|集中开工…"
        town = re.search(f"{re.escape(form)}(?:{'|'.join(p['town_levels'])})", norm)
        if (apart or acts) and town is None:
            out.append(form)
    return out
