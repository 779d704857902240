"""A news site's name the tagger writes as one name word ending in 网 ("某某新闻网/nz", "某某信息网/nz",
"某某网/nz") where a page names its outlet: opening a line (the page's masthead or a credit line), after a
blank, a dash or a colon ("某某网-某某网提供", "来源: 某某网"), or after a clock time ("02:04 某某网").
The golds name such a site as an organisation; no credit, byline or header pattern reads it where no
mark (来源, 讯, 记者, a date's line) stands by it (session 37, s37-orgmiss4: real-pages-6 u04, -7 v12,
-11 z08, -12 k07, -35 w03, -39 ba02, -45 bg01, -52 bn05, -53 bo07: 9 pages of 9 sites).

Inside a sentence a name word ending 网 is as often a network ("完善区域路网", "物联网"): only the
slots above are read, and the network words of ``not_ends`` are refused everywhere ("某公网安备",
a page's footer). Data: ``[org.site_names]`` of ontology/patterns/entities.toml.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified

# A site named where outlets are named; below the credit patterns (0.7), as the head words' bodies.
_SCORE = 0.65


def _in_slot(prev: Word | None, marks: frozenset[str], time_tags: frozenset[str]) -> bool:
    """Whether the word after ``prev`` stands where a page names its outlet."""
    if prev is None or not prev.text.strip():
        return True  # the text's or a line's start, or after a blank
    if prev.text.strip() in marks:
        return True
    # "02:04 某某网": a clock time, not a word like 今日 ("今日某某网" is the name's own word)
    return prev.tag in time_tags and any(ch.isdigit() for ch in prev.text)


def site_name_candidates(words: list[Word]) -> list[Candidate]:
    """Sites named by a name word ending 网 where a page names its outlet.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("某某新闻网", "nz"), ("\\n", "w"), ("强化", "v")])
    >>> [(c.start, c.end) for c in site_name_candidates(ws)]
    [(0, 5)]
    >>> ws = words_of([("由", "p"), ("甲网", "nz"), ("-", "w"), ("乙丙网", "nz"), ("提供", "v")])
    >>> [(c.start, c.end) for c in site_name_candidates(ws)]
    [(4, 7)]
    >>> ws = words_of([("12:04", "TIME"), (" ", "w"), ("某某材料网", "nz")])
    >>> [(c.start, c.end) for c in site_name_candidates(ws)]
    [(6, 11)]
    >>> site_name_candidates(words_of([("完善", "v"), ("区域路网", "nz"), ("布局", "n")]))
    []
    >>> site_name_candidates(words_of([("\\n", "w"), ("某公网", "nz"), ("安备", "v")]))
    []
    >>> site_name_candidates(words_of([("中国", "LOC"), ("某某网", "nz")]))
    []
    >>> site_name_candidates(words_of([("sNa某某网", "nz")]))
    []
    """
    p = lexicon().patterns["org"]["site_names"]
    tags, ends, not_ends = set(p["tags"]), tuple(p["ends"]), tuple(p["not_ends"])
    marks, time_tags = frozenset(p["after"]), frozenset(p["time_tags"])
    out = []
    for i, w in enumerate(words):
        name = to_simplified(w.text)
        if w.tag not in tags or len(name) < p["min_chars"] or not name.endswith(ends) or name.endswith(not_ends):
            continue
        if not ALL_CJK.fullmatch(name):
            continue  # "sNa某某网", "某某.jpg某某网": a file name or markup glued to it, no clean name
        if _in_slot(words[i - 1] if i else None, marks, time_tags):
            out.append(Candidate(w.start, w.end, "ORG", "head_words", _SCORE))
    return out
