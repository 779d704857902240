"""A person's employer where the post's body is a department of a company or an office:
"某某股份有限公司办公室主任X", "某某有限公司规划部处长X", "某某联络办公室经济部副部长X" work for
the company or the office, not for its department (which is no employer of its own: the gold
sets annotate the company, real-pages-11 z07, real-pages-14 n12, dev-real tune r09).

The department is what follows the parent's name: a few characters ending in a department's
head word (``positions.company_departments.heads``: 部, 办公室, 处, 室, 科), after a parent that
ends in one of ``positions.company_departments.parents`` (公司, 集团, 办公室). A government
body's department keeps its own name as the employer ("某县委宣传部", "某市政府办公室": their
parents end in none of those).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.relations.view import ArticleView, named_in_article, triggers
from kg.patterns import alternation


@cache
def _department() -> re.Pattern[str]:
    conf = triggers()["positions"]["company_departments"]
    parents, heads = alternation(conf["parents"]), alternation(conf["heads"])
    return re.compile(
        rf"(?P<parent>.{{{conf['min_parent']},}}(?:{parents}))"
        rf"(?P<department>[\u4e00-\u9fff]{{0,{conf['max_chars']}}}(?:{heads}))"
    )


def department_parent(name: str) -> str | None:
    """The parent's name when ``name`` is a department of a company or an office; else None.

    >>> department_parent("华星机电股份有限公司办公室"), department_parent("某某联络办公室经济部")
    ('华星机电股份有限公司', '某某联络办公室')
    >>> department_parent("平阳县委宣传部"), department_parent("市政府办公室"), department_parent("华星机电有限公司")
    (None, None, None)
    """
    m = _department().fullmatch(name)
    return m.group("parent") if m else None


def parent_of_department(view: ArticleView, i: int) -> int:
    """The employer of a post whose body is the mention ``i``: the company or office whose
    department ``i`` is, the article's mention of it (added inside ``i``'s name when the article
    names it only with the department and the name is a company's, ``named_parents``); else
    ``i`` itself."""
    name = view.text(i)
    parent = department_parent(name)
    if parent is None:
        return i
    found = named_in_article(view, parent)
    if found is not None:
        return found
    if not parent.endswith(tuple(triggers()["positions"]["company_departments"]["named_parents"])):
        return i
    start = view.mentions[i].start
    return view.add_mention(start, start + len(parent), "ORG", "department_parent")


@cache
def _department_title() -> re.Pattern[str]:
    """A department's name and a title, the person's name right after them."""
    titles = alternation(sorted(lexicon().titles, key=len, reverse=True))
    return re.compile(rf"(?P<dep>[\u4e00-\u9fff]{{2,6}}?)(?P<title>{titles})")


def body_before_department(view: ArticleView, k: int, pos: int) -> int | None:
    """The government body written right before a department whose title stands before the person
    at ``pos``: "澳门政发局|经济民生处|处长某某", "经济部工业局|工业区|组长某某", "某县政府|工商发展|处长某某"
    work for the body (real-pages-37 a12 annotates the body as well as the department; the other
    pages the body alone). The department is 2-6 characters ending in a head of
    ``positions.department_bodies.heads``, or the title opens with that head ("组长", "副处长");
    the body is the sentence's ORG mention right before it, ending in one of ``body_ends``
    (session 30, s30-region: Hong Kong, Macau and Taiwan bodies write their departments so)."""
    conf = triggers()["positions"]["department_bodies"]
    heads, ends = tuple(conf["heads"]), tuple(conf["body_ends"])
    text = view.article.text
    for j in view.of_type(k, "ORG"):
        e = view.mentions[j].end
        if not 3 <= pos - e <= 14 or not view.text(j).endswith(ends):
            continue
        m = _department_title().fullmatch(text, e, pos)
        if m is None:
            continue
        title = m.group("title")
        if m.group("dep").endswith(heads) or title.lstrip("副").startswith(heads):
            return j
    return None
