"""Transport lines named without a project head word are projects: "某某铁路", "某某高速", "捷运某某线".

The tagger reads a railway's or an expressway's name as a place (LOC), yet the news names a line
because it is planned, built, extended or opened, and the golds type such lines PROJECT
(real-pages-26 b08, -28 d05, -29 e03 and e08, -13 m03; no tuning gold scores one as a PLACE).
Streets and avenues (路, 大道, 街) are not lines here: the golds keep them places. A line stays a
place where its clause puts something on, along or near it ("沿某某高速", "某某高速出口"): the data is
``[project.lines]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.patterns import pattern_file


@dataclass(frozen=True)
class Lines:
    """``[project.lines]``, compiled once."""

    heads: tuple[str, ...]
    min_name: int
    on_before: re.Pattern[str]
    on_after: re.Pattern[str]
    near_inside: re.Pattern[str]
    built: re.Pattern[str]


@cache
def lines() -> Lines:
    f = pattern_file("entities")["project"]["lines"]
    return Lines(
        heads=tuple(sorted(f["heads"], key=len, reverse=True)),
        min_name=f["min_name"],
        on_before=re.compile(f["on_before"]),
        on_after=re.compile(f["on_after"]),
        near_inside=re.compile(f["near_inside"]),
        built=re.compile(
            # a pair whose first is a line ("甲北环线及乙大桥主桥建设"), else one line ("甲铁路支线建设")
            "(?:(?P<first>.+?{line})(?:{joiners})(?P<other>.+?)|(?P<rest>.+{line}))(?:{verbs})$".format(
                line=f["built_line"],
                joiners="|".join(map(re.escape, f["built_joiners"])),
                verbs="|".join(map(re.escape, f["built_verbs"])),
            )
        ),
    )


def lines_as_projects(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each PLACE named by a transport line made a PROJECT, but where the
    clause puts something on or along the line.

    >>> t = "甲乙高速将向南延伸连接丙丁高速,沿甲乙高速两侧,戊路近己庚高速"
    >>> cs = [Candidate(0, 4, "PLACE", "statistical", 0.6), Candidate(11, 15, "PLACE", "statistical", 0.6),
    ...       Candidate(17, 21, "PLACE", "statistical", 0.6), Candidate(24, 26, "PLACE", "statistical", 0.6),
    ...       Candidate(26, 31, "PLACE", "statistical", 0.6)]
    >>> [c.label for c in lines_as_projects(t, cs)]
    ['PROJECT', 'PROJECT', 'PLACE', 'PLACE', 'PLACE']
    """
    f = lines()
    out = []
    for c in candidates:
        name = text[c.start : c.end]
        head = next((h for h in f.heads if name.endswith(h)), None)
        if (
            c.label != "PLACE"
            or head is None
            or len(name) - len(head) < f.min_name
            or f.on_before.search(text, max(0, c.start - 2), c.start)
            or f.on_after.match(text[c.end : c.end + 4])
            or f.near_inside.match(name)  # "近|国3高速公路/LOC": what lies near the line
        ):
            out.append(c)
            continue
        out.append(Candidate(c.start, c.end, "PROJECT", c.source, c.score, {**c.attrs, "line": head}))
    return out


def lines_without_verbs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each PROJECT named by a transport work and the verb of its building
    ("平西铁路支线建设", "地铁S1线开工") cut before the verb; a first line joined to the rest by 及 or 和
    ("某某北环线及某某大桥主桥建设") is a project of its own.

    >>> t = "平西铁路支线建设、甲乙北环线及丙丁大桥主桥建设、戊己公园建设"
    >>> cs = [Candidate(0, 8, "PROJECT", "list", 0.6), Candidate(9, 23, "PROJECT", "list", 0.6),
    ...       Candidate(24, 30, "PROJECT", "list", 0.6)]
    >>> [t[c.start : c.end] for c in lines_without_verbs(t, cs)]
    ['平西铁路支线', '甲乙北环线', '丙丁大桥主桥', '戊己公园建设']
    """
    f = lines()
    out = []
    for c in candidates:
        m = f.built.fullmatch(text, c.start, c.end) if c.label == "PROJECT" else None
        if m is None:
            out.append(c)
            continue
        parts = ("first", "other") if m.group("first") else ("rest",)
        out += [Candidate(m.start(p), m.end(p), c.label, c.source, c.score, dict(c.attrs)) for p in parts]
    return out
