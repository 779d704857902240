"""An event's name that swallowed a word of its clause at an edge is cut back to the name.

Session 31 (s31-meet). Whatever source reads an event's name (the head words, an X暨Y join, the
tagger) may run it over a word that belongs to the clause around it:

- on the left, a preposition, a particle or a marking verb: "在|某某市投资推介会暨项目签约仪式举行后"
  (real-pages-40 bb10), "出席投资推广署举办|的|国际及内地企业落户香港欢迎会" (-31 s02), "标志着|某县
  重点项目集中开工仪式" (-22 o07). No event's name opens with these words (``[meeting.edges]
  openers``), unless they open a word of the name (``opener_words``: "在线签约仪式");
- on the right, a generic 活动 after a name that is already whole, one ending in a head of the
  会 family or its quotes closed on such a head: "为组织参加好|某市第二届发展大会|活动" (-40 bb06),
  "参加“某某招商引资促进周”|活动" (-12 k07). The heads are ``[meeting.edges] tail_heads``; a
  sub-venue's "某某分会场活动" and a slogan's "“三个一批”活动" keep their 活动 (the golds name
  them so).

The mention is cut (and its X暨Y halves with it), never dropped: the event is named, only its
edge was wrong, and the facts that hang on it go to the name.

>>> from kg.nlp.entities import Candidate
>>> t = "在某某市投资推介会暨项目签约仪式举行后,某某区举行推介会。"
>>> c = Candidate(0, t.index("举行"), "MEETING", "joint_events", 0.7)
>>> [t[x.start : x.end] for x in trimmed_edges(t, [c])]
['某某市投资推介会暨项目签约仪式']
>>> t = "为组织参加好某市第二届发展大会活动,我市召开座谈会。"
>>> c = Candidate(t.index("某市"), t.index(","), "MEETING", "head_words", 0.7)
>>> [t[x.start : x.end] for x in trimmed_edges(t, [c])]
['某市第二届发展大会']
>>> t = "举行全省“三个一批”活动和在线签约仪式。"
>>> a, b = Candidate(2, t.index("和"), "MEETING", "h", 0.7), Candidate(t.index("在线"), len(t) - 1, "MEETING", "h", 0.7)
>>> [t[x.start : x.end] for x in trimmed_edges(t, [a, b])]
['全省“三个一批”活动', '在线签约仪式']
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

# quotes that may close a name before its generic tail ("“某某促进周”活动")
_CLOSING = '”」』"'


@lru_cache(maxsize=1)
def _conf() -> dict:
    from kg.nlp.entities import lexicon

    return lexicon().patterns["meeting"]["edges"]


def trimmed_edges(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each MEETING mention cut back at an edge word (see the module's
    docstring); a cut mention that another chosen MEETING mention already spans is dropped."""
    from kg.nlp.entities import Candidate

    out: list[Candidate] = []
    spans = {(c.start, c.end) for c in chosen if c.label == "MEETING"}
    for c in chosen:
        if c.label != "MEETING":
            out.append(c)
            continue
        start, end = edge_cut(text, c.start, c.end)
        if (start, end) == (c.start, c.end):
            out.append(c)
            continue
        if (start, end) in spans:
            continue  # the name is chosen already: the longer span was the same event
        attrs = dict(c.attrs)
        if "halves" in attrs:  # an X暨Y name: its halves end where the name does
            attrs["halves"] = [(max(a, start), min(b, end)) for a, b in attrs["halves"] if b > start and a < end]
        out.append(Candidate(start, end, c.label, c.source, c.score, attrs))
    return out


def edge_cut(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the event's name ``text[start:end]`` without an edge word of its clause:
    a leading opener (``[meeting.edges] openers``) and a trailing tail (``tail``) after a
    head of ``tail_heads``. What is left must keep ``min_left`` characters."""
    conf = _conf()
    name = text[start:end]
    if not name.startswith(tuple(conf["opener_words"])):
        opener = next((o for o in sorted(conf["openers"], key=len, reverse=True) if name.startswith(o)), "")
        if opener and len(name) - len(opener) >= conf["min_left"]:
            start += len(opener)
    tail = conf["tail"]
    if text.endswith(tail, start, end):
        stem = text[start : end - len(tail)].rstrip(_CLOSING)
        if len(stem) >= conf["min_left"] and stem.endswith(tuple(conf["tail_heads"])):
            end -= len(tail)
    return start, end
