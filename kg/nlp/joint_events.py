"""Two events held as one: "X暨Y" names one meeting (GUIDE.md, Conventions).

"某县卫浴产业招商推介会暨2023年第一季度集中签约仪式", "县政府党组理论学习中心组学习会议暨党组会议",
"全县学习贯彻市第十一次党代会精神暨经济运行分析、项目建设推进会": the name runs from the start
of X to the end of Y. Y is the event candidate that starts right after 暨, else the shortest
run of name characters (and "、") that ends in a meeting head word before the clause goes on
(or a verb that holds it follows: "…竞赛活动|举行").
X is the event candidate that ends right before 暨, else the words back to the verb that holds
the event (``[meeting.joint] openers``) or the clause's start, when they hold an event word.
The halves are kept in ``attrs["halves"]`` (not separate events: both are names of this one).
A conjunction after Y that joins a third meeting ends Y there, and that meeting is a candidate
of its own: "主持召开市政府党组会议暨理论学习中心组学习会议|和|常务会议".

>>> from kg.nlp.entities import Candidate
>>> t = "县长主持召开县政府党组学习会议暨党组会议。"
>>> x = Candidate(6, t.index("暨"), "MEETING", "head_words", 0.7)
>>> [t[c.start : c.end] for c in joint_events(t, [x], Candidate)]
['县政府党组学习会议暨党组会议']
>>> t = "市长主持召开市政府党组会议暨理论学习中心组学习会议和常务会议,传达学习有关精神。"
>>> x = Candidate(6, t.index("暨"), "MEETING", "head_words", 0.7)
>>> [t[c.start : c.end] for c in joint_events(t, [x], Candidate)]
['市政府党组会议暨理论学习中心组学习会议', '常务会议']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.patterns import alternation

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

_NAME = r"[\u4e00-\u9fff0-9A-Za-z“”\"·()（）、]"


def joint_events(text: str, candidates: list[Candidate], make: type[Candidate]) -> list[Candidate]:
    """MEETING candidates "X暨Y" for each 暨 between two events."""
    from kg.nlp.entities import lexicon
    from kg.nlp.entities.lexicon_data import gazetteer_regex

    conf = lexicon().patterns["meeting"]
    heads = alternation(conf["heads"])
    openers = tuple(sorted(conf["joint"]["openers"], key=len, reverse=True))
    # the clause may go on with the verb that holds the event: "…暨某某竞赛活动|举行"
    held = alternation(conf["joint"]["followed_by"])
    conj = "|".join(map(re.escape, conf["left_edge"]["conjunctions"]))
    closes = rf"(?=(?:{held})|[^\u4e00-\u9fff0-9A-Za-z]|$)"
    # "…暨Y和Z": a third meeting joined by a conjunction ends Y ("…学习会议|和常务会议")
    then_z = re.compile(rf"(?:{conj})({_NAME}{{1,20}}?(?:{heads})){closes}")
    meetings = [c for c in candidates if c.label == "MEETING"]
    out = []
    for m in re.finditer("暨", text):
        j = m.start()
        right = [c for c in meetings if c.start == j + 1]
        if right:
            y_end = max(c.end for c in right)
        else:
            ends = rf"(?=(?:{held})|(?:{then_z.pattern})|[^\u4e00-\u9fff0-9A-Za-z]|$)"
            y = re.match(rf"{_NAME}{{1,30}}?(?:{heads}){ends}", text[j + 1 : j + 40])
            if not y or "、" in y.group()[:1]:
                continue
            y_end = j + 1 + y.end()
        left = [c for c in meetings if c.end == j]
        if left:
            x_start = min(c.start for c in left)
        else:
            clause = max(text.rfind(c, max(0, j - 40), j) for c in "，,。；;：:\n！？") + 1
            opened = [text.rfind(o, clause, j) + len(o) for o in openers if text.rfind(o, clause, j) >= 0]
            x_start = max([clause, *opened])
            by_verb = x_start > clause  # "召开|防汛暨…会议": the verb that holds the event opens X
            # "…的|某县县情说明暨签约仪式", "出席今晚的|某某晚宴": what 的 ends describes the event
            # (a name's own 的 stays: "学习贯彻党的…精神暨…")
            de = text.rfind("的", x_start, j)
            if de >= 0 and not text.endswith(tuple(conf["joint"]["de_kept"]), x_start, de + 1):
                x_start = de + 1
            # "召开了|X暨Y": an aspect particle after the verb opens no name
            x_start += next((len(q) for q in conf["joint"]["particles"] if text.startswith(q, x_start)), 0)
            # "A活动、B交流会暨C论坛": the last of a list of events is joined to Y
            listed = max(text.rfind(q, x_start, j) for q in conf["joint"]["listed_by"]) + 1
            if listed > x_start and len(text[listed:j]) >= 4 and re.search(heads, text[listed:j]):
                x_start = listed
            x = text[x_start:j]
            # "全市招商引资暨…推进大会": a half that opens with a scope word or a place needs no head word
            scoped = x.startswith(tuple(conf["joint"]["scoped_half"])) or bool(gazetteer_regex().match(x))
            # the verb that holds the event fixes X's left edge, head word or not ("召开|防汛暨
            # …工作会议", "开展|联合义诊暨交流活动"); at a clause's start X needs a head or a scope
            if not re.fullmatch(f"{_NAME}+", x) or len(x) < (2 if by_verb else 4):
                continue
            if not (scoped or re.search(heads, x) or (by_verb and _topic(x, conf["joint"]))):
                continue
            if not (scoped or re.search(heads, x)) and written_otherwise(text, text[x_start:y_end]):
                continue
        halves = [(x_start, j), (j + 1, y_end)]
        out.append(make(x_start, y_end, "MEETING", "head_words", 0.7, {"head": "joint", "halves": halves}))
        z = then_z.match(text, y_end)
        if z and not any(c.start == z.start(1) and c.end == z.end(1) for c in meetings):
            out.append(make(z.start(1), z.end(1), "MEETING", "head_words", 0.7, {"head": "joined"}))
    return out


def _topic(x: str, conf: dict) -> bool:
    """``x`` may be a half with no head word of its own: not a person's or a body's clause
    ("县长某某", "某局": a title or a body's suffix ending it names who, not what is held)."""
    return not x.endswith(tuple(conf["not_topic_ends"]))


def written_otherwise(text: str, name: str) -> bool:
    """A topic half's "X暨Y" (``name``) is no name of its own where it joins a second 暨 ("安全
    生产暨森林防火暨防汛工作会议") or the article names Y more often than the whole: the whole is
    then another writing of an event named otherwise ("参加了|成立暨就职典礼" after "某会成立暨理监事
    就职典礼", "召开了|X暨Y" beside "召开|W暨X、Y"; a headline that repeats X暨Y whole is no second).
    kg.nlp.convened_events reads its clauses' X暨Y the same way.

    >>> written_otherwise("召开了成立暨就职典礼。某会成立暨理监事就职典礼", "成立暨就职典礼")
    True
    >>> written_otherwise("召开防汛暨地质灾害防治工作会议。", "防汛暨地质灾害防治工作会议")
    False
    """
    return name.count("暨") > 1 or text.count(name.partition("暨")[2]) > text.count(name)
