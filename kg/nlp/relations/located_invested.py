"""The projects a place's investment builds, the amount and the building verb in two clauses:
"公司将在某县投资4.95亿欧元(约合人民币35亿元),建设A、B、C等项目" (built_at reads it; s31-locrec)."""

from __future__ import annotations

import re

from kg.nlp.relations.view import ArticleView


def invested_projects(view: ArticleView, k: int, pos: int, invested: re.Pattern[str]) -> list[int]:
    """The projects (not nested in a longer name) of the clause that a building verb opens after
    an amount invested at ``pos`` ("在某县|投资N亿元(…),建设|A、B等项目"), in sentence ``k``; none
    where no amount and verb follow ``pos``. A list of projects shares the clause (、 joins it)."""
    text = view.article.text
    sent = view.article.sentences[k]
    im = invested.match(text, pos, sent.end)
    if im is None:
        return []
    clause_end = min((x for x in (text.find(c, im.end(), sent.end) for c in ",，;；。") if x >= 0), default=sent.end)
    return [
        j
        for j in view.of_type(k, "PROJECT")
        if not view.mentions[j].attrs.get("nested") and im.end() <= view.mentions[j].start < clause_end
    ]
