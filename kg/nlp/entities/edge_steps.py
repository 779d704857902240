"""The state of the left walk of a name (:func:`kg.nlp.entities.names.left_edge`) and the steps
of it that only a project's or an event's name asks: capacities, amounts, verbs of a trade and
conjunctions inside a project's name; bracketed hosts, subtitles, partners, conjunctions and
verbs inside an event's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kg.nlp.entities.edge_words import capacity_before, in_open_quote, noun_joined
from kg.nlp.entities.lexicon_data import Lexicon, gazetteer_regex
from kg.nlp.entities.project_checks import subject_verb
from kg.nlp.entities.shapes import _name_chars
from kg.nlp.words import Word


@dataclass(frozen=True)
class EdgeFrame:
    """What one walk reads and never changes: the text and its words, the head word (at
    ``head_start``, word ``i``), the name's label and the lexicon's lists the checks ask."""

    text: str
    words: list[Word]
    head_start: int
    label: str
    i: int
    lex: Lexicon
    tags: Any
    stop: Any
    nw: dict
    counted: re.Pattern[str]
    ordinal: re.Pattern[str]
    levels: tuple[str, ...]
    place_ends: tuple[str, ...]
    eaten: tuple[str, ...]
    zones: tuple[str, ...]
    same_heads: tuple[str, ...]
    meeting: dict
    proj: dict
    whole_place: bool
    widening: frozenset[str]


@dataclass(frozen=True)
class Walk:
    """Where the walk stands: the name's start so far, the next word to look at (``j``) and the
    tag of the word right of it, with what later steps and the end need to know.

    ``passed_name``: a word of the name has been taken (a project's head word before it then
    ends the walk); ``conj_at``: the start before a body's conjunction, the name's start unless
    a place or a level word opens it; ``verb_from``: the start before a run of a project's
    verbs, its start if the walk ends on them; ``joined_at``: the facility's word before a
    joining 及, which ends no name; ``verb_joined``: a conjunction after a verb of the trade
    has been crossed, and a facility's head word before that verb ends no name; ``place_joined``:
    where the part after such a 及 starts when a place opens it (a project's own head before the
    verb then ends the name there); ``done``: the walk ends here."""

    start: int
    j: int
    t_right: str
    passed_name: bool = False
    conj_at: int | None = None
    verb_from: int | None = None
    joined_at: int | None = None
    verb_joined: bool = False
    place_joined: int | None = None
    done: bool = False


def go(walk: Walk, **changes: Any) -> Walk:
    """The walk going on with ``changes``."""
    return replace(walk, **changes)


def stop(walk: Walk, **changes: Any) -> Walk:
    """The walk ending here, with ``changes``."""
    return replace(walk, done=True, **changes)


def project_step(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A project's checks of ``words[walk.j]``, in order; None where none decides."""
    if f.label != "PROJECT":
        return None
    for check in (_project_capacity, _project_company, _project_stops, _project_joined, _project_verbs):
        step = check(f, walk)
        if step is not None:
            return step
    return None


def _project_capacity(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A capacity per year or day, and capacities listed in one project's name."""
    words, j, proj, i = f.words, walk.j, f.proj, f.i
    s, _, w, _ = words[j]
    if (
        w in proj["capacity_periods"]
        and j >= 2
        and words[j - 1].text in "/／"
        and words[j - 2].tag == "m"
        and not (j >= 3 and re.fullmatch(proj["phase_word"], words[j - 3].text))
    ):
        # "140万吨/年", "4500t/d": a capacity per year or day (a phase's, "一期200吨/年", names
        # the phase)
        return go(walk, start=words[j - 2].start, t_right="m", j=j - 3)
    if (
        w[:1] in "/／"
        and w[1:] in proj["capacity_periods"]
        and j >= 1
        and words[j - 1].tag == "m"
        and not (j >= 2 and re.fullmatch(proj["phase_word"], words[j - 2].text))
    ):
        return go(walk, start=words[j - 1].start, t_right="m", j=j - 2)  # "11万吨|/年" (the tagger's one word)
    if (
        (w == "、" or w in proj["inner_conjunctions"])
        and 2 <= j < i
        and words[j + 1].tag == "m"
        and words[j - 1].tag in ("n", "nz")
        and capacity_before(words, j - 2)
        and not (
            w in proj["common_noun_conjunctions"]
            and (
                words[j + 1].text.startswith(tuple(proj["leading_verbs"])) or words[i].text not in proj["listed_heads"]
            )
        )
    ):
        # "60万吨PVC、60万吨烧碱产业综合项目", "年产1000吨合成某某及2000吨某某项目", "年产3万吨
        # 某某原料及3万吨某某下游制品项目": capacities of one project listed in its name
        return go(walk, start=s, j=j - 1)
    return None


def _project_company(f: EdgeFrame, walk: Walk) -> Walk | None:
    """ "某县：天地和钢材制品有限公司…项目": a heading's item opens with a company whose name
    holds 和, no list."""
    text, words, j, proj = f.text, f.words, walk.j, f.proj
    s, e, w, _ = words[j]
    if (
        w in proj["company_conjunctions"]
        and j >= 1
        and words[j - 1].end == s
        and words[j - 1].tag in ("n", "nz")
        and not words[j - 1].text.endswith(f.lex.org_suffixes)
        and (j == 1 or words[j - 2].text in ("：", ":", "\n") or "\n" in words[j - 2].text)
        and any(x in text[e : f.head_start] for x in proj["company_heads"])
    ):
        return stop(walk, start=words[j - 1].start, t_right=words[j - 1].tag)
    return None


def _project_stops(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Words that open no project's name: an amount, a duty, a visit, a signing or its site."""
    w, s, proj = f.words[walk.j].text, f.words[walk.j].start, f.proj
    if re.fullmatch(proj["amount"], w):
        return stop(walk)  # "投资2亿元|某某技改工程": an amount opens no project's name
    paid = re.match(proj["amount"], w)
    if paid and paid.group().endswith("元") and _name_chars(w[paid.end() :]):
        return stop(
            walk, start=s + paid.end()
        )  # "投资|3亿元某某公司|专用车项目": the tagger ran the amount into the name
    if w in proj["duty_stops"]:
        return stop(walk)  # "某区要当好|全市项目建设…": a duty, not a name
    if w in proj["left_stops"]:
        return stop(walk)  # "调研|屯留区重点项目": the visit, not the project's name
    if w.startswith(tuple(proj["signing_stops"])):
        # "某公司签订|某某PPP项目", "主会场|某某三期项目" (the tagger may join the site
        # word to the name's first character: "主会场法|麦克斯")
        cut = next(x for x in proj["signing_stops"] if w.startswith(x))
        if len(w) > len(cut) and _name_chars(w[len(cut) :]):
            return stop(walk, start=s + len(cut))
        return stop(walk)
    return None


def _project_joined(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Conjunctions and joining words inside a project's name."""
    words, j, proj, i = f.words, walk.j, f.proj, f.i
    s, _, w, _ = words[j]
    if (
        w in proj["inner_conjunctions"] + proj["inner_words"]
        # 和 joins nouns only ("某某建设|和|棚户区改造项目"), but for the works that go with the one
        # before it ("某某基地沙地土壤改良|和|配套水利设施项目")
        and (w not in proj["common_noun_conjunctions"] or words[j + 1].text in proj["dependent_openers"])
        and 0 < j < i
        and words[j - 1].end == s
        and (words[j - 1].tag in ("vn", "v") or (w in proj["inner_words"] and words[j - 1].tag in ("n", "nz")))
        and not words[j - 1].text.endswith(tuple(proj["heads"]))
        and words[j + 1].tag not in ("ORG", "PER")
        and (words[j + 1].tag != "LOC" or w in proj["verb_place_conjunctions"])
    ):
        # "大蒜深加工|及|综合利用项目", "智能车|用|安全玻璃生产项目". The part before the conjunction
        # ends in its verb, no head: it names no project of its own, so a place may open the part
        # after 及 (the second work's site, "某某污水处理厂尾水排放|及|某某东路/LOC|雨水排放工程"), and
        # the facility the verb works on ends no name (verb_joined: "某某污水处理厂|尾水排放及…")
        placed = words[j].end if words[j + 1].tag == "LOC" else None
        return go(walk, start=s, t_right="n", verb_joined=w not in proj["inner_words"], place_joined=placed, j=j - 1)
    if noun_joined(words, j, i, proj):
        # "某某培训基地|及|健康管理中心建设工程": what the project builds, joined by 及, stays in
        # its name; the facility's head word before 及 then ends no name (joined_at)
        return go(walk, start=s, t_right="n", joined_at=j - 1, j=j - 1)
    return None


def _project_verbs(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Verbs before a project's head: a body's clause or a person's verb ends the name; a
    leading verb (a capacity) and a verb of the trade stand in it."""
    text, words, j, meeting = f.text, f.words, walk.j, f.meeting
    s, _, w, t = words[j]
    if subject_verb(text, words, j):
        return stop(walk)  # "某县政府完成|某某道路改善工程": a body's clause, not the name
    if w in f.proj["leading_verbs"]:
        # "年产20万吨针状焦项目": a name may open with its capacity, unlike other verbs.
        return go(walk, start=s, t_right=t, passed_name=True, verb_from=None, j=j - 1)
    if t in meeting["tags"] and j > 0 and words[j - 1].tag == "PER":
        return stop(walk)  # "研究员张玺|立足系统工程": a person's verb, not a project's name
    if t in meeting["tags"] and w not in f.stop and w not in meeting["triggers"]:
        # "光伏发电项目", "服务器智造项目": a project's name may hold a verb of its trade,
        # but does not start with one.
        verb_from = walk.start if walk.verb_from is None else walk.verb_from
        return go(walk, verb_from=verb_from, start=s, t_right=t, passed_name=True, j=j - 1)
    return None


def meeting_step(f: EdgeFrame, walk: Walk) -> Walk | None:
    """An event's checks of ``words[walk.j]``, in order; None where the word goes on to the
    checks of every name's word."""
    if f.label != "MEETING":
        return None
    for check in (_meeting_marks, _meeting_clauses, _meeting_words):
        step = check(f, walk)
        if step is not None:
            return step
    return None


def _meeting_marks(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Brackets and dashes inside an event's name: a host city, an edition, a subtitle, a
    partner region."""
    text, words, j, meeting = f.text, f.words, walk.j, f.meeting
    s, e, w, _ = words[j]
    if w in ")）" and j > 1:
        # "2025中国(某市)氢能产业大会": a host city in brackets inside an event's name
        opened = next((k for k in range(j - 1, max(-1, j - 5), -1) if words[k].text in "(（"), None)
        if opened is not None and opened > 0 and gazetteer_regex().fullmatch(text, words[opened].end, s):
            return go(walk, start=words[opened].start, t_right="LOC", j=opened - 1)
        # "中秋恳亲大会(第三届)": the edition in brackets
        if opened is not None and opened > 0 and re.fullmatch(meeting["edition"], text[words[opened].end : s]):
            return go(walk, start=words[opened].start, t_right="m", j=opened - 1)
        # "地球卫士(北川)环保新材料项目开工…仪式", "某市重点(产业建材、基础化工和能源)合作交流座谈会":
        # a place the tagger names, or the event's topics (nouns joined by 、/和), in brackets
        qualifier = _bracket_qualifier(f, j)
        if qualifier is not None:
            return go(walk, start=words[qualifier].start, t_right="n", j=qualifier - 1)
    if w in ("—", "——", "－") and in_open_quote(text, s):
        # "“某某遗珍——辽金文物精品展”": a title and its subtitle inside one quotation
        return go(walk, start=s, j=j - 1)
    if (
        w in meeting["partner_dashes"]
        and j > 0
        and words[j - 1].tag == "LOC"
        and words[j - 1].end == s
        and text[e : e + 1] not in meeting["partner_dashes"]
    ):
        # "第十二届中国|—|东盟博览会": a country and its partner region in one event's name
        return go(walk, start=s, j=j - 1)
    return None


def _bracket_qualifier(f: EdgeFrame, j: int) -> int | None:
    """The index of the opening bracket of a qualifier that stays inside an event's name, when
    ``words[j]`` closes it: one word the tagger tags a place, or a few nouns joined by the
    listed marks (``[meeting.left_edge] bracket_*``), with a name's word right before it. A
    bracket of a date, a credit or a side note ("(27日)", "(右)", "(以下简称…)") holds other
    words and ends the name as before."""
    words, meeting = f.words, f.meeting
    opened = next((k for k in range(j - 1, max(-1, j - meeting["bracket_words"]), -1) if words[k].text in "(（"), None)
    if opened is None or opened == 0 or words[opened - 1].tag not in meeting["bracket_left_tags"]:
        return None
    inner = words[opened + 1 : j]
    if not inner or words[j].start - words[opened].end > meeting["bracket_max_chars"]:
        return None
    if len(inner) == 1 and inner[0].tag == "LOC":
        return opened
    nouns = [w for w in inner if w.text not in meeting["bracket_joiners"]]
    topical = all(w.tag in meeting["bracket_topic_tags"] for w in nouns) and len(nouns) >= 2
    return opened if topical and len(nouns) < len(inner) else None


def _meeting_clauses(f: EdgeFrame, walk: Walk) -> Walk | None:
    """A person's clause and a meeting named before this one end an event's name."""
    words, j, meeting = f.words, walk.j, f.meeting
    s, _, w, t = words[j]
    if t == "PER" and j + 1 < len(words) and words[j + 1].tag == "v":
        return stop(walk, start=words[j + 1].end)  # "某某|会见|某某促进会理事会议": a person's clause, not the name
    if (
        w[:1] in meeting["conjunctions"]
        and j > 0
        and words[j - 1].text.endswith(tuple(f.lex.patterns["meeting"]["heads"]))
        and words[j - 1].end == s
    ):
        # "…(扩大)会议|和|县…常务会议": a meeting named before this one; the tagger may join
        # the conjunction to the next word ("会议|和县|十六届…").
        if len(w) > 1:
            return stop(walk, start=s + 1)
        return stop(walk)
    return None


def _meeting_words(f: EdgeFrame, walk: Walk) -> Walk | None:
    """Event names hold verbs ("青春榜样进校园主题宣讲活动", "“人到山西好风光”人才宣介杭州专场
    活动"); they end on the left at the verb that holds or joins the event."""
    text, words, j, meeting, t_right = f.text, f.words, walk.j, f.meeting, walk.t_right
    s, e, w, t = words[j]
    bodies = ("ORG", "LOC")
    if w in meeting["conjunctions"] and j > 0 and words[j - 1].tag in bodies and t_right in bodies:
        # "市委统战部与中央民族大学合作共建活动": two bodies' joint event.
        return go(walk, start=s, t_right=t, j=j - 1)
    nouns = meeting["joined_nouns"]
    if w in meeting["noun_conjunctions"] and j > 0 and words[j - 1].tag in nouns and t_right in nouns:
        # "党外人士和企业家代表座谈会": two common nouns of one event's name
        return go(walk, start=s, t_right=t, j=j - 1)
    if w in meeting["triggers"] or (w in f.stop and w not in meeting["inner"]):
        return stop(walk)
    if w in meeting["session_verbs"] and "届" in text[e : f.head_start] and "次" in text[e : f.head_start]:
        return stop(walk)  # "会议决定|某届委员会第五次会议": a numbered session's name holds no verb
    if w in meeting["scopes"] and not (j > 0 and f.ordinal.match(words[j - 1].text) and words[j - 1].end == s):
        return stop(walk, start=s, t_right=t)  # "学习|全省经济运行调度会议": the scope opens the name
    # ... but after an edition it is the sitting body's level ("某会议第十一届|全国委员会
    # 第一次会议"): the name goes on to the body that holds the edition.
    if t not in f.tags and t not in meeting["tags"] or not _name_chars(w) or f.counted.match(w):
        return stop(walk)
    return None
