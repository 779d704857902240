"""A zone's own head: "某某经济开发区|主任|X", "县工业园区|常务副主任|X", "某某产业园|负责人|X".

A development zone or an industrial park is run by its committee, and the page writes the head's
title right after the zone's name with no 管委会 between them. The tagger reads the zone as a
PLACE, so the title list found no organisation ending at the title and the head worked for no
one; the golds give works_for the zone (s32-works audit: 7 items on 7 pages of 5 sites, tune
and real-pages-16, -19, -22, -35). Only a zone's kind (``positions.zone_post_kinds``) and a
title of its running (``positions.zone_post_titles``: 主任, 负责人 and their deputies) are read:
a district ("某某区|区长") or a town's head keeps its own rules.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, triggers


def zone_of_post(view: ArticleView, place: int, title: str) -> int | None:
    """``place`` (a PLACE mention ending right before ``title``) when it names a zone and the
    title is one of a zone's running; else None."""
    conf = triggers()["positions"]
    if not title.endswith(tuple(conf["zone_post_titles"])):
        return None
    return place if view.text(place).endswith(tuple(conf["zone_post_kinds"])) else None
