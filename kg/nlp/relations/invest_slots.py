"""Where an investor stands in the slot of an investing or signing clause (session 29, s29-invest).

The investor rules read the organisation right after their slot word ("由X投资建设", "与X签订…",
"与X合作的P"). The page often puts a class of rank or kind, or the group that owns the firm,
between the slot and the firm's own name: "由深圳某商会|旗下|某某有限公司投资建设" (real-pages-32
t12), "与世界500强企业、|某集团合作的P" (real-pages-30 r01), "由某县人民政府与中国500强企业|某某集团
有限公司签约" (real-pages-33 u03). The entity stage names the firm on its own (s28-org,
``org_stops``, ``apposition_marks``); these helpers let the relation rules see past the phrase.
"""

from __future__ import annotations

from kg.nlp.entities.class_bodies import ranked_class
from kg.nlp.entities.joined_bodies import marked_class_ends
from kg.nlp.relations.view import ArticleView, triggers

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
