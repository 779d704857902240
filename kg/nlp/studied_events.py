"""Meetings read whole where a clause studies or follows what they decided (session 25, s25-meet).

A meeting is named as the source of what a body studies or carries out: "认真贯彻落实|市十三次党代会|
精神", "全面落实|奋力谱写某某篇章推进大会|部署", "按照|地委扩大会议|部署要求", "传达|全省某某工作座谈会|
会议精神", "传达学习了…精神、9月28日|某某工作推进会议|精神". The gold names these meetings (a named
meeting nobody attends is still one), but the left edge of a name
(:func:`kg.nlp.entities.names.left_edge`) stops at a count ("十三次"), an adverb ("奋力") or a
verb inside it, or the name is too plain to stand alone ("地委扩大会议"), so it was lost or cut
(the tuning sets' pages, one each of five sites). The verb that studies or follows and the word
for what is followed fix both edges, as the verb that convenes a meeting does in
:mod:`kg.nlp.convened_events`, whose checks of a stretch these names pass too.

The words are ``[meeting.studied]`` in ``ontology/patterns/entities.toml``.

>>> t = "今年以来,某县认真贯彻落实市十三次党代会精神,聚焦重点任务。"
>>> [t[c.start : c.end] for c in studied_events(t, [])]
['市十三次党代会']
>>> t = "会议传达学习了9月26日国务院常务会议精神、9月28日稳经济大盘四季度工作推进会议精神等。"
>>> [t[c.start : c.end] for c in studied_events(t, [])]
['国务院常务会议', '稳经济大盘四季度工作推进会议']
>>> t = "要认真贯彻落实会议精神,贯彻落实市党代会精神。"
>>> studied_events(t, [])
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.studied_lists import joined_parts
from kg.patterns import alternation

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A verb that studies or follows (or the 、 after an item of such a list, "…精神、"), the
    name ending in a head word, and the word for what is followed ("精神", "部署")."""
    from kg.nlp.entities import lexicon

    m = lexicon().patterns["meeting"]
    c, s = m["convened"], m["studied"]
    heads = alternation(m["heads"])
    closes = alternation(s["closes"])
    listed = "|".join(f"(?<={re.escape(close)}、)" for close in s["closes"])  # one width each
    chars = c["name_chars"].replace("、", "")  # the 、 lists such items: no name holds it here
    return re.compile(
        rf"(?:(?:{alternation(s['verbs'])})(?:{alternation(s['particles'])})?|{listed})"
        rf"(?P<name>{chars}{{2,{c['max_chars']}}}?(?:{heads})[”\"]?)(?:{closes})"
    )


def studied_events(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each meeting a studying clause names whole as one MEETING (see the module's
    docstring); a MEETING mention inside it was the name cut, and is dropped."""
    from kg.nlp.convened_events import _names_meeting, _patterns
    from kg.nlp.entities import Candidate, lexicon

    m = lexicon().patterns["meeting"]
    c = m["convened"]
    generic = frozenset(m["generic"])
    # the shortest head a name ends in: "地委|扩大会议" is a body's meeting, no bare kind of one
    heads = sorted(m["heads"], key=len)
    listed = _patterns()[2]
    verbs = tuple(m["studied"]["verbs"])
    out = list(chosen)
    for x in _pattern().finditer(text):
        s, e = x.span("name")
        day = re.match(c["day"], text[s:e])  # "…精神、9月28日|某某推进会议精神"
        s += day.end() if day else 0
        name = text[s:e]
        parts = joined_parts(text, s, e)
        if parts:  # "贯彻落实|党的二十大和中央经济工作会议|精神": each meeting of the list is one
            out = [o for o in out if not (o.label == "MEETING" and s <= o.start and o.end <= e)]
            out += [Candidate(ps, pe, "MEETING", "head_words", 0.7, {"head": "studied"}) for ps, pe in parts]
            continue
        head = next(h for h in heads if name.rstrip('”"').endswith(h))
        if name.startswith(verbs) or not _names_meeting(name, head, c, m, generic, listed):
            continue  # (one verb of a longer: "贯彻|落实市党代会" is "贯彻落实|市党代会", too short)
        if any(o.start < s < o.end or o.start < e < o.end for o in out):
            continue  # a mention runs across an edge: the clause is read otherwise
        if any(o.label == "MEETING" and o.start == s and o.end == e for o in out):
            continue
        out = [o for o in out if not (o.label == "MEETING" and s <= o.start and o.end <= e)]
        out.append(Candidate(s, e, "MEETING", "head_words", 0.7, {"head": "studied"}))
    return sorted(out, key=lambda o: (o.start, -o.end))
