"""Organisation spans that name no one body (the data: ``[org.classes]`` of
``ontology/patterns/entities.toml``):

* a class of bodies at several levels, the levels listed before the body ("各县市政府",
  "县市政府", "各县(市)区政府", "省市委"): the governments of all those counties and cities;
* a class of firms ranked by a modifier, after nothing but a place, a scope word or a sector's
  letters ("世界500强企业", "某地上市公司", "第三方公司", "星级酒店", "LED核心企业");
* a centre that a plan builds ("打造某某区域中心城市", "建设北方经济中心", "某地建设国际创新科技中心"):
  a role the place is to play, written with the centre's head, no body;
* an office's kind alone ("设立联络处及代表处", "海外驻港公司数量", "重点布局区域总部"): offices of
  some body or firm, named by nobody's name (session 36, s36-orgfp2: real-pages-14 n05, -34 v05, -31
  s02, -35 w12, -35 w07, -41 bc01; 6 pages of 6 sites, no gold names one).

The tagger reads each as one organisation (or the head-word walk takes it whole); the gold sets
name none of them (session 25, s25-org).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import countries_opening, gazetteer_regex, lexicon
from kg.nlp.entities.shapes import _covered
from kg.normalize import to_simplified


def without_class_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the organisations that name a class of bodies or a planned centre.

    >>> t = "州级有关部门和各县市政府主要领导参加"
    >>> [t[c.start : c.end] for c in without_class_bodies(t, [Candidate(7, 12, "ORG", "head_words", 0.65)])]
    []
    >>> t = "成为第一个加入平台的县市政府"
    >>> cs = [Candidate(10, 14, "ORG", "head_words", 0.65), Candidate(11, 14, "ORG", "statistical", 0.6)]
    >>> [t[c.start : c.end] for c in without_class_bodies(t, cs)]
    []
    >>> t = "某某县人民政府与某某公司签约"
    >>> [t[c.start : c.end] for c in without_class_bodies(t, [Candidate(0, 7, "ORG", "head_words", 0.65)])]
    ['某某县人民政府']
    """
    dropped = [(c.start, c.end) for c in candidates if c.label == "ORG" and _no_one_body(text, c.start, c.end)]
    # a class of firms is no place either ("星级酒店/LOC"); the body a class ends with is none
    # ("县|市政府/ORG" of "县市政府")
    dropped += [(c.start, c.end) for c in candidates if c.label == "PLACE" and ranked_class(text[c.start : c.end])]
    kinds = ("ORG", "PLACE")
    return [c for c in candidates if c.label not in kinds or not any(s <= c.start and c.end == e for s, e in dropped)]


def _no_one_body(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    return levels_listed(name) or ranked_class(name) or planned_centre(text, start, end) or office_kind(name)


def office_kind(name: str) -> bool:
    """Whether an organisation's name is an office's kind alone (``org.classes.office_kinds``),
    after nothing or an opener of ``office_openers`` ("海外驻港公司"): no body's name.

    >>> [office_kind(n) for n in ("代表處", "联络处", "海外驻港公司", "区域总部", "內地辦事處")]
    [True, True, True, True, True]
    >>> [office_kind(n) for n in ("武漢代表處", "天津市政府驻北京办事处", "某某集团华北区域总部", "街道办事处")]
    [False, False, False, False]
    """
    cl = lexicon().patterns["org"]["classes"]
    s = to_simplified(name)
    kind = next((k for k in cl["office_kinds"] if s.endswith(k)), None)
    return kind is not None and s[: len(s) - len(kind)] in ("", *cl["office_openers"])


def levels_listed(name: str) -> bool:
    """Whether an organisation's name opens with two levels listed (``org.classes.levels``): the
    bodies of all those levels, a class ("县市政府", "各县(市)区政府", "省市委"). Not a level word
    that opens a common word ("省市场监管局": 市场; "市区": the city's urban area).

    >>> [levels_listed(n) for n in ("各县市政府", "县市政府", "各縣(市)區政府", "省市委", "县区政府")]
    [True, True, True, True, True]
    >>> [levels_listed(n) for n in ("省市场监督管理局", "市区医院", "县人民政府", "市政府")]
    [False, False, False, False]
    """
    return bool(_levels_pattern().match(to_simplified(name)))


@lru_cache(maxsize=1)
def _levels_pattern() -> re.Pattern[str]:
    cl = lexicon().patterns["org"]["classes"]
    lv = "[" + "".join(cl["levels"]) + "]"
    not_words = "|".join(re.escape(w) for w in cl["level_words"])
    level = rf"(?!{not_words}){lv}"
    second = rf"(?:[(（]{level}[)）]|[、/]?{level})"
    return re.compile(rf"(?:{'|'.join(cl['level_openers'])})?{level}{second}+.")


def ranked_class(name: str) -> bool:
    """Whether an organisation's name is a class of firms: a class head (``org.classes.heads``)
    after ranking modifiers (``org.classes.modifiers``, at least one) and words of
    ``org.generic``, opened by nothing or by a place, a country, a scope word
    (``org.classes.scopes``) or a sector's Latin letters.

    >>> [ranked_class(n) for n in ("世界500强企业", "香港上市公司", "第三方公司", "星级酒店", "LED核心企业")]
    [True, True, True, True, True]
    >>> [ranked_class(n) for n in ("北京银行", "某某上市服务有限公司", "大同市人民医院", "上海国际集团")]
    [False, False, False, False]
    """
    cl = lexicon().patterns["org"]["classes"]
    s = to_simplified(name)
    head = next((h for h in sorted(cl["heads"], key=len, reverse=True) if s.endswith(h)), None)
    if head is None:
        return False
    rest = s[: len(s) - len(head)]
    opener = re.match(r"[A-Za-z0-9]+", rest)
    if opener:
        rest = rest[opener.end() :]
    else:
        scope = next((w for w in cl["scopes"] if rest.startswith(w)), None)
        place = gazetteer_regex().match(rest)
        country = len(next(iter(countries_opening(rest)), ""))
        cut = max(len(scope or ""), place.end() if place else 0, country)
        rest = rest[cut:]
    modifiers = frozenset(cl["modifiers"])
    generic = frozenset(lexicon().patterns["org"]["generic"])
    if not rest or not any(m in rest for m in modifiers):
        return False
    return _covered(rest, lambda piece: piece in modifiers or piece in generic, longest=5)


def planned_centre(text: str, start: int, end: int) -> bool:
    """Whether an organisation's span is a centre a plan builds: it ends in a centre's head
    (``org.classes.centre_heads``) and the text goes on with the kind of place it is to be
    (``org.classes.centre_after``: "某某区域中心|城市"), or a verb of building one
    (``org.classes.goal_verbs``) comes right before it ("打造|某某医疗中心", "建设|北方经济中心") or
    inside it after a place ("香港建设国际创新科技中心"). A centre the text names as a body
    ("某某县融媒体中心记者", "由某某服务中心承办") has none of them.

    >>> t = "正全力打造国际化、现代化的成都东北部区域中心城市。"
    >>> planned_centre(t, t.index("成都"), t.index("城市"))
    True
    >>> t = "建设国际港口城市、北方经济中心和生态城市"
    >>> planned_centre(t, t.index("北方"), t.index("和"))
    True
    >>> t = "是对香港建设国际创新科技中心投下信心的一票"
    >>> planned_centre(t, t.index("香港"), t.index("投下"))
    True
    >>> t = "县融媒体中心记者某某报道,由某某服务中心承办"
    >>> planned_centre(t, 0, 6), planned_centre(t, t.index("某某服务"), t.index("承办"))
    (False, False)
    """
    cl = lexicon().patterns["org"]["classes"]
    name = to_simplified(text[start:end])
    if not name.endswith(tuple(cl["centre_heads"])):
        return False
    if to_simplified(text[end : end + 4]).startswith(tuple(cl["centre_after"])):
        return True
    before = to_simplified(text[max(0, start - cl["goal_list_max"]) : start])
    if before.endswith(tuple(cl["goal_verbs"])):
        return True
    verb = max((before.rfind(v) + len(v) for v in cl["goal_verbs"] if v in before), default=-1)
    listed = before[verb:] if verb >= 0 else ""
    clause = any(m in listed for m in cl["goal_clause_marks"])
    if listed and listed.endswith(tuple(cl["goal_list_marks"])) and not clause:
        return True  # "建设国际港口城市、|北方经济中心": an item of the goals the verb lists
    return any(0 < name.find(v) < len(name) - len(v) for v in cl["goal_verbs"])
