"""attended from a list of persons right after the clause that holds the event, with no word of
attending: "某区政府召开企业发展座谈会,区长A,副区长B、C与…进行了深度座谈", "某会议今日在某市登场,
县长A、市长B…一同前来召开会议", "某仪式在某地举行,副省长A及司长B等作为主礼嘉宾". The persons
who open the next clause (nothing but their titles before them) are the event's company; the
run stops at the clause that goes on with a predicate of its own, and a predicate of saying or
chairing ("会议召开,县长A强调…", "…,由A主持") gives nothing (a chair or a speaker the other rules
read).
"""

from __future__ import annotations

import re

from kg.nlp.relations.clause_openers import clause_openers
from kg.nlp.relations.meeting_parts import is_held, planned, subject_run
from kg.nlp.relations.meetings import is_topic
from kg.nlp.relations.table import fact, rule
from kg.nlp.relations.view import ArticleView, RawRelation, triggers

_CLAUSE = re.compile(r"[^,，;；。!?！？]+")


@rule("attendees_after_event")
def attendees_after_event(view: ArticleView) -> list[RawRelation]:
    """The persons listed in the clauses right after the one that holds a meeting named in it."""
    conf = triggers()["attended"]
    text = view.article.text
    refused = tuple(conf["after_event_refused"])
    reach = conf["after_event_within"]
    out = []
    for k, sent in enumerate(view.article.sentences):
        persons = sorted(view.of_type(k, "PERSON"), key=lambda p: view.mentions[p].start)
        if not persons:
            continue
        openers = set(clause_openers(view, k))
        clauses = [(sent.start + a, sent.start + b) for a, b in (m.span() for m in _CLAUSE.finditer(sent.text))]
        for x in view.of_type(k, "MEETING"):
            if is_topic(view, x) or planned(view, x) or not is_held(view, x):
                continue
            # the clause that holds the event, closed by a comma not far after its name
            i = next((i for i, (a, b) in enumerate(clauses) if a <= view.mentions[x].start < b), None)
            if i is None or i + 1 >= len(clauses) or clauses[i][1] - view.mentions[x].end > reach:
                continue
            if text[clauses[i][1] : clauses[i][1] + 1] not in ",，":
                continue
            found = _run_after(view, persons, openers, clauses[i + 1 :], refused)
            out += [fact("attended", p, x, None, k, "attendees_after_event") for p in found]
            if found:
                break  # one event per sentence: its clause is the one right before the run
    return out


def _run_after(
    view: ArticleView, persons: list[int], openers: set[int], clauses: list[tuple[int, int]], refused: tuple[str, ...]
) -> list[int]:
    """The persons of the run opening ``clauses``: clauses of nothing but names (and titles),
    then the clause whose names are the subject of its predicate ("…负责人专程来港与客商聚会",
    one with no name closes a list of names before it); none when that predicate is one of
    ``refused`` (saying, chairing)."""
    text = view.article.text
    tails = tuple(triggers()["attended"]["subject_tails"])
    joiners = tuple(triggers()["attended"]["subject_joiners"])
    out: list[int] = []
    for a, b in clauses:
        inside = [p for p in persons if a <= view.mentions[p].start < b]
        if not inside or inside[0] not in openers:
            # the list's predicate with a group or a body as its last item ("…负责人专程来港…")
            return [] if any(w in text[a:b] for w in refused) else out
        rest = text[view.mentions[inside[-1]].end : b]
        listed = len(subject_run(view, inside, b)) == len(inside)
        if text[b : b + 1] in ",，" and (not rest or rest in tails) and listed:
            out += inside  # a clause of names alone: the list goes on after the comma
            continue
        # the clause with the predicate: the names chained from its opening ones by list joiners
        chain = [inside[0]]
        for p in inside[1:]:
            if not any(j in text[view.mentions[chain[-1]].end : view.mentions[p].start] for j in joiners):
                break
            chain.append(p)
        # what the names do ("进行了深度座谈", "作为主礼嘉宾"): not saying or chairing
        rest = text[view.mentions[chain[-1]].end : b]
        return out + chain if rest.strip() and not any(w in rest for w in refused) else []
    return []
