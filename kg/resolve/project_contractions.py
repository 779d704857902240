"""A project named on one page in full and in a shorter form that keeps its opening and its head
(the audit s26-dups: one project kept as two on 7 pages of 7 sets): its head's class word left off
or added ("射阳港区5万吨级航道工程项目" / "盐城港射阳港区5万吨级航道工程", "大黄鱼产业园项目" / "中国
宁德三都澳大黄鱼产业园"), or words of the middle left out ("正大集团乌木溪6000头种猪场项目" / "正大集团
石门100万头生猪产业链乌木溪6000头种猪场项目", "海峡两岸产业合作区" / "海峡两岸新旧动能转换产业合作区").
Session 27 (s27-dups, 3 pages of 3 sites): a project named by the opening of its full name, its
later words left off ("海门中心项目" / "海门中心总部经济项目"; :func:`opens`).
Names are compared without the class word ending them (``[project] plain_form_ends``) and with
``alike_heads`` read alike (resolution.toml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.resolve.keys import UnionFind, clean, in_order, resolution_patterns

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

# A phase ("一期", "3期") names another project than the whole; a number names a size or a site.
_PHASE = re.compile(r"[一二三四五六七八九十0-9]+期")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def bare_form(name: str) -> str:
    """A project's name without the class word ending it, its head read alike (``[project]
    plain_form_ends``, ``alike_heads``).

    >>> bare_form("射阳港区5万吨级航道工程项目"), bare_form("某某产业园区"), bare_form("项目")
    ('射阳港区5万吨级航道', '某某产业园', '项目')
    """
    conf = resolution_patterns()["project"]
    for end in sorted(conf["plain_form_ends"], key=len, reverse=True):
        if name.endswith(end) and len(name) > len(end):
            name = name[: -len(end)]
            break
    for head, alike in conf["alike_heads"].items():
        if name.endswith(head):
            return name[: len(name) - len(head)] + alike
    return name


def shortens(short: str, full: str, least: int) -> bool:
    """Whether the bare form ``short`` names the project of the bare form ``full``: it ends it
    (its opening left off) and holds at least ``least`` characters, or it opens with the full
    form's first character, ends with its last two, holds at least ``least`` characters and every
    character stands in the full form in order (words of the middle left out). A phase or a number
    the two do not share is another project.

    >>> shortens("大黄鱼产业园", "中国宁德三都澳大黄鱼产业园", 6)
    True
    >>> shortens("海峡两岸产业合作区", "海峡两岸新旧动能转换产业合作区", 6)
    True
    >>> shortens("某某产业园", "某某产业园二期", 4), shortens("某某5万吨航道", "某某10万吨航道", 4)
    (False, False)
    >>> shortens("某某大道", "某某大道延伸段", 4)
    False
    """
    if len(short) < least or len(full) <= len(short):
        return False
    if set(_PHASE.findall(short)) != set(_PHASE.findall(full)):
        return False
    if not set(_NUMBER.findall(short)) <= set(_NUMBER.findall(full)):
        return False
    if full.endswith(short):
        return True
    return short[0] == full[0] and short[-2:] == full[-2:] and short not in full and in_order(short, full)


def opens(short: str, full: str, least: int) -> bool:
    """Whether the project name ``short`` is the opening of the project name ``full``, the later
    words of the full name left off (its business, its plant, its grant: "海门中心项目" / "海门中心
    总部经济项目", "某某240万千瓦抽水蓄能" / "某某240万千瓦抽水蓄能电站项目"), compared in their
    :func:`bare_form`. The opening holds at least ``least`` characters, or four where the page
    writes it as a project's name, with its class word (a bare "某某大道" may be the road that
    "某某大道延伸段" extends); that class word ends the full name too. A phase the two do not share
    is another project.

    >>> opens("某某中心项目", "某某中心总部经济项目", 6), opens("某某大道", "某某大道延伸段", 6)
    (True, False)
    >>> opens("某某产业园项目", "某某产业园二期项目", 6), opens("某某分院建设项目", "某某分院配套项目", 6)
    (False, False)
    >>> opens("某某煤化工基地", "某某煤化工基地100万千瓦光伏发电项目", 6)
    False
    """
    bs, bf = bare_form(short), bare_form(full)
    if len(bf) <= len(bs) or not bf.startswith(bs) or set(_PHASE.findall(bs)) != set(_PHASE.findall(bf)):
        return False
    # the short form's class word ends the full name: the words left off stand before it, not in
    # its place ("某某分院建设项目" and "某某分院配套项目" are two works of one hospital)
    if not short.startswith(bs) or not full.endswith(short[len(bs) :]):
        return False
    # a size among the words left off names a works of its own at the site the short name names
    # ("某某煤化工基地" / "某某煤化工基地100万千瓦光伏发电项目")
    if _NUMBER.search(bf[len(bs) :]):
        return False
    return len(bs) >= least or (bs != short and len(bs) >= 4)


def merge_contracted_projects(r: DocumentResult, ks: list[str], uf: UnionFind) -> None:
    """Join a project's shorter name to the one longer project name of its document it
    :func:`shortens` (a shorter name two longer ones fit names neither); the shorter form holds at
    least ``[project] tail_min_chars`` characters."""
    least = resolution_patterns()["project"]["tail_min_chars"]
    keys = {clean(m.norm): k for m, k in zip(r.mentions, ks, strict=True) if m.label == "PROJECT"}
    bare = {name: bare_form(name) for name in keys}
    for short, key in keys.items():
        fulls = {uf.find(keys[n]) for n in keys if shortens(bare[short], bare[n], least) or opens(short, n, least)}
        fulls.discard(uf.find(key))
        if len(fulls) == 1:
            uf.union(key, next(iter(fulls)), "project.contracted_form", r.doc)
