"""Whose yuan a bare 元 is: a page of Taiwan, Hong Kong or Macau writes its own dollar as 元
("投资2亿元" on a Taiwan county's page is NT$), a mainland page the renminbi.

The words and region codes are ``generic_currency``, ``local_currencies``, ``mainland_currency``
and ``region_currencies`` of ``[invested_amount]`` in ``ontology/patterns/relations.toml``; the
``investment_amount`` rule (:mod:`kg.nlp.relations.investment`) gives its bare amounts the
currency found here.
"""

from __future__ import annotations

import dataclasses

from kg.nlp.amounts import Amount
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.relations.view import ArticleView, triggers


def local_currency(text: str, divisions: set[str]) -> str | None:
    """The currency of the page's bare 元 when the page shows clearly it is not the renminbi:
    the text names one local currency (新台币, 港元, 澳门元) or divisions of one region
    (``divisions``: codes of the divisions it names) below the region's own name, and no other
    local currency, no 人民币 and no mainland division. None otherwise (CNY stays).

    >>> local_currency("某县某镇某某公司投资20亿元", {"7109", "710902"})  # a Taiwan county, its town
    'TWD'
    >>> local_currency("台湾某某公司在某市投资20亿元", {"710000", "3506"})  # Taiwan, a mainland city
    >>> local_currency("香港某某公司投资5000万港元", {"81"})
    'HKD'
    >>> local_currency("香港某某公司投资5000万港元,在某市投资1亿元", {"81", "5101"})
    >>> local_currency("某县某某公司投资人民币2亿元", {"7109"})
    """
    conf = triggers()["invested_amount"]
    if any(w in text for w in conf["mainland_currency"]):
        return None
    found = {cur for cur, words in conf["local_currencies"].items() if any(w in text for w in words)}
    gaz = load_gazetteer()
    for code in divisions:
        region = next((cur for prefix, cur in conf["region_currencies"].items() if code.startswith(prefix)), None)
        if region is None:
            return None  # a mainland division: the page may speak of the mainland's money
        d = gaz.divisions.get(code)
        # The region named as a whole (台湾, 香港) is what mainland pages name too: 台商, 港资.
        if d is not None and d.parent_code is not None:
            found.add(region)
    return found.pop() if len(found) == 1 else None


def with_page_currency(view: ArticleView, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with the page's own currency on those whose currency is only the generic 元."""
    cur = view.memo.get("page_currency", False)
    if cur is False:
        cur = view.memo["page_currency"] = local_currency(view.article.text, view.named_divisions)
    if cur is None:
        return amounts
    return [dataclasses.replace(a, currency=cur) if a.bare else a for a in amounts]
