"""An event's full name written again in its article is that event wherever it stands.

Layout pages repeat their headline between the paragraphs ("某县举行第七期“某某”重点项目集中开工
仪式" above each photo), and reports name the event again in full after the lead. Where the entity
stage read such a recurrence short ("举行|第七期…" cut after the ordinal: a second event, the same
one without 第七期), ran it into the next line's bare head word ("…集中开工仪式\\n\\n  仪式上,",
the lines joined: "…集中开工仪式仪式", a name no line holds) or kept no mention there at all, the
recurrence is the full name again: the mentions that cut it short are dropped, the one that runs
past it (a line break or a bare event word past it) is cut at it, and the full name is the
mention. Only names of at least ``[meeting.repeated] min_chars`` characters are read again (a
bare "开工仪式" is another matter: kg/nlp/bare_events.py); a recurrence that a longer event holds
("A暨B" holding B), that another kind of name runs across, or that a document's title holds
(《…》) is left alone.

>>> from kg.nlp.entities import Candidate
>>> t = "第七期重点项目集中开工仪式在某地举行。\\n\\n某县举行第七期重点项目集中开工仪式\\n\\n仪式上,县长讲话。"
>>> c = t.index("重点", 5)
>>> cs = [Candidate(0, t.index("在"), "MEETING", "head_words", 0.7),
...       Candidate(c, t.index("上,"), "MEETING", "head_words", 0.7)]
>>> [t[x.start : x.end] for x in repeated_events(t, cs)]
['第七期重点项目集中开工仪式', '第七期重点项目集中开工仪式']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


def repeated_events(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each recurrence of a MEETING's full name read as that name (see the module
    docstring): the MEETING mentions inside it dropped, one running past it over a line break
    cut at it."""
    from kg.nlp.entities import Candidate, lexicon

    least = lexicon().patterns["meeting"]["repeated"]["min_chars"]
    meetings = [c for c in chosen if c.label == "MEETING" and not c.attrs.get("nested")]
    names = sorted({text[c.start : c.end] for c in meetings if c.length >= least}, key=len, reverse=True)
    out = list(chosen)
    for name in names:
        source = next(c for c in meetings if text[c.start : c.end] == name)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            over = [c for c in out if c.start < end and at < c.end and not c.attrs.get("nested")]
            if _reads_again(text, at, end, over):
                out = [c for c in out if not any(c is o for o in over)]
                out.append(Candidate(at, end, "MEETING", source.source, source.score, {}))
            at = text.find(name, at + 1)
    return sorted(out, key=lambda c: (c.start, -c.end))


def _reads_again(text: str, start: int, end: int, over: list[Candidate]) -> bool:
    """Whether the recurrence ``start``-``end`` of a name is read as that name: no mention is
    that span already, every mention over it is a MEETING, each lies inside it or runs past
    its end only over a line break (and none opens before it: a longer event holds it)."""
    if any(c.start == start and c.end == end for c in over):
        return False
    if not over:
        # written again where no mention stands: the name itself, unless a document's title holds it
        line = max(text.rfind("\n", 0, start), 0)
        return text.rfind("《", line, start) <= text.rfind("》", line, start)
    for c in over:
        if c.label != "MEETING" or c.start < start:
            return False
        if c.end > end and not _run_on(text[start:end], text[end : c.end]):
            return False
    return True


def _run_on(name: str, rest: str) -> bool:
    """Whether ``rest``, what a mention holds past the full ``name``, is the next line run into
    it: a line break, or the name's own head word again (a layout line joined to the headline
    before it, "…集中开工仪式|仪式上,": ``[meeting] bare_events``, ``[chaired] event_heads``). A
    sitting after the name ("某某节|开幕式") is the name's sitting, no run-on."""
    from kg.nlp.entities import lexicon
    from kg.nlp.relations.view import triggers

    words = {*lexicon().patterns["meeting"]["bare_events"], *triggers()["chaired"]["event_heads"]}
    word = rest.strip()
    return "\n" in rest or (word in words and name.endswith(word))
