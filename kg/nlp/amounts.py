"""Investment amounts in a sentence: the number, its currency and qualifier, and whether it is
a project's total at all.

The words come from ``[invested_amount]`` in ``ontology/patterns/relations.toml``; which
project an amount belongs to is decided by the ``investment_amount`` rule in
:mod:`kg.nlp.relations`, from the :class:`Amount` records found here.

>>> [(a.amount, a.currency, a.qualifier) for a in find_amounts("项目总投资超出5亿元，二期投资1,200万美元。")]
[(500000000.0, 'CNY', 'at_least'), (12000000.0, 'USD', 'exact')]
>>> [a.scope for a in find_amounts("7个项目总投资4.4亿元，已完成投资1亿元。")]
['several', 'completed']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.numerals import read_number
from kg.patterns import alternation

_UNIT = {"亿": 100_000_000, "万": 10_000, "千": 1_000}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十百千〇零]+"


@dataclass(frozen=True)
class Amount:
    """An amount stated with an investment trigger, offsets into the searched text.

    ``scope`` is ``"project"`` for a project's total; otherwise why it is none: ``"completed"``
    (已完成投资), ``"annual"`` (年度计划投资), ``"phase"`` (一期投资), ``"several"`` (a sum over
    several projects), ``"single"`` (单笔最大投资, one deal of many), ``"part"`` (其中固定资产投资,
    a part of the total). ``upper`` is the top of a
    range ("3亿至5亿元": amount 3亿, qualifier at_least, upper 5亿).
    """

    start: int  # where the trigger starts
    end: int  # where the amount ends
    trigger: str
    amount: float
    currency: str
    qualifier: str
    scope: str
    upper: float | None = None
    # The currency is only the generic 元 (or none after 亿/万): CNY unless the page says whose
    # yuan it is (kg.nlp.relations.page_currency: a Taiwan page's 元 is TWD).
    bare: bool = False

    def value(self) -> dict[str, Any]:
        """The value of an ``invested_amount`` fact.

        >>> find_amounts("总投资3亿至5亿元")[0].value()
        {'amount': 300000000, 'currency': 'CNY', 'qualifier': 'at_least', 'upper': 500000000}
        """
        out: dict[str, Any] = {"amount": round(self.amount), "currency": self.currency, "qualifier": self.qualifier}
        if self.upper is not None:
            out["upper"] = round(self.upper)
        return out


def _conf() -> dict[str, Any]:
    # Through the relation rules' reader (imported here, not at the top: that package imports
    # this module), so the rule table's check sees which keys the amount grammar reads.
    from kg.nlp.relations.view import triggers

    return triggers()["invested_amount"]


@lru_cache(maxsize=1)
def amount_pattern() -> re.Pattern[str]:
    """Trigger, qualifier words, number (or range), unit and currency, all words from the TOML."""
    conf = _conf()
    qual = alternation(conf["approx"] + conf["at_least"])
    currencies = alternation(list(conf["currencies"]))
    unit = r"[万亿千]*亿|[万千]?万|千"
    # Between the trigger and the number, up to three linking words and qualifiers in any order:
    # "总投资为", "投资高达", "总投资估算为", "总投资概算", "投资总额预计约", "总投资约为".
    link = alternation(conf["linking"] + conf["approx"] + conf["at_least"])
    return re.compile(
        rf"(?P<trig>{alternation(conf['triggers'] + conf['spend_triggers'])})(?:额)?(?:分别)?(?P<pre>(?:{link}){{0,3}})"
        # "总投资 50 亿元": a space may stand around the number; "投资人民币约1.5亿元": a currency
        # before the number may have its qualifier after it.
        rf"(?P<cur0>{alternation(conf['currencies_before'])})?(?P<pre2>{qual})?[ \u3000]?(?P<num>{_NUM})[ \u3000]?"
        rf"(?P<mid0>{qual})?(?:(?P<unit1>{unit})?(?:{alternation(conf['range'])})(?P<num2>{_NUM}))?"
        rf"(?P<unit>{unit})?(?:(?<=亿)(?P<num3>\d,\d{{3}}|\d{{1,4}}|[一二两三四五六七八九])(?P<unit3>千万|百万|万))?(?P<mid>{qual})?(?:(?P<cur>{currencies})|(?<=[万亿])(?![\d万亿千元]))(?P<post>{qual})?"
    )


@lru_cache(maxsize=1)
def qual_re() -> re.Pattern[str]:
    """The qualifier words (``approx``, ``at_least``), longest first."""
    conf = _conf()
    return re.compile(alternation(conf["approx"] + conf["at_least"]))


def parse_amount(num: str, unit: str) -> float | None:
    """``("6.82", "亿元")`` -> 682000000; Chinese numerals (``千亿元`` -> 1e11) and thousands
    separators (``1,200万元``) too.

    >>> parse_amount("6.82", "亿元"), parse_amount("千", "亿元"), parse_amount("1,200", "万元")
    (682000000.0, 100000000000.0, 12000000.0)
    """
    value = read_number(num)
    if value is None:
        return None
    mult = 1.0
    for ch in unit:
        mult *= _UNIT.get(ch, 1)
    return float(value) * mult


def _ends_with(text: str, words: list[str]) -> bool:
    return text.endswith(tuple(words))


def find_amounts(text: str, floor: int = 0) -> list[Amount]:
    """Every investment amount in ``text`` (searched from ``floor``, the start of the sentence).

    >>> [(a.amount, a.qualifier) for a in find_amounts("总投资突破5亿元，另一项目投资5亿余元")]
    [(500000000.0, 'at_least'), (500000000.0, 'at_least')]
    >>> [a.amount for a in find_amounts("投资1亿8千万元的甲项目，投资2亿5000万元的乙项目")]
    [180000000.0, 250000000.0]
    >>> [a.amount for a in find_amounts("工程总经费约2亿1,552万元；某公司投资2亿建设的甲项目")]
    [215520000.0, 200000000.0]
    >>> [(a.amount, a.qualifier) for a in find_amounts("总投资10余亿元，另一项目总投资不低于20亿元")]
    [(1000000000.0, 'at_least'), (2000000000.0, 'at_least')]
    >>> find_amounts("截至目前已完成投资3000万元")[0].scope, find_amounts("该项目一期已投资1.08亿元")[0].scope
    ('completed', 'completed')
    >>> [a.scope for a in find_amounts("开工项目3个:1.A项目,总投资5亿元")]
    ['project']
    >>> find_amounts("签约项目5个:总投资23亿元")[0].scope
    'several'
    """
    conf = _conf()
    out = []
    for m in amount_pattern().finditer(text, floor):
        unit = m.group("unit") or ""
        num2 = m.group("num2")
        # "3亿至5亿元": the first number has its own unit; "3至5亿元": both take the last one.
        amount = parse_amount(m.group("num"), m.group("unit1") or unit)
        if not amount:
            continue
        if m.group("num3"):  # "1亿8千万元", "2亿5000万元"
            amount += parse_amount(m.group("num3"), m.group("unit3")) or 0
        # "总投资26亿的某项目": no currency word, only after a unit and a trigger of a total (or a
        # currency before the number: "投资人民币5亿").
        # So may any trigger when the verb that builds the project follows the unit at once ("某公司投资2亿
        # 建设的某项目"): the amount is the money spent on it, no count of something else.
        bare_ok = (
            m.group("trig") in conf["bare_unit_triggers"]
            or m.group("cur0")
            or text.startswith(tuple(conf["bare_unit_builds"]), m.end())
        )
        if m.group("cur") is None and (not unit or not bare_ok):
            continue
        upper = parse_amount(num2, unit) if num2 else None
        # The linking stretch may hold several words ("预计约"): each qualifier in it counts.
        words = re.findall(qual_re(), m.group("pre") or "")
        words += [m.group(g) or "" for g in ("pre2", "mid0", "mid", "post")]
        before = text[max(floor, m.start() - 6) : m.start()]
        if upper is not None or any(w in conf["at_least"] for w in words if w):
            qualifier = "at_least"
        elif any(w in conf["approx"] for w in words if w):
            qualifier = "approx"
        elif any(w in before[-4:] for w in conf["planned"]) or m.group("trig").startswith(tuple(conf["planned"])):
            qualifier = "planned"
        else:
            qualifier = "exact"
        out.append(
            Amount(
                m.start(),
                m.end(),
                m.group("trig"),
                amount,
                _currency(conf, m.group("cur0"), m.group("cur")),
                qualifier,
                _attributive_scope(text, m.start(), m.end(), _scope(text, floor, m.start())),
                upper,
                m.group("cur0") is None and (m.group("cur") is None or m.group("cur") in conf["generic_currency"]),
            )
        )
    return out


def _currency(conf: dict[str, Any], before: str | None, after: str | None) -> str:
    """The currency written before the number ("人民币5亿元", "新台币50亿元") wins over the 元 after it.

    >>> [a.currency for a in find_amounts("总投资人民币5亿元，另一项目投资新台币50亿元")]
    ['CNY', 'TWD']
    """
    if before:
        return str(conf["currencies_before"][before])
    return str(conf["currencies"][after or "元"])


def _scope(text: str, floor: int, start: int) -> str:
    """Whose amount the words before the trigger say it is (see :class:`Amount`)."""
    conf = _conf()
    before = text[floor:start]
    # The words right before the trigger: "已完成投资", "2020年度计划投资", "一期总投资".
    near = re.sub(r"(?:计划|拟|预计|总)$", "", before[-8:])
    if _ends_with(near, conf["completed"]):
        return "completed"
    if _ends_with(near, conf["annual"]) or re.search(conf["annual_year"], text[max(floor, start - 8) : start + 1]):
        return "annual"
    if _ends_with(near, conf["phase"]):
        return "phase"
    if _ends_with(near, conf["part"]):
        return "part"
    clause = before[max(before.rfind(c) for c in ",;:(") + 1 :]
    if _phase_subject(before, clause, conf["phase"]):
        return "phase"
    # "单笔最大投资20亿元" is one deal of many; "最大的投资项目为…总投资X的A项目" names the project
    # the superlative picks out, whose own amount X is.
    if any(w in clause for w in conf["single"]) and not re.search(conf["single_picks"], clause):
        return "single"
    # The count of a heading that a colon closes ("开工项目3个：1.A项目，总投资5亿元") counts the
    # list, not the item after it.
    window = before[-20:]
    colon = window.rfind(":")
    if colon >= 0 and window[colon + 1 :].strip(","):
        window = window[colon + 1 :]
    if re.search(conf["several_near"], clause[-20:]) or re.search(conf["several"], window + clause):
        return "several"
    return "project"


def _attributive_scope(text: str, start: int, end: int, scope: str) -> str:
    """An amount that describes the name after it ("总投资35亿元的X项目") is that name's total, even
    where the clause opens with 其中 or follows a count: "开工项目186个，总投资1034亿元，其中总投资
    35亿元的X项目" (其中 picks one project out of the count, not a part of an amount).

    >>> [a.scope for a in find_amounts("项目186个,总投资1034亿元,其中总投资35亿元的甲乙新材料产业园项目")]
    ['several', 'project']
    >>> find_amounts("总投资1.8亿元,其中固定资产投资1.45亿元的设备")[1].scope
    'part'
    """
    if not text.startswith("的", end) or text.startswith("的项目", end):
        return scope
    if scope == "several" or (scope == "part" and re.search(r"其中(?:总|计划)?$", text[max(0, start - 4) : start])):
        return "project"
    return scope


def _phase_subject(before: str, clause: str, phases: list[str]) -> bool:
    """The trigger opens a clause with no subject of its own, and the clause before it is
    about a phase: "计划分两期建设，一期项目占地230亩，投资约13亿元" (the phase's amount).

    >>> _phase_subject("分两期建设,一期项目占地230亩,", "", ["一期"])
    True
    >>> _phase_subject("项目分两期建设,总占地500亩,", "", ["一期"])
    False
    """
    if re.sub(r"(?:计划|拟|预计|将|总|共)+$", "", clause):
        return False
    clauses = re.split(r"[,]", before.rstrip(","))
    # The nearest earlier clause that opens with a subject word decides (at most three back).
    for c in reversed(clauses[-3:]):
        if c.startswith(tuple(phases)):
            return True
        if re.match(r"(?:该|此|本)?(?:项目|工程)|总|全部|整体", c):
            return False
    return False
