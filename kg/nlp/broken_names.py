"""Meetings read across a paragraph break that the page joined (session 30, s30-meet).

Ingest joins a line to the next when the first does not close its sentence, which is right for a
wrapped line and wrong for a cut one: a truncated teaser ("…出席开工仪式。某省" and then the
paragraph "开工仪式现场。", real-pages-38 p03), a photo credit over its caption ("中共某某县委宣传部供图"
and "开工仪式", real-pages-7 v03), a list number ("12" and "简介仪式", real-pages-15 g11). The
entity stage then reads one MEETING over the join ("某省开工仪式", "12简介仪式"), which no gold
names, and the rules gave it the page's attendees. A meeting's name is written on one line (the
characters of a headline wrapped inside a name stay one run of the original text): such a mention
is no event the page reports on (:func:`kg.nlp.relations.meetings.is_topic`), so no attendee, chair
or speaker is given to it. The mention itself is kept: the located_in rules read the places in
its words (dropping it cost 3 right located_in facts on the tuning sets, s30-meet's audit).

The article's ``origin`` maps each character of its text to the original document; two neighbours
of a mention more than one apart there had something dropped between them (the line break).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.ingest import Article


def joined_across(article: Article, start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` of the article's text are not one run of the
    original document (ingest dropped something between two of them: a line break)."""
    origin = article.origin
    return any(origin[k + 1] - origin[k] > 1 for k in range(start, min(end, len(origin)) - 1))
