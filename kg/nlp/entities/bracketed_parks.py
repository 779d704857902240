"""Names that hold a bracket: parks whose name holds the place they lie in ("某商(某县)科技产业园",
"某西(某县)国际物流港"), and a project's phase in brackets after its name ("某某产业园(一期)").

The tagger cuts a park's name at the bracket ("某商/PER|(|某县|)|科技|产业园"), and the head-word
walk keeps no park where a word after it reads as a project's part ("…产业园|负责人") or where the
kind of park is no project head ("物流港", "产业合作园"); a phase in brackets after a project's head
("某某建设项目(一期)", "某某产业园(二期)开工仪式") was left out of the name, so the project named
with its phase was another one. The kinds of park are ``place.bracketed_park_heads``; the bracket
must hold a place (as for companies, :mod:`kg.nlp.entities.bracketed_firms`), and the phase is
``project.list.item_phase``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.bracketed_firms import bracketed_names
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


@cache
def _rest() -> re.Pattern[str]:
    place = lexicon().patterns["place"]
    heads = "|".join(map(re.escape, sorted(place["bracketed_park_heads"], key=len, reverse=True)))
    longest = int(place["bracketed_park_max_rest"])
    return re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0," + str(longest) + r"}?(?:" + heads + ")")


@cache
def _phase() -> re.Pattern[str]:
    return re.compile(lexicon().patterns["project"]["list"]["item_phase"])


def bracketed_parks(text: str, words: list[Word]) -> list[Candidate]:
    """Parks whose name holds a bracketed place, from the name words before the bracket to the
    first kind of park after it: a project where the kind is a project's head ("产业园"), a place
    otherwise ("物流港", "工业园"), as the head words label them.

    >>> from kg.nlp.words import words_of
    >>> text = "青禾(某县)国际物流港北园项目现场"
    >>> ws = words_of([("青禾", "PER"), ("(", "w"), ("某县", "LOC"), (")", "w"), ("国际", "n"),
    ...                ("物流", "n"), ("港北园", "LOC"), ("项目", "n"), ("现场", "s")])
    >>> [(text[c.start : c.end], c.label) for c in bracketed_parks(text, ws)]
    [('青禾(某县)国际物流港', 'PLACE')]
    """
    project_heads = tuple(lexicon().patterns["project"]["heads"])
    out: list[Candidate] = []
    for start, end in bracketed_names(text, words, _rest()):
        label = "PROJECT" if text.endswith(project_heads, 0, end) else "PLACE"
        out.append(Candidate(start, end, label, "head_words", 0.75, {"head": "bracketed_park"}))
    return out


def with_bracketed_phases(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Projects' names (and parks') with the phase in brackets right after them: "某某建设项目(一期)",
    "某某产业园(二期)" name the phase's project.

    >>> text = "某某桥涵工程建设项目(一期):总投资4亿元"
    >>> [text[c.start : c.end] for c in with_bracketed_phases(text, [Candidate(0, 10, "PROJECT", "head_words", 0.7)])]
    ['某某桥涵工程建设项目(一期)']
    """
    out = []
    for c in candidates:
        phase = _phase().match(text, c.end) if c.label in ("PROJECT", "PLACE") else None
        if phase and (c.label == "PROJECT" or c.attrs.get("head") == "bracketed_park"):
            c = Candidate(c.start, phase.end(), c.label, c.source, c.score, dict(c.attrs))
        out.append(c)
    return out
