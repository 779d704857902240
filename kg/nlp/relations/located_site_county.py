"""``located_in`` of a project or a body whose name opens with a local place (no park or zone)
that itself opens with a county: "某清中央公园某某风情园项目" is in 某清中央公园 (``place_prefix``)
and in 某清市 as well, "某泽某海景区旅游基础设施建设项目" in 某泽县.

``place_prefix`` takes the longest place nested at a name's opening; where that place is a
scenic area, a lake or a square that opens with its county's name (full or short form), the
county is never given, though GUIDE.md scores the county that opens a project's name. A park or
development zone is left: the golds place the zone in its county and what lies in the zone in
the zone alone (s37-locin5: 33 false against 2 right over every readable text).
"""

from __future__ import annotations

from kg.nlp.entities import gazetteer_regex
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.relations.located_names import builds_the_place, works_on_site
from kg.nlp.relations.places import is_park, named_after_place
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def _county_opening(view: ArticleView, site: int) -> tuple[int, int, object] | None:
    """The county (``located_in.site_county_levels``) whose full name or short form opens the
    place ``site``'s name and leaves more of it, as ``(start, end, division)``, when the form is
    one division's alone in the gazetteer and the article writes the county's full name."""
    name = view.text(site)
    g = gazetteer_regex().match(name)
    if g is None or g.end() >= len(name):
        return None
    found = load_gazetteer().lookup(g.group(0))
    if len(found) != 1:
        return None  # "朝阳", "东兴": a form of several divisions names none for sure
    d = found[0]
    if d.level not in triggers()["located_in"]["site_county_levels"] or d.name not in view.article.text:
        return None
    start = view.mentions[site].start
    return start + g.start(), start + g.end(), d


@rule("site_county_opening")
def site_county_opening(view: ArticleView) -> list[RawRelation]:
    """A project or a body whose name opens with a place that is no park or zone and that opens
    with a county the article names is in that county too."""
    out = []
    labels = tuple(triggers()["located_in"]["site_county_heads"])
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, *labels):
            m = view.mentions[i]
            site = m.attrs.get("place_prefix")
            if site is None or view.in_title(i):
                continue
            sm = view.mentions[site]
            if sm.start != m.start or sm.end >= m.end or not view.is_place_name(site) or is_park(view, site):
                continue
            if view.division(site) is not None:
                continue  # the opening is a division itself: place_prefix's chain gives its levels
            if named_after_place(view, i) or builds_the_place(view, i, site) or works_on_site(view, i, site):
                continue
            found = _county_opening(view, site)
            if found is None:
                continue
            tail = view.add_place(*found, "site_county_opening")
            out.append(fact("located_in", i, tail, None, k, "site_county_opening"))
    return out
