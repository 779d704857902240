"""Places written together by their one-character forms ("粤澳", "川渝", "珠澳葡") are no place.

Chinese news names the parties of a cooperation by joining their one-character forms: "粤澳两地"
(Guangdong and Macau), "深化川渝合作", "京港洽谈会", "珠澳葡三地贸易投资促进机构". The tagger
reads such a run as one place, so a page gains a place nobody names, and a false entity in every
gold set (they leave "粤港澳", "京津", "鄂澳", "珠澳葡" out, and mark "晋冀", "渝台" optional); the
places it stands for are named in full elsewhere on such pages. A region of ``place.regions``
("京津冀", "成渝" of "成渝地区") is a named region and stays. The forms are
``place.joined_forms`` data.
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import country_short_forms, lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import to_simplified


@cache
def _forms() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The divisions' one-character forms, the other countries' forms, and the counts."""
    lex = lexicon()
    joined = lex.patterns["place"]["joined_forms"]
    home = lex.patterns["tagger"]["home_country_short_form"]
    countries = country_short_forms() - {home}
    return frozenset(joined["forms"]), countries, tuple(joined["counts"])


def joined_forms(name: str, initials: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` (simplified) is two to four places written by their one-character forms:
    each character a division's form, another country's form or one of ``initials`` (the first
    characters of divisions the page names), at least one a division's form, none twice, with
    perhaps a count after them; not a name the gazetteer lists, nor a region or a province's old name
    (``regional_names``).

    >>> joined_forms("粤澳"), joined_forms("珠澳葡三"), joined_forms("京港"), joined_forms("港澳台")
    (True, True, True, True)
    >>> joined_forms("龙台"), joined_forms("龙台", frozenset("龙"))
    (False, True)
    >>> joined_forms("贵港"), joined_forms("京津冀"), joined_forms("成渝"), joined_forms("日韩"), joined_forms("澳门")
    (False, False, False, False, False)
    >>> joined_forms("齐鲁", frozenset("齐"))
    False
    """
    forms, countries, counts = _forms()
    core = name[:-1] if name.endswith(counts) and len(name) > 2 else name
    if not 2 <= len(core) <= 4 or len(set(core)) < len(core):
        return False
    if not any(ch in forms for ch in core) or not all(ch in forms or ch in countries or ch in initials for ch in core):
        return False
    place = lexicon().patterns["place"]
    regions = place["regions"]
    if core in place["joined_forms"]["regional_names"] or core in regions["names"]:
        return False  # "齐鲁", "京津冀": one province's old name, a region
    if any(core + a in regions["names"] for a in regions["area_words"]):
        return False  # "成渝" of "成渝地区": the region's own name without its area word
    return not load_gazetteer().lookup(core)


def without_joined_forms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places that are places written together by their forms
    (:func:`joined_forms`), the divisions the page names in full giving the initials ("龙台" where
    the page names 龙岩市).

    >>> text = "粤澳两地合作,龙岩市与台湾的龙台合作"
    >>> cs = [Candidate(0, 2, "PLACE", "statistical", 0.6), Candidate(7, 10, "PLACE", "gazetteer", 0.8),
    ...       Candidate(14, 16, "PLACE", "statistical", 0.6)]
    >>> [text[c.start:c.end] for c in without_joined_forms(text, cs)]
    ['龙岩市']
    """
    initials = named_division_initials(text, candidates)
    return [
        c for c in candidates if c.label != "PLACE" or not joined_forms(to_simplified(text[c.start : c.end]), initials)
    ]


def named_division_initials(text: str, candidates: list[Candidate]) -> frozenset[str]:
    """First characters of the cities and counties the page's place candidates name in full.

    >>> text = "龙岩市与台湾的龙台合作"
    >>> sorted(named_division_initials(text, [Candidate(0, 3, "PLACE", "gazetteer", 0.8)]))
    ['龙']
    """
    gaz = load_gazetteer()
    initials: set[str] = set()
    for c in candidates:
        if c.label == "PLACE":
            name = to_simplified(text[c.start : c.end])
            # (named in full: a short form may be a misreading, "入|海口", "珠海|南端")
            initials.update(d.name[0] for d in gaz.lookup(name) if d.level in ("city", "county") and d.name == name)
    return frozenset(initials)
