"""``located_in`` of the places an official's trip names in a sentence a county frames: "在原州区,
X察看开城镇双泉村文旅示范村、安和村马铃薯气调库、黄铎堡镇高标准农田、新材料产业园…" places each
town, village and park that opens a stop in 原州区 (real-pages-32 t04, -33 u06, -15 g02; the
companies and projects of such a sentence are ``place_opener``'s).
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.relations.places import is_park, within
from kg.nlp.relations.table import fact
from kg.nlp.relations.view import ArticleView, RawRelation, triggers


def framed_places(view: ArticleView, k: int, end: int, stop: int, chain: list[int]) -> list[RawRelation]:
    """Facts placing in the county of ``chain`` (the places that frame sentence ``k`` up to
    ``end``) each town, village or park named from ``end`` to ``stop`` that opens a stop: no
    place written right before it (a village after its town is the town's), no other division
    named between the frame and it but the county and its own (a stop in another county is not
    this county's)."""
    county = next((view.division(t) for t in chain if view.division(t)), None)
    if county is None or county.level != "county":
        return []
    heads = (*lexicon().patterns["place"]["town_heads"], *triggers()["located_in"]["trip_village_heads"])
    ms = view.mentions
    others = [
        j
        for j in view.by_sentence[k]
        if end <= ms[j].start < stop
        and (d := view.division(j)) is not None
        and d.code != county.code
        and not within(d, county)
    ]
    out = []
    for j in view.of_type(k, "PLACE"):
        m = ms[j]
        if not end <= m.start < stop or view.division(j) is not None:
            continue
        if not (view.text(j).endswith(heads) or is_park(view, j)):
            continue
        if m.attrs.get("nested") and not any(ms[o].start == m.start and ms[o].end > m.end for o in view.by_sentence[k]):
            continue  # nested inside a name it does not open
        if any(ms[a].end == m.start and ms[a].label == "PLACE" for a in view.by_sentence[k]):
            continue
        if any(ms[o].start < m.start for o in others):
            continue
        out.extend(fact("located_in", j, t, None, k, "place_opener") for t in chain if view.division(t) == county)
    return out
