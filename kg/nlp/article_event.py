"""The event an article reports, when the entity stage kept no MEETING for it.

Real county news opens with the event it reports: "某县举行2023年第四季度招商引资项目集中签约仪式",
"我县在某宾馆召开项目推进协调会。", "2022年某县春季项目签约暨招商大会召开". The persons who
chair or attend it are then written without its name ("县长X主持。", "A、B出席签约仪式"). When
such a sentence needs the article's meeting and none was recognised, :func:`article_event` reads
its name from the opening sentences: the object of 举行/召开/举办, or the subject of a clause that
ends with 召开/举行/开幕, when it ends in an event head word (会, 仪式, 典礼, 论坛, 活动) and is at
least ``event_min`` characters long (a bare 签约仪式 is no name). The words are ``[meetings]``
and ``[chaired]`` in ``ontology/patterns/relations.toml``.

Reports of standing bodies open with the body holding its own sitting, named by the body alone:
"市委常委会召开会议", "某届人大某次会议主席团举行第一次会议" (:func:`body_sitting`). The chair
("市委书记X主持会议。", "会议由X主持。") and the attendees refer to that sitting, which the gold
guide names by the body and the sitting ("市委常委会会议").

>>> from kg.ingest import segment_document
>>> from kg.nlp.pipeline import analyse_article, make_pipeline
>>> (art,) = segment_document("t.txt", "昨日，我县在滨河宾馆召开项目推进协调会。县委书记张大海出席。县长李明远主持。")
>>> doc = analyse_article(make_pipeline(), art)
>>> ms = doc._.mentions
>>> sorted((r.type, art.text[ms[r.head].start : ms[r.head].end], art.text[ms[r.tail].start : ms[r.tail].end])
...        for r in doc._.relations if r.type in ("chaired", "attended"))
[('attended', '张大海', '项目推进协调会'), ('chaired', '李明远', '项目推进协调会')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from kg.layout import is_metadata
from kg.nlp.event_edges import edge_cut
from kg.nlp.relations import ArticleView, shares_words, triggers
from kg.patterns import alternation

# Characters a meeting's name may hold (quotes around a campaign's name, digits of its date).
_NAME = r"[\u4e00-\u9fff\d“”\"、·()A-Za-z]"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    conf = triggers()
    verbs = alternation(conf["meetings"]["opens"])
    heads = alternation(conf["chaired"]["event_heads"])
    n = conf["attended"]["event_min"]
    name = rf"(?P<name>{_NAME}{{{n - 2},40}}?(?:{heads}))"
    # "某县举行NAME", "我县在某宾馆召开NAME": the name closes its clause (or the title line).
    after_verb = re.compile(rf"(?:{verbs})(?:了)?{name}(?=[,;。\n]|$)")
    # "NAME召开", "NAME在某会议中心举行": the name opens its clause.
    before_verb = re.compile(rf"(?:^|[,;。\n]){name}(?:在[^,;。\n]{{2,20}}?)?(?:隆重)?(?:{verbs})(?=[,;。\n]|$)")
    return after_verb, before_verb


def _date_free(name: str) -> int:
    """How many leading characters of ``name`` are a date ("4月3日上午,")."""
    m = re.match(r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?", name)
    return m.end() if m else 0


def body_sitting(view: ArticleView, start: int, end: int) -> int | None:
    """The MEETING mention of a standing body's own sitting that the text from ``start`` to
    ``end`` says is held ("市委常委会|召开|会议", "某届人大某次会议主席团|举行|第一次会议"), added
    to the view with the body and the sitting as its name (``attrs["also_called"]``); None when
    it says none. The body is one that sits (``[meeting_body] body_ends``) and stands right
    before the verb; the sitting (``own_sitting``) closes the clause.

    The mention is the body's words: the sitting's own words ("会议", "第一次会议") would key one
    entity for the sittings of every body in the corpus.
    """
    from kg.nlp.relations.meeting_bodies import body_before

    conf = triggers()["meeting_body"]
    text = view.article.text
    verbs = alternation(conf["verbs"])
    pattern = re.compile(rf"(?:{verbs})(?P<part>{conf['own_sitting']})(?=[,，;；。\n]|$)")
    for m in pattern.finditer(text, start, end):
        part_start, part_end = m.start("part"), m.end("part")
        body = body_before(text, part_start, start, conf)
        if not body or not body.endswith(tuple(conf["body_ends"])):
            continue
        # the body ends before the verb, or before when and where it sits ("县委常委会|近日|举行")
        body_end = text.rfind(body, start, m.start()) + len(body)
        i = view.add_mention(body_end - len(body), body_end, "MEETING", "article_event")
        view.mentions[i].attrs.setdefault("also_called", body + text[part_start:part_end])
        return i
    return None


def article_event(view: ArticleView, upto: int, first: int = 3) -> int | None:
    """The MEETING mention of the event that one of the first ``first`` sentences (and not
    later than sentence ``upto``) says is held, added to the view; None when they name none.

    A name that holds a person is no event's name.
    """
    after_verb, before_verb = _patterns()
    text = view.article.text
    # A page's metadata line ("发布时间:… 阅读数:…") is no opening sentence of the report: it
    # does not count among the first ones.
    sents = enumerate(view.article.sentences[: upto + 1])
    opening = islice(((k, s) for k, s in sents if not is_metadata(text[s.start : s.end])), first)
    for k, sent in opening:
        sitting = body_sitting(view, sent.start, sent.end)
        if sitting is not None:
            return sitting
        for pattern in (after_verb, before_verb):
            for m in pattern.finditer(text, sent.start, sent.end):
                start, end = m.start("name"), m.end("name")
                start += _date_free(text[start:end])
                start, end = edge_cut(text, start, end)  # "举办|的|某某欢迎会": a word of the clause
                if end - start < triggers()["attended"]["event_min"]:
                    continue
                if any(
                    view.mentions[p].start < end and start < view.mentions[p].end for p in view.of_type(k, "PERSON")
                ):
                    continue
                name = text[start:end]
                # The event is recognised under another form of its name (the title's, a short
                # one): the rules refer to that one, no second name is added.
                if any(
                    m.label == "MEETING" and (shares_words(name, view.text(i), 6) or view.text(i).endswith(name))
                    for i, m in enumerate(view.mentions)
                ):
                    return None
                return view.add_mention(start, end, "MEETING", "article_event")
    return None
