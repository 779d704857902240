"""An organisation named on one page in full and by an abbreviation that keeps the first
character of its name, its last character and some characters between in order ("某物集团" for
"某津物产集团", "某铁集团" for "某国铁路工程集团有限公司", "某行" for "某通银行", "某盟" for "某洲联盟",
"某市经发局" for "某雄市经发局"): the audit s31-dups, one body kept as two on 7 pages of 7 sites.

:func:`kg.resolve.document_merges.abbreviates` keeps the first two characters and shortens the
head ("清华美院"); :mod:`kg.resolve.company_contractions` keeps a company's first two characters.
An abbreviation made of the first characters of the name's words keeps only the first one, and
a two-character one ("某行", "某盟") is below both rules' length. What this rule refuses, each a
body of its own beside the longer one on the tuning pages:

- a level body: a division or a level word and at most two characters ("某某市委" beside "某某市
  纪委" or "某某市发改委", "县委" / "县发改委", "某庆银行" / "某庆三峡银行");
- a division written into the full name that the short form keeps nothing of: a branch or a
  district's body ("某行" / "某通银行湖北省分行", "北京市投资促进局" / "北京市通州区投资促进局");
- another number ("某某医院" / "某某二医院");
- a word inserted before a shared head of two or more characters: a sister or member body
  ("中国银行" / "中国农业银行", "某某集团" / "某某建工集团");
- a short form two longer names fit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kg.nlp.entities.lexicon_data import gazetteer_regex
from kg.resolve.company_contractions import same_numerals
from kg.resolve.keys import UnionFind, in_order, resolution_patterns


@lru_cache(maxsize=1)
def _conf() -> dict:
    return resolution_patterns()["org"]["initials"]


def _without_legal_form(name: str) -> str:
    """The name without the legal form ending it ("某某集团有限公司" -> 某某集团): an abbreviation
    drops it, and the head before it is the one the short form keeps."""
    for form in _conf()["legal_forms"]:
        if name.endswith(form) and len(name) > len(form):
            return name[: -len(form)]
    return name


def _level_body(short: str) -> bool:
    """A division or a level word with at most two characters after it: a body named by its
    place ("某某市委", "县委", "地委", "某庆银行"), not an abbreviation."""
    if short[0] in _conf()["level_openers"]:
        return True
    division = gazetteer_regex().match(short)
    return bool(division) and len(short) - division.end() <= 2


def _shared_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def abbreviates_initials(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` keeping its first and last characters (the legal
    form of ``full`` left off) and others in order, not as a level body, a branch, another
    number or a sister body.

    >>> abbreviates_initials("某物集团", "某津物产集团"), abbreviates_initials("某行", "某通银行")
    (True, True)
    >>> abbreviates_initials("某铁集团", "某国铁路工程集团有限公司")
    True
    >>> abbreviates_initials("大同市委", "大同市纪委"), abbreviates_initials("县委", "县发改委")
    (False, False)
    >>> abbreviates_initials("某行", "某通银行湖北省分行"), abbreviates_initials("中国银行", "中国农业银行")
    (False, False)
    >>> abbreviates_initials("某某医院", "某某二医院"), abbreviates_initials("某某集团", "某某")
    (False, False)
    >>> abbreviates_initials("高市经发局", "高雄市经发局"), abbreviates_initials("某某集团", "某某建工集团")
    (True, False)
    """
    full = _without_legal_form(full)
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if short in full or not in_order(short, full) or _level_body(short):
        return False
    if any(not set(d.group(0)) & set(short) for d in gazetteer_regex().finditer(full)):
        return False
    if not same_numerals(short, full):
        return False
    # (a word of two or more characters inserted before a shared head: "中国|农业|银行"; one
    # character left out of a division's name is its short form: "高市经发局" / "高雄市经发局")
    tail = _shared_tail(short, full)
    return not (tail >= 2 and full.startswith(short[:-tail]) and len(full) - len(short) >= 2)


def merge_initial_abbreviations(orgs: list[str], key: Callable[[str], str], uf: UnionFind, doc: str) -> None:
    """Join an abbreviation to the one organisation of the document it
    :func:`abbreviates_initials` (a short form two bodies fit names neither)."""
    for a in orgs:
        fulls = {uf.find(key(b)) for b in orgs if b != a and abbreviates_initials(a, b)}
        fulls.discard(uf.find(key(a)))
        if len(fulls) == 1:
            uf.union(key(a), next(iter(fulls)), "org.initials", doc)
