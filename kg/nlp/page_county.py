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

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer

_CJK = re.compile(r"[\u4e00-\u9fff]")


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
        if m.start() == 0 or not _CJK.match(norm[m.start() - 1]):
            forms.append(m.group(1))
    gaz = load_gazetteer()
    for form in forms:
        if form in p["ordinary_short_forms"]:
            continue
        divisions = gaz.lookup(form)
        if len(divisions) == 1 and divisions[0].level == "county" and divisions[0].name != form:
            found.add(divisions[0].name)
    return frozenset(found)
