"""A local site the tagger alone reads opening a project's name places the project there
("某某洲|港口物流园项目", "某某沟|防洪工程(三期)"): GUIDE.md scores the site that opens a project's
name as the place it lies in, and the entity stage keeps exactly these sites as places
(``kg.nlp.entities.prefixes._site_opens_project``, ``place.project_site_heads``), but
``ArticleView.is_place_name`` takes no bare name of the tagger's, so ``place_prefix`` left them.
"""

from __future__ import annotations

import re

from kg.nlp.entities.lexicon_data import country_names, country_short_forms, lexicon
from kg.nlp.relations.view import ArticleView, triggers
from kg.normalize import to_simplified


def site_opens_project(view: ArticleView, site: int, i: int) -> bool:
    """Whether the bare place ``site`` (no division, no head word) opening the project ``i``'s
    name is the local site the project lies in: a short name (``located_in.site_opening_max``
    characters) ending in a site character (``place.project_site_heads``), the project's name
    ending as a project's does (``place.project_site_ends``, a bracketed phase after it). Left:
    a name run over a list ("某山…、某某…项目": the tagger's word is a firm's short form), and a
    continent or country ("某洲…项目" whose stem is a country's short form)."""
    pm, m = view.mentions[site], view.mentions[i]
    if pm.label != "PLACE" or m.label != "PROJECT" or pm.start != m.start or pm.end >= m.end:
        return False
    if pm.attrs.get("admin_code") or pm.attrs.get("head"):
        return False  # a division or a headed place: is_place_name already decides
    name, project = to_simplified(view.text(site)), to_simplified(view.text(i))
    place = lexicon().patterns["place"]
    rules = triggers()["located_in"]
    whole = re.sub(r"[(（][^()（）]*[)）]$", "", project)
    if not (2 <= len(name) <= rules["site_opening_max"] and name.endswith(tuple(place["project_site_heads"]))):
        return False
    if not whole.endswith(tuple(place["project_site_ends"])):
        return False
    if any(c in project for c in rules["site_opening_list_marks"]):
        return False
    return name not in country_names() and name[:-1] not in country_short_forms()
