"""The division a paper calls 我市 when it is a county-level city's paper.

The analysis reads the home city (``DocumentResult.home_city``) among prefecture-level cities
only, so a county-level city's paper (桂平市 of 贵港市, 福鼎市 of 宁德市, 福清市 of 福州市) has its
"我市" and bare "市委" read as the prefecture's: the graph then joins the prefecture with the
county-level city's own words (real-pages-19 k07, -21 m10, -13 m02). Resolution reads them as
the county-level city where the page names it more often than the prefecture.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

_HOME_WORDS = ("我市", "本市")


def home_division(doc: DocumentResult) -> str | None:
    """The city the paper calls 我市: ``doc.home_city``, or the county-level city of it (a
    division of county level whose name ends in 市) that the document's place mentions name
    strictly more often than the home city and than any other such city.

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> def place(name, code, level):
    ...     return MentionRecord(0, 0, 1, name, name, "PLACE", "gazetteer", 1.0,
    ...                          {"admin_code": code, "admin_name": name, "admin_level": level})
    >>> ms = [place("桂平市", "450881", "county")] * 3 + [place("贵港市", "4508", "city")]
    >>> home_division(DocumentResult("d.txt", ms, [], 1, home_city="贵港市"))
    '桂平市'
    >>> home_division(DocumentResult("d.txt", ms[2:], [], 1, home_city="贵港市"))
    '贵港市'
    """
    home = doc.home_city
    if not home or not home.endswith("市"):
        return home
    gaz = load_gazetteer()
    counts: Counter[str] = Counter()
    for m in doc.mentions:
        code = m.attrs.get("admin_code") if m.label == "PLACE" and m.norm not in _HOME_WORDS else None
        if code:
            counts[code] += 1
    home_n = sum(n for code, n in counts.items() if code in gaz.divisions and gaz.divisions[code].name == home)
    ranked = []
    for code, n in counts.items():
        d = gaz.divisions.get(code)
        if d is None or d.level != "county" or not d.name.endswith("市") or n <= home_n:
            continue
        parent = gaz.parent(d)
        if parent is not None and parent.name == home:
            ranked.append((n, d.name))
    ranked.sort(reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return home
