"""The fields a project covers, listed after 涵盖/涉及/聚焦, are no projects: "某某度假区项目(涵盖旅游、
农业观光等)", "某某基地项目(聚焦高性能无人机研发、生产)", "将该项目打造成为涵盖铁路物流基地、公铁联运基地、
综合服务基地", "涉及工业、智能终端、智慧型综合园区等行业领域" (session 30, benchmarks/audits/s30-proj:
rp-37 a10, rp-38 p08, rp-30 r04).

Such a list says what a project or a batch of projects takes in, its trades or its parts; the golds
name no project among its items (all readable tuning sets: no gold PROJECT stands as a "、" item of
such a list). A list that names projects says so with more than bare items ("涉及某某公司投资1.2亿元的
某某项目": an amount, 的), and is left alone. The verbs are ``project.covered_items`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon

# a clause's marks: the list never crosses one
_BREAKS = ",，。;；(（\n:：!?！？"


def covered_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an item of a "、" list that a covering verb opens in its clause.

    >>> t = "某项目(涵盖旅游、农业观光等,推动融合)"
    >>> covered_item(t, t.index("农业"), t.index("等"))
    True
    >>> t = "项目涵盖甲乙产业园、丙丁生产项目、戊己物流园。"
    >>> covered_item(t, 4, t.index("、"))
    False
    >>> t = "涵盖甲乙机场、丙丁庄园等10个签约项目"
    >>> covered_item(t, 2, t.index("、"))
    False
    >>> t = "涉及某某公司投资1.2亿元的某某项目、某某工程"
    >>> covered_item(t, t.index("的") + 1, t.index("、"))
    False
    """
    p = lexicon().patterns["project"]["covered_items"]
    if text[start - 1 : start] != "、" and text[end : end + 1] != "、":
        return False  # no list item
    lo = max(text.rfind(ch, 0, start) for ch in _BREAKS) + 1
    clause = text[lo:start]
    verb = max(((clause.rfind(v), v) for v in p["verbs"] if v in clause), default=None)
    if verb is None or clause[: verb[0]].endswith(tuple(p["batch_subjects"])):
        return False  # "项目涵盖甲产业园、乙项目": what a batch of projects takes in are projects
    at = verb[0] + len(verb[1])
    items = clause[at:]
    if not re.fullmatch(rf"(?:[^{p['not_inside']}、]{{1,{p['max_item_chars']}}}、)*", items):
        return False
    # "涵盖甲机场、乙开发、丙庄园等10个招商引资签约项目": a list a count of projects closes names them
    hi = min((i for i in (text.find(ch, end) for ch in _BREAKS) if i >= 0), default=len(text))
    return not re.search(p["counted_close"], text[end:hi])


def without_covered_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the PROJECT candidates that are items of a list of what something covers, nor
    another reading of such an item's span as a body where it ends in a project's head word
    ("公铁联运基地/ORG": a part of the project, no body)."""
    dropped = {(c.start, c.end) for c in cands if c.label == "PROJECT" and covered_item(text, c.start, c.end)}
    heads = tuple(lexicon().patterns["project"]["heads"])
    return [
        c
        for c in cands
        if (c.start, c.end) not in dropped
        or (c.label != "PROJECT" and not (c.label == "ORG" and text[c.start : c.end].endswith(heads)))
    ]
