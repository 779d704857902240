"""The outlet a page's title line closes with after a dash: "某某副主任出席…签约仪式 - 某务之窗",
"…突出特色産業 發展縣域經濟-某華網", "…将建西部综合服务区——某新网" (a browser title "headline - site"
left in the page's text; the golds name the site as an organisation: real-pages-37 a09 ft.cq.cn,
-32 t06, -15 g02: 3 pages of 3 sites, session 30, s30-org). No source, dateline, breadcrumb or header
pattern reads it: no mark (来源, 讯, >, a date) stands by it.

Only the first ``max_lines`` lines of the page are read; the headline before the dash holds at least
``min_headline`` characters, the name after it two to ``max_chars`` characters up to the line's end,
ending like an outlet (``org.byline_outlet_ends`` and ``ends``: "…之窗"), and no word of
``org.not_outlets``. A subtitle after a dash ("…集中开工——打造某某新高地") ends like no outlet. The
words are ``org.title_outlets`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


def title_outlet_candidates(text: str) -> list[Candidate]:
    """The outlets that close the title lines at the head of ``text``.

    >>> t = "某某副主任出席某区集中签约仪式 - 某务之窗\\n\\n31.12.2016\\n某某副主任出席了集中签约仪式。"
    >>> [t[c.start:c.end] for c in title_outlet_candidates(t)]
    ['某务之窗']
    >>> t = "某县4个重大项目集中开工——打造产业发展新高地\\n某县召开重点项目推进会议——某县新闻网"
    >>> [t[c.start:c.end] for c in title_outlet_candidates(t)]
    ['某县新闻网']
    """
    org = lexicon().patterns["org"]
    conf = org["title_outlets"]
    ends = tuple(org["byline_outlet_ends"]) + tuple(conf["ends"])
    not_outlets = frozenset(org["not_outlets"])
    pat = re.compile(
        rf"(?m)^(?P<headline>[^\n]{{{conf['min_headline']},}}?)[ \t\u3000]*(?:{conf['dashes']})[ \t\u3000]*"
        rf"(?P<outlet>[\u4e00-\u9fff]{{2,{conf['max_chars']}}})[ \t\u3000]*$"
    )
    head = "\n".join(text.split("\n")[: conf["max_lines"]])
    out = []
    for m in pat.finditer(head):
        name = to_simplified(m.group("outlet"))
        if name.endswith(ends) and name not in not_outlets and m.group("outlet") not in not_outlets:
            out.append(Candidate(m.start("outlet"), m.end("outlet"), "ORG", "bylines", 0.85, {"head": "title_outlet"}))
    return out
