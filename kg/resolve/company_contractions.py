"""A company named on one page in full and in a short form that leaves words out of it (the
audit s27-dups: one company kept as two on 3 pages of 3 sites): the middle of its name
contracted ("某阳市产投集团" / "某阳市产业投资集团有限公司", "某省农开基金管理公司" /
"某省农开投资基金管理有限公司"), its place and business words left off before a bare 公司
("甲乙公司" / "湖南甲乙生物科技股份有限公司"), or a two-character name with its place and legal form
left off ("丙丁集团" / "深圳市丙丁集团有限公司": ``org.core_name`` and ``org.without_region`` need a
name of three characters). A short form may also leave off the country its full name opens
with ("某某冶集团" / "中国某某冶集团有限公司"), and a group's short form the business words before its
集团 ("甲乙集团" / "甲乙生物科技集团股份有限公司"; audits s37-dupes, s39-shortbar2: 4 pages of 4 sites).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.lexicon_data import countries_opening
from kg.resolve.keys import UnionFind, company_suffix, in_order, region_stripped

# A number names another unit of a group ("中铁四局" / "中铁十四局"): the two must write the same.
_NUMERALS = re.compile(r"[0-9一二三四五六七八九十百]")


def same_numerals(a: str, b: str) -> bool:
    """Whether two names write the same numerals in the same order (a short form keeps them all).

    >>> same_numerals("中铁四局集团", "中铁十四局集团"), same_numerals("某某二医院", "某某第二医院")
    (False, True)
    """
    return _NUMERALS.findall(a) == _NUMERALS.findall(b)


def plain_name(name: str) -> str:
    """The name without every company word ending it ("某某集团有限公司" -> 某某).

    >>> plain_name("深圳市某某集团有限公司"), plain_name("某某公司")
    ('深圳市某某', '某某')
    """
    return _company_words(name)[0]


def _company_words(name: str) -> tuple[str, list[str]]:
    """The name without its company words, and those words, last first."""
    words = []
    while (suffix := company_suffix(name)) and len(name) > len(suffix):
        name = name[: -len(suffix)]
        words.append(suffix)
    return name, words


def _same_form(short: str, full: str) -> bool:
    """Whether the company word of ``short`` is one of ``full``'s: a group (集团) is no short form
    of a company that is no group ("某某集团" / "和田某某公司", its member), a bare 公司 ends
    every company word but 集团."""
    word = _company_words(short)[1][0]
    words = _company_words(full)[1]
    return word in words or (word == "公司" and words[0].endswith("公司"))


def country_stripped(name: str) -> list[str]:
    """The name without the country (``ontology/lexicon/countries.txt``) it opens with, longest
    country first, and then without the divisions it opens with; empty when it opens with none.

    >>> country_stripped("中国某某冶集团有限公司"), country_stripped("某某集团有限公司")
    (['某某冶集团有限公司'], [])
    """
    for country in countries_opening(name):
        if len(name) - len(country) >= 2:
            rest = name[len(country) :]
            return [rest, *region_stripped(rest)]
    return []


def _group_short(short: str, full: str) -> bool:
    """Whether ``short`` is a group "X集团" and ``full`` a group "X<business words>集团<legal
    form>": the words it leaves off stand before the group's 集团, not after it (a member
    "X集团第一工程有限公司" opens with the whole short form and is refused before)."""
    return _company_words(short)[1] == ["集团"] and "集团" in _company_words(full)[1]


def contracts(short: str, full: str, group_words: bool = True) -> bool:
    """Whether the company name ``short`` is a short form of the company name ``full`` (or of
    ``full`` without the places it opens with): the same name before their company words, or
    the same two first characters with every character of ``short`` in ``full`` in order. A name
    that opens the full one whole is the group of a member ("某某建工集团" / "某某建工集团第一工程
    有限公司"), and words left off at the end only before a bare 公司 ("某某集团" is no short form
    of "某某第一建设集团有限公司", a member of it).

    >>> contracts("某阳市产投集团", "某阳市产业投资集团有限公司"), contracts("丙丁集团", "深圳市丙丁集团有限公司")
    (True, True)
    >>> contracts("甲乙公司", "湖南甲乙生物科技股份有限公司"), contracts("某某建工集团", "某某建工第一建设集团有限公司")
    (True, False)
    >>> contracts("中铁四局集团", "中铁十四局集团有限公司"), contracts("某某建工集团", "某某建工集团第一工程有限公司")
    (False, False)
    >>> contracts("某某集团", "和田某某公司")
    False
    >>> contracts("某某冶集团", "中国某某冶集团有限公司"), contracts("甲乙集团", "甲乙生物科技集团股份有限公司")
    (True, True)
    >>> contracts("甲乙公司", "德国甲乙工程技术有限公司"), contracts("甲乙集团", "甲乙生物科技股份有限公司")
    (True, False)

    ``group_words=False`` keeps a group's short form off the longer groups (see
    :func:`merge_contracted_companies`).
    """
    if len(short) < 4 or len(full) <= len(short) or not company_suffix(short) or not company_suffix(full):
        return False
    if not _same_form(short, full):
        return False
    ps = plain_name(short)
    for f in (full, *region_stripped(full), *country_stripped(full)):
        pf = plain_name(f)
        if ps == pf:
            return True
        if len(ps) < 2 or ps[:2] != pf[:2] or f.startswith(short) or not same_numerals(ps, pf):
            continue
        if pf.startswith(ps) and not short.endswith("公司") and not (group_words and _group_short(short, f)):
            continue
        if in_order(short, f):
            return True
    return False


def merge_contracted_companies(orgs: list[str], key: Callable[[str], str], uf: UnionFind, doc: str) -> None:
    """Join a company's short form to the one longer company of the document it
    :func:`contracts` (a short form two companies fit names neither). A group's short form
    leaves off the business words before its 集团 only where the page names no company of its
    very name: beside "甲乙集团股份有限公司", "甲乙集团" is that group, and "甲乙资产管理集团有限公司"
    its member (real-pages-38 p03 names such a pair), whatever resolution joined before."""
    for a in orgs:
        plain = plain_name(a)
        whole = any(b != a and company_suffix(b) and plain_name(b) == plain for b in orgs)
        fulls = {uf.find(key(b)) for b in orgs if contracts(a, b, group_words=not whole)}
        fulls.discard(uf.find(key(a)))
        if len(fulls) == 1:
            uf.union(key(a), next(iter(fulls)), "org.contracted_company", doc)
