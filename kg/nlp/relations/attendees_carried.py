"""attended by a trigger that opens a later clause of a sentence with no subject of its own: the
run of names opening the sentence does what its clauses say one after another ("州委书记A,州长B…
一行到某县调研督导重点项目建设,出席某某开工仪式", "区长A带队…负责同志,参加了某某洽谈会", "市委书记A
宣布…全面开工,并参加某区项目开工仪式"). The attend_trigger rule reads only the names right before
the trigger; here a clause of their own (a trip, a lead, an announcement) stands between.
Read only when every person before the trigger in the sentence is one run that opens its clause,
and the trigger's clause holds nothing but a meeting named right after it.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities import lexicon
from kg.nlp.entities.candidate import words_by_first_char
from kg.nlp.relations.clause_openers import clause_openers
from kg.nlp.relations.meeting_parts import subject_run
from kg.nlp.relations.meetings import is_topic
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers
from kg.patterns import alternation

_COMMAS = ",，"
_ENDS = ",，;；。!?！？"


@rule("attendees_carried")
def attendees_carried(view: ArticleView) -> list[RawRelation]:
    """The run of names opening a sentence attends the meeting named by a later subjectless
    clause of attending."""
    conf = triggers()["attended"]
    text = view.article.text
    trig = alternation(sorted(conf["triggers"], key=len, reverse=True))
    joiners = alternation(conf["carried_joiners"])
    # a comma, a joiner ("并"), the trigger (and 了), then the meeting
    opening = re.compile(rf"[{_COMMAS}](?:{joiners})?(?:{trig})了?")
    refused = tuple(conf["after_event_refused"])
    reach = conf["meeting_within"]
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda p: view.mentions[p].start)
        meetings = [x for x in view.of_type(k, "MEETING") if not is_topic(view, x)]
        if not persons or not meetings:
            continue
        for m in opening.finditer(text, sent.start, sent.end):
            before = [p for p in persons if view.mentions[p].end <= m.start()]
            meeting = next(
                (x for x in meetings if m.end() <= view.mentions[x].start <= m.end() + reach),
                None,
            )
            if not before or meeting is None or not _closes_clause(view, meeting, m.end()):
                continue
            run = _opening_run(view, k, before, m.start())
            if run and not text.startswith(refused, _past_run(view, run[-1], m.start())):
                out += [fact("attended", p, meeting, None, k, "attendees_carried") for p in run]
    return out


def _closes_clause(view: ArticleView, meeting: int, after: int) -> bool:
    """Whether the clause from ``after`` holds the meeting's name alone: nothing but the name
    up to the clause's end ("出席某某仪式,"), so no 的 makes it a description ("出席仪式的领导有")."""
    text = view.article.text
    mention = view.mentions[meeting]
    return not re.search(rf"[{_ENDS}]", text[after : mention.start]) and (
        mention.end >= len(text) or text[mention.end] in _ENDS or text.startswith("并", mention.end)
    )


def _past_run(view: ArticleView, last: int, until: int) -> int:
    """The position past the last name of the run and its titles and tails ("马某一行|")."""
    text = view.article.text
    words = _tails_and_titles()
    pos = view.mentions[last].end
    while pos < until and (word := next((w for w in words.get(text[pos], ()) if text.startswith(w, pos)), None)):
        pos += len(word)
    return pos


@cache
def _tails_and_titles() -> dict[str, tuple[str, ...]]:
    """``[attended] subject_tails`` and the titles, longest first, by first character (sorted
    once, not on every run)."""
    words = sorted((*triggers()["attended"]["subject_tails"], *lexicon().titles), key=len, reverse=True)
    return words_by_first_char(tuple(words))


def _opening_run(view: ArticleView, k: int, before: list[int], until: int) -> list[int]:
    """``before`` when its persons are one run of names that opens a clause of the sentence
    (nothing but titles before the first name in its clause, no person in a clause before it),
    followed by a predicate of its own (not a comma: then the trigger is the run's own and the
    attend_trigger rule reads it), with no sentence stop up to ``until``."""
    text = view.article.text
    if before[0] not in clause_openers(view, k):
        return []
    pos = _past_run(view, before[-1], until)
    if pos >= until or text[pos] in _ENDS or re.search("[;；。!?！？]", text[pos:until]):
        return []
    run = subject_run(view, before, pos)
    return sorted(run, key=lambda p: view.mentions[p].start) if len(run) == len(before) else []
