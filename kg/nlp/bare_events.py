"""A bare ceremony word that refers back to the event an article names.

Real county news names its event once ("某县举行2020年第一批重点项目集中开工仪式") and then
writes it bare: "县领导A、B出席开工仪式", "县长C主持仪式". The bare word is the named event,
not a second one: such a MEETING mention is dropped when the article names exactly one longer
event that ends in the same words (or, for 仪式 and other head words alone, one event ending
in them), so the persons who attend it attach to the named event (the relation rules fall
back to the article's meeting). The bare words are ``[meeting] bare_events`` in
``ontology/patterns/entities.toml``. A name opened by a determiner ("此次集中签约仪式",
"本届某某研讨会", ``[attended] determiners`` in relations.toml) points back the same way.

A sitting of an event ("开幕典礼", "开班仪式", "论坛开幕式": ``[chaired] session_sittings`` in
``ontology/patterns/relations.toml``, alone or after a bare head word) is no event of its own
either: its mention is dropped whenever the article names another event, whatever its head
("某某研讨会昨日登场。开幕典礼由县长X主持"), and the rules read it as that event.

>>> from kg.nlp.entities import Candidate
>>> t = "某县举行2020年第一批重点项目集中开工仪式。县领导出席开工仪式。"
>>> a, b = t.index("2020"), t.rindex("开工仪式")
>>> cs = [Candidate(a, t.index("。"), "MEETING", "head_words", 0.7), Candidate(b, b + 4, "MEETING", "head_words", 0.7)]
>>> [t[c.start : c.end] for c in without_bare_events(t, cs)]
['2020年第一批重点项目集中开工仪式']
>>> t = "某某发展研讨会昨日登场。开幕典礼由县长主持。"
>>> b = t.index("开幕典礼")
>>> cs = [Candidate(0, t.index("昨"), "MEETING", "head_words", 0.7), Candidate(b, b + 4, "MEETING", "head_words", 0.7)]
>>> [t[c.start : c.end] for c in without_bare_events(t, cs)]
['某某发展研讨会']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.normalize import to_simplified

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


def without_bare_events(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the MEETING mentions that are bare words for a named event."""
    from kg.nlp.entities import lexicon
    from kg.nlp.relations.view import determiner_opening, triggers

    conf = lexicon().patterns["meeting"]
    listed = set(conf["bare_events"])
    shape = re.compile(conf["bare_event_shape"])
    meetings = [c for c in chosen if c.label == "MEETING"]
    if len(meetings) < 2:
        return chosen
    names = {id(c): to_simplified(text[c.start : c.end]) for c in meetings}
    sittings = {id(c) for c in meetings if _is_sitting(names[id(c)], triggers()["chaired"])}
    named = {n for c in meetings if not _is_bare(n := names[id(c)], listed, shape) and id(c) not in sittings}
    # A name that ends another named one is that event's shorter form (a headline's "重点项目集中开工
    # 仪式" beside the lead's "2024年第一批重点项目集中开工仪式"), not a second event.
    named = {n for n in named if not any(m != n and m.endswith(n) for m in named)}
    drop = {i for i in sittings if named}
    drop |= _references_back(meetings, names, named, determiner_opening())
    drop |= {id(c) for c in meetings if tail_reference(names[id(c)], named - {names[id(c)]})}
    for c in meetings:
        bare = names[id(c)]
        if not _is_bare(bare, listed, shape):
            continue
        longer = {n for n in named if len(n) > len(bare) and n.endswith(bare)}
        if not longer and bare not in listed:
            # "参加庆典仪式" after "…企业进园典礼仪式": an unlisted two-character ceremony word is
            # the one event the article names with its head word (a listed word such as 签约仪式
            # beside a named 开工仪式 may be a ceremony of its own)
            longer = {n for n in named if n.endswith(bare[-2:])}
            longer = longer if len(named) == 1 else set()
        if not longer and bare in listed:
            longer = alike_event(bare, named, conf["bare_alike_heads"])
        if len(longer) == 1:
            drop.add(id(c))
    return [c for c in chosen if id(c) not in drop]


def refers_alike(word: str, event: str) -> bool:
    """Whether a listed bare word named after a trigger ("参加|集中开工仪式") is the event ``event``
    (the article's) by :func:`alike_event`: the rules then attach to that event, adding no other."""
    from kg.nlp.entities import lexicon

    conf = lexicon().patterns["meeting"]
    word = to_simplified(word)
    return word in conf["bare_events"] and bool(alike_event(word, [to_simplified(event)], conf["bare_alike_heads"]))


def alike_event(bare: str, named: Iterable[str], families: list[list[str]]) -> set[str]:
    """The named events that a listed bare word with no named event ending in it refers back
    to: those whose name holds the bare word's act (the word without its head) and ends in a head
    of the same family (``[meeting] bare_alike_heads``). "集中开工仪式" is the article's "2022年春季
    重点项目集中开工活动", "座谈会" its "某商会与某局座谈交流会", "开工仪式" its "某某集中开工仪式某某分
    会场活动": a report writes its event's head word loosely once it has named it. A set of more
    than one (or none) refers to no one event.

    >>> sorted(alike_event("集中开工仪式", ["2022年春季重点项目集中开工活动"], [["仪式", "活动"]]))
    ['2022年春季重点项目集中开工活动']
    >>> alike_event("开工仪式", ["某某招商推介会"], [["仪式", "活动"], ["会"]])
    set()
    """
    for family in families:
        head = next((h for h in family if bare.endswith(h)), None)
        if head is None:
            continue
        act = bare[: -len(head)]
        if len(act) < 2:
            return set()
        return {n for n in named if n != bare and act in n[:-1] and n.endswith(tuple(family))}
    return set()


def _references_back(
    meetings: list[Candidate], names: dict[int, str], named: set[str], opening: re.Pattern[str]
) -> set[int]:
    """The mentions that a determiner opens ("参加此次集中签约仪式", "本届某某研讨会暨某某节"):
    they point back to an event the article names, not to one of their own, when a named event
    ends in their words after the determiner, or the article names one event only. The persons
    who attend them then attend the article's event (the relation rules fall back to it)."""
    out = set()
    for c in meetings:
        m = opening.match(names[id(c)])
        if not m:
            continue
        stem = names[id(c)][m.end() :]
        others = {n for n in named if n != names[id(c)] and not opening.match(n)}
        if any(n.endswith(stem) for n in others) or len(others) == 1:
            out.add(id(c))
    return out


def tail_reference(name: str, others: Iterable[str]) -> bool:
    """Whether ``name`` is a short form of one of the events ``others`` with a generic tail
    (``[meeting] reference_tails``): "洽谈会相关活动" for "…经贸洽谈会暨…签约仪式" (a half of an X暨Y
    name counts), "陵水分会场活动" for "…集中开工和签约陵水分会场". The words before the tail must
    be at least ``reference_stem_min`` characters: "签约活动" is left to the bare words.

    >>> tail_reference("洽谈会相关活动", ["2013年某某经贸洽谈会暨某某签约仪式"])
    True
    >>> tail_reference("招商推介活动", ["2013年某某经贸洽谈会"])
    False
    """
    from kg.nlp.entities import lexicon
    from kg.nlp.relations.meeting_parts import joint_names

    conf = lexicon().patterns["meeting"]
    tails, stem_min = conf["reference_tails"], conf["reference_stem_min"]
    tail = next((t for t in sorted(tails, key=len, reverse=True) if name.endswith(t)), None)
    stem = name[: -len(tail)] if tail else ""
    if len(stem) < stem_min:
        return False
    return any(n != name and n.endswith(stem) for other in others for n in joint_names(other))


def _is_bare(name: str, listed: set[str], shape: re.Pattern[str]) -> bool:
    """``name`` is a bare ceremony word: listed, or two characters and a ceremony head."""
    return name in listed or bool(shape.match(name))


def _is_sitting(name: str, conf: dict) -> bool:
    """``name`` is a sitting word, alone or after a bare head word ("论坛开幕式", "大会开幕式")."""
    heads = ("", *conf["event_heads"], *conf["meeting_references"])
    return any(name.endswith(s) and name[: -len(s)] in heads for s in conf["session_sittings"])
