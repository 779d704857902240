"""Projects whose name a frame of the sentence bounds: the words before the name say where it
starts, its head word (and a phase in brackets) where it ends.

Real pages name projects inside frames that fix the left edge whatever the name holds (a
conjunction, an adjective, a word the tagger calls a person or a place):

* an amount and 的: "总投资5000万元的|某某县标准化厂房及配套设施建设项目";
* an amount and a verb of building: "投资20亿元建设|某某皮卡及越野车生产项目", "拟投资3亿元，在
  某区建设|某某生产基地项目";
* a numbered heading: "3.某某区:|某某新型材料及配套设备建设项目,总投资2亿元";
* an announced start: "宣布|某某不锈钢全连轧绿色生产线项目|开工";
* a verb of the project's life and 的: "开工的|县农副产品产供销基地建设一期项目";
* a verb after the place or the partner: "在某市投资|某某技改扩建项目", "与某市签订|某某产业链项目";
* an item of a list that its amount follows: "、|某某铁路某某段总投资153亿元、";
* items that a count of the same number closes: "建设|甲物流城和乙配件城|两个物流项目";
* who invests in it closes the clause it opens: "，|某某综合回收项目|由某公司投资建设，".

All words and patterns are data: ``[project.frame]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from kg.numerals import read_number
from kg.patterns import alternation, pattern_file

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate


@cache
def _frame() -> dict:
    return pattern_file("entities")["project"]["frame"]


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    f = _frame()
    amount = f["amount"]
    return {
        "amount_of": re.compile(f["amount_of"].replace("{amount}", amount)),
        "build": re.compile(f["amount_build"].replace("{amount}", amount)),
        "heading": re.compile(f["heading"], re.M),
        "announce": re.compile(f["announce"]),
        "verb_de": re.compile(f["verb_de"]),
        "site_de": re.compile(f["site_de"]),
        "verb_at": re.compile(f["verb_at"]),
        "cost_before": re.compile(f["cost_before"]),
        "close": re.compile(r"(?P<count>[0-9]+|[两二三四五六七八九十])个[^,，。;；、]{0,8}项目"),
        "figure_after": re.compile(f["figure_after"].replace("{amount}", amount)),
        "by_builder": re.compile(f["by_builder"]),
        "counted_items": re.compile(f["counted_items"]),
        "phase": re.compile(f["phase"]),
        "phase_after": re.compile(f["phase_after"]),
        "delimiters": re.compile(f["delimiters"]),
        "item_phase_end": re.compile(f["item_phase_end"]),
        "item_phase_next": re.compile(f["item_phase_next"]),
        "stops": re.compile(alternation(f["stops"])),
        "chars": re.compile(f["name_chars"]),
    }


def _coordinated(
    text: str, start: int, end: int, heads: tuple[str, ...], joins: str = "和与及"
) -> list[tuple[int, int]]:
    """The names ``text[start:end]`` coordinates with one of ``joins`` where each ends in a head
    word ("A工业园和B科技产业园" is two); the whole span when it is one name.

    >>> t = "A工业园和B科技产业园"
    >>> [t[s:e] for s, e in _coordinated(t, 0, len(t), ("工业园", "产业园"))]
    ['A工业园', 'B科技产业园']
    """
    cuts = [
        m.start()
        for m in re.finditer(f"[{joins}]", text[start:end])
        if text[start : start + m.start()].endswith(heads) and m.start() + 1 < end - start
    ]
    bounds = [start, *(start + c for c in cuts), end]
    parts = [(a + (1 if a != start else 0), b) for a, b in zip(bounds, bounds[1:], strict=False)]
    return parts if all(text[s:e].endswith(heads) for s, e in parts) else [(start, end)]


def name_from(text: str, start: int, heads: tuple[str, ...]) -> tuple[int, str] | None:
    """The end of the project name that starts at ``start`` and the head word it ends in: the last
    head word before the clause goes on (a delimiter, or a stop word such as 将 or 建成后), with a
    phase in brackets after it.

    >>> heads = ("项目", "工程", "产业园")
    >>> t = "总投资9.6亿元的某区停车场PPP项目包(第一期)项目,总投资9.6亿元"
    >>> end, head = name_from(t, t.index("的") + 1, heads)
    >>> t[t.index("的") + 1 : end], head
    ('某区停车场PPP项目包(第一期)项目', '项目')
    >>> t = "某某装备产业园(一期)、某某基地"
    >>> t[: name_from(t, 0, heads)[0]]
    '某某装备产业园(一期)'
    >>> t = "某某技改项目将对某公司的二期工厂进行改造"
    >>> t[: name_from(t, 0, heads)[0]]
    '某某技改项目'
    >>> t = "年产5万吨铝管、棒、型材生产线项目、某某项目"
    >>> t[: name_from(t, 0, heads)[0]]
    '年产5万吨铝管、棒、型材生产线项目'
    >>> name_from("某某景区二期、某某遗址公园、某某产业园等5个项目", 0, heads) is None
    True
    >>> t = "某某物流园一期、二期项目"
    >>> t[: name_from(t, 0, heads)[0]]
    '某某物流园一期、二期项目'
    """
    rx = _compiled()
    stop = rx["delimiters"].search(text, start)
    # "、" before any head word joins parts of one name: "年产50万吨合金管、棒、型材生产线项目";
    # not after a named thing's phase, which closes a list's item ("某某景区二期|、某某公园")
    while (
        stop
        and stop.group() == "、"
        and not any(h in text[start : stop.start()] for h in heads)
        and not (
            rx["item_phase_end"].search(text, start, stop.start()) and not rx["item_phase_next"].match(text, stop.end())
        )
    ):
        stop = rx["delimiters"].search(text, stop.end())
    piece_end = stop.start() if stop else len(text)
    cut = rx["stops"].search(text, start + 1, piece_end)
    if cut:
        piece_end = cut.start()
    best: tuple[int, str] | None = None
    for head in heads:
        pos = text.rfind(head, start, piece_end)
        if pos > start and (best is None or pos + len(head) > best[0]):
            best = (pos + len(head), head)
    if best is None:
        return None
    end, head = best
    phase = rx["phase"].match(text, end)
    if phase:
        end = phase.end()
    return end, head


def framed_projects(
    text: str,
    make: type[Candidate],
    heads: tuple[str, ...],
    named: Callable[[str, str], bool],
    specific: Callable[[int, int], bool],
    lead_stops: tuple[str, ...] = (),
) -> list[Candidate]:
    """Project candidates whose left edge a frame fixes (see the module's docstring). ``named``
    says whether a name with its head word names one project (not a class of projects);
    ``specific`` whether a span holds a proper noun (for items without a head word);
    ``lead_stops`` are words after which an item's name starts ("主会场|某某三期项目总投资5亿元").

    >>> from kg.nlp.entities import Candidate
    >>> t = "有总投资500万元的某某县标准化厂房及配套设施建设项目,总投资1.5亿元的某某山道教文化建设项目。"
    >>> [t[c.start : c.end] for c in framed_projects(t, Candidate, ("项目",), lambda n, h: True, lambda s, e: True)]
    ['某某县标准化厂房及配套设施建设项目', '某某山道教文化建设项目']
    """
    f = _frame()
    rx = _compiled()
    size = re.compile(pattern_file("entities")["project"]["size"])
    max_chars = f["max_chars"]
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()

    def emit(start: int, end: int, head: str, frame: str) -> None:
        name = text[start:end]
        if not 4 <= len(name) <= max_chars or not rx["chars"].fullmatch(name) or (start, end) in seen:
            return
        if head and not named(name, head):
            return
        if name.startswith(heads):
            return  # "项目包括…": the clause goes on, no name starts with its head word
        for h in heads:  # "某某能源化工基地|200万千瓦…项目": a base and its project (the selection joins them)
            i = name.find(h)
            if i > 0 and i + len(h) < len(name) and size.match(name, i + len(h)):
                return
        seen.add((start, end))
        out.append(make(start, end, "PROJECT", "head_words", f["score"], {"head": head, "frame": frame}))

    starts = [(m.end(), "amount_of") for m in rx["amount_of"].finditer(text)]
    starts += [(m.end(), "amount_build") for m in rx["build"].finditer(text)]
    starts += [(m.end(), "heading") for m in rx["heading"].finditer(text)]
    starts += [(m.end(), "announce") for m in rx["announce"].finditer(text)]
    starts += [(m.end(), "verb_de") for m in rx["verb_de"].finditer(text)]
    starts += [(m.end(), "site_de") for m in rx["site_de"].finditer(text)]
    starts += [(m.end(), "verb_at") for m in rx["verb_at"].finditer(text)]
    for start, frame in starts:
        if cost := rx["cost_before"].match(text, start):
            start = cost.end()  # "签订的|10亿元|某某精深加工项目": what it costs is no part of its name
        counted = _counted_items(text, start)
        if counted:
            for s, e in counted:
                if specific(s, e):
                    emit(s, e, "", "counted")
            continue
        found = name_from(text, start, heads)
        if found and frame == "announce" and not text.startswith(tuple(f["announced"]), found[0]):
            continue  # "宣布|某某项目开工": only the start of the project announced
        if found:
            # "园区的A工业园和B科技产业园", "宣布A项目和B项目开工": two names, each with its head
            # ("A示范基地及B车间项目" is one project's parts: 及 joins two only after a zone's 的).
            if frame == "site_de":
                parts = _coordinated(text, start, found[0], (*heads, *f["site_de_items"]))
            else:
                parts = _coordinated(text, start, found[0], heads, joins="和与")
            for s, e in parts:
                head = next((h for h in sorted(heads, key=len, reverse=True) if text.endswith(h, s, e)), "")
                emit(s, e, head, frame)
    for s, e in _closed_by_count(text, tuple(f["list_openers"])):
        head = next((x for x in sorted(heads, key=len, reverse=True) if text.endswith(x, s, e)), "")
        if head or specific(s, e):
            emit(s, e, head, "counted")
    # "、|某某铁路某某段总投资153亿元、|某某文化生态园总投资80亿元": items with their figures
    figured: list[tuple[int, int, str]] = []
    for m in rx["figure_after"].finditer(text):
        s, e = m.start("name"), m.end("name")
        s = max([s] + [text.rfind(w, s, e) + len(w) for w in lead_stops if text.rfind(w, s, e) >= 0])
        head = next((h for h in sorted(heads, key=len, reverse=True) if text[s:e].endswith(h)), "")
        figured.append((s, e, head))
    sentences = [(s, e, h, _sentence_of(text, s)) for s, e, h in figured]
    for s, e, head, sent in sentences:
        if head:
            emit(s, e, head, "figure_after")
        elif sum(1 for *_, other in sentences if other == sent) >= 2 and specific(s, e):
            emit(s, e, "", "figure_after")  # a list of such items: the other items say what they are
    _by_builder(text, heads, specific, lead_stops, emit)
    return out


def _by_builder(
    text: str,
    heads: tuple[str, ...],
    specific: Callable[[int, int], bool],
    lead_stops: tuple[str, ...],
    emit: Callable[[int, int, str, str], None],
) -> None:
    """Projects that open their clause with who invests in them after: "，|某某综合回收项目|由某公司
    投资建设，" (``[project.frame] by_builder``). The name ends in a project's head word, or in a
    facility's with a proper noun before it ("某某科技城|是由某集团投资建设"); the candidates are
    emitted through ``emit`` (which checks the name).

    >>> t = "据悉,本次签约项目某某精密铸件项目由某某公司投资建设,总投资1亿元。"
    >>> got = []
    >>> _by_builder(t, ("项目",), lambda s, e: True, (), lambda s, e, h, f: got.append(t[s:e]))
    >>> got
    ['某某精密铸件项目']
    """
    f = _frame()
    facility = tuple(pattern_file("entities")["project"]["facility"]["heads"])
    leads = tuple(sorted(f["by_builder_leads"], key=len, reverse=True))
    not_names = re.compile(f["by_builder_not_names"])
    for m in _compiled()["by_builder"].finditer(text):
        s, e = m.start("name"), m.end("name")
        # a visit's or a signing's words before the name are no part of it ("考察|某某项目由…")
        s = max([s] + [text.rfind(w, s, e) + len(w) for w in lead_stops if text.rfind(w, s, e) >= 0])
        while lead := next((w for w in leads if text.startswith(w, s)), None):
            s += len(lead)
        head = next((h for h in sorted(heads, key=len, reverse=True) if text.endswith(h, s, e)), "")
        if head and not_names.match(text[s : e - len(head)]):
            continue  # "其中|一期工程|由…": a phase of the project spoken of, no name
        if head:
            emit(s, e, head, "by_builder")
        elif text.endswith(facility, s, e) and specific(s, e):
            emit(s, e, "", "by_builder")  # "某某科技城|是由…": a facility with a proper noun


def phased_projects(text: str, candidates: list[Candidate], make: type[Candidate]) -> list[Candidate]:
    """Projects whose name goes on after the head word with a phase and its own head: "某某体验区
    项目|二期工程、" is one name, an item of a list (``[project.frame] phase_after``); "某某项目
    一期工程竣工" is the project's phase completing, the name is 某某项目.

    >>> from kg.nlp.entities import Candidate
    >>> t = "某某文化科技体验区项目二期工程、某某基地项目顺利动工"
    >>> found = [Candidate(0, 11, "PROJECT", "head_words", 0.7, {})]
    >>> [t[c.start : c.end] for c in phased_projects(t, found, Candidate)]
    ['某某文化科技体验区项目二期工程']
    >>> phased_projects("某某文化科技体验区项目二期工程竣工投产", found, Candidate)
    []
    """
    rx = _compiled()["phase_after"]
    out = []
    for c in candidates:
        m = rx.match(text, c.end) if c.label == "PROJECT" else None
        if m:
            out.append(make(c.start, m.end(), "PROJECT", c.source, c.score, {**c.attrs, "phase": True}))
    return out


def _sentence_of(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "。!！?？\n")


def _closed_by_count(text: str, openers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Items joined by 、/和 that a count of the same number closes ("甲工厂建设、乙改扩建和丙技改
    搬迁3个项目"); the first item starts after the last of ``openers`` in the clause (none: no list).

    >>> t = "集中签约洽谈成功的甲乙液化工厂建设、年产3万吨铸件改扩建和年产1万吨香醋生产线技改搬迁3个项目的协议。"
    >>> [t[s:e] for s, e in _closed_by_count(t, ("的", "签约"))]
    ['甲乙液化工厂建设', '年产3万吨铸件改扩建', '年产1万吨香醋生产线技改搬迁']
    """
    out: list[tuple[int, int]] = []
    for m in _compiled()["close"].finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ",，。;；:：\n!！?？") + 1
        if "等" in text[clause : m.start()]:
            continue  # "甲、乙等5个项目": a list closed by 等 (kg/nlp/project_lists.py)
        cut = max(
            (text.rfind(o, clause, m.start()) + len(o) for o in openers if text.rfind(o, clause, m.start()) >= 0),
            default=-1,
        )
        if cut < 0:
            continue  # no word opens the list: its first item may hold the clause's verb
        pieces = _joined_items(text, cut, m.start())
        number = read_number(m.group("count")) or 0
        if number >= 2 and len(pieces) == number and all(e - s >= 4 for s, e in pieces):
            out += pieces
    return out


def _counted_items(text: str, start: int) -> list[tuple[int, int]]:
    """The items that a count of the same number closes right after ``start``: "甲物流城和乙配件城
    两个物流项目" gives two items; none when the count does not match.

    >>> t = "建设甲乙物流城和丙丁配件城两个物流项目"
    >>> [t[s:e] for s, e in _counted_items(t, 2)]
    ['甲乙物流城', '丙丁配件城']
    >>> _counted_items("建设甲乙物流城和丙丁配件城三个项目", 2)
    []
    """
    m = _compiled()["counted_items"].match(text, start)
    if not m:
        return []
    items = _joined_items(text, m.start("items"), m.end("items"))
    number = read_number(m.group("count")) or 0
    if number != len(items) or any(e - s < 3 for s, e in items):
        return []
    return items


def _joined_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of ``text[start:end]`` joined by 、, 和, 与 or 及."""
    items: list[tuple[int, int]] = []
    pos = start
    for piece in re.split(r"([、和与及])", text[start:end]):
        if piece and piece not in "、和与及":
            items.append((pos, pos + len(piece)))
        pos += len(piece)
    return items


def field_items(text: str) -> list[tuple[int, int]]:
    """The items of lists that "等多个领域" (``[project.list] field_close``) closes: fields, whose
    names may end like a project's ("…中的甲产业工程、乙融合工程等多个领域").

    >>> t = "共涉及某某重点工程中的装备制造产业工程、文旅融合工程等多个领域。"
    >>> [t[s:e] for s, e in field_items(t)]
    ['装备制造产业工程', '文旅融合工程']
    """
    close = re.compile(pattern_file("entities")["project"]["list"]["field_close"])
    out: list[tuple[int, int]] = []
    for m in close.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ",，。;；:：\n!！?？的") + 1
        pos = clause
        for piece in text[clause : m.start()].split("、"):
            out.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    return out
