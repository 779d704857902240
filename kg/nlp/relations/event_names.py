"""Names inside a meeting's or ceremony's name (s26-loc).

A body or a project named inside an event's name ("第十九届某县人民政府第八次常务会议",
"某区某公园景观改善工程动土仪式", "「某市政府招商投资服务中心」揭牌仪式") is an entity of its own,
not a part of another name, so the rules that read names (``place_in_name``) read it as they
read a name standing alone.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, enclosing


def in_event_name(view: ArticleView, k: int, i: int) -> bool:
    """The mention ``i`` is a name inside a meeting's or ceremony's name, no part of another
    body's or project's ("第十九届某县人民政府第八次常务会议", "某区某公园景观改善工程动土仪式",
    "「某市政府招商投资服务中心」揭牌仪式"; s26-loc): a body or a project of its own."""
    if view.mentions[i].label not in ("ORG", "PROJECT"):
        return False
    around = enclosing(view, k, i)
    return bool(around) and all(view.mentions[j].label == "MEETING" for j in around)
