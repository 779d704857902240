"""Meetings named only as the frame of another event, which a bare "出席会议" after them does not
refer to.

An article about one event often names others only to place it in time: "在第九次某某座谈会期间,
我市7个项目举行集中开工仪式" (the 座谈会 is the occasion; the 开工仪式 is held), "会前,A主持召开了
某党组会议" (a side meeting before the article's own "会"), "以优异成绩迎接党的二十大胜利召开" (an
event to come). :func:`kg.nlp.relations.meetings.meeting_of_article` reads the last meeting named
as the one the next "A、B出席会议" attended; a frame must not be that meeting. The words are
``[meetings] frame_after``, ``side_openers`` and ``held_not_planned`` in
``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.relations.view import ArticleView, triggers
from kg.patterns import alternation


def framed_event(view: ArticleView, m: int) -> str | None:
    """The bare event held in the frame of meeting ``m`` ("在X期间,我市…举行集中开工仪式":
    "集中开工仪式"), or None when ``m`` is no such frame. An empty string: a frame whose event
    is not named by a word of its own ("X期间,…召开了会议")."""
    conf = triggers()["meetings"]
    text = view.article.text
    end = view.mentions[m].end
    frame = re.match(alternation(conf["frame_after"]), text[end:])
    if not frame:
        return None
    stop = min([x for x in (text.find(c, end) for c in "。\n") if x >= 0], default=len(text))
    heads = alternation(triggers()["chaired"]["event_heads"])
    held = re.search(
        rf"(?:{alternation(conf['opens'])})(?:了)?([\u4e00-\u9fff]{{0,12}}?(?:{heads}))?",
        text[end + frame.end() : stop],
    )
    if not held:
        return None  # "论坛期间,A考察了…": no other event held in the frame
    return held.group(1) or ""


def is_side(view: ArticleView, m: int) -> bool:
    """Whether meeting ``m`` is named in a sentence that opens with a word placing it before or
    after the article's own meeting ("会前,A主持召开了某党组会议"), or with the article's meeting
    saying or studying it ("会议指出,省委、省政府高规格召开某推进大会": what was said there)."""
    conf = triggers()["meetings"]
    text = view.article.text
    start = view.mentions[m].start
    opening = max(text.rfind(c, 0, start) for c in "。\n") + 1
    return text.startswith(tuple(conf["side_openers"] + conf["said_openers"]), opening)


def is_frame(view: ArticleView, m: int) -> bool:
    """Whether meeting ``m`` is named only as the occasion of another event or as a side meeting
    (:func:`framed_event`, :func:`is_side`): not the event a later bare "会议" refers to."""
    return framed_event(view, m) is not None or is_side(view, m)


def event_framed(view: ArticleView, m: int) -> int | None:
    """The named meeting of the article that the bare event held in frame ``m`` stands for: the
    first one (before or after) whose name ends in that word of four characters or more
    ("…举行集中开工仪式" … "我们举行安康市重点项目集中开工仪式")."""
    word = framed_event(view, m)
    if not word or len(word) < 4:
        return None
    names = [x for x in range(len(view.mentions)) if view.mentions[x].label == "MEETING" and x != m]
    return next((x for x in names if view.text(x).endswith(word) and not is_frame(view, x)), None)


def without_frames(view: ArticleView, found: list[int]) -> tuple[int | None, list[int]]:
    """The meetings ``found`` in a sentence without the frames among them, and the named event
    a frame among them holds (:func:`event_framed`), which is then the article's meeting."""
    framed = next((e for e in (event_framed(view, m) for m in found) if e is not None), None)
    return framed, [m for m in found if not is_frame(view, m)]
