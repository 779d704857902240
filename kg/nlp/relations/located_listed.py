"""Which projects of a list share the place that opens its first name: "某县A项目、B项目等8个项目"
places each in the county; a place that opens only one item of a list names that item alone.
"""

from __future__ import annotations

import re

from kg.nlp.gazetteer import Division, load_gazetteer
from kg.nlp.relations.places import is_company, is_park, place_opening
from kg.nlp.relations.view import ArticleView

# A list's joints: what stands between two of its items.
_JOINTS = "、和及"


def listed_after(view: ArticleView, k: int, i: int) -> list[int]:
    """The projects listed after ``i`` in a list that 等 closes: "A、B和C等" (B, C); none when
    no 等 closes the list (the first name's place then says nothing of the others)."""
    text = view.article.text
    items, prev = [], view.mentions[i].end
    for j in sorted(view.of_type(k, "PROJECT"), key=lambda x: view.mentions[x].start):
        mj = view.mentions[j]
        if mj.start < prev or mj.attrs.get("nested"):
            continue
        if mj.start - prev != 1 or text[prev] not in _JOINTS:
            break
        items.append(j)
        prev = mj.end
    return items if text.startswith("等", prev) else []


def _follows_an_item(view: ArticleView, k: int, start: int) -> bool:
    """A project of the sentence ends right before the joint before ``start``: the name is a
    later item of a list ("A项目、某区B项目、C项目等"), not its opening."""
    text = view.article.text
    if start == 0 or text[start - 1] not in _JOINTS:
        return False
    return any(
        view.mentions[j].end == start - 1 and not view.mentions[j].attrs.get("nested")
        for j in view.of_type(k, "PROJECT")
    )


def _opens_with_place(view: ArticleView, j: int, d: Division) -> bool:
    """The item's name opens with a place of its own (a prefix the entity stage found, or a
    division's name): "…、某州某县某某项目、…". A division that holds ``d`` does not count: it
    names where the item's company was registered ("某县A项目、某省某某公司B项目等")."""
    mj = view.mentions[j]
    gaz = load_gazetteer()
    prefix = mj.attrs.get("place_prefix")
    if prefix is not None and view.mentions[prefix].start == mj.start:
        own = view.division(prefix)
        return own is None or not gaz.holds(own, d)
    g = place_opening(view.article.text, mj.start, mj.end)
    if not g:
        return False
    found = gaz.lookup(g.group(0))
    return bool(found) and not any(gaz.holds(e, d) for e in found)


def shared_prefix_items(view: ArticleView, k: int, i: int, prefix: int) -> list[int]:
    """The projects after ``i`` that the division ``prefix`` opening its name places too.

    None when the place cannot be the whole list's: a province (it names where the first
    item's company was registered: "某省某某公司A项目、B项目等"), a name that is not the list's
    first item (the place opens that item only), or a list whose other items open with places
    of their own (each item then carries its own place, and the first one's is part of its name).
    """
    d = view.division(prefix)
    if d is None or d.level == "province":
        return []
    start = min(view.mentions[i].start, view.mentions[prefix].start)
    if _follows_an_item(view, k, start):
        return []
    items = listed_after(view, k, i)
    if any(_opens_with_place(view, j, d) for j in items):
        return []
    return items


def registered_province(view: ArticleView, i: int, prefix: int) -> bool:
    """A province by its short form opens the name ("广西某某胶合板项目", "陕西某某生产基地"):
    the prefix is a firm's province of registration, not where the project is (the
    gold conventions: only a local county, town, village or site opening a project's name
    places it). A firm's own name places it there when the article also names the province on
    its own, outside any name (as ``province_in_name`` reads it)."""
    d = view.division(prefix)
    m, pm = view.mentions[i], view.mentions[prefix]
    if d is None or d.level != "province" or d.name.endswith("市") or view.text(prefix) == d.name:
        return False
    if pm.start != m.start:
        return False
    if m.label == "PLACE" or is_park(view, i):
        return False  # a park or a site named with its province ("山西某某产业园") is in it
    if m.label == "PROJECT":
        return True
    if not is_company(view, i):
        return False  # "广西政府", "湖南省委": a body of the province
    word, text = view.text(prefix), view.article.text
    names = [(x.start, x.end) for x in view.mentions if x.label in ("ORG", "PROJECT", "PLACE")]
    return not any(
        not any(a <= x.start() < b and b - a > len(w) for a, b in names)
        for w in {word, d.name}
        for x in re.finditer(re.escape(w), text)
    )
