"""``located_in`` where the tokenizer cut a name from the place written in it: a level's body
cut from its place ("开原|市委书记": LAC reads "开|原", "且末|县委": "且末" a conjunction), and the
mention written right after a name whose own prefix is a nested mention ("柳城县工业园区|河西片区":
the nested 柳城县 sits between them in the sentence's order).
"""

from __future__ import annotations

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.table import fact
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def mention_before(view: ArticleView, idx: list[int], b: int) -> int | None:
    """The mention of the sentence's ``idx`` that ends right where mention ``b`` starts: the one
    just before ``b`` in the sentence's order, else the longest one ending there ("某县工业园区"
    before "河西片区", though its nested "某县" comes between them in the order), for a mention
    not itself nested in a name."""
    mb = view.mentions[b]
    k = idx.index(b)
    if k and view.mentions[idx[k - 1]].end == mb.start:
        return idx[k - 1]
    if mb.attrs.get("nested"):
        return None  # a place opening a name ("某县|七里河工业园区"): ``place_prefix`` reads the name's prefix
    ends = [a for a in idx[:k] if view.mentions[a].end == mb.start and view.mentions[a].start < mb.start]
    return min(ends, key=lambda a: view.mentions[a].start) if ends else None


def cut_body_place(view: ArticleView, i: int) -> tuple[int, int, Division] | None:
    """The division written right before the level body ``i`` that the tokenizer cut from it:
    "开原" before "市委" when 开原市 is a division's full name (two characters or more before
    the level character, so that "城|区委" or "全|市委" name none), the characters no part of
    another mention. ``(start, end, division)`` of the written short form."""
    m = view.mentions[i]
    text = view.text(i)
    if m.label != "ORG" or not text.startswith(tuple(triggers()["located_in"]["cut_level_bodies"])):
        return None
    level, article = text[0], view.article.text
    for n in (4, 3, 2):
        start = m.start - n
        if start < 0 or any(c.start < m.start and c.end > start for c in view.mentions if c is not m):
            continue
        found = [
            d
            for d in load_gazetteer().lookup(article[start : m.start] + level)
            if d.name == article[start : m.start] + level
        ]
        if found:
            return start, m.start, found[0]
    return None


def branch_place(view: ArticleView, i: int) -> tuple[int, int, Division] | None:
    """The division a branch's name writes before its head, after its parent's name ("某某银行|
    某某|支行", "中国银行|信阳|分行", "某某有限公司|新疆|分公司"): the branch is there, not where its
    parent is. ``(start, end, division)``; the longest form the gazetteer knows, at least two
    characters of the parent's name left before it."""
    m = view.mentions[i]
    text = view.text(i)
    head = next((h for h in triggers()["located_in"]["branch_heads"] if text.endswith(h)), None)
    if m.label != "ORG" or head is None:
        return None
    body = text[: -len(head)]
    for n in range(min(6, len(body) - 2), 1, -1):
        found = load_gazetteer().lookup(body[-n:])
        if found:
            end = m.end - len(head)
            return end - n, end, found[0]
    return None


def branch_facts(view: ArticleView, k: int, i: int, source: str) -> list[RawRelation] | None:
    """``located_in`` of the branch ``i`` in its place (:func:`branch_place`), written by rule
    ``source``; ``None`` when ``i`` is no branch named by a place after its parent's name. A
    province there places nothing: it only says which branch (GUIDE: a province seen inside a
    name is optional; real-pages-17 i08's 海南分公司), but no parent's place is read either."""
    branch = branch_place(view, i)
    prefix = view.mentions[i].attrs.get("place_prefix")
    if branch is None or (prefix is not None and branch[0] < view.mentions[prefix].end):
        return None
    if branch[2].level == "province":
        return []
    return [fact("located_in", i, view.add_place(*branch, source), None, k, source)]


def cut_body_facts(view: ArticleView, k: int, i: int) -> list[RawRelation] | None:
    """``located_in`` of the level body ``i`` in the place the tokenizer cut from it
    (:func:`cut_body_place`; GUIDE: a full place-name prefix is scored), or ``None``."""
    cut = cut_body_place(view, i)
    if cut is None:
        return None
    return [fact("located_in", i, view.add_place(*cut, "place_prefix"), None, k, "place_prefix")]
