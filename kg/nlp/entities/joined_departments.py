"""A government department whose name joins two fields with 和: "县发展和改革局", "自然资源和规划局",
"经济和信息化厅" (real-pages-19 k11, -20 l07, -27 c11: missed on 3 pages of 3 sites).

The tagger cuts such a name at the conjunction or reads it as a common noun ("县|发展|和改革局/c",
"自然资源|和|规划|局", "经济和信息化厅/n"), so the head-word source finds no body whose head ends
a name word, or stops its left edge at 和. The name is read off the text: an optional level
character, a field of two to four characters, 和, a second field and a department's head
(``org.joined_departments`` of ``ontology/patterns/entities.toml``), standing after no other
character of a name (a mark, a list's "、", the text's start). Not where a person's name is the
first field ("某某和发展局局长": two phrases) nor where the head is part of a common word
(``not_ends``: "区域和产业发展布局").
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["org"]["joined_departments"]["pattern"])


def joined_department_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the departments named by two joined fields added as ORG candidates.

    >>> t = "会上,县发展和改革局、县统计局作汇报。某某和发展局局长某某陪同,区域和产业发展布局,专家和县人大常委会"
    >>> person = Candidate(t.index("某某和"), t.index("某某和") + 2, "PERSON", "titles", 0.8)
    >>> [t[c.start:c.end] for c in joined_department_candidates(t, [person]) if c.label == "ORG"]
    ['县发展和改革局']
    """
    conf = lexicon().patterns["org"]["joined_departments"]
    not_ends = tuple(conf["not_ends"])
    groups = tuple(lexicon().patterns["name_words"]["group_nouns"])
    simple = simplified_aligned(text)
    persons = [(c.start, c.end) for c in candidates if c.label == "PERSON"]
    added = []
    for m in _pattern().finditer(simple):
        s, e = m.span("name")
        if m.group("name").endswith(not_ends) or any(a < e and s < b for a, b in persons):
            continue
        if m.group("first").endswith(groups):
            continue  # "专家和…", "领导和…": people, no field of a department
        added.append(Candidate(s, e, "ORG", "head_words", 0.65, {"head": "joined_department"}))
    return candidates + added
