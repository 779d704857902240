"""How the items of a list of projects are written: what an item may hold, where a list splits.

Session 32 (benchmarks/audits/s32-projlists): an item with a quoted word ("“四好农村路”建设项目"), a "+"
("甲光热+乙光伏发电") or a space in a figure ("年产 1300条") is a name, and a quoted word keeps its own
"、" ("“万、千、百、十”脱贫攻坚项目" is one item).
"""

from __future__ import annotations

import re


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
