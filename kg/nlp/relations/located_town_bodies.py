"""``located_in`` of a town's own bodies named by the town's short form ("某山中心小学" with
某山镇 named), beside the parks opened so (:func:`kg.nlp.relations.located_in_names.park_in_name`).
"""

from __future__ import annotations

from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


@rule("body_in_town_name")
def body_in_town_name(view: ArticleView) -> list[RawRelation]:
    """A town's school, clinic or police station named by the town's short form, where the
    article names the town in full: "某山中心小学", "某山卫生院" with 某山镇 named are in 某山镇
    (what parks opened so are, ``park_in_name``, for the town's own bodies). Not when the short
    form also names a county or a city ("长沙" is 长沙市 as much as 长沙县's stem), nor a body
    the town's full name or a place prefix already opens.
    """
    text = view.article.text
    conf = triggers()["located_in"]
    heads = tuple(conf["town_bodies"])
    towns = tuple(conf["towns"])
    gaz = load_gazetteer()
    full: dict[str, int] = {}
    for j, mj in enumerate(view.mentions):
        # (the town named in full as a name's prefix counts: "某山镇郭城小学 … 某山小学")
        if mj.label == "PLACE" and view.text(j).endswith(towns) and view.is_place_name(j):
            full.setdefault(view.text(j), j)
    out = []
    for k, _sent in enumerate(view.article.sentences):
        for i in view.of_type(k, "ORG"):
            m = view.mentions[i]
            name = text[m.start : m.end]
            if m.attrs.get("nested") or m.attrs.get("place_prefix") is not None or view.in_title(i):
                continue
            if not name.endswith(heads):
                continue
            for short in (2, 3):
                stem = name[:short]
                town = next((stem + lv for lv in towns if stem + lv in full), None)
                # (a level word right after the stem is the town's own full name, read elsewhere)
                if town is None or name.startswith(town) or len(name) - short < 2:
                    continue
                if any(d.name != town for d in gaz.lookup(stem)):
                    break  # the short form of a county or city too: whose body it is, is unsaid
                out.append(fact("located_in", i, full[town], None, k, "body_in_town_name"))
                break
    return out
