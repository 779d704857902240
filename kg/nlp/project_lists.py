"""Projects named in a list without a head word: "包括：某某幼儿园、某某连接线、某某项目、某某项目".

A list that a verb of listing opens ("包括", "分别是") and whose items are mostly projects
names a project in every item, whether or not the item ends in a project's head word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.nlp.list_marks import item_chars, joiner, list_items
from kg.patterns import pattern_file

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


# A count ("等6个…项目"), "一批"/"多个" or nothing: the closing words say what the items are.
_COUNTED_CLOSE = re.compile(
    r"等(?:[0-9一二三四五六七八九十百]+[个個项項]|一批|多个)?"
    r"(?:(?!领域|領域|行业|行業|方面|类|類)[^，,。；;、：:\n]){0,16}[项項]目"
)


def counted_list_items(
    text: str,
    openers: tuple[str, ...],
    plain: Callable[[int, int], bool] | None = None,
    min_items: int = 0,
    named: Callable[[int, int], bool] | None = None,
    short_close_not: str = "",
    known: dict[int, int] | None = None,
) -> list[list[tuple[int, int]]]:
    """The items of each "、" list that "等N个…项目" (or "等一批重大项目", "等项目") closes: the
    closing words say what the items are. The first item starts after the last of ``openers`` in
    its piece of the clause; without one it is the whole piece when ``plain`` says the piece
    holds no verb ("，|甲乙新材料二期、…等项目"), else a project already known that ends the piece
    (``known``: its end to its start) is the item ("…中建设|甲乙训练基地、…等9个项目"), else the
    piece is left out. A list of fewer than three
    items counts when ``min_items`` allows it and a number follows 等 ("；|甲乙产业园等85个项目竣工").

    >>> t = "同时集中开工甲乙山庄二期、丙丁绕城公路、戊己水库等6个重点项目。"
    >>> [[t[s:e] for s, e in items] for items in counted_list_items(t, ("开工",))]
    [['甲乙山庄二期', '丙丁绕城公路', '戊己水库']]
    >>> t = "加快甲乙大道、丙丁安置新村、戊己污水处理设施建设和庚辛工业区支路工程等项目建设。"
    >>> [[t[s:e] for s, e in items] for items in counted_list_items(t, ("加快",))]
    [['甲乙大道', '丙丁安置新村', '戊己污水处理设施建设', '庚辛工业区支路工程']]
    >>> t = "甲乙六期项目、丙丁轴承系列、戊己智能装备制造等一批重大项目如期投产。"
    >>> [[t[s:e] for s, e in items] for items in counted_list_items(t, ("开工",), lambda s, e: True)]
    [['甲乙六期项目', '丙丁轴承系列', '戊己智能装备制造']]
    """
    out: list[list[tuple[int, int]]] = []
    for m in _COUNTED_CLOSE.finditer(text):
        pieces = _clause_items(text, m.start())
        s0, e0 = pieces[0]
        cut = _opened_at(text, s0, e0, openers)
        if cut < 0 and plain is not None and plain(s0, e0):
            cut = s0
        if cut < 0 and known and s0 <= known.get(e0, -1) < e0:
            cut = known[e0]  # the verb before the first item is none of the openers: the project is the item
        if cut >= 0 and text.startswith("了", cut):
            cut += 1  # "落地了|甲乙项目等…": the aspect particle belongs to the verb
        pieces[0] = (cut, e0) if cut >= 0 else (e0, e0)
        items = [(s, e) for s, e in pieces if e > s]
        if len(pieces) >= 2 and items:  # "甲、乙和丙等项目", "甲、乙以及丙等项目": the last two items joined
            s, e = items[-1]
            joined = joiner("last_item_joiners").finditer(text[s:e])
            joins = [m for m in joined if m.start() >= 4 and e - s - m.end() >= 4]
            if joins:
                items[-1:] = [(s, s + joins[-1].start()), (s + joins[-1].end(), e)]
        if len(items) >= 3 or (items and min_items and len(items) >= min_items and _COUNT.match(text, m.start() + 1)):
            out.append(items)
        elif (
            named is not None
            and len(items) == len(pieces)  # no piece left out: the first item's opener was found
            and not _COUNT.match(text, m.start() + 1)
            and not (short_close_not and re.match(short_close_not, text[m.start() :]))
            and all(named(s, e) for s, e in items)
        ):
            out.append(items)  # "甲乙风电、丙丁天然气提氦等重点项目": two named items, no count
    return out


def site_list_items(
    text: str, openers: tuple[str, ...], close: str, place: Callable[[int, int], bool] | None = None
) -> list[list[tuple[int, int]]]:
    """The items of each "、" list of sites that a verb of visiting (``openers``) opens in its clause
    and the sites' 现场 (``close``) closes with no 等: "一行来到|甲乙改造、丙丁学校、戊己大道项目|建设现场"
    names a project being built in every item. Three items at least; the first starts after the verb.
    A list with an item that is a place alone (``place``: "来到甲村、乙村、丙村施工现场") visits places.

    >>> t = "调研组一行先后来到甲乙片区改造、丙丁学校、戊己大道项目建设现场。"
    >>> [[t[s:e] for s, e in items] for items in site_list_items(t, ("来到",), "(?:建设)?现场")]
    [['甲乙片区改造', '丙丁学校', '戊己大道项目']]
    >>> site_list_items("记者来到甲乙、丙丁、戊己施工现场。", (), "(?:施工)?现场")
    []
    """
    out: list[list[tuple[int, int]]] = []
    for m in re.finditer(close, text):
        pieces = _clause_items(text, m.start())
        if "等" in text[pieces[0][0] : m.start()]:
            continue  # "…等项目现场": the list is read with 等 (``counted_list_items``)
        s0, e0 = pieces[0]
        cut = _opened_at(text, s0, e0, openers)
        if len(pieces) < 3 or cut < 0:
            continue  # no visit: "记者来到…" is only with a verb of visiting in the list's clause
        if text.startswith("了", cut):
            cut += 1
        pieces[0] = (cut, e0)
        if all(e > s for s, e in pieces) and not (place and any(place(s, e) for s, e in pieces)):
            out.append(pieces)
    return out


def _clause_items(text: str, end: int) -> list[tuple[int, int]]:
    """The spans between the "、" of the clause that ends at ``end`` (its first span starts at
    the clause's start; empty spans are kept, so that their count is the list's)."""
    clause = max(text.rfind(c, 0, end) for c in "，,。；;：:\n！？") + 1
    pieces: list[tuple[int, int]] = []
    pos = clause
    for piece in text[clause:end].split("、"):
        pieces.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return pieces


def _opened_at(text: str, start: int, end: int, openers: tuple[str, ...]) -> int:
    """Where the last of ``openers`` in ``[start, end)`` ends (-1 for none); not an opener that a
    noun of a group continues ("调研组一行…": the visitors, not the verb of visiting), nor 有 of a
    firm's suffix ("开工建设甲乙股份有限公司丙丁示范、…等重大项目": 有限公司 opens no list).

    >>> t = "调研组一行先后前往甲村、乙路"
    >>> _opened_at(t, 0, 10, ("调研", "前往"))
    9
    >>> _opened_at(t, 0, 5, ("调研",))
    -1
    >>> _opened_at("新开工建设甲乙通道", 0, 9, ("开工", "开工建设"))
    5
    >>> _opened_at("开工建设甲乙股份有限公司丙丁", 0, 14, ("开工建设", "有"))
    4
    """
    ends = [m.end() for o in openers for m in re.finditer(re.escape(o) + "(?![组組团團队隊员員限])", text[start:end])]
    return start + max(ends) if ends else -1


def _built(name: str) -> bool:
    """Whether an item that ends like a body ends in a word for something being built, which a
    list of projects names as a project ("甲乙智慧工厂、…等30个项目"; ``item_built_ends``).

    >>> _built("甲乙智慧工厂"), _built("甲乙食品厂")
    (True, False)
    """
    return name.endswith(tuple(pattern_file("entities")["project"]["list"]["item_built_ends"]))


# "等85个…": a count right after 等 (a short list names its items only with one)
_COUNT = re.compile(r"[0-9一二三四五六七八九十百]+[个個项項]")


def _after(text: str, items: list[tuple[int, int]], words: tuple[str, ...]) -> bool:
    """Whether the list's opener follows one of ``words`` ("开工项目|包括：…").

    >>> t = "开工项目包括：甲乙改造、丙丁公园二期、戊己风电场。"
    >>> _after(t, list_items(t, ("包括",))[0], ("项目",))
    True
    >>> t = "总投资5亿元以上的项目有21个，包括甲乙生产、丙丁加工、戊己工程等项目。"
    >>> _after(t, list_items(t, ("包括",))[0], ("项目",))
    True
    >>> t = "工业项目11个，年内计划完成投资10.1亿元，主要有甲乙碳酸锂、丙丁镍矿采选、戊己增产保供等。"
    >>> _after(t, list_items(t, ("主要有",))[0], ("项目",))
    True
    """
    if not words or not items:
        return False
    head = re.split(r"[，,。；;\n]", text[max(0, items[0][0] - 12) : items[0][0]])[-1]
    before = "(?:" + "|".join(map(re.escape, words)) + ")"
    listing = r"(?:包括|包含|分别是|分别为|主要有|有|为|是)"
    if re.search(before + listing + r"?[:：]?$", head):
        return True
    # "…的项目有21个，包括：…": the count of projects before the opener says what the items are,
    # and so it does across the clauses of the class's figures between them ("一般性工业项目11个，年内
    # 计划完成投资10.1亿元，主要有…", "基础设施项目19项，总投资49.78亿元，…，主要包括…": real-pages-30 r08,
    # real-proj q15, real-pages-19 k10; session 27, s27-proj2)
    figures = r"(?:[，,][^，,；;。]{0,24}?(?:投资|占比|[0-9０-９.]+%|[0-9０-９.]+(?:万|亿|億)?元)[^，,；;。]{0,12})*"
    count = r"(?:有|共有|共|达)?[0-9一二三四五六七八九十百]+[个個项項]"
    counted = before + count + figures + r"[，,]?" + listing + r"[:：]?$"
    return bool(re.search(counted, text[max(0, items[0][0] - 90) : items[0][0]]))


def listed_projects(
    text: str,
    candidates: list[Candidate],
    openers: tuple[str, ...],
    max_len: int,
    make: type[Candidate],
    lead: str = "",
    counted_openers: tuple[str, ...] = (),
    specific: Callable[[int, int], bool] | None = None,
    not_ends: tuple[str, ...] = (),
    project_words: tuple[str, ...] = (),
    item_count: str = "",
    item_figure: str = "",
    plain: Callable[[int, int], bool] | None = None,
    item_count_opening: str = "",
    item_phase: str = "",
    headed: Callable[[int, int], bool] | None = None,
    heads: tuple[str, ...] = (),
    named: Callable[[int, int], bool] | None = None,
    short_close_not: str = "",
    visit_openers: tuple[str, ...] = (),
    site_close: str = "",
    place_alone: Callable[[int, int], bool] | None = None,
    person: Callable[[int, int], bool] | None = None,
    class_name: Callable[[int, int], bool] | None = None,
    facility: Callable[[int, int], bool] | None = None,
) -> list[Candidate]:
    """Project candidates for the items of a list whose items are mostly projects already,
    and of a list that "等N个项目" closes whose items are mostly specific names (``specific``);
    with a count after 等, one or two items that are specific or end in a project's head word
    (``headed``) make such a list too. ``lead`` (a regular expression) is cut from an item's
    start ("总投资10亿的|…项目"). An item that a project candidate ends but does not fill is
    the project's name when the rest holds no verb (``plain``): "城固县某某道地|中药材加工基地建设
    项目", a phase in brackets stays in it ("某某产业园(一期)"). An item that names a facility
    (``facility``: "某某特色小镇", "某某污水处理厂") counts as a name in a counted list and is no body."""
    starts = {c.end: c.start for c in candidates if c.label == "PROJECT"}
    ends = set(starts)
    if item_phase:  # "某某工程(二期)": the item ends after the phase
        phases = [(c.end, re.match(item_phase, text[c.end :])) for c in candidates if c.label == "PROJECT"]
        for e, m in phases:
            if m:
                ends.add(e + m.end())
                starts.setdefault(e + m.end(), -1)  # the candidate ends before the phase
    out: list[Candidate] = []
    lists = [(items, _after(text, items, project_words)) for items in list_items(text, openers, heads)]
    lists += [
        (items, True)
        for items in counted_list_items(
            text,
            counted_openers,
            plain,
            min_items=1 if headed else 0,
            named=named,
            short_close_not=short_close_not,
            known={e: s for e, s in starts.items() if s >= 0},
        )
    ]
    if site_close:  # "一行来到|甲乙改造、丙丁学校、戊己大道项目|建设现场": the sites a visit goes through
        lists += [(items, True) for items in site_list_items(text, visit_openers, site_close, place_alone)]
    for items, counted in lists:
        short = len(items) < 3
        if short and not all(e in ends or (specific and specific(s, e)) or (headed and headed(s, e)) for s, e in items):
            continue  # "甲乙产业园等85个项目": a short list, each item a name
        if item_count_opening:  # "8家电力企业深度治理": a class of things, never a project
            items = [(s, e) for s, e in items if not re.search(item_count_opening, text[s:e])]
        known = [(s, e) for s, e in items if e in ends]
        if counted and short:
            pass  # each item of a short list was checked above
        elif counted:
            # "甲乙特色小镇、丙丁污水处理厂、…等N个项目": a facility's kind after its words names one thing
            named = [
                (s, e)
                for s, e in items
                if e in ends or (specific is not None and specific(s, e)) or (facility is not None and facility(s, e))
            ]
            if 2 * len(named) < len(items):
                continue
        elif len(known) < 2 or 2 * len(known) < len(items):
            continue
        for s, e in items:
            m = re.match(lead, text[s:e]) if lead else None
            if m and m.end() < e - s:
                s += m.end()
            if heads and text.endswith(("建设", "建設"), s, e) and text.endswith(tuple(heads), s, e - 2):
                e -= 2  # "察看了|甲乙小学主体工程|建设、…": the building of a named project, the name before it
            name = text[s:e]
            known_from = starts.get(e)
            if (
                known_from is not None
                and known_from >= 0
                and (known_from <= s or plain is None or not plain(s, known_from) or "的" in text[s:known_from])
            ):
                continue  # the candidate is the item, or a verb before it opens a clause
            built = _built(name) or (facility is not None and facility(s, e))  # "某某污水处理厂": no body
            if not 3 <= len(name) <= max_len or (not_ends and name.endswith(not_ends) and not built):
                continue
            if place_alone and place_alone(s, e):
                continue  # "前往|某某村、…等项目现场": a village the visit went to is a place
            if person and person(s, e):
                continue  # "视察活动|街道党工委书记某某": a person stands in the item, no project
            if class_name and class_name(s, e):
                continue  # "…、市政基础设施项目建设、…等4个项目": a class of projects, as a name alone is
            if item_count and re.search(item_count, name):
                continue  # "民生项目5项": a count of projects
            if item_figure and re.search(item_figure, name):
                continue  # "总投资103亿元": a figure of the project before it
            if not item_chars(name) or re.search("[的是为将]", name):
                continue  # "；另外一个项目为社会事业项目": a clause, not an item
            score = 0.7 if counted and e not in ends else 0.6  # a counted list's item is its project first
            out.append(make(s, e, "PROJECT", "head_words", score, {"head": "", "list": True}))
    return out
