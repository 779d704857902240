"""Natural sites and landmarks that open the name of a work done there: "某某峡|博物馆项目",
"某山头|旅游综合开发", "某山寺|休闲公园项目". GUIDE.md scores the local place that opens a project's
or site's name as a place, and the work lies in it; the tagger runs the site into the work
("某某峡博物馆/ORG") or cuts its head ("某山/LOC|头/n"), so no other source names it.

The word lists are ``place.site_openings`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, words_by_first_char
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import simplified_aligned


def site_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """PLACE candidates for a natural site or landmark that opens the name of a work done there
    ("某某峡|博物馆项目", "某山头|旅游综合开发"): a stem from the start of a word and a head of
    ``place.site_openings.heads`` right before one of its ``after`` words.

    >>> ws = [Word(0, 6, "甲乙峡博物馆", "ORG"), Word(6, 8, "项目", "n")]
    >>> [(c.start, c.end) for c in site_candidates("甲乙峡博物馆项目", ws)]
    [(0, 3)]
    >>> ws = [Word(0, 2, "丙山", "LOC"), Word(2, 3, "头", "n"), Word(3, 5, "旅游", "vn"), Word(5, 9, "综合开发", "vn")]
    >>> [(c.start, c.end) for c in site_candidates("丙山头旅游综合开发", ws)]
    [(0, 3)]
    >>> ws = [Word(0, 2, "登山", "v"), Word(2, 4, "公园", "n")]
    >>> site_candidates("登山公园", ws)
    []
    """
    p = lexicon().patterns["place"]["site_openings"]
    heads = words_by_first_char(tuple(sorted(p["heads"], key=len, reverse=True)))  # longest first
    after = tuple(p["after"])
    not_names = frozenset(p["not_names"])
    stem_tags = frozenset(p["stem_tags"])
    simple = simplified_aligned(text)
    out: list[Candidate] = []
    for w in words:
        if w.tag not in stem_tags:
            continue  # "听取了|某山头…": a particle, a verb or a pronoun opens no site's name
        for n in range(p["min_stem"], p["max_stem"] + 1):
            stem = simple[w.start : w.start + n]
            if len(stem) < n or not ALL_CJK.match(stem):
                break
            ahead = heads.get(simple[w.start + n : w.start + n + 1])
            head = next((h for h in ahead if simple.startswith(h, w.start + n)), None) if ahead else None
            if head is None:
                continue
            end = w.start + n + len(head)
            if simple.startswith(after, end) and simple[w.start : end] not in not_names:
                out.append(Candidate(w.start, end, "PLACE", "head_words", 0.6, {"head": "site_opening"}))
                break
    return out
