"""A project's name never holds an unclosed bracket: "某某基地项目(聚焦某某研发" is the name and the start
of the description its bracket holds, run together where a list's item is cut at the "、" inside the
bracket ("…项目(聚焦A研发、B);…项目(涵盖C、D等)": rp-37 a10, session 30, benchmarks/audits/s30-proj).
The name ends at the bracket where what stands before it ends in a project's head word.

Over every readable tuning set's output at BASE this is the only page with an unbalanced bracket in a
mention; it is a guard on the span's form, not a kind of its own (see the audit).
"""

from __future__ import annotations

from dataclasses import replace

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon

_OPEN, _CLOSE = "(（", ")）"


def without_bracket_runs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each PROJECT candidate that runs into a bracket it does not close cut before it.

    >>> t = "总投资12亿元的某某基地项目(聚焦高性能研发、生产)"
    >>> c = Candidate(t.index("某"), t.index("、"), "PROJECT", "list", 0.7)
    >>> [t[x.start : x.end] for x in without_bracket_runs(t, [c])]
    ['某某基地项目']
    """
    heads = tuple(lexicon().patterns["project"]["heads"])
    out: list[Candidate] = []
    for c in cands:
        span = text[c.start : c.end]
        if c.label != "PROJECT" or sum(span.count(ch) for ch in _OPEN) <= sum(span.count(ch) for ch in _CLOSE):
            out.append(c)
            continue
        cut = max(span.rfind(ch) for ch in _OPEN)
        if span[:cut].endswith(heads):
            out.append(replace(c, end=c.start + cut))
    return out
