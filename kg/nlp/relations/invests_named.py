"""``invests_in`` of a firm that signs or invests in its own clause, to a project of that sentence
or the next that is named after the firm ("某镇政府与甲乙新材料有限公司、丙丁环保科技有限公司分别签署合作协议。
甲乙新材料项目计划投资1.1亿元…", "P是由某某电子科技有限公司拟投资3.5亿元兴建的民营项目" with P named
"某某高科技电子工业园", "…是某某门业股份有限公司全资在某区投资建设的"; session 36, s36-invest3).

The other investor rules tie a firm to a project through the words between them ("由X投资建设P",
"X在某地投资…的P"); where a list of firms signs and their projects follow in the next sentence,
or a copula and a share word stand between, none of them reaches. The project's name is the tie
here: a firm that acts as the party of a signing or an investment, and a project named after it
(:func:`kg.nlp.relations.invests_own.owns_name`) a sentence away at most. Over every readable
tuning text this shape gives 22 gold facts (17 found by other rules already), one fact on optional
gold and no false one (benchmarks/audits/s36-invest3).

A firm that is only named near its namesake project ("对某某公司的二期工厂进行改造", "某某集团积极落实…",
a list of sites visited) does not act: the walk from the firm to the verb crosses no 的, no clause
mark and no project, and only other firms or places, the joins of a list and a short gap.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.relations.invests_own import owns_name
from kg.nlp.relations.places import is_company
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@lru_cache(maxsize=1)
def _acts_re() -> re.Pattern[str]:
    """The verbs of a firm's signing or investing (``named_acts``)."""
    return re.compile(alternation(triggers()["invests_in"]["named_acts"]))


def acts(view: ArticleView, k: int, o: int) -> bool:
    """Whether firm ``o`` of sentence ``k`` is a party of a signing or an investing verb in its own
    clause: walking right from the firm to the verb, past other firms and places (the rest of a list,
    the partner after 与), the joins of a list and at most ``named_gap`` other characters ("拟",
    "分别", "全资在"), with no word of ``named_stops`` (a clause mark, the 的 of a possessive) and
    no project between."""
    conf = triggers()["invests_in"]
    text = view.article.text
    end = view.article.sentences[k].end
    stops, joins = tuple(conf["named_stops"]), tuple(conf["named_joins"])
    starts: dict[int, int] = {}
    for i in view.by_sentence[k]:
        m = view.mentions[i]
        if m.label in ("ORG", "PLACE"):
            starts[m.start] = max(starts.get(m.start, m.end), m.end)
    projects = [view.mentions[i] for i in view.of_type(k, "PROJECT")]
    pos, gap = view.mentions[o].end, 0
    while pos < end:
        if _acts_re().match(text, pos):
            return True
        if pos in starts:
            pos = starts[pos]
            continue
        if text.startswith(stops, pos) or any(p.start <= pos < p.end for p in projects):
            return False
        if not text.startswith(joins, pos):
            gap += 1
            if gap > conf["named_gap"]:
                return False
        pos += 1
    return False


def _this_and_next(view: ArticleView, k: int) -> list[int]:
    """The sentences of sentence ``k``'s full sentence and the next one: the view ends a sentence
    at ";" too, and a list of projects after a signing runs on past it ("…。甲项目计划投资…；乙项目预计
    投资…。")."""
    text, sents = view.article.text, view.article.sentences
    stops = tuple(triggers()["invests_in"]["named_full_stops"])
    out, ends = [], 0
    for j in range(k, len(sents)):
        out.append(j)
        after = sents[j + 1].start if j + 1 < len(sents) else len(text)
        # a full stop ends it, or the line does (a heading, a paragraph with no stop)
        if text[sents[j].start : sents[j].end].rstrip().endswith(stops) or "\n" in text[sents[j].start : after]:
            ends += 1
            if ends == 2:
                break
    return out


@rule("investor_named_project")
def investor_named_project(view: ArticleView) -> list[RawRelation]:
    """X -> P where company X signs or invests in its own clause (:func:`acts`) and P, in X's
    sentence or the next (:func:`_this_and_next`), is named after X (``owns_name``) without holding X's whole name (a
    "X有限公司Y项目" name is read by the prefix rules)."""
    out = []
    for k in range(len(view.article.sentences)):
        for o in view.of_type(k, "ORG"):
            if view.mentions[o].attrs.get("nested") or not is_company(view, o) or not acts(view, k, o):
                continue
            firm = view.text(o)
            for j in _this_and_next(view, k):
                for p in view.of_type(j, "PROJECT"):
                    name = view.text(p)
                    if view.mentions[p].attrs.get("nested") or firm in name or not owns_name(firm, name):
                        continue
                    out.append(fact("invests_in", o, p, None, j, "investor_named_project"))
    return out
