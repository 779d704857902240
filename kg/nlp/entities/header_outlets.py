"""The outlet a page's header line names beside the report's date: "2018-04-21 10:05   某某新闻网",
"发表日期:2010-12-15 14:20:20  某某钢铁", "今日某村 2020-08-03 07:31", and the outlet on a line of
its own right before the date's line ("某某在线某某频道 时间:" / "2013-12-15 08:33:41", "某网某某站" /
"07-10 11:30"). The golds name the outlet as an organisation (real-pages-16 h12, -18 j03, -21 m03,
-29 e10, -31 s05: 5 pages of 5 sites, audit s27-org); no source, dateline or breadcrumb pattern
reads it, for no mark (来源, 讯, >) stands by it.

Only the first ``max_lines`` lines of the page are its header. A name beside the date on one line
is an outlet where it holds at least ``min_chars`` characters or ends like an outlet
(``org.byline_outlet_ends`` and ``ends``); a name alone on its line before the date's line must end
like one (a short headline may stand there). A person's name (a surname and one or two
characters), the words of ``org.not_outlets`` and a credit's verb (``not_openers``: "取自某某网站")
are no outlets. The patterns are
``org.header_outlets`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import to_simplified


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    conf = lexicon().patterns["org"]["header_outlets"]
    date, label = conf["date"], conf["label"]
    name = r"(?P<outlet>[\u4e00-\u9fff]{2,12})"
    gap = r"[ \t\u3000]"
    url = r"(?:https?://\S+[ \t\u3000]+)?"  # " http://www.某某.com    发表日期:…"
    after = re.compile(rf"^{gap}*{url}(?:{label})?{gap}*{date}{gap}+{name}{gap}*$")
    before = re.compile(rf"^{gap}*{name}{gap}+(?:{label})?{gap}*{date}{gap}*$")
    alone = re.compile(rf"^{gap}*{name}{gap}*(?:{label})?{gap}*$")
    return after, before, alone


def header_outlet_candidates(text: str) -> list[Candidate]:
    """The outlets named beside the date in the header lines of ``text``.

    >>> text = "某县举行开工仪式\\n2018-04-21 10:05   某某新闻网\\n\\n4月20日,某县举行仪式"
    >>> [text[c.start:c.end] for c in header_outlet_candidates(text)]
    ['某某新闻网']
    >>> text = "某某调研\\n某网某某站\\n\\n07-10 11:30\\n\\n某某听取汇报"
    >>> [text[c.start:c.end] for c in header_outlet_candidates(text)]
    ['某网某某站']
    >>> text = "某某调研企业\\n\\n张某 2020-08-03 07:31\\n\\n县长调研\\n2020-08-03"
    >>> [text[c.start:c.end] for c in header_outlet_candidates(text)]
    []
    """
    org = lexicon().patterns["org"]
    conf = org["header_outlets"]
    ends = tuple(org["byline_outlet_ends"]) + tuple(conf["ends"])
    not_outlets = frozenset(org["not_outlets"])
    after, before, alone = _patterns()
    date_line = re.compile(rf"^[ \t\u3000]*(?:{conf['label']})?[ \t\u3000]*{conf['date']}")
    lines, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
        if len(lines) >= conf["max_lines"]:
            break
    out = []
    for i, (start, line) in enumerate(lines):
        m = after.match(line) or before.match(line)
        own_line = m is None and i + 1 < len(lines) and date_line.match(lines[i + 1][1])
        if own_line:
            m = alone.match(line)
        if m is None:
            continue
        name = to_simplified(m.group("outlet"))
        if name in not_outlets or name.startswith(tuple(conf["not_openers"])) or _a_person(name):
            continue
        if not name.endswith(ends) and (own_line or len(name) < conf["min_chars"]):
            continue
        a, b = start + m.start("outlet"), start + m.end("outlet")
        out.append(Candidate(a, b, "ORG", "bylines", 0.8, {"head": "header_outlet"}))
        # "浙江|在线某某频道": the division the outlet opens with is a place (the golds name it)
        k = next((k for k in (3, 2) if b - a > k and load_gazetteer().lookup(name[:k])), 0)
        if k:
            d = load_gazetteer().lookup(name[:k])[0]
            admin = {"admin_code": d.code, "admin_level": d.level, "admin_name": d.name}
            out.append(Candidate(a, a + k, "PLACE", "gazetteer", 0.8, admin))
    return out


def _a_person(name: str) -> bool:
    """A surname and one or two characters: a reporter's or an editor's name."""
    lex = lexicon()
    return len(name) <= 3 and (name[0] in lex.surnames or name[:2] in lex.double_surnames)


def places_in_outlet(text: str, c: Candidate, candidates: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """The places a header's outlet is named after ("今日|周村", "浙江|在线衢州频道") are mentions too:
    the golds name them (real-pages-18 j03, -29 e10), and the outlet's span hides the tagger's place.
    A place candidate inside the outlet that the gazetteer knows by its name, not nested already."""
    if c.label != "ORG" or c.attrs.get("head") != "header_outlet":
        return []
    out: list[Candidate] = []
    inner = [x for x in candidates if x.label == "PLACE" and c.start <= x.start and x.end <= c.end and x.length >= 2]
    for x in sorted(inner, key=lambda x: (-x.length, x.start)):
        if any(x.start < y.end and y.start < x.end for y in out + nested):
            continue
        if load_gazetteer().lookup(to_simplified(text[x.start : x.end])):
            out.append(Candidate(x.start, x.end, x.label, x.source, x.score, dict(x.attrs, nested=True)))
    return out
