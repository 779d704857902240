"""``invests_in`` of an investor named with the place it invests at, in a clause that describes a
project (session 27, s27-invest): "最大的投资项目为X集团在某开发区总投资2380万美元的P项目" (X -> P),
"P是X在我县投资建设的第四期项目", "P是X在某市首期投资120亿元建设的…项目", "P项目是由X在某区投资兴建"
(X -> P, the subject the copula describes).

The rule of :mod:`kg.nlp.relations.invests_in` reads the investor's verb right after its name
("X投资1.2亿元的P") or a verb that builds after the place ("X将在某区建设P"); with the place
between the name and 投资 and no building verb ("X在某区投资2亿元的P"), or with the project named
as the copula's subject before the investor, it gave no fact or the class after 的 (第四期项目).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@lru_cache(maxsize=1)
def placed_clause_re() -> re.Pattern[str]:
    """What follows the investor: 在, the place (no clause break), a word of planning or sharing,
    the verb of investing, an amount, a verb that builds, and 的 (``placed_de``) where the clause
    goes on to the name it describes."""
    conf = triggers()["invests_in"]
    openers = alternation(conf["placed_openers"] + conf["jointly"])
    verbs = alternation(conf["subject_invests_at"])
    builds = alternation(conf["subject_builds"])
    amount = r"(?:约|近|超)?\d[\d.,]*[^,;。、\d]{0,4}?元"
    return re.compile(rf"在[^,;。、:]{{1,16}}?(?:{openers})?(?:{verbs})(?:{amount})?(?:(?:{builds}))?(?P<de>的)?")


def _copula_subject(view: ArticleView, k: int, start: int) -> int | None:
    """The project named as the subject of a copula right before ``start`` (由 may stand between):
    "P是|X…", "P是由|X…"."""
    text = view.article.text
    pos = start - 1 if text[start - 1 : start] in triggers()["invests_in"]["by"] else start
    if text[pos - 1 : pos] not in triggers()["invests_in"]["placed_copulas"]:
        return None
    return next(
        (
            p
            for p in view.of_type(k, "PROJECT")
            if view.mentions[p].end == pos - 1 and not view.mentions[p].attrs.get("nested")
        ),
        None,
    )


@rule("investor_placed")
def investor_placed(view: ArticleView) -> list[RawRelation]:
    """X -> P where "X在某地(首期|总)投资(金额)(建设)(的)" follows the investor X and P is the project a
    copula before X describes ("P是(由)X在…"), or else the project right after 的."""
    text = view.article.text
    hosts = tuple(triggers()["invests_in"]["hosts"])
    clause = placed_clause_re()
    out = []
    for k, sent in enumerate(view.article.sentences):
        for o in view.of_type(k, "ORG"):
            om = view.mentions[o]
            # A host (某县人民政府) does not invest where it stands; a nested org is a name's part.
            if om.attrs.get("nested") or view.text(o).endswith(hosts):
                continue
            m = clause.match(text, om.end, sent.end)
            if m is None:
                continue
            project = _copula_subject(view, k, om.start)
            if project is None and m.group("de"):
                # "…X在某地投资2亿元的|P": the name right after 的 (a space or a quote may open it).
                project = next(
                    (
                        p
                        for p in view.of_type(k, "PROJECT")
                        if m.end() <= view.mentions[p].start <= m.end() + 1 and not view.mentions[p].attrs.get("nested")
                    ),
                    None,
                )
            if project is not None:
                out.append(fact("invests_in", o, project, None, k, "investor_placed"))
    return out
