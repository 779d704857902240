"""``attended`` of who speaks at the article's event in a sentence that names no event.

Reports of a ceremony name it once and then list its speeches bare: "中国科学院院士A,市委书记B,
省经济合作局局长C,经济和信息化厅副厅长D致辞。" (the names open the sentence, the speech closes
it), "市长A出席并讲话,某集团总裁B致辞,副市长C主持。" (another clause attends or chairs with no
event named, so the sentence is about the article's event). The speakers attended the article's
meeting (:func:`kg.nlp.relations.meeting_of_article`, a named one only), as one who is written
"A出席。" does (``attend_article_meeting``). A sentence that names a meeting is left to
:func:`kg.nlp.attendance.speaker_beside_event`, which reads the event there.

The words are ``[attended] speeches``, ``in_turn`` and ``beside_verbs`` of
``ontology/patterns/relations.toml`` (session 26, s26-attend).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.relations import ArticleView, RawRelation, confidence, meeting_of_article, rule, triggers
from kg.nlp.relations.fair_events import is_fair
from kg.nlp.relations.meeting_chairs import without_chairs
from kg.nlp.relations.meeting_parts import after_title, opens_sentence, past_honorific, subject_run
from kg.patterns import alternation


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A speech closing its clause ("致辞", "分别致辞"), a bare attending or chairing verb
    closing its clause ("出席", "出席并讲话", "主持"), and an act of the programme that opens a
    clause with what it is about ("通报全市重大项目建设情况", "致辞并做招商推介")."""
    conf = triggers()["attended"]
    speeches = alternation(conf["speeches"])
    turn = alternation(conf["in_turn"])
    speech = re.compile(rf"(?:{turn})?(?:{speeches})(?=[,，;；。]|$)")
    bare = re.compile(rf"(?:{alternation(conf['beside_verbs'])})(?:并(?:{speeches}))?(?=[,，;；。]|$)")
    acts = alternation(conf["beside_acts"])
    act = re.compile(rf"(?:{turn})?(?:(?:{speeches})并|{acts})[^,，;；。]*(?=[,，;；。]|$)")
    return speech, bare, act


def _after_name(view: ArticleView, p: int, words: tuple[str, ...]) -> int:
    """Where the words of person ``p``'s clause begin: after the name, a title written after it
    and a word of address ("A同志致辞")."""
    text = view.article.text
    return past_honorific(text, after_title(text, view.mentions[p].end, words))


@rule("speakers_of_article_event")
def speakers_of_article_event(view: ArticleView) -> list[RawRelation]:
    """ "A,B,C致辞。", "A出席并讲话,B致辞": speakers in a sentence naming no event attended the
    article's named meeting."""
    conf = triggers()["attended"]
    speech, bare, act = _patterns()
    words = (*conf["speeches"], *conf["beside_verbs"])
    text = view.article.text
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda p: view.mentions[p].start)
        # (a sentence opened by an event word, "开班典礼上,A致辞", is left to the rules reading it)
        if not persons or view.of_type(k, "MEETING") or not opens_sentence(view, k, persons[0]):
            continue
        # who attends or chairs bare in a clause of the sentence ("A出席并讲话,")
        attends = [p for p in persons if bare.match(text, _after_name(view, p, words), sent.end)]
        for p in persons:
            said = speech.match(text, _after_name(view, p, words), sent.end)
            if said is None and any(q != p for q in attends):
                # "A出席并讲话,B致辞,C通报全市重大项目建设情况,D主持": beside a bare attendance
                # the clauses of the sentence are the programme of the article's event, so an
                # act of it with its object ([attended] beside_acts) places C there too
                said = act.match(text, _after_name(view, p, words), sent.end)
            if said is None:
                continue
            run = [
                p,
                *subject_run(
                    view,
                    [q for q in persons if view.mentions[q].start < view.mentions[p].start],
                    view.mentions[p].start,
                ),
            ]
            first = min(run, key=lambda q: view.mentions[q].start)
            # the names open the sentence and the speech closes it, or the sentence attends bare
            closes = not text[said.end() : sent.end].strip(",，;；。 \n")
            if not ((closes and opens_sentence(view, k, first)) or any(q not in run for q in attends)):
                continue
            meeting = meeting_of_article(view, k, named_only=True)
            # "A、B分别致辞" in a report from a fair: at one of its events (relations/fair_events.py)
            if meeting is None or is_fair(view, meeting):
                continue
            c = confidence("speakers_of_article_event")
            out += [RawRelation("attended", q, meeting, None, k, "speakers_of_article_event", c) for q in run]
    return without_chairs(view, out)
