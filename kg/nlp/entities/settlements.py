"""Taiwan's indigenous villages by their head word: "某某部落" (issue 14, ``s14-frag``).

The tagger cuts these names apart (an adjective, then 部落; a name it reads as a person, then a
verb, then 部落; a word, then 部 and 落 read apart), so no tagged word nor head word of
:mod:`kg.nlp.entities.head_words` holds them. On a page about Taiwan a name of two to four
characters right before 部落 is a village when it opens after a list mark, a line's start,
punctuation or a verb of going ("前往某某部落", "、某某部落", a heading "某某部落"); words that
only describe a village ("当地部落", "原住民部落") and determiners ("各部落") are none. The words
are in ``place.settlements``.
"""

from __future__ import annotations

import re
import unicodedata

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import TAIWAN
from kg.nlp.words import Word


def settlement_candidates(text: str, words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Villages named "某某部落" on a Taiwan page (``TAIWAN`` in ``context_names``).

    >>> from kg.nlp.words import Word
    >>> t = "前往青岚部落、石溪部落,各部落族人"
    >>> ws = [Word(0, 2, "前往", "v"), Word(2, 4, "青岚", "n"), Word(4, 6, "部落", "n"), Word(6, 7, "、", "w"),
    ...       Word(7, 9, "石溪", "n"), Word(9, 11, "部落", "n"), Word(11, 12, ",", "w"),
    ...       Word(12, 13, "各", "r"), Word(13, 15, "部落", "n"), Word(15, 17, "族人", "n")]
    >>> [t[c.start : c.end] for c in settlement_candidates(t, ws, frozenset({TAIWAN}))]
    ['青岚部落', '石溪部落']
    >>> settlement_candidates(t, ws, frozenset())
    []
    """
    if TAIWAN not in context_names:
        return []
    p = lexicon().patterns["place"]["settlements"]
    openers, not_names, not_opening = set(p["openers"]), tuple(p["not_names"]), set(p["not_opening_tags"])
    starts = {w.start: k for k, w in enumerate(words)}
    out = []
    for m in re.finditer(p["head"], text):
        if text.startswith(tuple(p["not_after"]), m.end()):
            continue  # "部落格": a blog, no village
        for n in range(p["max_chars"], p["min_chars"] - 1, -1):
            s = m.start() - n
            name = text[s : m.start()]
            if s < 0 or s not in starts or not all(ALL_CJK.match(ch) for ch in name):
                continue
            k = starts[s]
            inner = [w for w in words[k:] if w.start < m.start()]
            if words[k].text in openers or any(
                w.tag in not_opening and (w is inner[0] or len(w.text) > 1) for w in inner
            ):
                continue  # "前往|某某部落", "还能|体验部落", "县长|期盼|部落": a clause's words, no name
            before = words[k - 1].text if k > 0 else "\n"
            if not (before in openers or "\n" in before or all(unicodedata.category(ch)[0] in "PZ" for ch in before)):
                continue  # "体验|部落", "让当地|部落": no name opens here
            if any(x in name for x in not_names):
                break  # "当地部落", "各部落": a description or a determiner, no name
            out.append(Candidate(s, m.end(), "PLACE", "head_words", 0.75, {"head": "部落"}))
            break
    return out
