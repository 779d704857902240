"""Fairs named by their short form: "哈洽会", "工展会", "农交会".

A trade fair or expo is written, after its first mention or alone in a report about it, by a
three-character short form: one character for its place or trade, then 洽会 (洽谈会), 展会
(展览会), 博会 (博览会), 交会 (交易会) or 贸会. The tagger reads it as one word, but the head-word
walk finds no head in it (洽谈会, 博览会 are its heads; 展会 alone is the common noun "a fair"), so
the fair went unrecognised on pages that name it only so ("哈洽会开幕以来", "在本届哈洽会上",
"第50届工展会正式揭幕"; the corpus audit s27-meet: -14 n12, -24 w02, -32 t02, three sites). A word
of exactly three characters ending in one of ``[meeting] short_fair_ends`` is a MEETING, unless
the page writes the full head of that kind of fair ("第六届中国—亚欧博览会…亚博会"): the full name
names the fair there, and a second entity for its short form would be a duplicate. The edition
before it ("第50届|工展会") is left out: every mention of the fair then keys one entity.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import CJK_CHAR, Word


@cache
def _ends() -> dict[str, str]:
    return dict(lexicon().patterns["meeting"]["short_fair_ends"])


def short_fair_names(text: str, words: list[Word]) -> list[Candidate]:
    """MEETING candidates of the fairs written by a three-character short form."""
    ends = _ends()
    out = []
    for w in words:
        end = w.text[-2:]
        if len(w.text) != 3 or end not in ends or not CJK_CHAR.match(w.text) or w.tag.startswith("v"):
            continue
        if ends[end] in text:
            continue  # the page writes the fair's full name ("…亚欧博览会"): that names it
        out.append(Candidate(w.start, w.end, "MEETING", "head_words", 0.7, {"head": "short_fair"}))
    return out
