"""``attended`` of one who speaks at an event named before, in the shapes Taiwan, Hong Kong and
Macau reports write (session 24, s24-chair round 2): a time between 在 and the sitting ("在早上的
开幕式,司长A致辞说", "A在3月10日开幕典礼中表示"), and the speech named as a noun right after the
name ("某某典礼…假市公所礼堂举行;A在致词中表示", "A致词时表示"). The plain forms ("A在开幕式上
表示", "开幕式上,A致辞") are read by :mod:`kg.nlp.relations.meeting_speakers`; these are not,
because a time stands where the rules expect the sitting word, or no sitting is named at all.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.relations.clause_openers import clause_openers
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_parts import planned
from kg.nlp.relations.meetings import is_topic, meeting_of_article, sitting_of
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation


@cache
def _frames() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(after the name, a sitting with a time: "在3月10日开幕典礼中表示"; after the name, the
    speech as a noun: "在致词中表示", "致词时表示"; opening the sentence, a sitting with a time:
    "在早上的开幕式,"). The sitting's word is group ``sit`` of the first and the third."""
    conf = triggers()["attended"]
    time = f"[{conf['speech_time_chars']}]{{1,10}}的?"
    sits = alternation((*triggers()["chaired"]["session_sittings"], *conf["speech_sittings"]))
    nouns = alternation(conf["speech_nouns"])
    says = alternation((*conf["speaks"], *conf["speech_says"]))
    adverbs = alternation(conf["speech_adverbs"])
    after_time = re.compile(
        rf"(?:当日|当天)?在{time}(?P<sit>{sits})(?:上|中)?[,，]?(?:{nouns})?(?:时)?(?:{adverbs})?(?:{says}|{nouns})"
    )
    as_noun = re.compile(rf"(?:在(?:{nouns})中|(?:{nouns})时?)[,，]?(?:{adverbs})?(?:{says})")
    opening = re.compile(rf"在{time}(?P<sit>{sits})(?:上|中)?[,，]")
    return after_time, as_noun, opening


def _event(view: ArticleView, k: int, sit: str) -> int | None:
    """The event a sitting word of sentence ``k`` refers to: an opening or closing sitting is the
    last event named that is not a ceremony; a bare 典礼 or 仪式 must end the article's event's name."""
    bare = tuple(triggers()["attended"]["speech_sittings"])
    if sit in bare:
        meeting = meeting_of_article(view, k, named_only=True)
        return meeting if meeting is not None and view.text(meeting).endswith(sit) else None
    # an opening sitting is one of the last event named that has sittings: not a ceremony's
    # ("…展览会昨开幕。…揭牌仪式…。在早上的开幕式,A致辞": the fair's)
    named = [
        m
        for j in range(k + 1)
        for m in view.of_type(j, "MEETING")
        if not is_topic(view, m) and not view.text(m).endswith(bare)
    ]
    return sitting_of(view, k, sit, named[-1]) if named else None


def _held(view: ArticleView, m: int) -> bool:
    """Whether meeting mention ``m`` is said held in its own clause, a time or a place between
    ("某某典礼,12/25日下午2时假市公所礼堂举行;"): not one only spoken of ("峰会发端于…的紫金山峰会,")."""
    text, end = view.article.text, view.mentions[m].end
    stops = [x for x in (text.find(c, end) for c in "。;；\n") if x >= 0]
    verbs = alternation((*triggers()["meetings"]["held_after"], *triggers()["attended"]["speech_held"]))
    return not planned(view, m) and re.search(verbs, text[end : min(stops, default=len(text))]) is not None


@rule("speech_at_held_event")
def speech_at_held_event(view: ArticleView) -> list[RawRelation]:
    """One who speaks at the article's event, referred to by a sitting with a time before it or by
    the speech alone: "在早上的开幕式,司长A致辞说", "A在3月10日开幕典礼中表示"; "某某典礼…举行;A在
    致词中表示" (the speech alone only right after an event is held: this sentence or the one
    before)."""
    after_time, as_noun, opening = _frames()
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = view.of_type(k, "PERSON")
        if not persons:
            continue
        for p in persons:
            pe = view.mentions[p].end
            m = after_time.match(text, pe, sent.end)
            if m:
                meeting = _event(view, k, m.group("sit"))
                if meeting is not None:
                    out.append(fact("attended", p, meeting, None, k, "speech_at_held_event"))
                continue
            if as_noun.match(text, pe, sent.end):
                # the event held in this sentence or the one before, before the name (not one only
                # spoken of: "峰会发端于…的紫金山峰会。A在致辞中表示")
                held = [
                    m
                    for j in (k - 1, k)
                    if j >= 0
                    for m in view.of_type(j, "MEETING")
                    if view.mentions[m].end <= view.mentions[p].start and _held(view, m)
                ]
                if held:
                    out.append(fact("attended", p, held[-1], None, k, "speech_at_held_event"))
        m = opening.match(text, sent.start, sent.end)
        if m:
            meeting = _event(view, k, m.group("sit"))
            says = re.compile(alternation((*triggers()["attended"]["speaks"], *triggers()["attended"]["presents"])))
            for p in clause_openers(view, k) if meeting is not None else []:
                pm = view.mentions[p]
                if pm.start < m.end():
                    continue
                if says.match(text, pm.end):
                    out.append(fact("attended", p, meeting, None, k, "speech_at_held_event"))
    return without_chairs(view, out)
