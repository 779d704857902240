"""How a list of projects is written: where it splits into items (``list_items``: a verb of
listing, "、", "；", commas between items that end in a head word, joiners such as 以及) and what an
item may hold. Used by :mod:`kg.nlp.project_lists`, which decides which items are projects.

Session 32 (benchmarks/audits/s32-projlists): an item with a quoted word ("“四好农村路”建设项目"), a "+"
("甲光热+乙光伏发电") or a space in a figure ("年产 1300条") is a name, and a quoted word keeps its own
"、" ("“万、千、百、十”脱贫攻坚项目" is one item).
"""

from __future__ import annotations

import re
from functools import cache

from kg.patterns import alternation, pattern_file


def item_chars(name: str) -> bool:
    """Whether ``name`` is written as a name is: letters, figures, brackets, a quoted word whose
    quotes are both inside ("“四好农村路”建设项目"), a "+" joining two works ("甲光热+乙光伏发电")
    and a space a page put inside a figure ("年产 1300条"); not a piece of a quote cut by the list.

    >>> item_chars("“四好农村路”建设项目"), item_chars("甲光热+乙光伏发电"), item_chars("年产 1300条丙项目")
    (True, True, True)
    >>> item_chars("十”脱贫攻坚项目"), item_chars("“万"), item_chars("甲乙项目！")
    (False, False, False)
    """
    if name.count("“") != name.count("”") or name.find("”") < name.find("“"):
        return False
    return bool(re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z()（）\-·×、.“”+ ]+", name)) and not name.startswith((" ", "+"))


def split_outside_quotes(text: str) -> list[str]:
    """``re.split(r"([、；;])", text)``, but a quoted word keeps its own marks: "“万、千、百、十”脱贫攻坚
    项目" is one item (real-place2 p12), whose four pieces would outnumber the list's known projects.

    >>> split_outside_quotes("甲项目、“万、千”乙项目；丙")
    ['甲项目', '、', '“万、千”乙项目', '；', '丙']
    >>> split_outside_quotes("“甲、乙")
    ['“甲', '、', '乙']
    """
    pieces = re.split(r"([、；;])", text)
    out: list[str] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        if piece.count("“") > piece.count("”"):  # an open quote: join up to the piece that closes it
            j = k + 1
            while j < len(pieces) and "".join(pieces[k : j + 1]).count("“") > "".join(pieces[k : j + 1]).count("”"):
                j += 1
            if j < len(pieces):
                out.append("".join(pieces[k : j + 1]))
                k = j + 1
                continue
        out.append(piece)
        k += 1
    return out


def list_items(text: str, openers: tuple[str, ...], heads: tuple[str, ...] = ()) -> list[list[tuple[int, int]]]:
    """The items of each list that one of ``openers`` opens, as ``(start, end)`` spans.

    A list runs to the end of its sentence; items are split at "、" and "；", and an item
    ends at its first comma ("某某项目，投资1亿元；") or at "等" closing the list. With project
    ``heads``, an item that joins two projects by 和/及/与 is two ("…工厂项目和某市…项目"),
    and a list whose items end in a head at every comma is split at its commas ("分别是甲县
    乙、丙片区基地建设项目,丁项目,戊工程").

    >>> t = "包括：甲乙幼儿园、丙丁项目，投资1亿元；戊己工程等3个项目。"
    >>> [[t[s:e] for s, e in items] for items in list_items(t, ("包括",))]
    [['甲乙幼儿园', '丙丁项目', '戊己工程']]
    >>> t = "分别是甲县乙、丙片区基地建设项目,丁戊大道建设项目,己庚水库工程和辛壬公园项目,6个项目总投资1亿元。"
    >>> [[t[s:e] for s, e in items] for items in list_items(t, ("分别是",), ("项目", "工程"))]
    [['甲县乙、丙片区基地建设项目', '丁戊大道建设项目', '己庚水库工程', '辛壬公园项目']]
    """
    out: list[list[tuple[int, int]]] = []
    pattern = "(?:" + "|".join(map(re.escape, openers)) + ")[:：]?"
    for m in re.finditer(pattern, text):
        stop = re.search(r"[。！？\n]", text[m.end() :])
        end = m.end() + stop.start() if stop else len(text)
        by_comma = _comma_items(text, m.end(), end, heads)
        if by_comma:
            out.append(_split_joined(text, by_comma, heads))
            continue
        items: list[tuple[int, int]] = []
        pos = m.end()
        closed = False  # an item cut at a comma ends the "、" run: "…项目，年产甲、乙" lists no projects
        for piece in split_outside_quotes(text[m.end() : end]):
            if piece in ("；", ";"):
                closed = False
            elif piece and piece != "、" and not closed:
                s = pos + len(piece) - len(piece.lstrip())
                e = s + len(_ITEM_END.split(piece.strip())[0])
                closed = bool(re.search("[，,：:]", piece.strip()))
                closes = _closed_after_head(text, s, e, heads)
                if closes is not None:  # "…风电项目|等世界500强、…企业投资项目4个": 等 ends the list
                    e, closed = closes, True
                items.append((s, e))
            pos += len(piece)
        if len(items) >= 3:
            out.append(_split_joined(text, items, heads))
    return out


def _closed_after_head(text: str, start: int, end: int, heads: tuple[str, ...]) -> int | None:
    """Where 等 right after a project's head word closes a list inside the item ``[start, end)``
    ("甲乙风电项目等世界500强"): what follows 等 says who or what the items are, not the item.

    >>> t = "甲乙风电项目等世界500强"
    >>> _closed_after_head(t, 0, len(t), ("项目",))
    6
    >>> _closed_after_head("高等教育园区项目", 0, 8, ("项目",)) is None
    True
    """
    for m in re.finditer("等", text[start:end]):
        if heads and text[start : start + m.start()].endswith(heads) and m.start() >= 4:
            return start + m.start()
    return None


def _comma_items(text: str, start: int, end: int, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """The comma-separated pieces from ``start`` that each end in one of ``heads`` (three or more;
    the run stops at the first piece that does not)."""
    if not heads:
        return []
    items: list[tuple[int, int]] = []
    pos = start
    for piece in re.split(r"([,，;；])", text[start:end]):
        if piece in (",", "，", ";", "；"):
            pos += len(piece)
            continue
        name = piece.strip()
        if not name.endswith(heads) or re.search("[的是为将]", name):
            break
        s = pos + len(piece) - len(piece.lstrip())
        items.append((s, s + len(name)))
        pos += len(piece)
    return items if len(items) >= 3 else []


def _split_joined(text: str, items: list[tuple[int, int]], heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """Items that join two projects by 和/及/与/以及 split in two: the first half ends in a head word.

    >>> t = "甲乙设备项目以及年产3万吨丙丁制品项目"
    >>> [t[s:e] for s, e in _split_joined(t, [(0, len(t))], ("项目",))]
    ['甲乙设备项目', '年产3万吨丙丁制品项目']
    """
    if not heads:
        return items
    out: list[tuple[int, int]] = []
    for s, e in items:
        for m in joiner("item_joiners").finditer(text, s, e):
            cut = m.start()
            if text[s:cut].endswith(heads) and cut - s >= 4 and e - m.end() >= 4:
                out.append((s, cut))
                s = m.end()
                break
        out.append((s, e))
    return out


@cache
def joiner(key: str) -> re.Pattern[str]:
    """The words of ``[project.list] key`` as one pattern, longest first ("以及" before "及")."""
    return re.compile(alternation(pattern_file("entities")["project"]["list"][key]))


# Where an item ends: at a comma, or at 等 closing the list ("…项目等", "…工程等项目",
# "…项目等一批重大项目", "…等3个项目"); not inside a name ("高等教育园").
_ITEM_END = re.compile(
    r"[，,：:]|等(?:[0-9一二三四五六七八九十]+[个项]|[0-9一二三四五六七八九十百几多批个個重大点點要型优優质質产產业業类類]{0,8}[项項]目|(?=[，,：:])|$)"
)
