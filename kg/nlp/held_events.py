"""Events a text names only by the body that sits or by their bare kind.

Real reports of party and government meetings name the session by the body that holds it:
"市委书记A主持召开市委常委会，B、C出席会议" — the object of 主持召开 is the session, not the
standing committee as an organisation. And a ceremony's report may name it bare, as the
subject of its own clause: "结盟仪式于上午十时在镇公所会议室举行，A、B出席观礼".

:func:`held_events` turns, among the mentions the entity stage chose,

* an ORG mention that ends in a sitting body's word (``[meeting] session_bodies``), right
  after a verb that convenes it (``[meeting] convened_by``) and closing its clause, into a
  MEETING;
* a numbered session of a standing body (``[meeting] numbered_session``: "市政协十一届八次常委
  会议"), with the body's mention right before it, into one MEETING;
* a quoted event name right after the verb that holds it (``[meeting] quoted_by``:
  "举行“第五届某某论坛”") into one MEETING;
* a bare ceremony word (``[meeting] ceremony_heads``, with up to ``held_bare_max`` characters
  before its head) that opens a clause and is held in that clause (``[meeting]
  held_after``: "…于|在…举行") into a MEETING mention, where no mention covers it.

>>> from kg.nlp.entities import Candidate
>>> t = "市委书记王某主持召开市委常委会,李某出席会议。"
>>> s = t.index("市委常委会")
>>> [(t[c.start : c.end], c.label) for c in held_events(t, [Candidate(s, s + 5, "ORG", "head_words", 0.65)])]
[('市委常委会', 'MEETING')]
>>> t = "两镇昨日缔结姊妹镇,结盟仪式于上午十时在镇公所举行,县长李某出席观礼。"
>>> [(t[c.start : c.end], c.label) for c in held_events(t, [])]
[('结盟仪式', 'MEETING')]
>>> t = "会议传达了省委十三届九次全会精神。"
>>> [(t[c.start : c.end], c.label) for c in held_events(t, [Candidate(5, 7, "ORG", "head_words", 0.65)])]
[('省委十三届九次全会', 'MEETING')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.patterns import alternation

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

_CLAUSE_END = ",，;；。:：\n"


@lru_cache(maxsize=1)
def _held_bare() -> re.Pattern[str]:
    """A bare ceremony opening its own clause, held in it: "结盟仪式|于上午十时在镇公所|举行"."""
    from kg.nlp.entities import lexicon

    m = lexicon().patterns["meeting"]
    n = m["held_bare_max"]
    return re.compile(
        rf"(?:^|(?<=[{_CLAUSE_END}]))(?P<name>[\u4e00-\u9fff]{{0,{n}}}(?:{alternation(m['ceremony_heads'])}))"
        rf"(?:{alternation(m['held_after'])})[^{_CLAUSE_END}]{{0,30}}?(?:{alternation(m['ceremony_by'])})"
    )


def held_events(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with the sessions named by their body and the bare ceremonies held in their
    own clause as MEETING mentions (see the module's docstring)."""
    from kg.nlp.entities import Candidate, lexicon

    m = lexicon().patterns["meeting"]
    bodies = tuple(m["session_bodies"])
    verbs = tuple(m["convened_by"])
    out = []
    for c in chosen:
        if (
            c.label == "ORG"
            and text.endswith(bodies, c.start, c.end)
            and text.endswith(verbs, 0, c.start)
            and (c.end == len(text) or text[c.end] in _CLAUSE_END)
        ):
            c = Candidate(c.start, c.end, "MEETING", c.source, c.score, dict(c.attrs, head="session"))
        out.append(c)
    # "市委十四届五次全会": a numbered plenary session; a body's mention inside it is part of its name
    for x in re.finditer(m["plenary"], text):
        s, e = x.span()
        inside = [c for c in out if s <= c.start and c.end <= e and c.label in ("ORG", "PLACE")]
        if any(c.start < e and s < c.end and c not in inside for c in out):
            continue
        out = [c for c in out if not (s <= c.start and c.end <= e)]
        out.append(Candidate(s, e, "MEETING", "head_words", 0.7, {"head": "plenary"}))
    out = _numbered_sessions(
        text,
        out,
        m["numbered_session"],
        tuple(m["session_owners"]),
        m["session_title_marks"],
        m["session_level"],
        tuple(m["session_councils"]),
    )
    # "举行“第50届会董就职典礼晚宴”": a quoted event name after the verb that holds it
    heads = alternation(m["heads"])
    quoted = rf"(?:{alternation(m['quoted_by'])})了?[“「『\"](?P<name>[^”」』\"“]{{2,40}}?(?:{heads}))[”」』\"]"
    # "“某某对话会”在某市举行": a quoted event name right before the words that hold it
    holds = alternation(m["quoted_before"])
    after = rf"[“「『\"](?P<name>[^”」』\"“,，。;；:：!?！？]{{2,40}}?(?:{heads}))[”」』\"](?=(?:{holds}))"
    for pattern in (quoted, after):
        for x in re.finditer(pattern, text):
            s, e = x.span("name")
            if not any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in out):
                out = [c for c in out if not (s <= c.start and c.end <= e)]
                out.append(Candidate(s, e, "MEETING", "head_words", 0.7, {"head": "quoted"}))
    out = _listed_subjects(text, out, m)
    for x in _held_bare().finditer(text):
        s, e = x.span("name")
        if not any(c.start < e and s < c.end for c in out):
            out.append(Candidate(s, e, "MEETING", "head_words", 0.6, {"head": "held"}))
    return sorted(out, key=lambda c: (c.start, -c.end))


def _numbered_sessions(
    text: str,
    chosen: list[Candidate],
    pattern: str,
    owners: tuple[str, ...],
    title: tuple[str, str] = ("《", "》"),
    level: dict | None = None,
    councils: tuple[str, ...] = (),
) -> list[Candidate]:
    """``chosen`` with each numbered session of a standing body ("十一届八次常委会议") as one
    MEETING, opened by the body's mention that ends right before it ("市政协|十一届…"); the
    mentions inside it (or a shorter meeting) are part of its name. A council (``councils``)
    right before its session opens the name too (the session of "某县议会|第20届第2次定期会" is
    the council's; a name cut to "第20届…" reads as no one's); the council stays an organisation
    named inside the event (``inner_mentions.inside_event``).

    >>> from kg.nlp.entities import Candidate
    >>> t = "7月31日,某市政协十一届八次常委会议召开。"
    >>> body = Candidate(t.index("某市"), t.index("十一"), "ORG", "head_words", 0.65)
    >>> [(t[c.start : c.end], c.label) for c in _numbered_sessions(t, [body], "十一届八次常委会议", ("政协",))]
    [('某市政协十一届八次常委会议', 'MEETING')]
    """
    from kg.nlp.entities import Candidate

    out = list(chosen)
    for x in re.finditer(pattern, text):
        s, e = x.span()
        if any(c.start < s < c.end or c.start < e < c.end for c in out):
            continue  # a longer name runs across it
        line = text.rfind("\n", 0, s) + 1
        if text.rfind(title[0], line, s) > text.rfind(title[1], line, s):
            continue  # inside a document's title: the document's topic
        # The body's mention, or the place of a body named inside the edition ("某区|十八届人大三次会议").
        inside = any(o in text[s:e] for o in owners)
        body = next(
            (
                c
                for c in out
                if c.end == s
                and ((c.label == "ORG" and text.endswith(owners, c.start, c.end)) or (c.label == "PLACE" and inside))
            ),
            None,
        )
        council = _council_before(text, out, s, councils) if body is None and councils else None
        s = council if council is not None else body.start if body is not None else s
        if body is None and council is None and level and _level_after_word(text, s, level):
            s -= 1  # "听取了|县|十七届人大六次会议": the body's level word opens the name
        out = [c for c in out if not (s <= c.start and c.end <= e)]
        attrs = {"head": "session", "council": True} if council is not None else {"head": "session"}
        out.append(Candidate(s, e, "MEETING", "head_words", 0.7, attrs))
    return out


def _council_before(text: str, chosen: list[Candidate], s: int, councils: tuple[str, ...]) -> int | None:
    """Where the council that stands right before the session at ``s`` starts, or None when
    no council word ends at ``s``: the council's mention ("某县议会|"), or the council's word
    after a place's mention or a level word ("某乡|民代表会", "县|议会").

    >>> from kg.nlp.entities import Candidate
    >>> t = "某县议会第20届第2次定期会开议"
    >>> org = Candidate(0, 4, "ORG", "head_words", 0.65)
    >>> _council_before(t, [org], 4, ("议会",))
    0
    >>> t = "乙屿乡民代表会第12届第17次临时会"
    >>> _council_before(t, [Candidate(0, 2, "PLACE", "gazetteer", 0.8)], 7, ("乡民代表会", "代表会"))
    0
    >>> _council_before("议员在第3次定期会上", [], 3, ("议会",)) is None
    True
    """
    word = next((w for w in councils if text.endswith(w, 0, s)), None)
    if word is None:
        return None
    org = next((c for c in chosen if c.end == s and c.label == "ORG" and c.start <= s - len(word)), None)
    if org is not None:
        return org.start
    start = s - len(word)
    place = next((c for c in chosen if c.end == start and c.label in ("PLACE", "ORG")), None)
    if place is not None:
        return place.start
    return start - 1 if start > 0 and text[start - 1] in "省市县乡镇区" else start


def _level_after_word(text: str, s: int, level: dict) -> bool:
    """A bare level word ("县", "市") stands right before ``s`` after a word that ends no
    place's name (a verb or a preposition: "决定了|县|十七届…", "关于|市|十五届…")."""
    return s > 1 and text[s - 1] in level["chars"] and text.endswith(tuple(level["after"]), 0, s - 1)


def _listed_subjects(text: str, chosen: list[Candidate], m: dict) -> list[Candidate]:
    """``chosen`` with each event name that starts right after a "、" run back to its clause's
    start, when the clause opens with a place and holds no other event word before it:
    "某县对接融入长三角机械制造、纺织服装产业推介会在某市举行" (the subjects of the event listed)."""
    from kg.nlp.entities import Candidate
    from kg.nlp.entities.lexicon_data import gazetteer_regex

    heads = alternation(m["heads"])
    joiners = tuple(m["subjects_joined_by"])
    out = list(chosen)
    for c in chosen:
        if c.label != "MEETING" or not text.endswith(joiners, 0, c.start):
            continue
        cs = max(text.rfind(x, 0, c.start) for x in _CLAUSE_END) + 1
        seg = text[cs : c.start - 1]
        if not seg or len(seg) > m["subjects_max"] or not gazetteer_regex().match(text, cs):
            continue
        if re.search(heads, seg) or not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z、“”]+", seg):
            continue
        if any(o is not c and o.label == "MEETING" and cs <= o.start < c.start for o in out):
            continue
        # "落实省委、省政府“某某年”活动": a body before the "、" lists the event's holders, not
        # its subjects; running back over it would drop the bodies and the clause's place
        if any(o.label == "ORG" and cs <= o.start < c.start for o in out):
            continue
        out = [o for o in out if not (cs <= o.start and o.end <= c.end)]
        out.append(Candidate(cs, c.end, "MEETING", c.source, c.score, dict(c.attrs, head="listed_subjects")))
    return out
