"""A signing's partner is no part of its project's name: "与|某某皮草有限公司|兔皮深加工项目，签约额…",
"与|某某集团|300万吨…超细微粉项目、与…", "与|某某铝业有限公司|对接洽谈|氧化铝项目" (session 26, s26-proj:
real-pages-15, -24, -28, 3 pages of 3 sites; no gold project name of the tuning sets opens with a
company right after 与). The left walk runs over the company because a company's name may open a
project's ("某某公司年产10万吨…项目"); after 与 the company is the other side of the deal. The words
are ``[project.partner]`` of ``ontology/patterns/entities.toml``."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon


def without_partner(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each project that opens right after a partner word (与) and runs over a
    company's name cut to what follows the company (and the verbs of talks after it).

    >>> t = "与某某皮草有限公司兔皮深加工项目，签约额5000万元。"
    >>> [t[c.start : c.end] for c in without_partner(t, [Candidate(1, 16, "PROJECT", "head_words", 0.7)])]
    ['兔皮深加工项目']
    >>> t = "与某某公司某某污水处理厂项目"
    >>> [t[c.start : c.end] for c in without_partner(t, [Candidate(1, 14, "PROJECT", "head_words", 0.7)])]
    ['某某污水处理厂项目']
    """
    conf = lexicon().patterns["project"]["partner"]
    before, marks, talks = tuple(conf["before"]), tuple(conf["company_marks"]), tuple(conf["talks"])
    heads = tuple(lexicon().patterns["project"]["heads"])
    res = []
    for c in out:
        if c.label == "PROJECT" and text[max(0, c.start - 1) : c.start] in before:
            name = text[c.start : c.end]
            start = _after_company(name, marks, talks, heads, conf["min_chars"])
            if start:
                c = Candidate(c.start + start, c.end, c.label, c.source, c.score, {**c.attrs, "partner_cut": True})
        res.append(c)
    return res


def _after_company(
    name: str, marks: tuple[str, ...], talks: tuple[str, ...], heads: tuple[str, ...], least: int
) -> int:
    """Where the project starts in ``name`` after the company that opens it (the company's last
    mark that leaves a name of ``least`` characters or more ending in a head word), or 0."""
    ends = sorted({m.end() for mark in marks for m in re.finditer(re.escape(mark), name)}, reverse=True)
    for end in ends:
        rest = name[end:]
        for talk in talks:
            if rest.startswith(talk):
                rest, end = rest[len(talk) :], end + len(talk)
                break
        if len(rest) >= least and rest.endswith(heads) and end >= 4:
            return end
    return 0
