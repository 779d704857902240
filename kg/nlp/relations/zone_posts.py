"""A zone's own head: "某某经济开发区|主任|X", "县工业园区|常务副主任|X", "某某产业园|负责人|X".

A development zone or an industrial park is run by its committee, and the page writes the head's
title right after the zone's name with no 管委会 between them. The tagger reads the zone as a
PLACE (a park sometimes as a PROJECT), so the title list found no organisation ending at the
title and the head worked for no one; the golds give works_for the zone (s32-works audit: 8
misses on 7 pages of 7 sites; over all readable texts the shape occurs 8 times, 7 gold-right
and 1 in a set that scores no works_for). Only a zone's kind (``positions.zone_post_kinds``)
and a title of its running (``positions.zone_post_titles``: 主任, 负责人 and their deputies)
are read: a district ("某某区|区长") or a town's head keeps its own rules.
"""

from __future__ import annotations

from kg.nlp.relations.view import ArticleView, mention_ending_at, triggers


def zone_of_post(view: ArticleView, k: int, start: int, title: str) -> int | None:
    """The zone of sentence ``k`` named right before ``title`` (which starts at ``start``) when
    the title is one of a zone's running: a PLACE mention ending like a zone, or a PROJECT one
    (the tagger reads some parks as projects: "某商(某县)科技产业园|负责人X"); else None."""
    conf = triggers()["positions"]
    if not title.endswith(tuple(conf["zone_post_titles"])):
        return None
    kinds = tuple(conf["zone_post_kinds"])
    for label in ("PLACE", "PROJECT"):
        zone = mention_ending_at(view, k, start, label)
        if zone is not None and view.text(zone).endswith(kinds):
            return zone
    return None
