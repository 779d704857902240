"""Meetings named only as what a clause follows or salutes (session 30, s30-meet).

A page on a ceremony or an inspection names a meeting it does not report on: the one whose
decisions are carried out ("坚决落实|市两会|部署要求", real-pages-37 a08) or the one the work is
dedicated to ("这是某市向|党的二十大|献礼", real-pages-38 p03; "以优异成绩迎接|党的二十大|胜利召开").
Such a mention is no event held on the page, so it is never the meeting a later bare "A、B参加" or
"出席开工仪式" refers back to (:func:`kg.nlp.relations.meetings.is_topic`). The gold still names it
a MEETING: only the relations' choice of the article's meeting reads this.

The verbs and closing words that follow a meeting are the ones that read such names whole
(``[meeting.studied]`` in ``ontology/patterns/entities.toml``); the saluting frames are
``[chaired] saluted`` in ``ontology/patterns/relations.toml``.

>>> t = "他强调,要坚决落实市两会部署要求。"
>>> followed_or_saluted(t, t.index("市两会"), t.index("部署"))
True
>>> t = "这是某市向党的二十大献礼,集中开工项目之一。"
>>> followed_or_saluted(t, t.index("党的"), t.index("献礼"))
True
>>> t = "3月7日,市两会在市会议中心开幕。"
>>> followed_or_saluted(t, t.index("市两会"), t.index("在"))
False
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _followed() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A verb that follows a meeting's decisions (and a particle) ending the text before the
    mention, and the words for what is followed that open the text after it."""
    from kg.nlp.entities import lexicon
    from kg.patterns import alternation

    s = lexicon().patterns["meeting"]["studied"]
    verb = re.compile(rf"(?:{alternation(s['verbs'])})(?:{alternation(s['particles'])})?$")
    return verb, tuple(s["closes"])


def followed_or_saluted(text: str, start: int, end: int) -> bool:
    """Whether the meeting named at ``start``-``end`` of ``text`` stands between a verb that follows
    it and the word for what is followed ("落实|X|部署"), or in a frame that salutes it ("向|X|献礼",
    "迎接|X")."""
    from kg.nlp.relations.view import triggers

    verb, closes = _followed()
    if verb.search(text, max(0, start - 8), start) and text.startswith(closes, end):
        return True
    return any(
        text.endswith(before, max(0, start - len(before)), start) and text.startswith(after, end)
        for before, after in triggers()["chaired"]["saluted"]
    )
