"""``invests_in`` of a firm that is the subject of an investment in a sentence naming no project,
where the project a sentence before names is the firm's own: its name opens with the firm's
("湖北大运高端智能整车扩能项目。湖北大运汽车有限公司投资20亿元,占地160亩…", "…望隼科技擴廠…。
望隼科技這次在竹南擴廠總投資金額約50億元"; session 30, s30-invest).

The other investor rules need the project in the investor's clause ("X投资建设P", "由X投资",
"X在某地投资…的P"), and :func:`kg.nlp.relations.investment.project_for` keeps an amount of an
organisation as subject to the organisation ("北方X能源有限公司计划投资120亿元，…": no project of a
sentence before gets it). A project named after the firm itself is the one its investment is for:
the gold of three sites gives these facts, and of the 14 sentences of all readable tuning texts where
an organisation invests an amount in a sentence with no project, the only two with a project of the
firm's own name before them are such facts (benchmarks/audits/s30-invest).

:func:`firm_references` reads 公司 at a clause's start as the company named just before, for the
investor rules of :mod:`kg.nlp.relations.invests_in`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities.lexicon_data import gazetteer_regex
from kg.nlp.relations.places import is_company
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@lru_cache(maxsize=1)
def own_subject_re() -> re.Pattern[str]:
    """What follows a firm that invests an amount as the subject: a short stretch with no clause
    mark, no 的 and no second party ("这次在竹南扩厂总", "预计", "在某乡大手笔"), a verb of investing
    (``own_invests``), an optional word of sum, a qualifier and a number."""
    conf = triggers()["invests_in"]
    verbs = alternation(conf["own_invests"])
    gap = r"[^,;。，；:：、的与和及]{0,14}?"
    return re.compile(rf"{gap}(?:{verbs})(?:金额|总额)?(?:约|近|超|达|逾)?(?:新台币|人民币)?\d")


def _brand(name: str) -> str:
    """``name`` without the divisions that open it ("湖北大运汽车有限公司" -> "大运汽车有限公司")."""
    rest = name
    while (m := gazetteer_regex().match(rest)) and m.end() < len(rest):
        rest = rest[m.end() :]
    return rest


def owns_name(org: str, project: str) -> bool:
    """Whether ``project`` is named after the firm ``org``: past the divisions that open both, the
    two names share their first two characters at least, and the project is not the firm itself.

    >>> owns_name("湖北大运汽车有限公司", "湖北大运高端智能整车扩能项目"), owns_name("望隼科技", "望隼科技扩厂")
    (True, True)
    >>> owns_name("宜昌市某某建材有限公司", "宜昌市夷陵区全域国土综合整治项目")
    False
    """
    a, b = _brand(org), _brand(project)
    return a != b and len(a) >= 2 and len(b) > 2 and a[:2] == b[:2]


def own_project(view: ArticleView, k: int, o: int) -> int | None:
    """The project of the previous three sentences named after org ``o`` of sentence ``k``, when
    ``o`` invests an amount as its sentence's subject and the sentence names no project; one name
    only (a firm named with two projects of its own leaves the reference open)."""
    text = view.article.text
    om = view.mentions[o]
    if om.attrs.get("nested") or view.text(o).endswith(tuple(triggers()["invests_in"]["hosts"])):
        return None
    # The subject: at the sentence's or a clause's start, or after a speaker's verb; not the
    # partner of 与/和/由.
    if text[om.start - 1 : om.start] in ("与", "和", "及", "、", "由", "同"):
        return None
    if not own_subject_re().match(text, om.end, view.article.sentences[k].end):
        return None
    if any(not view.mentions[p].attrs.get("nested") for p in view.of_type(k, "PROJECT")):
        return None
    found = [
        p
        for j in range(max(0, k - 3), k)
        for p in view.of_type(j, "PROJECT")
        if not view.mentions[p].attrs.get("nested") and owns_name(view.text(o), view.text(p))
    ]
    if len({view.text(p) for p in found}) != 1:
        return None
    return found[-1]


def firm_references(view: ArticleView, k: int) -> list[tuple[int, int]]:
    """``(org, end)`` for each reference of sentence ``k`` to a firm named before it: a word of
    ``firm_references`` at the sentence's or a clause's start, followed by a word of
    ``firm_reference_then`` ("，公司投资", "。公司将在"), stands for the last company named before it in
    its sentence or the one before ("X有限公司总经理某某说，公司投资2.6亿元的P"; "某县与X有限公司举行
    签约仪式。公司将在某县投资…，建设P"), or where those two name none, in the four before them
    within the paragraph (a quote between). ``end`` is where the reference ends: the investor's clause
    reads on from there as from the firm's name."""
    conf = triggers()["invests_in"]
    text = view.article.text
    sent = view.article.sentences[k]
    refs, then = alternation(conf["firm_references"]), alternation(conf["firm_reference_then"])
    pattern = rf"(?<![^,，;；:：])(?:{refs})(?=(?:{then}))"
    out = []
    for m in re.finditer(pattern, text[sent.start : sent.end]):
        start = sent.start + m.start()
        if any(view.mentions[i].start <= start < view.mentions[i].end for i in view.by_sentence[k]):
            continue
        before = [
            o
            for j in (k - 1, k)
            if j >= 0
            for o in view.of_type(j, "ORG")
            if view.mentions[o].end <= start and not view.mentions[o].attrs.get("nested")
        ]
        if not before:
            # "作为签约企业代表，X有限公司董事长某某告诉记者：…。这些都是我们…的理由。公司将在某地投资…，
            # 建设P": a speaker's quote may run a sentence on, so with no organisation in this sentence or
            # the one before, the last one of the four sentences before that stands, in the same
            # paragraph (a ";" ends a sentence here too; session 31, s31-invest: over every readable
            # tuning text, one such reference reaches a project, a gold fact).
            before = [
                o
                for j in range(max(0, k - 5), k - 1)
                if j >= 0
                for o in view.of_type(j, "ORG")
                if not view.mentions[o].attrs.get("nested") and "\n" not in text[view.mentions[o].end : start]
            ]
        if before and is_company(view, before[-1]):
            out.append((before[-1], sent.start + m.end()))
    return out


@rule("investor_own_project")
def investor_own_project(view: ArticleView) -> list[RawRelation]:
    """X -> P where firm X invests an amount as the subject of a sentence that names no project and
    P, named in one of the three sentences before, bears X's name (:func:`own_project`)."""
    out = []
    for k in range(len(view.article.sentences)):
        for o in view.of_type(k, "ORG"):
            p = own_project(view, k, o)
            if p is not None:
                out.append(fact("invests_in", o, p, None, k, "investor_own_project"))
    return out
