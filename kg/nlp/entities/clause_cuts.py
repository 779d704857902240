"""A clause's verb inside a project's name ends the name: "某市宣布|某某公司某某基地建设项目",
"某某购物中心|都是|大型城市综合体项目", "某某发展夯实|项目支撑", "某某部作|项目", "在某区建立|总部基地".

Several sources (the head-word walk, the frames, the tagger) run a project's name left over the
verb of its clause, whose subject or object the name is (real-amount a02, real-pages-14 n02,
-29 e02, -31 s10, -13 m09, -23 f09, -27 c01, real-org o04, real-meet3 b01, real-loc3
b03, real-place2 p07: 11 pages of 11 sites; no tuning gold PROJECT name holds one of the verbs).
The verbs are ``[project.clause_cuts]`` of ``ontology/patterns/entities.toml``, as the segmenter
reads them (a word tagged ``v`` inside the name, not its first). After a verb of acting the name
starts past the verb; before a copula ("A是B项目", "A都是B项目") the name is its subject A. What is
left must hold a proper noun (a place, a body, a person or a brand: ``proper_tags``), or it is a
bare head ("作|项目", "投入|援疆项目") and no name at all.

A verb or preposition that opens the name (``openers``: "以|某某公司机器人及其组件", "确保|某某科技年产…",
"进入|某某产业园", "接待了|…客商230余批次") is the clause's, not the name's (session 29, s29-proj4: real-pages-35
w02, -26 b04, -23 f09, -15 g08; no tuning gold PROJECT name opens with one of them): the name starts past
it and the particles after it (``opener_particles``), with the same proper-noun check.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.words import Word
from kg.patterns import pattern_file


@dataclass(frozen=True)
class ClauseCuts:
    """``[project.clause_cuts]``, read once."""

    acting: frozenset[str]
    copulas: frozenset[str]
    proper_tags: frozenset[str]
    openers: frozenset[str]
    opener_particles: frozenset[str]


@cache
def clause_cuts() -> ClauseCuts:
    f = pattern_file("entities")["project"]["clause_cuts"]
    return ClauseCuts(
        frozenset(f["acting"]),
        frozenset(f["copulas"]),
        frozenset(f["proper_tags"]),
        frozenset(f["openers"]),
        frozenset(f["opener_particles"]),
    )


def _past_opener(inside: list[Word], start: int, f: ClauseCuts) -> int:
    """Where a name opened by a clause's verb or preposition (``f.openers``, a word of the segmenter's
    that is no proper noun, at ``start``) begins: past the word and its particles; else ``start``."""
    if not inside or inside[0].start != start or inside[0].text not in f.openers or inside[0].tag in f.proper_tags:
        return start
    k = 1
    while k < len(inside) - 1 and inside[k].text in f.opener_particles:
        k += 1
    return inside[k - 1].end


def without_clause_verbs(words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each PROJECT that holds a clause's verb cut to its own name, or left out
    where no proper noun is left.

    >>> from kg.nlp.words import Word as W
    >>> ws = [W(0, 3, "禄丰市", "LOC"), W(3, 5, "宣布", "v"), W(5, 9, "某某公司", "ORG"), W(9, 11, "项目", "n"),
    ...       W(11, 12, ",", "w"), W(12, 17, "县委组织部", "ORG"), W(17, 18, "作", "v"), W(18, 20, "项目", "n")]
    >>> cs = [Candidate(0, 11, "PROJECT", "head_words", 0.7), Candidate(12, 20, "PROJECT", "statistical", 0.6)]
    >>> [(c.start, c.end) for c in without_clause_verbs(ws, cs)]
    [(5, 11)]
    >>> ws = [W(0, 5, "某某购物中心", "LOC"), W(5, 7, "都是", "v"), W(7, 11, "城市综合", "n"), W(11, 13, "项目", "n")]
    >>> [(c.start, c.end) for c in without_clause_verbs(ws, [Candidate(0, 13, "PROJECT", "head_words", 0.7)])]
    [(0, 5)]
    >>> ws = [W(0, 2, "确保", "v"), W(2, 6, "某某科技", "ORG"), W(6, 8, "年产", "v"), W(8, 10, "氦气", "n")]
    >>> [(c.start, c.end) for c in without_clause_verbs(ws, [Candidate(0, 10, "PROJECT", "head_words", 0.7)])]
    [(2, 10)]
    >>> ws = [W(0, 2, "接待", "v"), W(2, 3, "了", "u"), W(3, 7, "来访客商", "n"), W(7, 10, "30批", "m")]
    >>> without_clause_verbs(ws, [Candidate(0, 10, "PROJECT", "statistical", 0.6)])
    []
    """
    f = clause_cuts()
    out = []
    for c in candidates:
        inside = [w for w in words if c.start <= w.start and w.end <= c.end] if c.label == "PROJECT" else []
        verbs = [w for w in inside[1:] if w.tag == "v" and w.text in f.acting | f.copulas]
        opened = _past_opener(inside, c.start, f) if c.label == "PROJECT" else c.start
        if not verbs and opened == c.start:
            out.append(c)
            continue
        copula = next((w for w in verbs if w.text in f.copulas), None)
        start, end = (opened, copula.start) if copula else (verbs[-1].end if verbs else opened, c.end)
        if any(w.tag in f.proper_tags for w in inside if start <= w.start and w.end <= end):
            out.append(Candidate(start, end, c.label, c.source, c.score, dict(c.attrs)))
    return out
