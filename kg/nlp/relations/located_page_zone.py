"""The one zone of a kind an article names in full, for a body named by the kind alone (s29-loc):
"开发区管委会主任某某" on a page about 某某经济开发区, "市委常委、科技城党工委副书记" on a page that
names 绵阳科技城. The golds place such a body in that zone (real-pages-16 h02, -20 l03, -31 s11,
-36 x04); ``zone_body`` reads a committee named with its zone's own name off the name itself.
:mod:`kg.nlp.entities.page_zones` makes a bare kind standing alone the page's zone the same way,
but not a kind before a body's head.
"""

from __future__ import annotations

from kg.nlp.entities.place_forms import is_zone_kind, zone_family
from kg.nlp.relations.places import is_park
from kg.nlp.relations.view import ArticleView, triggers


def bare_zone_kind(stem: str) -> bool:
    """``stem`` names a kind of zone, or an area a committee runs, and no one zone: "开发区",
    "经开区", "高新区", "科技城", "新城" (not "某某开发区", not "县开发区").

    >>> bare_zone_kind("开发区"), bare_zone_kind("科技城"), bare_zone_kind("胜利开发区"), bare_zone_kind("县开发区")
    (True, True, False, False)
    """
    return is_zone_kind(stem) or stem in triggers()["located_in"]["zone_body_areas"]


def _kinds(stem: str) -> tuple[str, ...]:
    """The endings of a zone of ``stem``'s kind: its long and short forms ("开发区": 经济开发区,
    经济技术开发区)."""
    return tuple(zone_family(stem)) if is_zone_kind(stem) else (stem,)


def page_zone(view: ArticleView, stem: str) -> int | None:
    """The place mention of the one zone of ``stem``'s kind the article names by a name of its
    own ("抚顺胜利经济开发区", "胜利开发区": one zone, the shorter name's own part inside the
    longer's), or None where it names none or two."""
    kinds = _kinds(stem)
    found: dict[str, tuple[str, int]] = {}  # name -> (its own part before the kind, mention)
    for j, mj in enumerate(view.mentions):
        if mj.label != "PLACE":
            continue  # (a zone inside its committee's name counts: "什邡经济开发区|管委会")
        name = view.text(j)
        kind = next((x for x in sorted(kinds, key=len, reverse=True) if name.endswith(x)), None)
        if kind is None or bare_zone_kind(name) or not (is_park(view, j) or view.is_place_name(j)):
            continue
        found.setdefault(name, (name[: -len(kind)], j))
    if not found:
        return None
    longest = max(found, key=len)
    own = found[longest][0]
    if any(part not in own for part, _j in found.values()):
        return None  # two zones of the kind
    return found[longest][1]
