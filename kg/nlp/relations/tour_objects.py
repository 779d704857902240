"""What an attendance trigger takes as its object when it is no event: a tour or a call.

"县领导A、B参加调研。", "市委副书记C参加会见。", "副主任D以及部分委员参加调研。": 参加 (or 出席)
with a tour or a call right after it, closing the clause, says that the persons went along on
the research tour, the inspection or the meeting with guests, not that they attended the event
the article names (a ceremony, a forum, a 座谈会 spoken of as the tour's theme). Such a trigger
gives no ``attended`` fact (:func:`kg.nlp.relations.meetings.attended`), unless a meeting of the
article is named by that word ("开展2025年度工业视察活动。…参加视察": the inspection is the
event). The words are ``[attended] tour_objects`` of ``ontology/patterns/relations.toml``
(session 26, s26-attend).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.relations.view import ArticleView, triggers
from kg.normalize import to_simplified
from kg.patterns import alternation


@cache
def _tour() -> re.Pattern[str]:
    words = alternation(triggers()["attended"]["tour_objects"])
    return re.compile(rf"了?(?P<word>{words})(?=[,，;；。!?！？]|$)")


def tour_object(view: ArticleView, pos: int, end: int) -> bool:
    """Whether the words from ``pos`` (right after a trigger) to ``end`` open with a tour or a
    call that closes the clause ("参加|调研。"), and no meeting of the article holds that word."""
    m = _tour().match(to_simplified(view.article.text[pos:end]))
    if m is None:
        return False
    word = m.group("word")
    return not any(
        x.label == "MEETING" and word in to_simplified(view.article.text[x.start : x.end]) for x in view.mentions
    )
