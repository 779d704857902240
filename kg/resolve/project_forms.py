"""A project named on one page by its firm's short name and by the firm's full name with the
capacity it builds: "某某胶合板项目" in a list and "某某木业有限公司年产18万立方米胶合板项目" later,
"某某生物产业园项目" and "某某集团生物产业园项目", "某村奶牛养殖区项目" and "某村10万头奶牛养殖区
项目" (the corpus audit s17-projforms). The words between the shared opening and the shared end
of the two names are only the firm's business words and company word and/or a capacity
(``[project] firm_form_*``, ontology/patterns/resolution.toml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.entities.lexicon_data import gazetteer_regex
from kg.patterns import alternation
from kg.resolve.keys import UnionFind, clean, mention_key, resolution_patterns

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


@lru_cache(maxsize=1)
def _middle() -> re.Pattern[str]:
    conf = resolution_patterns()["project"]
    company = alternation(resolution_patterns()["org"]["company_suffixes"])
    words = conf["firm_form_business_chars"]
    return re.compile(f"(?:[\u4e00-\u9fff]{{0,{words}}}(?:{company}))?(?:{conf['firm_form_capacity']})?")


def firm_form_of(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with its firm's business and company words and/or a capacity
    put between its opening and its end, the opening more than a division's name alone.

    >>> firm_form_of("某某胶合板项目", "某某木业有限公司年产18万立方米胶合板项目")
    True
    >>> firm_form_of("某某木业年产5万吨板材项目", "某某木业有限责任公司年产5万吨板材项目")
    True
    >>> firm_form_of("某某生物产业园项目", "某某集团生物产业园项目")
    True

    A different product, a phase or a place word between them is no firm's form:

    >>> firm_form_of("某某胶合板项目", "某某木业有限公司年产18万立方米纤维板项目")
    False
    >>> firm_form_of("某某产业园项目", "某某产业园二期项目")
    False
    """
    conf = resolution_patterns()["project"]
    if len(full) <= len(short):
        return False
    for i in range(2, len(short) - conf["firm_form_tail_min_chars"] + 1):
        opening, end = short[:i], short[i:]
        if not (full.startswith(opening) and full.endswith(end)):
            continue
        middle = full[i : len(full) - len(end)]
        division = gazetteer_regex().match(opening)
        if middle and _middle().fullmatch(middle) and not (division and division.end() == len(opening)):
            return True
    return False


def merge_firm_forms_in_document(r: DocumentResult, uf: UnionFind) -> None:
    """Join a project's short name to the one longer project name of its document that is its
    firm's form (:func:`firm_form_of`); a short name two longer ones fit names neither."""
    projects: dict[str, str] = {}
    for m in r.mentions:
        if m.label == "PROJECT":
            projects.setdefault(clean(m.norm), mention_key(r, m))
    for short, key in projects.items():
        fulls = {projects[f] for f in projects if firm_form_of(short, f)}
        if len(fulls) == 1 and key not in fulls:
            uf.union(key, next(iter(fulls)), "project.firm_form", r.doc)


def plain_form(name: str) -> str:
    """A project's name without the divisions opening it, its company words read as 公司, and its
    head (``[project] plain_form_ends``) and then 建设/新建 dropped from its end: what a page keeps
    when it names one project again with or without its county, its company's full company word
    and the verb of building.

    >>> plain_form("乌恰县甲乙米业有限公司建设项目") == plain_form("甲乙米业有限公司项目")
    True
    >>> plain_form("甲乙建材有限公司年产3万吨砂浆项目") == plain_form("甲乙建材公司年产3万吨砂浆项目")
    True
    >>> plain_form("甲乙路(丙路-丁路)建设项目") == plain_form("甲乙路(丙路-丁路)新建工程")
    True
    >>> plain_form("甲乙产业园一期项目") == plain_form("甲乙产业园二期项目")
    False
    """
    conf = resolution_patterns()["project"]
    n = clean(name)
    while (m := gazetteer_regex().match(n)) and m.end() < len(n):
        n = n[m.end() :]
    for company in conf["plain_form_companies"]:
        n = n.replace(company, "公司")
    for end in sorted(conf["plain_form_ends"], key=len, reverse=True):
        if n.endswith(end) and len(n) > len(end):
            n = n[: -len(end)]
            break
    for verb in conf["plain_form_verbs"]:
        if n.endswith(verb) and len(n) > len(verb):
            n = n[: -len(verb)]
            break
    return n


def merge_plain_forms_in_document(r: DocumentResult, uf: UnionFind) -> None:
    """Join the projects of a document whose names have one :func:`plain_form` of at least
    ``[project] plain_form_min_chars`` characters: "某县某某有限公司建设项目" and "某某有限公司项目" in one
    page name one project (the page says the county once and drops the verb of building later)."""
    least = resolution_patterns()["project"]["plain_form_min_chars"]
    first: dict[str, str] = {}
    for m in r.mentions:
        if m.label != "PROJECT":
            continue
        form = plain_form(m.norm)
        if len(form) < least:
            continue
        key = mention_key(r, m)
        if form in first and uf.find(first[form]) != uf.find(key):
            uf.union(first[form], key, "project.plain_form", r.doc)
        first.setdefault(form, key)
