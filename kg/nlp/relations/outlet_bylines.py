"""Reporters of an outlet named in its dateline or byline.

``dateline_agency``: the outlet opens the dateline ("新华社某地6月21日电（记者 A、B）").
``outlet_byline``, where the outlet stands apart from the reporter's title, two shapes (s19-outlets2 audit):

- a dateline opened by two outlets joined by a dash or a middle dot ("某某网-某某日报讯(记者 X)",
  "某某网·某某新闻某地11月28日讯(记者 X)"): the reporter works for the outlet of the pair that is
  not a channel or app of the other (``dateline_channel_ends``: "某某新闻", "某某客户端"); where
  neither is one, for the last (the paper whose lead it is);
- a byline line that opens with the outlet, then a blank, a slash or an app's name before the
  reporter ("某某报／ 记者X／某地报导", "某某网 某某APP 记者 X", "某某日报 X" alone on its
  line): the reporter works for the outlet.

- a reporters' credit ("记者 X Y", "记者A/B/C") written right after its outlet with a bracket
  between ("某某融媒(记者 X)3月19日,…", "某某新闻【记者A/B/C某地报导】") or closing its line
  with the outlet after the names ("记者:X Y 某某融媒"): the reporters work for the outlet
  (s28-works audit: 3 pages of 3 sites).

"某某日报记者 X" (title right before the name) is :mod:`kg.nlp.relations.positions`'s.

``credit_after_outlet``: a reporters' credit whose outlet stands before it on its line with only a
mark or the rest of a dateline between ("来源:某某日报-记者X", "【某某传媒／记者 X／某地 报导】",
"某县融媒体中心讯(记者 X)" not opening its sentence, "某某网6月16日讯 (某某 记者X)", "据《某某日报》
报道(记者 X)"): the reporters work for the outlet (s35-worksfor3 audit: 5 pages of 5 sites).
"""

from __future__ import annotations

import re

from kg.nlp.entities.outlet_parts import outlet_named
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

_BLANKS = " \t\u3000"


@rule("dateline_agency")
def dateline_agency(view: ArticleView) -> list[RawRelation]:
    """ "新华社呼和浩特6月21日电（记者 A、B）", "某某日报讯（记者 A 通讯员 B）": the reporters of an
    agency's or paper's dateline work for the outlet that opens it (its correspondents do not).
    The bracket may name them with no 记者 ("某某网某地2月5日电(A B)"), then it holds names only."""
    conf = triggers()["positions"]
    pattern = re.compile(conf["dateline"])
    bare_names = re.compile(conf["dateline_bare_names"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        orgs = [o for o in view.of_type(k, "ORG") if view.mentions[o].start == sent.start]
        if not orgs:
            continue
        agency = orgs[0]
        m = pattern.match(text, view.mentions[agency].end, sent.end)
        if not m:
            continue
        close = _bracket_close(text, m.end(), sent.end)
        if close < 0:
            continue
        if not m.group("role") and not bare_names.fullmatch(text, m.end(), close):
            continue  # "某某网讯(2024年…)": a bracket of no byline
        out += [fact("works_for", p, agency, None, k, "dateline_agency") for p in _staff(view, k, m.end(), close)]
    return out


def _bracket_close(text: str, start: int, end: int) -> int:
    """Where the bracket a dateline opens before ``start`` closes (before ``end``), or -1."""
    return min((x for x in (text.find(c, start, end) for c in ")）") if x >= 0), default=-1)


def _staff(view: ArticleView, k: int, start: int, close: int) -> list[int]:
    """The persons a dateline's bracket names from ``start`` to ``close`` before its first
    correspondent word (``dateline_not_staff``: "通讯员", "实习生"): the outlet's own reporters."""
    text = view.article.text
    found = (text.find(w, start, close) for w in triggers()["positions"]["dateline_not_staff"])
    staff_end = min((x for x in found if x >= 0), default=close)
    return [p for p in view.of_type(k, "PERSON") if start <= view.mentions[p].start < staff_end]


@rule("outlet_byline")
def outlet_bylines(view: ArticleView) -> list[RawRelation]:
    """works_for the outlet of a paired dateline, of a byline line that opens with it, or of a
    reporters' credit written against it."""
    return paired_datelines(view) + byline_lines(view) + credit_outlets(view)


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, after its leading blanks."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and text[start] in _BLANKS:
        start += 1
    return start


def paired_datelines(view: ArticleView) -> list[RawRelation]:
    """ "A-B讯(记者 X)", "A·B某地1月2日讯(记者 X)": X works for B, or for A where B ends like a
    channel's name; correspondents (``dateline_not_staff``) named after the reporters do not."""
    conf = triggers()["positions"]
    dateline = re.compile(conf["dateline"])
    seps = tuple(conf["dateline_pair_separators"])
    channel = tuple(conf["dateline_channel_ends"])
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        orgs = sorted(view.of_type(k, "ORG"), key=lambda i: view.mentions[i].start)
        for a, b in zip(orgs, orgs[1:], strict=False):
            ma, mb = view.mentions[a], view.mentions[b]
            if ma.start != _line_start(text, ma.start) or text[ma.end : mb.start] not in seps:
                continue
            if not (outlet_named(view.text(a)) and outlet_named(view.text(b))):
                continue
            m = dateline.match(text, mb.end)
            if m is None or not m.group("role"):
                continue
            close = _bracket_close(text, m.end(), len(text))
            if close < 0 or "\n" in text[m.end() : close]:
                continue
            employer = a if view.text(b).endswith(channel) else b
            out += [fact("works_for", p, employer, None, k, "outlet_byline") for p in _staff(view, k, m.end(), close)]
    return out


def _name_run(view: ArticleView, persons: list[int], pos: int, joiners: str) -> tuple[list[int], int]:
    """The persons (sorted by start) written one after another from ``pos`` with only blanks or
    ``joiners`` between them, and where the run ends."""
    names = []
    for p in persons:
        mp = view.mentions[p]
        if mp.start < pos:
            continue
        if view.article.text[pos : mp.start].strip(_BLANKS + joiners):
            break
        names.append(p)
        pos = mp.end
    return names, pos


def byline_lines(view: ArticleView) -> list[RawRelation]:
    """A line that opens with an outlet ending like one (``org.byline_outlet_ends``), then
    ``outlet_byline`` (a blank or slash, an app's name, the reporter's title) and names to the
    line's end or to ``outlet_byline_tail`` ("／某地报导"): the names work for the outlet. With no
    title, the line must hold only the outlet and the names, a blank between."""
    conf = triggers()["positions"]
    head = re.compile(conf["outlet_byline"])
    tail = re.compile(conf["outlet_byline_tail"])
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda i: view.mentions[i].start)
        for o in view.of_type(k, "ORG"):
            mo = view.mentions[o]
            if mo.start != _line_start(text, mo.start) or not outlet_named(view.text(o)):
                continue
            m = head.match(text, mo.end)
            if m is None or not m.group("gap"):
                continue  # "某某日报记者X": title_before_name's
            # with no title, the names follow the blank: "某某日报 X" alone on its line
            start = m.end() if m.group("role") else mo.end + len(m.group("gap"))
            names, pos = _name_run(view, persons, start, "、")
            if not names or not tail.match(text, pos):
                continue
            out += [fact("works_for", p, o, None, k, "outlet_byline") for p in names]
    return out


def credit_outlets(view: ArticleView) -> list[RawRelation]:
    """A reporters' credit (``credit_reporter``: 记者 and its forms, a mark or blanks, then
    persons apart by blanks, "、" or "/") and its outlet (a name ending like one,
    ``org.byline_outlet_ends``): the outlet right before the credit with only an opening bracket
    or blanks between ("某某融媒(记者 X)", "某某新闻【记者A/B"), or right after the names with
    the line's end after it ("记者:X Y 某某融媒"). The reporters work for the outlet."""
    conf = triggers()["positions"]
    role = re.compile(conf["credit_reporter"])
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda i: view.mentions[i].start)
        outlets = [o for o in view.of_type(k, "ORG") if outlet_named(view.text(o))]
        if not persons or not outlets:
            continue
        for m in role.finditer(text, view.article.sentences[k].start, view.article.sentences[k].end):
            names, pos = _name_run(view, persons, m.end(), "、/／")
            if not names:
                continue
            before = text[: m.start()].rstrip(_BLANKS + "(（【[")
            outlet = next((o for o in outlets if view.mentions[o].end == len(before)), None)
            if outlet is not None and len(before) == m.start():
                outlet = None  # "某某网记者X": title_before_name's (no bracket between)
            if outlet is None:
                # "记者:X Y 某某融媒" closing its line: the outlet after the names, a blank between
                start = pos + len(text[pos:]) - len(text[pos:].lstrip(_BLANKS))
                ends = [o for o in outlets if view.mentions[o].start == start > pos]
                outlet = next(
                    (o for o in ends if text[view.mentions[o].end : view.mentions[o].end + 1] in ("", "\n")), None
                )
            if outlet is not None:
                out += [fact("works_for", p, outlet, None, k, "outlet_byline") for p in names]
    return out


@rule("credit_after_outlet")
def credit_after_outlet(view: ArticleView) -> list[RawRelation]:
    """A reporters' credit (``credit_reporter`` and the names after it, as
    :func:`credit_outlets` reads them) and the outlet nearest before it in its sentence, when the
    text between them is ``reporter_outlet_gap`` (a dash or slash, the rest of a dateline up to its
    bracket, "》报道(")): the reporters work for that outlet. Only the nearest: "某报记者A 某网记者B"
    with the second outlet unfound gives B nothing (the nearest is A's, written against its title);
    the second outlet of a paired dateline ("某某网·某某新闻…讯") is :func:`paired_datelines`'s."""
    conf = triggers()["positions"]
    role = re.compile(conf["credit_reporter"])
    gap = re.compile(conf["reporter_outlet_gap"])
    seps = tuple(conf["dateline_pair_separators"])
    text = view.article.text
    out = []
    for k in range(len(view.article.sentences)):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda i: view.mentions[i].start)
        outlets = sorted(
            (o for o in view.of_type(k, "ORG") if outlet_named(view.text(o))), key=lambda i: view.mentions[i].end
        )
        if not persons or not outlets:
            continue
        for m in role.finditer(text, view.article.sentences[k].start, view.article.sentences[k].end):
            before = [o for o in outlets if view.mentions[o].end < m.start()]
            if not before:
                continue  # an empty gap is "某某网记者X", title_before_name's
            outlet = before[-1]
            if not gap.fullmatch(text, view.mentions[outlet].end, m.start()):
                continue
            start = view.mentions[outlet].start
            if text[start - 1 : start] in seps and any(view.mentions[o].end == start - 1 for o in outlets):
                continue  # "某某网·某某新闻某地讯(记者 X)": a paired dateline, paired_datelines's
            names, _ = _name_run(view, persons, m.end(), "、/／")
            out += [fact("works_for", p, outlet, None, k, "credit_after_outlet") for p in names]
    return out
