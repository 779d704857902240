"""``invests_in`` of a clause with no subject of its own: the company that opens the sentence
invests (session 31, s31-invest).

"据了解,X公司作为项目投资方,拟在某镇投资5亿美元,分三期建设P", "X公司总经理某某表示,将在某地投资16亿元,
打造P", "X集团今日公告,公司与某县政府签署合作框架协议,拟分两期投资10亿元用于P", "X集团将携手战略伙伴在
未来5年内投资310亿元,在…中建设A、B、C". The investor rules of :mod:`kg.nlp.relations.invests_in` read
the verb right after the firm's name (or after a reference to it), so a role, a speaker, a signing or a
partner standing between the firm and its clause left these facts out.

The clause names no subject: it opens at a comma with a word of planning, the place, the amount of
investing and a verb that builds (or 用于), and the project follows the verb; or, where the firm's own
clause ends in its amount ("X…投资310亿元,"), the next clause opens with the place and the verb. The
subject is the sentence's first organisation, a company at the sentence's start (an opener such as
"据了解," may stand before it), and no other company stands between it and the clause (a host such as
某县政府 may: it signs, it does not invest). Over every readable tuning text the shape reaches a
project in 5 clauses of 4 pages (4 sites); the 5 facts are the gold's, one of them with a project span
that swallows "中国第一个" (benchmarks/audits/s31-invest).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import investors
from kg.nlp.relations.places import is_company
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@lru_cache(maxsize=1)
def bare_clause_re() -> re.Pattern[str]:
    """A clause with no subject, from its comma to its verb: "，拟在某镇投资5亿美元，分三期建设",
    "，将在某地投资16亿元，打造", "，拟分两期投资10亿元用于"."""
    conf = triggers()["invests_in"]
    plans = alternation(conf["subject_plans"])
    builds = alternation(conf["clause_builds"])
    notes = "|".join(conf["amount_notes"])
    place = r"(?:在[^,，;；。:：]{1,16}?)?"
    phase = r"(?:分[一二两三四五六\d]期)?"
    return re.compile(
        rf"[,，](?:{plans})?{place}{phase}投资[^,，;；。:：\d]{{0,4}}\d[^,，;；。:：]{{0,12}}?[元亿万](?:{notes})?[,，]?"
        rf"(?:(?:将|拟)?在[^,，;；。:：]{{1,16}}?)?(?:{builds})"
    )


@lru_cache(maxsize=1)
def next_clause_re() -> re.Pattern[str]:
    """The clause after a firm's own amount ("X…投资310亿元|，在某某战略合作中建设"): the place and the verb."""
    builds = alternation(triggers()["invests_in"]["clause_builds"])
    return re.compile(rf"[,，](?:将|拟)?(?:在[^,，;；。:：]{{1,24}}?)?(?:{builds})")


# The firm's own clause ends in its amount of investing: "将携手战略伙伴在未来5年内投资310亿元".
_OWN_AMOUNT = re.compile(r"投资[^,，;；。:：\d]{0,4}\d[^,，;；。:：]{0,12}?[元亿万]$")
# Before the firm at the sentence's start: quotes and spaces, and an opener clause ("据了解，").
_OPENER = re.compile(r"[\s“”\"「」『』]*(?:[^,，;；。:：]{1,12}[,，])?[\s“”\"「」『』]*")


def subject(view: ArticleView, k: int) -> int | None:
    """The company that opens sentence ``k`` (after an opener clause at most), if any."""
    sent = view.article.sentences[k]
    text = view.article.text
    orgs = sorted(
        (o for o in view.of_type(k, "ORG") if not view.mentions[o].attrs.get("nested")),
        key=lambda o: view.mentions[o].start,
    )
    if not orgs:
        return None
    o = orgs[0]
    if not _OPENER.fullmatch(text, sent.start, view.mentions[o].start) or not is_company(view, o):
        return None
    if view.text(o).endswith(tuple(triggers()["invests_in"]["hosts"])):
        return None
    return o


def others_between(view: ArticleView, k: int, o: int, end: int) -> bool:
    """Whether a company other than ``o`` (a host aside) stands between ``o`` and ``end``."""
    hosts = tuple(triggers()["invests_in"]["hosts"])
    start = view.mentions[o].end
    return any(
        start <= view.mentions[q].start < end
        and not view.mentions[q].attrs.get("nested")
        and not view.text(q).endswith(hosts)
        for q in view.of_type(k, "ORG")
        if q != o
    )


@rule("investor_clause")
def investor_clause(view: ArticleView) -> list[RawRelation]:
    """X -> P where a clause with no subject invests in and builds P and company X opens the
    sentence (:func:`bare_clause_re`, :func:`next_clause_re`)."""
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        o = subject(view, k)
        if o is None:
            continue
        start = view.mentions[o].end
        stretch = text[start : sent.end]
        matches = list(bare_clause_re().finditer(stretch))
        for m in next_clause_re().finditer(stretch):
            # only where the firm's own clause, with no comma in it, ends in its amount
            own = stretch[: m.start()]
            if "," not in own and "，" not in own and _OWN_AMOUNT.search(own):
                matches.append(m)
        for m in matches:
            if ";" in stretch[: m.start()] or "；" in stretch[: m.start()]:
                continue
            if others_between(view, k, o, start + m.start()):
                continue
            at = start + m.end()
            first = next(
                (
                    p
                    for p in view.of_type(k, "PROJECT")
                    if at <= view.mentions[p].start <= at + 2 and not view.mentions[p].attrs.get("nested")
                ),
                None,
            )
            if first is None:
                continue
            for p in investors.list_after(view, k, first):
                out.append(fact("invests_in", o, p, None, k, "investor_clause"))
    return out
