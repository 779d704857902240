"""A project's name that holds what ranks it ("某省最大|水煤浆项目", "中国第一个|某某主题…产业园", "某市开发
首座|微型工业区─旺来产业园区") starts after the ranking: "the largest", "the first" describe the project;
they are no part of its name.

The head-word walk and the tagger run a project's name left over the phrase that ranks it in its
region (real-pages-40 bb10, -23 f02, real-loc l02: 3 pages of 3 sites). No PROJECT name or alias of the
tuning golds holds one of ``[project.rank_descriptors] words`` (the golds' 第一人民医院, 第一小学, 第一期 are
ordinals, not rankings, and stay out of the list); every kg PROJECT mention holding one at BASE was false
(benchmarks/audits/s31-proj). The name starts past the ranking word and a 的 after it; a dash after
that ("首座微型工业区─旺来产业园区") sets the description before it apart from the name after it. What is
left must be ``min_rest`` characters at least, or the candidate is dropped (a ranking with a bare head,
"最大的|项目", names no project).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.patterns import alternation, pattern_file


@cache
def _conf() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    f = pattern_file("entities")["project"]["rank_descriptors"]
    ranked = re.compile(rf"(?:{alternation(f['words'])})的?")
    dash = re.compile(rf"(?:{alternation(f['dashes'])})+")
    return ranked, dash, int(f["min_rest"])


def rank_cut(name: str) -> int | None:
    """Where ``name``, a project's span, starts past the ranking it holds (0: it holds none; None:
    nothing that can be a name is left).

    >>> rank_cut("某省最大水煤浆项目"), rank_cut("中国第一个某某主题研学产业园")
    (4, 5)
    >>> rank_cut("南投市开发首座微型工业区─旺来产业园区"), rank_cut("榆中县第一人民医院易地搬迁新建项目")
    (13, 0)
    >>> rank_cut("全市最大的项目") is None
    True
    """
    ranked, dash, min_rest = _conf()
    last = None
    for m in ranked.finditer(name):
        last = m
    if last is None:
        return 0
    start = last.end()
    for d in dash.finditer(name, start):
        start = d.end()
    return start if len(name) - start >= min_rest and name[start:] not in _bare() else None


@cache
def _bare() -> frozenset[str]:
    """The heads that name no project alone ("最大的|项目")."""
    return frozenset(pattern_file("entities")["project"]["rank_descriptors"]["bare"])


def ranking_gap(gap: str) -> bool:
    """Whether ``gap``, the words between a verb and the project it builds, is a ranking alone
    ("打造|中国第一个|某某主题…产业园", "建设|某省最大|水煤浆项目"): a short stretch with no mark that ends
    in a ranking word (and its 的). The project's name starts after it, so the verb still builds it.

    >>> ranking_gap("中国第一个"), ranking_gap("某省最大的"), ranking_gap("年产"), ranking_gap("")
    (True, True, False, False)
    """
    ranked, _, _ = _conf()
    return bool(re.fullmatch(rf"[^,，;；。、:：()（）]{{0,6}}(?:{ranked.pattern})", gap))


def without_rank_descriptors(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each PROJECT that holds a ranking cut to the name after it, or left out
    where no name is left.

    >>> t = "在某县建设某省最大水煤浆项目已开工"
    >>> [t[c.start : c.end] for c in without_rank_descriptors(t, [Candidate(5, 14, "PROJECT", "head_words", 0.7)])]
    ['水煤浆项目']
    """
    out = []
    for c in candidates:
        if c.label != "PROJECT":
            out.append(c)
            continue
        cut = rank_cut(text[c.start : c.end])
        if cut == 0:
            out.append(c)
        elif cut is not None:
            out.append(Candidate(c.start + cut, c.end, c.label, c.source, c.score, dict(c.attrs)))
    return out
