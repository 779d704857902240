"""Items of a list of firms that a source read as projects: "与甲乙集团、…、丙丁华宇、戊己万达等15家知名
企业签订合作项目", "…、甲地某某机械、乙地某某设备、某某汽车配件9家企业代表…签订了项目投资协议书",
"考察拜访了…、某某集团总部、…等10家企业". The list's close counts its items as firms ("N家…企业"),
so an item without a project's head word names a firm, whatever the project list rule (which reads
"等…项目" further on) or the learned tagger made of it (session 29, s29-proj: 4 false PROJECTs on 3
pages of 3 sites of the tuning sets, real-pages-19 k04, -31 s11, -35 w09; of the 14 such lists in the
tuning texts no item is a gold project).

The close and the heads are ``project.firm_list`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon

# The marks that end the clause a list is read in.
_CLAUSE_MARKS = "，,。；;：:！!？?\n"


def firm_list_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that hold a "、" list of firms closed by a count of firms
    (``project.firm_list.close``), from the clause's start to the count.

    >>> t = "会上,甲乙集团、丙丁华宇等2家企业签约"
    >>> [t[s:e] for s, e in firm_list_spans(t)]
    ['甲乙集团、丙丁华宇']
    """
    close = re.compile(lexicon().patterns["project"]["firm_list"]["close"])
    spans: list[tuple[int, int]] = []
    for m in close.finditer(text, start, len(text) if end is None else end):
        s = max(max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1, start)
        if "、" in text[s : m.start()]:
            spans.append((s, m.start()))
    return spans


def firm_list_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each PROJECT that is an item of a "、" list closed by a count of firms
    (``project.firm_list.close``) and ends in no project head (``project.heads``) read as the firm
    it names: an ORG of the same span, unless an ORG candidate that starts there ends in a body's suffix
    (``org_suffixes``: "某某集团|总部" names 某某集团; "甲地/ORG|万达" is cut, the item is the firm).

    >>> t = "与甲乙集团、丙丁华宇、戊己万达等15家知名企业签订合作项目"
    >>> cs = [Candidate(t.index("丙"), t.index("丙") + 4, "PROJECT", "head_words", 0.7),
    ...       Candidate(t.index("戊"), t.index("戊") + 4, "PROJECT", "learned", 0.6)]
    >>> [(t[c.start : c.end], c.label) for c in firm_list_items(t, cs)]
    [('丙丁华宇', 'ORG'), ('戊己万达', 'ORG')]
    >>> t = "包括甲乙光伏项目、丙丁风电项目等3家企业的项目"
    >>> cs = [Candidate(2, 8, "PROJECT", "head_words", 0.7)]
    >>> [(t[c.start : c.end], c.label) for c in firm_list_items(t, cs)]
    [('甲乙光伏项目', 'PROJECT')]
    """
    heads = tuple(lexicon().patterns["project"]["heads"])
    spans = firm_list_spans(text)
    if not spans:
        return cands

    def item(c: Candidate) -> bool:
        if c.label != "PROJECT" or text.endswith(heads, c.start, c.end):
            return False
        inside = any(s <= c.start and c.end <= e for s, e in spans)
        before, after = text[c.start - 1 : c.start], text[c.end : c.end + 1]
        return inside and (before == "、" or after == "、" or any(c.end == e for _, e in spans))

    suffixes = lexicon().org_suffixes
    org_starts = {c.start for c in cands if c.label == "ORG" and text.endswith(suffixes, c.start, c.end)}
    out: list[Candidate] = []
    for c in cands:
        if not item(c):
            out.append(c)
        elif c.start not in org_starts:
            out.append(Candidate(c.start, c.end, "ORG", c.source, c.score, dict(c.attrs)))
            org_starts.add(c.start)
    return out
