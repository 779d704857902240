"""A firm's name holds no noun of kinship or role: the tagger runs one name across it.

"某某股份有限公司全资子公司|某某开发有限公司" (the parent, its subsidiary), "某某供应链重要成员|某某科技股份有限
公司", "某某零件厂商|某某企业股份有限公司" (a description, then the firm), "某某高科|母公司" (the firm, then
its kin): LAC reads such a run as one organisation (ORG), which no gold names (real-amount c04,
real-pages-38 p03, -45 bg12, -46 bh12, -14 n03: 5 pages of 4 sites, session 36, s36-orgfp2). Where
a kin or role noun (``org.firm_relatives.kin``, ``roles``) opens a word inside such a name and a
firm's name follows it (it ends in one of ``firm_ends`` with at least ``min_name`` characters
before), the firm after the noun is the organisation, and so is the part before it where that too
is a firm's name ("某某集团|全资子公司|…"); a description before it ("供应链重要成员") or a bare
"公司" is dropped. A kin noun of ``closing`` that closes the name ("某某高科母公司") leaves the firm before it. Names
whose word after the noun is no firm's keep their noun ("某某厂商联合会", "某某厂商协进会"), and the noun
must open a word of the segmenter's ("某某电子|公司" holds no 子公司) unless the tagger read the whole
name as one word; a bare 子公司 closes nothing ("某某电子公司"). Words:
``[org.firm_relatives]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.words import Word
from kg.normalize import simplified_aligned
from kg.patterns import pattern_file


@dataclass(frozen=True)
class FirmRelatives:
    """``[org.firm_relatives]``, read once: the nouns as one pattern (longest first)."""

    nouns: re.Pattern[str]
    closing: frozenset[str]
    firm_ends: tuple[str, ...]
    min_name: int


@cache
def firm_relatives() -> FirmRelatives:
    f = pattern_file("entities")["org"]["firm_relatives"]
    nouns = sorted(set(f["kin"]) | set(f["roles"]), key=len, reverse=True)
    return FirmRelatives(
        nouns=re.compile("|".join(map(re.escape, nouns))),
        closing=frozenset(f["closing"]),
        firm_ends=tuple(sorted(f["firm_ends"], key=len, reverse=True)),
        min_name=int(f["min_name"]),
    )


def _firm(name: str, f: FirmRelatives) -> bool:
    """Whether ``name`` is a firm's name: one of the firm ends after ``min_name`` characters."""
    return any(name.endswith(e) and len(name) - len(e) >= f.min_name for e in f.firm_ends)


def relative_parts(name: str, word_starts: frozenset[int]) -> list[tuple[int, int]] | None:
    """The spans of ``name`` (offsets into it) that are firms where a kin or role noun splits it,
    None where no noun does (the name stays whole). ``word_starts``: the offsets, in ``name``, where
    a word of the segmenter starts.

    >>> relative_parts("某某发展集团股份有限公司全资子公司某某资源开发有限公司", frozenset({0, 12, 14}))
    [(0, 12), (17, 27)]
    >>> relative_parts("某某供应链重要成员某某科技股份有限公司", frozenset({0, 5, 7, 9}))
    [(9, 19)]
    >>> relative_parts("公司全资子公司某某科技集团有限公司", frozenset({0, 2, 4}))
    [(7, 17)]
    >>> relative_parts("某某高科母公司", frozenset({0, 4})), relative_parts("某某高科母公司", frozenset({0}))
    ([(0, 4)], [(0, 4)])
    >>> relative_parts("香港中华厂商联合会", frozenset({0, 2, 4, 6})) is None
    True
    >>> relative_parts("韶关某某电子公司", frozenset({0, 2, 4, 6})), relative_parts("韶关某某电子公司", frozenset({0}))
    (None, None)
    """
    f = firm_relatives()
    simple = simplified_aligned(name)
    # the noun opens a word ("电子|公司" holds none), or the tagger read the whole run as one word
    inner = {s for s in word_starts if 0 < s < len(name)}
    found = [m for m in f.nouns.finditer(simple) if m.start() >= 1 and (m.start() in inner or not inner)]
    if not found:
        return None
    m = found[-1]
    before, after = simple[: m.start()], simple[m.end() :]
    if not after:
        # "某某高科母公司": the firm whose kin the noun names; a role ("某某厂商") or a bare 子公司 (the
        # tagger's one word "某某电子公司" shows no boundary) closes no firm
        return [(0, m.start())] if m.group() in f.closing and len(before) >= f.min_name else None
    if not _firm(after, f):
        return None
    parts = [(0, m.start())] if _firm(before, f) else []
    return parts + [(m.end(), len(simple))]


def without_firm_relatives(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each ORG that a kin or role noun splits replaced by the firms it names.

    >>> from kg.nlp.words import words_of
    >>> t = "某某供应链重要成员某某科技股份有限公司签约"
    >>> ws = words_of([("某某", "nz"), ("供应链", "n"), ("重要", "a"), ("成员", "n"), ("某某科技股份有限公司", "ORG")])
    >>> cs = [Candidate(0, 19, "ORG", "statistical", 0.6)]
    >>> [(c.label, t[c.start:c.end]) for c in without_firm_relatives(t, ws, cs)]
    [('ORG', '某某科技股份有限公司')]
    """
    starts = {w.start for w in words}
    out: list[Candidate] = []
    for c in candidates:
        parts = None
        if c.label == "ORG":
            inside = frozenset(s - c.start for s in starts if c.start <= s < c.end)
            parts = relative_parts(text[c.start : c.end], inside)
        if parts is None:
            out.append(c)
            continue
        out += [Candidate(c.start + a, c.start + b, c.label, c.source, c.score, dict(c.attrs)) for a, b in parts]
    return out
