"""Which project an amount describes when the amount stands before a name or closes a list.

Two constructions of real news that the clause rule of ``investment_amount`` (in
:mod:`kg.nlp.relations`) would otherwise give to the project named *before* the amount:

- the amount as an attribute of the name after it: "总投资5亿元的A项目、总投资3亿元的B项目",
  "投资2亿元C工程、投资8亿元D基地" (lists of signed or started projects). The amount is that
  name's, or nobody's when the name was not recognised; never the previous item's.
- the total of a coordinated list whose later items were not recognised:
  "A项目和B种植及加工项目，投资总额达30亿元" is the list's sum, no item's.

The words are ``attributive_heads`` and ``list_joins`` in ``[invested_amount]`` of
``ontology/patterns/relations.toml``.

>>> from kg.ingest import segment_document
>>> from kg.nlp.pipeline import analyse_article, make_pipeline
>>> text = "签约项目9个，分别是总投资6亿元的年产8万吨碳酸钙粉体项目、总投资26亿的年产30万吨再生铝合金项目。"
>>> (art,) = segment_document("t.txt", text)
>>> doc = analyse_article(make_pipeline(), art)
>>> ms = doc._.mentions
>>> sorted((art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
...        for r in doc._.relations if r.type == "invested_amount")
[('年产30万吨再生铝合金项目', 2600000000), ('年产8万吨碳酸钙粉体项目', 600000000)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.amounts import Amount
from kg.nlp.relations import ArticleView, triggers

_SEPARATORS = ",;:。、!?"


@lru_cache(maxsize=1)
def _heads_re() -> re.Pattern[str]:
    heads = sorted(triggers()["invested_amount"]["attributive_heads"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)))


def _phrase_after(text: str, pos: int, limit: int = 60) -> str:
    """The text from ``pos`` up to the next separator (at most ``limit`` characters)."""
    end = pos
    while end < len(text) and end - pos < limit and text[end] not in _SEPARATORS:
        end += 1
    return text[pos:end]


def attributive(view: ArticleView, k: int, a: Amount) -> tuple[bool, int | None]:
    """Whether ``a`` describes the name that follows it, and that name's PROJECT mention.

    True when the amount is followed by 的, or runs straight on (no separator) into a phrase
    with a project head word (项目, 工程, 基地…). The mention is the PROJECT that starts right
    there, or one that swallowed the amount into its name ("2亿元某某技改工程"); None when the
    name was not recognised (the amount then belongs to no project named elsewhere).
    """
    text = view.article.text
    at = a.end + 1 if text.startswith("的", a.end) else a.end
    phrase = _phrase_after(text, at)
    if at == a.end and (not phrase or not _heads_re().search(phrase)):
        return False, None
    for j in view.of_type(k, "PROJECT"):
        m = view.mentions[j]
        if m.start == at or (a.start < m.start <= a.end < m.end):
            return True, j
    return True, None


def closes_list(view: ArticleView, head: int, a: Amount) -> bool:
    """The amount follows a coordinated list that ``head`` opens, whose other items the entity
    stage missed: "A项目和B项目，投资总额达30亿元" (B unrecognised) is the list's total."""
    text = view.article.text
    joins = "|".join(map(re.escape, triggers()["invested_amount"]["list_joins"]))
    between = text[view.mentions[head].end : a.start]
    return re.match(rf"(?:{joins})[^,;。]{{2,60}}?(?:{_heads_re().pattern})[,;]", between) is not None


def own_clause(view: ArticleView, a: Amount) -> bool:
    """No count of projects in the amount's own clause ("9个项目总投资…的" is a sum; "签约项目9个，
    分别是总投资6亿元的A项目" is A's amount)."""
    text = view.article.text
    start = max(text.rfind(c, 0, a.start) for c in _SEPARATORS) + 1
    return re.search(triggers()["invested_amount"]["several"], text[start : a.start]) is None
