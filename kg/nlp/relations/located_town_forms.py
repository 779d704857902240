"""``located_in`` of a project or a site whose name opens with the short form of a town the
article names in full: "织某童装产业园二期项目" is in 织某镇, "峨某古盐田" in 峨某镇, "中国织某童装产业
示范园区" in 织某镇 (the country's name before the town's, as a park names itself).

Chinese news names a town's projects and sites by the town's short form (a town's name less
its 镇 or 乡), as it names a county's by the county's (:mod:`~kg.nlp.relations.located_opening`).
The gazetteer holds no towns, so a town's short form counts only where the article also
names the town in full: then the two characters opening the name are that town's. A park so
named is :func:`~kg.nlp.relations.located_in_names.park_in_name`'s; this rule reads the projects
and the sites that are no park.
"""

from __future__ import annotations

from kg.nlp.relations.places import is_park
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def _towns_in_full(view: ArticleView) -> dict[str, int]:
    """The towns the article names in full, outside any other name, by their short form
    (the name less its level word): ``{"织某": mention of 织某镇}``."""
    levels = tuple(triggers()["located_in"]["town_short_levels"])
    towns: dict[str, int] = {}
    for j, mj in enumerate(view.mentions):
        name = view.text(j)
        if mj.label != "PLACE" or mj.attrs.get("nested") or view.division(j) is not None:
            continue
        level = next((lv for lv in levels if name.endswith(lv)), None)
        if level is not None and len(name) - len(level) == 2:
            towns.setdefault(name[: -len(level)], j)
    return towns


@rule("town_short_opening")
def town_short_opening(view: ArticleView) -> list[RawRelation]:
    """A project, or a site that is no division and no park, whose name opens with the short
    form of a town the article names in full (after the country's name at most) is in that town;
    a name that opens with the town's full name, or runs on from the form into another place
    word ("织某镇…", "织某村"), is the other rules'."""
    towns = _towns_in_full(view)
    if not towns:
        return []
    conf = triggers()["located_in"]
    openings = tuple(conf["town_form_openings"])
    closers = tuple(conf["short_form_closers"]) + tuple(conf["town_short_levels"])
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "PROJECT", "PLACE"):
            m = view.mentions[i]
            if m.attrs.get("nested") or m.attrs.get("place_prefix") is not None or view.in_title(i):
                continue
            if m.label == "PLACE" and (view.division(i) is not None or is_park(view, i)):
                continue
            name = view.text(i)
            start = next((len(w) for w in openings if name.startswith(w)), 0)
            if m.label == "PROJECT" and is_park(view, i) and not start:
                continue  # (a park the town's form opens: park_in_name)
            form = name[start : start + 2]
            tail = towns.get(form)
            rest = name[start + 2 :]
            if tail is None or len(rest) < 3 or rest.startswith(closers):
                continue
            out.append(fact("located_in", i, tail, None, k, "town_short_opening"))
    return out
