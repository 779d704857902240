"""Items of a list in which each item opens with its own investment: "投资8550万元的|甲乙整村推进|、
投资1.5亿元的|丙丁冶炼电石矿热炉二期|、投资2800万元的|戊己公司电极糊生产|等11个…".

The frame "投资N元的" already fixes where a project's name starts (``[project.frame] amount_of``), but
the head-word sources end a name only at a project's head word, so an item with no head ("…整村推进",
"…一体化", "…电极糊生产") was never proposed, or only the firm or person opening it was (session 33,
benchmarks/audits/s33-projnew). Where two items or more follow one another, each opened by its own
amount, the list itself says what each item is: every item is a project, head word or not. An item
some source already reads as a project (whole or in part) is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.amounts import read_number
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = lexicon().patterns["project"]
    f = p["amount_lists"]
    opening = f["opening"].replace("{amount}", p["frame"]["amount"])
    return re.compile(opening), re.compile(f["item"].replace("{opening}", opening)), re.compile(f["not_item"])


def amount_list_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the items of lists whose items each open with their own amount.

    >>> t = "投资8550万元的甲乙整村推进、投资1.5亿元的丙丁冶炼二期等3个项目。"
    >>> [t[c.start : c.end] for c in amount_list_items(t, []) if c.label == "PROJECT"]
    ['甲乙整村推进', '丙丁冶炼二期']

    One item alone is no list ("投资10亿元的|协议"), nor a count of projects:

    >>> amount_list_items("达成投资20亿元的协议,将建设厂房。", [])
    []
    >>> t = "签约投资1.5亿元的甲乙电子和投资6000万元的丙丁美2个项目,新增固定资产。"
    >>> [t[c.start : c.end] for c in amount_list_items(t, [])]
    ['甲乙电子', '丙丁美']

    和 joins two items only before the second one's amount; inside a name it is the name's:

    >>> t = "投资1.49亿元的甲乙易地搬迁、投资9333万元的丙丁河民和段防洪治理工程等项目。"
    >>> [t[c.start : c.end] for c in amount_list_items(t, [])]
    ['甲乙易地搬迁', '丙丁河民和段防洪治理工程']
    """
    opening, item_rx, not_item = _compiled()
    openings = list(opening.finditer(text))
    # the item after each opening (``None`` where none follows it), read once for both neighbours
    read = [item_rx.match(text, m.end()) for m in openings]
    items: list[tuple[int, int]] = []
    for i, (m, it) in enumerate(zip(openings, read, strict=True)):
        if it is None:
            continue
        s, e = it.span("name")
        joined_next = i + 1 < len(openings) and openings[i + 1].start() == e + len(it.group("join") or "~")
        prev = read[i - 1] if i > 0 else None
        joined_prev = (
            prev is not None and bool(prev.group("join")) and prev.end("name") + len(prev.group("join")) == m.start()
        )
        if ((joined_next and it.group("join")) or joined_prev) and not not_item.search(text[s:e]):
            items.append((s, e))
    projects = [c for c in candidates if c.label == "PROJECT"]
    score = lexicon().patterns["project"]["amount_lists"]["score"]
    out = list(candidates)
    for s, e in items:
        if any(c.start < e and s < c.end for c in projects):
            continue  # some source read the item as a project: its span is that source's
        out.append(Candidate(s, e, "PROJECT", "head_words", score))
    return out


def counted_clause_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the items of a list that opens a clause and that a count of as many
    projects closes: "…举行,|甲乙智能建造、丙丁热储一体化、戊己清洁能源|三个项目|开工建设". The count
    says what each item is, as the amounts of :func:`amount_list_items` do; the frames of
    :mod:`kg.nlp.project_frames` read such a list only after a verb of building.

    >>> t = "仪式在某园举行,甲乙钢构智能建造、丙丁光电热储一体化、戊己石墨烯清洁能源三个项目开工建设。"
    >>> [t[c.start : c.end] for c in counted_clause_items(t, [])]
    ['甲乙钢构智能建造', '丙丁光电热储一体化', '戊己石墨烯清洁能源']

    A count that is not the items' number, or items some source reads as places, firms or
    persons, leave the list alone:

    >>> counted_clause_items("。甲乙智能建造、丙丁热储一体化三个项目开工。", [])
    []
    >>> t = "。该县甲乙物流中心和丙丁流通平台两个项目签约。"
    >>> [t[c.start : c.end] for c in counted_clause_items(t, [])]
    ['甲乙物流中心', '丙丁流通平台']
    >>> counted_clause_items("。签约投资1亿元的甲乙电子和投资6000万元的丙丁美2个项目。", [])
    []
    >>> t = "。东区、西区两个项目开工。"
    >>> [t[c.start : c.end] for c in counted_clause_items(t, [Candidate(1, 3, "PLACE", "gazetteer", 0.9)])]
    ['东区']
    """
    f = lexicon().patterns["project"]["amount_lists"]
    out = list(candidates)
    projects = [c for c in candidates if c.label == "PROJECT"]
    others = {(c.start, c.end) for c in candidates if c.label != "PROJECT"}
    leads = sorted(lexicon().patterns["project"]["frame"]["by_builder_leads"], key=len, reverse=True)
    for m in re.finditer(f["counted_clause"], text):
        pieces: list[tuple[int, int]] = []
        pos = m.start("items")
        for piece in re.split(r"([、和及])", m.group("items")):
            if piece and piece not in "、和及":
                pieces.append((pos, pos + len(piece)))
            pos += len(piece)
        if read_number(m.group("count")) != len(pieces):
            continue
        if any((s, e) in others or re.search(f["not_item"], text[s:e]) for s, e in pieces):
            continue  # "北京、青岛两个…": places, firms or persons are what the list counts
        if any(w in text[s:e] for s, e in pieces for w in f["counted_clause_not_in"]):
            continue  # "签约投资1亿元的甲乙…", "某县举行甲乙…": a clause, not a list of names, opens it
        first = next((x for x in leads if text.startswith(x, pieces[0][0])), "")
        if first and pieces[0][1] - pieces[0][0] - len(first) >= 3:
            pieces[0] = (pieces[0][0] + len(first), pieces[0][1])  # "该县|甲乙物流中心和…": the lead is no name
        for s, e in pieces:
            if not any(c.start < e and s < c.end for c in projects):
                out.append(Candidate(s, e, "PROJECT", "head_words", f["score"]))
    return out
