"""Where an investor stands in the slot of an investing or signing clause (session 29, s29-invest).

The investor rules read the organisation right after their slot word ("由X投资建设", "与X签订…",
"与X合作的P"). The page often puts a class of rank or kind, or the group that owns the firm,
between the slot and the firm's own name: "由深圳某商会|旗下|某某有限公司投资建设" (real-pages-32
t12), "与世界500强企业、|某集团合作的P" (real-pages-30 r01), "由某县人民政府与中国500强企业|某某集团
有限公司签约" (real-pages-33 u03). The entity stage names the firm on its own (s28-org,
``org_stops``, ``apposition_marks``); these helpers let the relation rules see past the phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities.class_bodies import ranked_class
from kg.nlp.entities.joined_bodies import marked_class_ends
from kg.nlp.relations.view import ArticleView, triggers
from kg.patterns import alternation

# A class phrase longer than this is no apposition before a name ("世界500强企业", "台湾LED核心企业").
_CLASS_MAX = 12


def class_before(view: ArticleView, k: int, start: int, org: int) -> bool:
    """Whether the text from ``start`` to organisation ``org`` of sentence ``k`` is a class of firms
    that describes it: ranked ("世界500强企业", "中国500强企业", optionally closed by "、") or marked
    ("台湾LED核心企业", "行业龙头企业"), with no other mention and no clause mark inside.

    Not a class that names several firms after it ("与世界500强企业、某集团": the class is the
    firm's own description when one organisation follows it; the list is read by the caller).
    """
    text = view.article.text
    end = view.mentions[org].start
    gap = text[start:end]
    if not gap or len(gap) > _CLASS_MAX or any(c in gap for c in ",;。:，；：\n"):
        return False
    if any(start <= view.mentions[i].start < end for i in view.by_sentence[k] if i != org):
        return False
    phrase = gap[:-1] if gap.endswith(("、", "，")) else gap
    return bool(phrase) and (ranked_class(phrase) or marked_class_ends(text, start + len(phrase)))


def owner_link(text: str, pos: int) -> int:
    """The length of a word of a group's holdings at ``pos`` ("某商会|旗下|某某公司", ``owner_links``),
    else 0: the owner and its firm are named together as the investors of one clause."""
    link = next((w for w in triggers()["invests_in"]["owner_links"] if text.startswith(w, pos)), "")
    return len(link)


@lru_cache(maxsize=1)
def by_predicate_re() -> re.Pattern[str]:
    """What follows the investors of "由X…" up to the verb: "投资建设", "联手打造", "计划投资5亿元建设",
    "计划投资8亿元的" (the project follows), "共同投入经费"; the group ``partners`` holds the firms a
    lead investor joins with before the verb ("由X联合Y、Z投资建设": each invests, real pages name
    them with no company head the entity stage reads).

    Session 34 (s34-investrel): "由X负责投资建设" (a role before 投资: ``by_roles``), "由X投巨资兴建"
    (a lump sum for the amount: ``lump_sums``), "P由X拟投资约2亿元,建设…" (a comma between the amount
    and its verb) and the partners of ``by_partners``.
    """
    conf = triggers()["invests_in"]
    verbs = alternation(conf["verbs"])
    notes = "|".join(conf["amount_notes"])
    amount = rf"(?:计划|拟|预计)?投资[^,;。]{{0,12}}?元(?:{notes})?"
    jointly = "|".join(map(re.escape, conf["jointly"]))
    shared = alternation(conf["shared_verbs"])
    partners = alternation(conf["by_partners"])
    roles = alternation(conf["by_roles"])
    lump = alternation(conf["lump_sums"])
    # The verbs a lump sum takes are the subject's verbs of building ("投巨资兴建", "斥资打造").
    builds = alternation(conf["subject_builds"])
    # A partner stretch holds no clause mark, no 由 (a second clause) and no 的 (an attributive
    # that names something else); it ends where the verb (or its sharing word) begins.
    stretch = (
        rf"(?:(?:{partners})(?P<partners>[^,，;；。由的]{{1,24}}?)"
        rf"(?=(?:{jointly})?(?:投资|出资|兴建|建设|打造)))?"
    )
    return re.compile(
        rf"{stretch}(?:(?:{roles})(?=投资))?"
        rf"(?:(?:投资|出资)(?=(?:{jointly})))?(?:{jointly})?"
        rf"(?:(?:{amount}[,，]?)?(?:{verbs})(?:的)?|{amount}的|(?:{lump})(?:[^,;。]{{0,12}}?元)?(?:{builds})(?:的)?)"
        rf"|(?:{jointly})(?:{shared})"
    )
