"""An event held at venues, named by the venue's ceremony word in one document
(:func:`merge_venue_references`, run by :func:`kg.resolve.event_merges.merge_event_editions`).

Reports of a staged event ("…集中开工仪式某县分会场活动", "某市重点项目集中开工仪式" with a main
venue and branch ones) name it once in full and then by the venue's ceremony: "参加某县分会场仪式",
"参加主会场开工仪式", "出席某市分会场活动", or by a bare ceremony word, "出席开工仪式", where the
event's own name ends in its venue ("…某县分会场活动") and so holds no verb the bare word could
join (:func:`~kg.resolve.event_merges.merge_contracted_forms`). Each of these names the document's
event, not an event of its own (the golds list them as its aliases; GUIDE.md: an unnamed ceremony
is no meeting of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.patterns import alternation
from kg.resolve.keys import UnionFind, in_order, resolution_patterns

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

Marks = dict[str, str]


def venue_reference(stem: str, marks: Marks, conf: dict) -> bool:
    """Whether a name of stem ``stem`` (:func:`~kg.resolve.event_merges.event_form`: its place,
    when the gazetteer knows it, and its ceremony head taken off) is a venue's ceremony word: up to
    ``venue_place_chars`` characters of a place the gazetteer may not list ("某某分会场"), not one
    of ``venue_not_opening`` (各分会场: every branch), a venue word, at most
    ``bare_ceremony_verb_chars`` characters of act before the head, no year nor edition of its own.

    >>> conf = {"venue_words": ["分会场", "主会场"], "venue_place_chars": 4, "venue_not_opening": ["各"],
    ...         "bare_ceremony_verb_chars": 2}
    >>> venue_reference("分会场*", {"place": "某县"}, conf), venue_reference("某某分会场*", {}, conf)
    (True, True)
    >>> venue_reference("主会场开工*", {}, conf), venue_reference("各分会场*", {}, conf)
    (True, False)
    >>> venue_reference("分会场*", {"year": "2020"}, conf)
    False
    >>> venue_reference("自由贸易港项目集中开工*分会场*", {}, conf)
    False
    """
    if "year" in marks or "edition" in marks or stem.startswith(tuple(conf["venue_not_opening"])):
        return False
    place, verb = conf["venue_place_chars"], conf["bare_ceremony_verb_chars"]
    venue = alternation(conf["venue_words"])
    return bool(re.fullmatch(rf"[\u4e00-\u9fff]{{0,{place}}}?(?:{venue})[\u4e00-\u9fff]{{0,{verb}}}\*", stem))


def merge_venue_references(
    r: DocumentResult,
    keys: dict[str, str],
    forms: dict[str, tuple[str, Marks]],
    uf: UnionFind,
    scoped: Callable[[str], str],
) -> None:
    """Join each venue's ceremony word (:func:`venue_reference`) to the one other event of the
    document (the one whose name holds the same venue word, if any holds it), and a bare ceremony
    that joined nothing (a verb of up to ``bare_ceremony_verb_chars`` characters and a head:
    "开工仪式") to the one event whose name holds a venue word, where no event's name holds its
    verb. ``scoped`` gives a name a key that holds in this document only (a bare word or a venue
    word is another event on another page)."""
    conf = resolution_patterns()["meeting"]
    verb, venues = conf["bare_ceremony_verb_chars"], conf["venue_words"]
    refs = {n for n, (s, m) in forms.items() if venue_reference(s, m, conf)}
    bare = {n for n, (s, _) in forms.items() if s.endswith("*") and 2 <= len(s) <= verb + 1 and n not in refs}
    named = [n for n in forms if n not in refs and n not in bare]

    def joined(name: str) -> bool:
        return any(n != name and uf.find(keys[n]) == uf.find(keys[name]) for n in forms)

    for ref in refs:
        if joined(ref):
            continue
        venue = next(v for v in venues if v in forms[ref][0])
        found = {uf.find(keys[n]) for n in named if venue in n} or {uf.find(keys[n]) for n in named}
        found.discard(uf.find(keys[ref]))
        if len(found) == 1:
            uf.union(scoped(ref), next(iter(found)), "meeting.venue_reference", r.doc)
    staged = {uf.find(keys[n]) for n in named if any(v in n for v in venues)}
    for word in bare:
        stem = forms[word][0]
        if joined(word) or any(in_order(stem[:-1], forms[n][0]) for n in named):
            continue  # (joined already, or left to the contracted forms' rule: an event holds its verb)
        if len(staged) == 1:
            uf.union(scoped(word), next(iter(staged)), "meeting.venue_reference", r.doc)
