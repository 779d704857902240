"""Taiwan's 里 villages by name: "某某区某某里", "某某里长", "某某里活动中心" (issue 14, ``s15-taiwan``).

Taiwan's cities and townships are divided into villages written "某某里" (and "某某村"). The
tagger reads 里 as a word of its own ("inside", a measure) and cuts the name off it, and the
mainland head words know 村 but not 里, so the villages of Taiwan pages were missed. The names
come from ``twaddr``'s village list (:func:`kg.nlp.gazetteer_taiwan.taiwan_village_names`); a
listed name is a village on a Taiwan page when the text opens it as a name (after a division's
level word, a list mark or punctuation: "某某区|某某里", "、某某里") or goes on with the village's
own words ("某某里|里长", "某某里|活动中心"). The words are in ``place.taiwan_villages``.
"""

from __future__ import annotations

import unicodedata

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import TAIWAN, load_gazetteer
from kg.nlp.gazetteer_taiwan import taiwan_village_names
from kg.nlp.words import Word


def village_candidates(text: str, words: list[Word], context_names: frozenset[str]) -> list[Candidate]:
    """Villages "某某里" of ``twaddr``'s list on a Taiwan page (``TAIWAN`` in ``context_names``).

    >>> from kg.nlp.words import Word
    >>> t = "板桥区西门里里长表示,大海里有鱼"
    >>> ws = [Word(0, 3, "板桥区", "LOC"), Word(3, 5, "西门", "LOC"), Word(5, 7, "里里", "n"), Word(7, 8, "长", "n"),
    ...       Word(8, 10, "表示", "v"), Word(10, 11, ",", "w"), Word(11, 13, "大海", "n"), Word(13, 14, "里", "f"),
    ...       Word(14, 15, "有", "v"), Word(15, 16, "鱼", "n")]
    >>> [t[c.start : c.end] for c in village_candidates(t, ws, frozenset({TAIWAN}))]
    ['西门里']
    >>> village_candidates(t, ws, frozenset())
    []
    """
    if TAIWAN not in context_names:
        return []
    p = lexicon().patterns["place"]["taiwan_villages"]
    names = listed_village_names()
    levels, openers, followers = tuple(p["level_openers"]), tuple(p["openers"]), tuple(p["followers"])
    common, not_after = set(p["common_tags"]), tuple(p["not_after"])
    starts = {w.start: w for w in words}
    out: list[Candidate] = []
    for i, ch in enumerate(text):
        if ch not in p["heads"]:
            continue
        for n in (p["max_chars"], p["min_chars"]):
            s = i + 1 - n
            if s < 0 or text[s : i + 1] not in names or s not in starts or _inside_another(text, s, i, names):
                continue
            before, after = text[max(0, s - 2) : s], text[i + 1 : i + 1 + 5]
            if after.startswith(not_after) or _mainland_named(text[s:i], context_names):
                break  # "长春|里程碑", "里面": 里 opens another word; "长春市" named: the city's
            first = starts[s]
            # (a stem the tagger reads as one common word, "大海|里", opens a village only after
            # a division's level word or before the village's own words)
            word = first.end == i and first.tag in common
            listed = not before or before.endswith(openers) or unicodedata.category(before[-1])[0] in "PZC"
            if before.endswith(levels) or after.startswith(followers) or (listed and not word):
                # (``listed_village``: no division inside the name opens it, "重庆|里")
                out.append(Candidate(s, i + 1, "PLACE", "head_words", 0.75, {"listed_village": True}))
                break
    return out


def listed_village_names() -> frozenset[str]:
    """The names of ``twaddr``'s village list with a head of ``place.taiwan_villages.heads``.

    Every caller asks through here, so that the list is read once: the reader keeps one list,
    and a call with other heads would read the file again.
    """
    return taiwan_village_names(tuple(lexicon().patterns["place"]["taiwan_villages"]["heads"]))


def _inside_another(text: str, s: int, i: int, names: frozenset[str]) -> bool:
    """A listed name at ``s``..``i`` that begins inside another listed name ending within it:
    "正南里|里长" holds 南里里 too, but the village is 正南里.

    >>> _inside_another("中和区正南里里长", 4, 6, frozenset({"正南里", "南里里"}))
    True
    >>> _inside_another("中和区正南里里长", 3, 5, frozenset({"正南里", "南里里"}))
    False
    """
    return any(text[s - k : e] in names for k in (1, 2) if s - k >= 0 for e in range(s + 1, i + 1))


def _mainland_named(stem: str, context_names: frozenset[str]) -> bool:
    """The stem is a division the page names outright ("长春" with 长春市 on the page): its 里
    is then more likely another word's ("长春|里程碑") than a village's.

    >>> _mainland_named("长春", frozenset({"长春市"})), _mainland_named("长春", frozenset())
    (True, False)
    """
    return any(d.name in context_names for d in load_gazetteer().lookup(stem))
