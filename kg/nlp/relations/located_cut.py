"""``located_in`` where the tokenizer cut a name from the place written in it: a level's body
cut from its place ("开原|市委书记": LAC reads "开|原", "且末|县委": "且末" a conjunction), and the
mention written right after a name whose own prefix is a nested mention ("柳城县工业园区|河西片区":
the nested 柳城县 sits between them in the sentence's order).
"""

from __future__ import annotations

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.view import ArticleView, triggers


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
