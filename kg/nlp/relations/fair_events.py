"""A fair is not the event a bare attendance refers to.

A trade fair or an expo ("第十九届某某农业高新科技成果博览会", "第二届中国国际进口博览会",
"2009中国某省(某市)农业产业化交易会") runs for days and holds events of its own: a signing, a
forum, an opening ceremony, a promotion. A report from one names the fair as its setting ("在某某
博览会上举行首场签约", "赴上海参加某博览会, …并参加某某推介活动") and then writes the persons of
one of those events bare: "A、B、C见证签约。", "A出席。", "A介绍…". They were at that event (often
unnamed), not at "the fair" as a whole, and the gold guide's attended is the event named in the
span. So when the article's meeting is a fair (its name ends in one of ``[attended] fairs`` of
``ontology/patterns/relations.toml``), a bare attendance (``attend_article_meeting``), a bare
speech (``speakers_of_article_event``: "A,B,C分别致辞。") or a presentation in an article opened by
it (``presenter_at_event``) gives no fact. Attending it by
its name ("出席第二届中国国际进口博览会", ``attend_trigger``) is kept, and so are attending a sitting
of the fair itself ("某某博览会26日开幕。…出席开幕仪式") and a speech at it said held in the sentence
(``speech_at_held_event``).

Counted over every readable set at the base (session 31, s31-attend): 14 such facts, 0 right
(-39 ba11 7, -25 x10 3, real-meet3 a01 4; three sites).

>>> from kg.ingest import segment_document
>>> from kg.nlp.pipeline import analyse_article, make_pipeline
>>> text = ("第十九届中国某某农业高新科技成果博览会开幕。本报讯 在第十九届中国某某农业高新科技成果博览会上,"
...         "我县举行首场签约。县委书记张大海、县长李明远见证签约。")
>>> (art,) = segment_document("t.txt", text)
>>> doc = analyse_article(make_pipeline(), art)
>>> [r.rule for r in doc._.relations if r.type == "attended"]
[]
"""

from __future__ import annotations

from functools import cache

from kg.nlp.relations.view import ArticleView, triggers
from kg.normalize import to_simplified


@cache
def _fairs() -> tuple[str, ...]:
    return tuple(triggers()["attended"]["fairs"])


def is_fair(view: ArticleView, meeting: int | None) -> bool:
    """Whether the meeting mention ``meeting`` names a fair ("…博览会", "…交易会"): an event of
    many days whose persons a bare attendance does not place at it."""
    if meeting is None:
        return False
    m = view.mentions[meeting]
    return to_simplified(view.article.text[m.start : m.end]).rstrip("”」\"'").endswith(_fairs())
