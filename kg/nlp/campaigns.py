"""Campaigns named like events: "持续深化“三个年”活动", "开展“某某”活动以来".

County news names its campaigns — drives that run for a season or a year — with the same head
word as a held event: "全区“项目建设年”活动总体部署", "以实干实效奏响“再学习、再调研、再落实”活动
最强劲的旋律". A campaign is no MEETING (GUIDE.md: an event that someone chairs, holds or attends
on a day): a MEETING mention ending in a ``[meeting.campaign] heads`` word is dropped when its
quoted slogan names a year of work (``year_slogan``), when a verb that pushes a campaign on
(``verbs``) stands right before it or inside it before its slogan, or when what follows it is
what only a campaign has (``after``: 实施方案, 总体部署, 联系点, 取得实效, 以来). A held event
with the same head word ("某县举行“某某”文艺汇演活动", "“某某”主题活动在某广场启动") keeps its
mention.

>>> from kg.nlp.entities import Candidate
>>> t = "今年以来,某市持续深化“项目攻坚年”活动,各县举行“某某”文艺活动。"
>>> a, b = t.index("某市"), t.index("“某某”")
>>> cs = [Candidate(a, t.index(",", a), "MEETING", "head_words", 0.7)]
>>> cs.append(Candidate(b, t.index("。"), "MEETING", "head_words", 0.7))
>>> [t[c.start : c.end] for c in without_campaigns(t, cs)]
['“某某”文艺活动']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

_QUOTES = '“「『"'


@lru_cache(maxsize=1)
def _campaign() -> dict:
    from kg.nlp.entities import lexicon

    m = dict(lexicon().patterns["meeting"]["campaign"])
    m["year_re"] = re.compile(m["year_slogan"])
    return m


def is_campaign(text: str, start: int, end: int) -> bool:
    """Whether the event name ``text[start:end]`` names a campaign (see the module's docstring)."""
    m = _campaign()
    name = text[start:end]
    if not name.endswith(tuple(m["heads"])):
        return False
    if m["year_re"].search(name):
        return True
    verbs = tuple(m["verbs"])
    # The words before its slogan ("宝鸡市持续深化|“…”"), or its opening verb when it quotes none
    # ("推进我为群众办实事活动")
    quote = min((i for i in (name.find(q) for q in _QUOTES) if i >= 0), default=-1)
    pushed = any(v in name[:quote] for v in verbs) if quote >= 0 else name.startswith(verbs)
    # "深入开展“某某”和|“某某”活动": the slogans joined before the name belong to the verb's object
    joined = re.search(r'(?:[“「『"][^”」』"“「『]{1,30}[”」』"](?:和|、|与|及))+$', text[max(0, start - 80) : start])
    before = start - (len(joined.group(0)) if joined else 0)
    if pushed or text.endswith(verbs, 0, start) or text.endswith(verbs, 0, before):
        return True
    return text.startswith(tuple(m["after"]), end)


def without_campaigns(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the MEETING mentions that name a campaign."""
    return [c for c in chosen if c.label != "MEETING" or not is_campaign(text, c.start, c.end)]
