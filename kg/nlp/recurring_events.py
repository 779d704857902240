"""A recurring kind of event is no held event: "这是今年以来我市第二次举办|项目集中开工活动".

A report on one ceremony often says how often such ceremonies are held: "第二次举办项目集中开工
活动", "已经连续7次举行产业集聚区项目集中开工活动", "每个季度第三个月的10日,举行重点重大项目集中竣工
开工仪式". What follows the holding verb there names the kind, not the event of the day (which the
report names elsewhere, with its year or batch); as a MEETING it is a false event, and it becomes
the "last meeting named" that later sentences' chairs and attendees are given to. A MEETING
mention right after a holding verb (``[meeting.recurring] verbs``) with a marker of recurrence
(``markers``: 连续, 每年, 每个季度, 定期…) at most ``within`` characters before the verb in its
sentence, or a count of times right before it (``times``: "第二次|举办"; a count further off may
belong to a meeting's name, "五次全会刚刚闭幕不久,我们举行…"), is dropped, unless the name
holds what marks one instance (``instance``: an edition, a batch, a year, a month): "先后举行了
第七期“三个一批”项目集中开工活动" keeps its mention.

>>> from kg.nlp.entities import Candidate
>>> t = "这是今年以来我市第二次举办项目集中开工活动。"
>>> cs = [Candidate(t.index("项目"), t.index("。"), "MEETING", "head_words", 0.7)]
>>> without_recurring(t, cs)
[]
>>> t = "今年以来,我县第二次举办2023年第三批项目集中开工活动。"
>>> cs = [Candidate(t.index("2023"), t.index("。"), "MEETING", "head_words", 0.7)]
>>> [t[c.start : c.end] for c in without_recurring(t, cs)]
['2023年第三批项目集中开工活动']
>>> t = "在省委第十二届五次全会刚刚闭幕不久,我们举行安康市重点项目集中开工仪式。"
>>> cs = [Candidate(t.index("安康"), t.index("。"), "MEETING", "head_words", 0.7)]
>>> [t[c.start : c.end] for c in without_recurring(t, cs)]
['安康市重点项目集中开工仪式']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.patterns import alternation

if TYPE_CHECKING:
    from kg.nlp.entities import Candidate

_SENTENCE = "。！？!?\n"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    from kg.nlp.entities import lexicon

    conf = lexicon().patterns["meeting"]["recurring"]
    verb = re.compile(rf"(?:{alternation(conf['verbs'])})(?:{alternation(conf['particles'])})?$")
    markers, times, instance = (re.compile(conf[k]) for k in ("markers", "times", "instance"))
    return verb, markers, times, instance, conf["within"]


def without_recurring(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` without the MEETING mentions that name a recurring kind of event."""
    return [c for c in chosen if c.label != "MEETING" or not recurring(text, c.start, c.end)]


def recurring(text: str, start: int, end: int) -> bool:
    """Whether the event name ``text[start:end]`` follows a holding verb that a marker of
    recurrence precedes in its sentence (see the module's docstring)."""
    verb, markers, times, instance, within = _patterns()
    before = text[max(0, start - within - 6) : start]
    held = verb.search(before)
    if held is None or instance.search(text, start, end):
        return False
    opened = max(before.rfind(c, 0, held.start()) for c in _SENTENCE) + 1
    window = before[max(opened, held.start() - within) : held.start()]
    return markers.search(window) is not None or times.search(window) is not None
