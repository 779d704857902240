"""``attended`` of one who acts at an event in the frame 在X上 / X上, whatever the act: "A当日在
某某签约仪式上,作出上述表示", "A在开工仪式上要求…", "在某某签约仪式上,A,B,C一同见证了…".

The rules of :mod:`kg.nlp.attendance` and :mod:`kg.nlp.relations.meeting_speakers` read the
frame with a verb of speaking or presenting from a list; what a person does there varies with
the page (见证, 要求, 作出上述表示, 接过, 听取), and the frame alone places him at the event. The
frame is held to the event: what stands between 在 and 上 is a meeting's name (ending right before
上) or a bare word for the article's named event (会, 仪式, 开工仪式 …), never a longer phrase that
merely holds one ("在贯彻落实大会精神上", "在产业基础上" name no event). The words are in
``[attended] acts_at`` of ``ontology/patterns/relations.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp import attendance
from kg.nlp.relations import ArticleView, RawRelation, confidence, rule, triggers
from kg.nlp.relations.clause_openers import clause_openers
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_parts import after_title, past_honorific, past_time, subject_run
from kg.nlp.relations.meetings import is_topic
from kg.patterns import alternation


@cache
def _bare_word() -> re.Pattern[str]:
    """A whole bare word for the article's event ("会", "本次仪式", "开工仪式"): a determiner, then a
    back-reference or sitting word, or up to four characters and an event's head word."""
    chaired, conf = triggers()["chaired"], triggers()["attended"]
    refs = alternation((*chaired["session_sittings"], *chaired["meeting_references"]))
    heads = alternation(chaired["event_heads"])
    return re.compile(rf"(?:{alternation(conf['determiners'])})?(?:{refs}|[\u4e00-\u9fff]{{0,4}}(?:{heads}))")


def _frame_event(view: ArticleView, k: int, start: int, end: int) -> int | None:
    """The event the span ``start:end`` (between 在 and 上) names: a meeting mention that ends the
    span (not one spoken of as a topic), or the article's named event by a bare word that is the
    whole span."""
    named = [m for m in view.of_type(k, "MEETING") if start <= view.mentions[m].start and view.mentions[m].end == end]
    if named:
        return None if is_topic(view, named[0]) else named[0]
    if not _bare_word().fullmatch(view.article.text, start, end):
        return None
    return attendance.event_in(view, k, start, end, named_only=True)


def _acts(text: str, pos: int, end: int) -> bool:
    """Whether an act follows the frame at ``pos`` (after an optional comma): a word, not 的 (a
    speech named as a noun, "A在会上的讲话", is read by the rules of speaking)."""
    pos += 1 if text[pos : pos + 1] in ",，" else 0
    return pos < end and "\u4e00" <= text[pos] <= "\u9fff" and text[pos] not in triggers()["attended"]["acts_not"]


@rule("act_at_event")
def act_at_event(view: ArticleView) -> list[RawRelation]:
    """ "A当日在某某仪式上,作出上述表示", "A在开工仪式上要求…" (the name, its title, a time, then
    the frame): A attended, and so do the names listed before him that share the act; "在某某
    签约仪式上,A,B,C一同见证了…" (the frame opens the clause): the run of names after it to the
    first that acts attended."""
    conf = triggers()["attended"]
    at = alternation(conf["acts_at"])
    before = re.compile(rf"在(?P<event>[^,;。在]{{1,40}}?)(?:{at})")
    opening = re.compile(rf"在?(?P<event>[^,;。在]{{1,40}}?)(?:{at})[,，]")
    text = view.article.text
    c = confidence("act_at_event")
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda p: view.mentions[p].start)
        for p in persons:
            pe = past_honorific(text, after_title(text, view.mentions[p].end, ("在",), past_time))
            m = before.match(text, past_time(text, pe), sent.end)
            if not m or not _acts(text, m.end(), sent.end):
                continue
            meeting = _frame_event(view, k, m.start("event"), m.end("event"))
            if meeting is None:
                continue
            earlier = [q for q in persons if view.mentions[q].start < view.mentions[p].start]
            out += [
                RawRelation("attended", q, meeting, None, k, "act_at_event", c)
                for q in [p, *subject_run(view, earlier, view.mentions[p].start)]
            ]
        # the frame opening a clause: "(8月31日下午,)在某某仪式上,A,B…一同见证了"
        for frame in opening.finditer(text, sent.start, sent.end):
            if frame.start() != sent.start and text[frame.start() - 1 : frame.start()] not in ",，":
                continue
            # a meeting named here (a bare "会上," is read by speaker_at_meeting, which knows an
            # unnamed meeting held since the article's)
            named = [m for m in view.of_type(k, "MEETING") if view.mentions[m].start == frame.start("event")]
            meeting = _frame_event(view, k, frame.start("event"), frame.end("event")) if named else None
            if meeting is None:
                continue
            out += [
                RawRelation("attended", q, meeting, None, k, "act_at_event", c)
                for q in _run_after(view, k, frame.end())
            ]
    return without_chairs(view, out)


def _run_after(view: ArticleView, k: int, pos: int) -> list[int]:
    """The names that open the clauses after ``pos`` up to the first that goes on with an act:
    "A,B、C一同见证了" (all three), "A要求,…B…" (A alone). None when no name opens the first."""
    text = view.article.text
    openers = set(clause_openers(view, k))
    after = sorted(
        (p for p in view.of_type(k, "PERSON") if view.mentions[p].start >= pos), key=lambda p: view.mentions[p].start
    )
    joiners = tuple(triggers()["attended"]["subject_joiners"])
    out: list[int] = []
    for p in after:
        if p not in openers:
            break
        if not out and re.search(r"[,，;；]", text[pos : view.mentions[p].start]):
            break  # the first name opens the clause right after the frame
        out.append(p)
        end = after_title(text, view.mentions[p].end, joiners)
        if not text.startswith(joiners, end):
            return out  # this one acts
    return []
