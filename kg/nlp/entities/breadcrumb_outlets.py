"""The outlet that opens a page's breadcrumb: "某某新闻网 > 某城频道 > 重点工程", "您当前的位置 : 某某网  >
某某网某省  >  经济" (a site's navigation line, left in the page's text; the golds name the site as an
organisation: real-pages-22 o12, -26 b12, -28 d07 and d09, 3 sites).

Only the first item of the line, and only a name that ends like an outlet's
(``org.byline_outlet_ends``, no word of ``org.not_outlets``): "首页 > 新闻" names no outlet, and a
channel after the site ("某某网某省") is the site's section. The line's pattern is
``org.breadcrumb_outlet`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon


def breadcrumb_outlet_candidates(text: str) -> list[Candidate]:
    """The outlets that open the breadcrumbs of ``text``.

    >>> text = "某某新闻网 > 某城频道 >  重点工程\\n当前位置: 首页 > 政务要闻\\n您當前的位置 : 某某網  >  某某網某省"
    >>> [text[c.start:c.end] for c in breadcrumb_outlet_candidates(text)]
    ['某某新闻网', '某某網']
    """
    org = lexicon().patterns["org"]
    ends = tuple(org["byline_outlet_ends"])
    not_outlets = frozenset(org["not_outlets"])
    return [
        Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.85, {"head": "breadcrumb_outlet"})
        for m in re.finditer(org["breadcrumb_outlet"], text)
        if m.group("outlet").endswith(ends) and m.group("outlet") not in not_outlets
    ]
