"""Meetings read whole from the clause that holds them.

A working meeting's name is often a phrase with verbs, trigger words, a scope word or a list in
it: "召开|某某路拓宽改造协调会", "召开|某年庆筹备工作领导小组专责组会议", "，|全市安全生产专项整治部署
会议|召开", "，|全市创建全国文明城市工作调度会|召开", "主持召开|甲河、乙河、丙河河长联席会议". The
left edge of a name (:func:`kg.nlp.entities.names.left_edge`) stops at such words, so the name is
cut or lost. Where the clause itself fixes both edges — the object of a verb that convenes the
meeting, ending its clause, or the subject of the verb that holds it — the stretch between is
the name (``[meeting.convened]`` in ``ontology/patterns/entities.toml``). A 和 inside joins two
topics of the name when no head word stands before it ("安全生产|和|消防工作会议"), and "X暨Y" whose
first half is a topic with no head word is one name (kg.nlp.joint_events finds no halves there).
A ceremony of what projects undergo (``[meeting.convened] act_ceremony``: "举行|某县集中开工、竣工
投产活动", "举行|A、B两个项目集中签约仪式") is one name whatever its 、 join; the projects and the
place inside it keep their own mentions. Here, and only here, a ceremony may be named by its act
alone (``[meeting.convened] act_ends``: "举行|2023年一季度重大项目集中开工|，", "，|某某项目(第五批)
集中开工某某分会场|在…举行"); elsewhere those words say what projects undergo.

>>> t = "2月18日,自治区举行2023年一季度重大项目集中开工,推动发展。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
['2023年一季度重大项目集中开工']

>>> from kg.nlp.entities import Candidate
>>> t = "5月2日,某县召开青石路拓宽改造协调会,县领导出席。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
['青石路拓宽改造协调会']
>>> t = "6月1日,全市安全生产专项整治部署会议召开。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
['全市安全生产专项整治部署会议']
>>> t = "1月9日,某镇召开第一季度安全生产和消防工作会议。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
['第一季度安全生产和消防工作会议']

Meetings listed after one convening verb, each ending in a head word before the mark that joins
it to the next ("主持召开|县政府党组会议|和|县政府常务会议", "召开|A推介会|和|B恳谈会"), are read one
by one: each part is a meeting of its own, checked as a whole stretch is.

>>> t = "县长主持召开县政府党组会议和县政府常务会议,研究工作。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
['县政府党组会议', '县政府常务会议']
>>> t = "县委召开县委常委会和县政府常务会议,研究工作。"
>>> [t[c.start : c.end] for c in convened_events(t, [])]
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.event_stretches import holds_sitting, opening_cut, quotes_masked
from kg.nlp.joint_events import written_otherwise
from kg.patterns import alternation

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

_CLAUSE = ",，;；。:：\n!！?？"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The object pattern ("召开|NAME|，"), the subject pattern ("，|NAME|在…召开") and a
    head word followed by a joining mark (a list of meetings, no one name)."""
    from kg.nlp.entities import lexicon

    m = lexicon().patterns["meeting"]
    c = m["convened"]
    heads = alternation(m["heads"])
    # (a ceremony named by its act alone, "举行|某某集中开工|，", ends a name only here)
    name = rf"(?P<name>{c['name_chars']}{{2,{c['max_chars']}}}?(?:{heads}|{alternation(c['act_ends'])}))"
    verbs = alternation(c["verbs"])
    particles = alternation(c["particles"])
    after = alternation(c["followed_by"])
    obj = re.compile(rf"(?:{verbs})(?:{particles})?{name}(?=[{_CLAUSE}]|(?:{after})|$)")
    at = alternation(c["held_at"])
    held = alternation(c["held"])
    then = alternation(c["held_then"])
    days = alternation(c["held_days"])  # "…会议|昨|召开" (kg.nlp.event_stretches)
    within = c["held_within"]
    subj = re.compile(
        rf"(?:^|(?<=[{_CLAUSE}]))\s*{name}(?:{days})?(?:(?:{at})[^{_CLAUSE}]{{1,{within}}}?)?(?:{held})"
        rf"(?=[{_CLAUSE}]|(?:{then})|$)"
    )
    listed = re.compile(rf"(?:{heads})(?:[、和及与]|以及)")
    return obj, subj, listed


def convened_events(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each meeting its clause names whole as one MEETING; the mentions inside
    it are part of its name (see the module's docstring)."""
    from kg.nlp.entities import Candidate, lexicon

    m = lexicon().patterns["meeting"]
    c = m["convened"]
    generic = frozenset(m["generic"])
    scopes = tuple(m["left_edge"]["scopes"])
    obj, subj, listed = _patterns()
    heads = sorted(m["heads"], key=len, reverse=True)  # the longest head a name ends in
    # what ends a meeting's name or a sitting body's ("县委常委会|和…"): a 和 after it joins two
    ends = (*heads, *m["session_bodies"])
    act_ends = tuple(c["act_ends"])  # (a name's end, never a list's: "集中开工、竣工投产活动")
    out = list(chosen)

    def _head(name: str) -> str:
        return next((h for h in heads if name.endswith(h)), None) or next(a for a in act_ends if name.endswith(a))

    # a quoted slogan's comma is no clause mark ("“甲,乙”推介会|在某区举行"; kg.nlp.event_stretches)
    masked = quotes_masked(text)
    for pattern in (obj, subj):
        for x in pattern.finditer(masked):
            s, e = x.span("name")
            day = re.match(c["day"], text[s:e]) if pattern is subj else None
            s += day.end() if day else 0
            # "举行|四场|重大项目集中开工仪式": a count of sittings before the name is cut off
            s += opening_cut(text[s:e])
            # "“某某日”|全市某某运动会": the first scope word opens the name (not the body's level
            # after an edition, "第十一届|全国委员会"); a later one is inside it ("全区争创|全国…")
            scope = next((k for k in range(e - s) if text.startswith(scopes, s + k) and text[s + k - 1] != "届"), 0)
            s += scope
            name = text[s:e]
            head = _head(name)
            # a ceremony named by its act ends its clause ("举行|某某集中签约|并发布…" is what was done)
            if head in act_ends and pattern is obj and not (e == len(text) or text[e] in _CLAUSE):
                continue
            # "某县召开|某某会议" read as one name: the verb is no part of it
            swollen = [
                o for o in out if pattern is obj and o.label == "MEETING" and o.start <= x.start() and o.end == e
            ]
            joins = [k for k in range(s, e) if text[k] in c["list_marks"]]
            marks = [k for k in joins if not _joins_topics(text, s, k, ends)]
            cut = [o for o in out if o.label == "MEETING" and o.end == e and o.start - 1 in joins]
            parts = _listed_parts(text, s, e, marks, heads) if pattern is obj and "暨" not in name else []
            if parts:
                # "召开|A会议|和|B会议": each meeting of the list that a part names is one of its
                # own (a part too short to say which keeps what kg read there: "和|某商恳谈会"),
                # when the first part names one ("召开|预备会议|和|主席团第一次会议": bare sittings)
                named = [
                    (ps, pe)
                    for ps, pe in parts
                    if _names_meeting(text[ps:pe], _head(text[ps:pe]), c, m, generic, listed)
                ]
                if named and named[0] == parts[0]:
                    out = _replaced(out, named, s, e)
                continue
            # "举行|某县集中开工、竣工投产活动": a ceremony of what projects undergo is one event
            # whatever its 、 join (the acts or the projects it is held for)
            acts = re.search(c["act_ceremony"], name) is not None
            if marks and not cut and not swollen and not acts:
                continue  # a 、 or 和 that cut no name kg read: a list, or two things
            if "暨" in name and not any(o.label == "MEETING" and o.end == e and "halves" in o.attrs for o in out):
                # "X暨Y" is read by kg.nlp.joint_events; where it found no halves, the clause's
                # stretch is one meeting when X is a topic (no head word of its own, no second 暨)
                # (and the article does not name its second half again: "召开了|X暨Y", then "召开|
                # W暨X、Y" is one event written twice, which kg could not merge)
                first = name.partition("暨")[0]
                # (a comma in X's quoted slogan stopped kg.nlp.joint_events: the halves are read here)
                slogan = masked[s:e] != name and first.endswith(ends)
                if not slogan and (
                    len(first) < c["joint_min_first"] or first.endswith(ends) or written_otherwise(text, name)
                ):
                    continue
            if not _names_meeting(name, head, c, m, generic, listed):
                continue
            if any((o.start < s < o.end or o.start < e < o.end) and o not in swollen for o in out):
                continue  # a mention runs across an edge: the clause is read otherwise
            inner = [o for o in out if s <= o.start and o.end <= e] + swollen
            if any(o.label == "MEETING" and o.start == s and o.end == e for o in inner):
                continue
            attrs: dict = {"head": "convened"}
            if "暨" in name and masked[s:e] != name:
                half = s + name.index("暨")
                attrs["halves"] = [(s, half), (half + 1, e)]
            joint = next((o for o in inner if o.label == "MEETING" and o.end == e and "halves" in o.attrs), None)
            if joint is not None:
                # "…|全省某某推进会议暨某某会议": the first half runs from the name's start (the
                # half as cut is no event inside this one either)
                (x_start, x_end), *rest = joint.attrs["halves"]
                attrs = dict(joint.attrs, halves=[(s, x_end), (x_start, x_end), *rest])
            # the projects a ceremony of acts is held for, and the place that holds it ("某高新区|
            # 11月重点项目…签约仪式"), keep their mentions inside its name
            kept = [o for o in inner if acts and o.label in ("PROJECT", "PLACE") and o.end < e]
            # ... and the body whose numbered sitting it is ("某县某办公室|一〇二年第一次会议")
            kept += [o for o in inner if o.label == "ORG" and o.start == s and holds_sitting(text, o.end, e)]
            out = [o for o in out if o not in inner or o in kept]
            out.append(Candidate(s, e, "MEETING", "head_words", 0.7, attrs))
    return sorted(out, key=lambda o: (o.start, -o.end))


def _names_meeting(name: str, head: str, c: dict, m: dict, generic: frozenset[str], listed: re.Pattern[str]) -> bool:
    """Whether a clause's stretch ``name`` (ending in ``head``) names a meeting: not a count, a
    bare kind of event, a clause, a description, a list or a generic phrase."""
    from kg.nlp.entities.shapes import _is_generic

    return not (
        len(name) - len(head) < c["min_topic"]
        or re.match(c["count_opening"], name)
        or name in m["bare_events"]
        or any(w in _without(name, c["inside_phrases"]) for w in c["not_inside"])
        or (name.startswith(tuple(c["not_opening"])) and not re.match(c["parties_opening"], name))
        or name[: len(name) - len(head)].endswith("的")  # "一次重要的|会议": a description
        or listed.search(name[: len(name) - len(head)])  # "A会议、B会议": a list
        or _is_generic(name, head, generic)
    )


def _listed_parts(text: str, s: int, e: int, marks: list[int], heads: list[str]) -> list[tuple[int, int]]:
    """The spans of the meetings a stretch lists ("A会议|和|B会议"): where every mark that joins
    no topics follows a head word, the parts between the marks; else none."""
    if not marks or not all(text[s:k].endswith(tuple(heads)) for k in marks):
        return []
    bounds = [s, *(k + 1 for k in marks)]
    ends = [*marks, e]
    return [(a, b) for a, b in zip(bounds, ends, strict=True) if b > a]


def _replaced(out: list[Candidate], parts: list[tuple[int, int]], s: int, e: int) -> list[Candidate]:
    """``out`` with each of ``parts`` (of the listed stretch ``s``-``e``) as one MEETING and the
    mentions that overlap one dropped (the names hold theirs; one read across a mark, "某某会议和
    某某政府", is a run-on); unchanged when a mention crosses the stretch's edges."""
    from kg.nlp.entities import Candidate

    if any(o.start < s < o.end or o.start < e < o.end for o in out):
        return out
    rest = [o for o in out if not any(o.start < pe and ps < o.end for ps, pe in parts)]
    return rest + [Candidate(ps, pe, "MEETING", "head_words", 0.7, {"head": "convened"}) for ps, pe in parts]


def _joins_topics(text: str, start: int, k: int, ends: tuple[str, ...]) -> bool:
    """Whether the mark at ``k`` joins two topics of one meeting's name ("安全生产|和|消防工作会议"),
    not two meetings or two sitting bodies: a topic mark after words that end in no head word."""
    from kg.nlp.entities import lexicon

    return text[k] in lexicon().patterns["meeting"]["convened"]["topic_marks"] and not text[start:k].endswith(ends)


def _without(name: str, phrases: list[str]) -> str:
    """``name`` with the fixed phrases taken out ("抓党的建设" holds no descriptive 的)."""
    for p in phrases:
        name = name.replace(p, "")
    return name
