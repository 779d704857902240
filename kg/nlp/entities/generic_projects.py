"""Projects named only by the kind of thing they build ("污水处理厂项目", "标准化厂房项目"): no
place, organisation, person or other proper noun, no size or number. Such a name tells no
project from another county's, so resolution keeps it in its document
(``attrs["generic_name"]``, read by :func:`kg.resolve.keys.mention_key`; ``attrs["common_tail"]``
tells the same of a name's end, its short form without its place).

The tags of common words are ``project.common_tags`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word

_NOT_COMMON = re.compile(r"[0-9０-９A-Za-zＡ-Ｚａ-ｚ“”\"'《》「」]")


def common_tail(text: str, words: list[Word], c: Candidate) -> int:
    """How many characters at the end of the project ``c``'s name are common words only: the
    whole name for "污水处理厂项目", "集中开工项目" of "某县集中开工项目" (its place left out).

    >>> from kg.nlp.words import words_of
    >>> text = "污水处理厂项目和宏达光伏项目"
    >>> ws = words_of([("污水处理", "vn"), ("厂", "n"), ("项目", "n"), ("和", "c"), ("宏达", "ORG"),
    ...                ("光伏", "n"), ("项目", "n")])
    >>> common_tail(text, ws, Candidate(0, 7, "PROJECT", "head_words", 0.7))
    7
    >>> common_tail(text, ws, Candidate(8, 14, "PROJECT", "head_words", 0.7))
    4
    """
    common = frozenset(lexicon().patterns["project"]["common_tags"])
    i = word_at(words, c.end - 1)
    start = c.end
    while i is not None and i >= 0 and words[i].end > c.start:
        w = words[i]
        if w.tag not in common or _NOT_COMMON.search(w.text) or w.start < c.start:
            break
        start = w.start
        i -= 1
    tail_start = start
    for m in gazetteer_regex().finditer(text[tail_start : c.end]):
        start = tail_start + m.end()  # a division's name is no common word
    return c.end - start


def mark_generic_projects(text: str, words: list[Word], chosen: list[Candidate]) -> list[Candidate]:
    """Mark the chosen projects: ``attrs["common_tail"]`` (:func:`common_tail`, where not 0) and
    ``attrs["generic_name"] = True`` where that is the whole name."""
    for c in chosen:
        if c.label != "PROJECT":
            continue
        n = common_tail(text, words, c)
        if n:
            c.attrs["common_tail"] = n
        if n == c.length:
            c.attrs["generic_name"] = True
    return chosen


def without_lone_words(words: list[Word], chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the projects whose whole name is one common word ("园区", "生态园",
    "图书馆", "固化剂"): a head word or a product alone names no project, however a source read it
    ("了解|园区|企业", "…、生态园、花卉基地、", "1.某县文化馆、|图书馆|、博物馆三馆合一项目"; session 28,
    s28-proj: 6 false PROJECTs on 5 pages of 5 sites of the tuning sets, no right one of this shape).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("了解", "v"), ("园区", "n"), ("企业", "n"), ("、", "w"), ("宏达", "ORG"), ("园区", "n")])
    >>> cs = [Candidate(2, 4, "PROJECT", "statistical", 0.6), Candidate(7, 11, "PROJECT", "head_words", 0.7)]
    >>> [(c.start, c.end) for c in without_lone_words(ws, cs)]
    [(7, 11)]
    """
    common = frozenset(lexicon().patterns["project"]["common_tags"])

    def lone(c: Candidate) -> bool:
        i = word_at(words, c.start)
        if i is None:
            return False
        w = words[i]
        return w.start <= c.start and c.end <= w.end and w.tag in common and not _NOT_COMMON.search(w.text)

    return [c for c in chosen if c.label != "PROJECT" or not lone(c)]


# The marks that end the sentence or clause a project's name is read in.
_CLAUSE_ENDS = "。；;！!？?\n"


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence (or ；-clause) holding ``pos`` starts.

    >>> _clause_start("甲。乙；丙丁", 5)
    4
    """
    return max(text.rfind(m, 0, pos) for m in _CLAUSE_ENDS) + 1


def described_projects(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the projects that only say what a project named before them is: "某某光伏项目是
    某县东西部协作定点帮扶项目，…", "某某牧业项目，是现代化、低碳化生猪全产业链项目，投资20亿元" (a
    copula between the two in one clause, the description closing it; the words are
    ``project.described_by`` / ``described_end`` of ``ontology/patterns/entities.toml``). What
    follows such a clause ("，项目总投资8亿元") is then read of the named project.

    >>> c = [Candidate(0, 6, "PROJECT", "head_words", 0.7), Candidate(7, 15, "PROJECT", "head_words", 0.7)]
    >>> [x.end for x in described_projects("甲乙光伏项目是丙丁协作帮扶项目,总投资8亿元", c)]
    [6]
    >>> [x.end for x in described_projects("甲乙光伏项目和丙丁协作帮扶项目,总投资8亿元", c)]
    [6, 15]

    A description across commas that the copula opens and 的 closes (``project.described_clause``)
    says what the clause's project is, whether or not that project was read:

    >>> t = "甲乙食品园项目,是填补丙丁空白,促进戊己发展的延链补链项目。"
    >>> [t[x.start : x.end] for x in described_projects(t, [Candidate(t.index("延"), len(t) - 1, "PROJECT", "h", 0.7)])]
    []
    >>> t = "开工的项目中,最大的是总投资50亿元的甲乙化工项目。"
    >>> [t[x.start : x.end] for x in described_projects(t, [Candidate(t.index("甲"), len(t) - 1, "PROJECT", "h", 0.7)])]
    ['甲乙化工项目']

    So does what a project will be made, "集A、B为一体的" (``project.described_whole``):

    >>> t = "甲乙项目将打造成集健康养生、体育健身为一体的综合型旅游项目。"
    >>> [t[x.start : x.end] for x in described_projects(t, [Candidate(t.index("综"), len(t) - 1, "PROJECT", "h", 0.7)])]
    []
    """
    p = lexicon().patterns["project"]
    between, after = re.compile(p["described_by"]), re.compile(p["described_end"])
    clause = re.compile(p["described_clause"])
    whole = re.compile(p["described_whole"])
    projects = sorted((c for c in chosen if c.label == "PROJECT" and not c.attrs.get("nested")), key=lambda c: c.start)
    dropped = {
        id(y)
        for x, y in zip(projects, projects[1:], strict=False)
        if x.end <= y.start and between.fullmatch(text, x.end, y.start) and after.match(text, y.end)
    }
    for y in projects:
        if clause.search(text[_clause_start(text, y.start) : y.start]) or whole.search(
            text[max(0, y.start - 6) : y.start]
        ):
            dropped.add(id(y))
    return [c for c in chosen if id(c) not in dropped]


def built_by_named(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the projects that are what a project named before them builds, said after
    its figures: "某某基地项目，计划投资10亿元，建设|年产10万吨某某材料生产基地" (``project.built_after_figures``
    searched in the sentence before the name; a name ending in a project's own head word,
    ``project.listed_heads``, stays). Its amount is then read of the named project.

    >>> t = "甲乙新材料基地项目,计划投资10亿元,建设年产10万吨负极材料生产基地。"
    >>> a = t.index("年产")
    >>> c = [Candidate(0, 9, "PROJECT", "head_words", 0.7), Candidate(a, len(t) - 1, "PROJECT", "head_words", 0.7)]
    >>> [t[x.start : x.end] for x in built_by_named(t, c)]
    ['甲乙新材料基地项目']
    >>> t = "甲乙公司投资10亿元,建设年产10万吨负极材料生产基地。"
    >>> a = t.index("年产")
    >>> [t[x.start : x.end] for x in built_by_named(t, [Candidate(a, len(t) - 1, "PROJECT", "head_words", 0.7)])]
    ['年产10万吨负极材料生产基地']
    """
    p = lexicon().patterns["project"]
    rx, own = re.compile(p["built_after_figures"]), tuple(p["listed_heads"])

    def built(c: Candidate) -> bool:
        if c.label != "PROJECT" or c.attrs.get("nested") or text.endswith(own, c.start, c.end):
            return False
        return bool(rx.search(text, _clause_start(text, c.start), c.start))

    return [c for c in chosen if not built(c)]


def without_class_markers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the projects headed by 项目 whose name holds a word that makes it a class or
    a campaign's batch of projects (``project.class_markers``): "延庆很多新能源项目", "某州代表项目",
    "北京方向实体项目", "某区“高大尚”重点产业项目", "某市招商引资“秋季攻势”行动某市项目". The generic
    filter of the head-word source needs every word of the name generic; a place, a trade or a
    quotation beside such a word let these through, and other sources (lists, frames) check none.

    >>> t = "延庆很多新能源项目和宏达光伏项目"
    >>> cs = [Candidate(0, 9, "PROJECT", "head_words", 0.7), Candidate(10, 16, "PROJECT", "head_words", 0.7)]
    >>> [t[c.start : c.end] for c in without_class_markers(t, cs)]
    ['宏达光伏项目']
    >>> t = "某某国家重点实验室建设项目"
    >>> [t[c.start : c.end] for c in without_class_markers(t, [Candidate(0, len(t), "PROJECT", "h", 0.7)])]
    ['某某国家重点实验室建设项目']
    """
    p = lexicon().patterns["project"]
    marker, heads = re.compile(p["class_markers"]), tuple(p["class_marker_heads"])

    def classed(c: Candidate) -> bool:
        name = text[c.start : c.end]
        head = next((h for h in heads if name.endswith(h)), None)
        return head is not None and marker.search(name, 0, len(name) - len(head)) is not None

    return [c for c in chosen if c.label != "PROJECT" or not classed(c)]
