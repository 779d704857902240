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
    # "由X投资5亿元建设的Y项目": a building verb and 的 between the amount and the name.
    builds = "|".join(map(re.escape, sorted(triggers()["invests_in"]["subject_builds"], key=len, reverse=True)))
    verb = re.match(rf"(?:{builds})的", text[a.end : a.end + 8])
    if verb:
        at = a.end + verb.end()
    phrase = _phrase_after(text, at)
    if at == a.end and (not phrase or not _heads_re().search(phrase)):
        return False, None
    # "X计划投资100亿元建设Y项目": a building verb makes the amount the subject's, not an attribute.
    if at == a.end and phrase.startswith(tuple(triggers()["invests_in"]["subject_builds"])):
        return False, None
    for j in view.of_type(k, "PROJECT"):
        m = view.mentions[j]
        if m.start == at or (a.start < m.start <= a.end < m.end):
            return True, j
        # "总投资20亿元的某公司投资建设(的)某项目": who builds it stands between 的 and the name.
        if at < m.start <= at + 24 and re.fullmatch(rf"由?[^,;。、]{{1,16}}?(?:{builds})的?", text[at : m.start]):
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


def series_before(view: ArticleView, k: int, a: Amount) -> list[tuple[int, Amount]] | None:
    """ "总投资分别为11亿元、6亿元的A项目和B项目": the n-th amount of the series describes the
    n-th name of the list after 的. None when ``a`` opens no such series; [] when the names after
    it were not recognised or the two counts differ (who has which amount is then open).

    >>> from kg.ingest import segment_document
    >>> from kg.nlp.pipeline import analyse_article, make_pipeline
    >>> text = "总投资分别为8亿元、3亿元的生态农业示范园项目和冷链物流中心项目已签约。"
    >>> (art,) = segment_document("t.txt", text)
    >>> doc = analyse_article(make_pipeline(), art)
    >>> ms = doc._.mentions
    >>> sorted((art.text[ms[r.head].start : ms[r.head].end], r.value["amount"])
    ...        for r in doc._.relations if r.type == "invested_amount")
    [('冷链物流中心项目', 300000000), ('生态农业示范园项目', 800000000)]
    """
    from kg.nlp.amounts import parse_amount
    from kg.nlp.investors import list_after
    from kg.nlp.relations import amount_series

    text = view.article.text
    if "分别" not in text[a.start : a.end]:
        return None
    series = [a]
    pos = a.end
    for m in amount_series().finditer(text, pos, view.article.sentences[k].end):
        if m.start() != pos:
            break
        amount = parse_amount(m.group("num"), m.group("unit") or "") or 0
        series.append(Amount(m.start(), m.end(), a.trigger, amount, a.currency, a.qualifier, a.scope))
        pos = m.end()
    if not text.startswith("的", pos):
        return None
    first = next((j for j in view.of_type(k, "PROJECT") if view.mentions[j].start == pos + 1), None)
    if first is None:
        return []
    items = list_after(view, k, first)
    if len(items) != len(series) or not all(s.amount for s in series):
        return []
    return list(zip(items, series, strict=True))
