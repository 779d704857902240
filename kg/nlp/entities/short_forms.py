"""A county's short form the sentence itself shows to be a place, on a page that names neither the
county nor its city.

The gazetteer source keeps a county's short form only where the page names the county or its city
(:func:`kg.nlp.entities.gazetteer.gazetteer_candidates`): "灵山秀水" is no 灵山县. Reports written
for the county's own readers name it by the short form alone, so the guard dropped their home
county on many pages (session 32, s32-placerec: 26 dropped mentions before a zone on 18 pages, 13
in lists of divisions on 8 pages, that the golds name as places). Two shapes show the place in
the sentence itself:

* a zone's kind right after it ("某某经济开发区", "某某工业园区", "某某港新区"): the zone bears the
  county's name;
* a division beside it as another item of a "、" list ("闵行、长宁、青浦、嘉定区政府").

Nor after its province or city ("河北某某", "贵州某某经济开发区"): tried as a third shape, it read
"河北长安产能置换" (a steel firm's) and gained nothing; the golds read "贵州某某经济开发区" whole, and
the form placed in the province there was false.

Not on a Taiwan page for a mainland county (a township's park "南岗工业区" of 南投, not
哈尔滨's 南岗区), nor after another division's full name ("某某县老城经济开发区": that county's
town) or another province's name ("浙江某某工业园区": a park of 浙江), nor where the page
names a town of that name ("某某镇": "某某工业园区" is the town's park),
nor where the page names cities or counties by full name, none in the form's province (a
namesake park: "东港产业园" on a page of 合浦县, "九龙工业园" of 华安).
The mention gets no division's code: the form may name a homonym or a town's namesake area
(合浦's "东港产业园" is no 丹东's 东港市).
"""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.gazetteer import TAIWAN, Division, Gazetteer, load_gazetteer


def short_form_shown(
    gaz: Gazetteer, d: Division, text: str, m: re.Match[str], aligned: bool, context_names: frozenset[str]
) -> bool:
    """The county ``d``'s short form matched at ``m`` in ``text`` is a place by its sentence (see
    the module); ``aligned``: the tagger's words begin and end with the match.

    >>> from kg.nlp.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> def shown(text: str, form: str, aligned: bool = True, names: frozenset[str] = frozenset()) -> bool:
    ...     m = re.compile(form).search(text)
    ...     return short_form_shown(gaz, gaz.lookup(form)[0], text, m, aligned, names)
    >>> shown("集中开工活动在海门开发区设主会场", "海门"), shown("提高云霄、东山、常山两县", "云霄")
    (True, True)
    >>> shown("深入河北青龙经济开发区调研", "青龙"), shown("努力让分宜成为热土", "分宜")
    (False, False)
    >>> shown("会场活动在澄迈县老城经济开发区举行", "老城"), shown("引领南岗工业区", "南岗", names=frozenset({TAIWAN}))
    (False, False)
    """
    p = lexicon().patterns["place"]["short_form_shown"]
    if TAIWAN in context_names and not any(a.name == TAIWAN for a in gaz.ancestors(d)):
        return False
    before, after = text[max(0, m.start() - p["before_chars"]) : m.start()], text[m.end() :]
    form = m.group(0)
    # (a province or city of any county of that name right before it is no other division)
    homonyms = [x for x in gaz.lookup(form) if x.level == "county"] or [d]
    ancestors = [n for x in homonyms for a in gaz.ancestors(x) for n in (a.name, a.short) if n]
    if any(before.endswith(n) for n in ancestors):
        return False  # "贵州|某某经济开发区": the province opens the zone's name, read whole with it
    if any(form + h in text or form + h in context_names for h in p["town_heads"]):
        return False  # "某某镇" on the page: "某某工业园区" is the town's park
    if _page_elsewhere(gaz, homonyms, context_names):
        return False  # "东港产业园" on a page of 合浦县: a namesake park, no 丹东's 东港市
    if _other_division_before(gaz, before, ancestors):
        return False  # "某某县|老城经济开发区": a town of the county named before it
    if after.startswith(tuple(p["zone_heads"])):
        return True
    return aligned and listed_with_division(before, after)


def listed_with_division(before: str, after: str) -> bool:
    """A division's name is the list item right before (``…某市、``) or after (``、某市…``)."""
    if after.startswith("、") and (g := gazetteer_regex().match(after[1:])) and load_gazetteer().lookup(g.group(0)):
        return True
    if not before.endswith("、"):
        return False
    return any(
        g.end() == len(before) - 1 and load_gazetteer().lookup(g.group(0)) for g in gazetteer_regex().finditer(before)
    )


def _other_division_before(gaz: Gazetteer, before: str, ancestors: list[str]) -> bool:
    """A division's full name, or a province's short form, ends right before the short form (not
    one of ``ancestors``, read whole above): "浙江|某某工业园区" names a park of 浙江, no county of
    another province."""
    return any(
        g.end() == len(before)
        and g.group(0) not in ancestors
        and any(x.name == g.group(0) or x.level == "province" for x in gaz.lookup(g.group(0)))
        for g in gazetteer_regex().finditer(before)
    )


def _province(gaz: Gazetteer, d: Division) -> str:
    """The name of ``d``'s province (its top ancestor), or its own for a province."""
    top = list(gaz.ancestors(d))
    return top[-1].name if top else d.name


def _page_elsewhere(gaz: Gazetteer, homonyms: list[Division], context_names: frozenset[str]) -> bool:
    """The page names a city or county by its full name, and none in the province of any county
    the form may name: the page's places lie elsewhere, and a zone named by the form is a namesake
    ("东港产业园" in 合浦, "江阴工业区" in 福清)."""
    provinces = {_province(gaz, x) for x in homonyms}
    named = [x for n in context_names for x in gaz.lookup(n) if x.name == n and x.level in ("city", "county")]
    return bool(named) and not any(_province(gaz, x) in provinces for x in named)
