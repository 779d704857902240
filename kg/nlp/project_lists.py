"""Projects named in a list without a head word: "包括：某某幼儿园、某某连接线、某某项目、某某项目".

A list that a verb of listing opens ("包括", "分别是") and whose items are mostly projects
names a project in every item, whether or not the item ends in a project's head word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


def list_items(text: str, openers: tuple[str, ...]) -> list[list[tuple[int, int]]]:
    """The items of each list that one of ``openers`` opens, as ``(start, end)`` spans.

    A list runs to the end of its sentence; items are split at "、" and "；", and an item
    ends at its first comma ("某某项目，投资1亿元；") or at "等" closing the list.

    >>> t = "包括：甲乙幼儿园、丙丁项目，投资1亿元；戊己工程等3个项目。"
    >>> [[t[s:e] for s, e in items] for items in list_items(t, ("包括",))]
    [['甲乙幼儿园', '丙丁项目', '戊己工程']]
    """
    out: list[list[tuple[int, int]]] = []
    pattern = "(?:" + "|".join(map(re.escape, openers)) + ")[:：]?"
    for m in re.finditer(pattern, text):
        stop = re.search(r"[。！？\n]", text[m.end() :])
        end = m.end() + stop.start() if stop else len(text)
        items: list[tuple[int, int]] = []
        pos = m.end()
        for piece in re.split(r"([、；;])", text[m.end() : end]):
            if piece and piece not in "、；;":
                s = pos + len(piece) - len(piece.lstrip())
                e = s + len(re.split(r"[，,：:]|等(?:[0-9一二三四五六七八九十]+[个项]|$)", piece.strip())[0])
                items.append((s, e))
            pos += len(piece)
        if len(items) >= 3:
            out.append(items)
    return out


def listed_projects(
    text: str, candidates: list[Candidate], openers: tuple[str, ...], max_len: int, make: type[Candidate]
) -> list[Candidate]:
    """Project candidates for the items of a list whose items are mostly projects already."""
    ends = {c.end for c in candidates if c.label == "PROJECT"}
    out: list[Candidate] = []
    for items in list_items(text, openers):
        known = [(s, e) for s, e in items if e in ends]
        if len(known) < 2 or 2 * len(known) < len(items):
            continue
        for s, e in items:
            name = text[s:e]
            if e in ends or not 3 <= len(name) <= max_len:
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z()（）\-·]+", name):
                continue
            out.append(make(s, e, "PROJECT", "head_words", 0.6, {"head": "", "list": True}))
    return out
