"""A body's internal unit before a post: "某某投资促进局咨询处处长X", "某某联络办公室经济部副部长X",
"某某促进局行政委员会委员X", "某某股份有限公司办公室主任X", "某某商会产业合作部处长X".

The unit (a division, an office, a board of the body) is no organisation of its own: the golds
name the body it belongs to and nothing for the unit (real-pages-11 z07, -14 n04 and n12, -17 i08,
-28 d01, -29 e05: the unit's name was a false organisation and the body a missed one). Where an
organisation's name is a body ending in one of ``org.internal_units.parents`` (an agency, a
company, an office, an association) followed by a unit of at most ``max_chars`` characters ending
in one of ``units`` (部, 处, 室, 科, 办公室, 委员会), and a title follows the unit ("处长",
"副部长", "委员"; or the title repeats the unit's last character, "某某部处|长"), the name is cut
to the body. A government's or a party committee's departments ("某县委宣传部", "某县政府办公室",
"经济部加工处") keep their names: their parents end in none of the parents (政府, 委, 部).
Words: ``org.internal_units`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned
from kg.patterns import alternation


@cache
def _unit() -> re.Pattern[str]:
    conf = lexicon().patterns["org"]["internal_units"]
    parents, units = alternation(conf["parents"]), alternation(conf["units"])
    return re.compile(
        rf"(?P<parent>[\u4e00-\u9fff（）()]{{{conf['min_parent']},}}(?:{parents}))"
        rf"(?P<unit>[\u4e00-\u9fff]{{0,{conf['max_chars'] - 1}}}(?:{units}))"
    )


def _title_at(simple: str, end: int) -> int | None:
    """Where the title after a unit ending at ``end`` starts: at ``end`` ("处长", "副部长级助理",
    "委员"), or at the unit's last character ("某某部处|长": the tagger's unit took the title's
    first character); None where no title follows."""
    titles = lexicon().titles
    return next((s for s in (end, end - 1) if simple.startswith(titles, s)), None)


def body_of_unit(name: str) -> str | None:
    """The body's name when ``name`` (simplified) is a body followed by an internal unit, else None.

    >>> body_of_unit("某某市投资促进局咨询处"), body_of_unit("某某联络办公室经济部")
    ('某某市投资促进局', '某某联络办公室')
    >>> body_of_unit("某某县委宣传部"), body_of_unit("某某县政府办公室"), body_of_unit("经济部加工处")
    (None, None, None)
    """
    m = _unit().fullmatch(name)  # (the longest body: "某某集团公司|财务部", not "某某集团|公司财务部")
    return m.group("parent") if m else None


def without_internal_units(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each organisation that names a body's internal unit before a title cut
    to the body.

    >>> t = "某某市投资促进局咨询处处长王某、某某县委宣传部部长李某"
    >>> cs = [Candidate(0, 11, "ORG", "statistical", 0.6), Candidate(16, 23, "ORG", "head_words", 0.65)]
    >>> [t[c.start : c.end] for c in without_internal_units(t, cs)]
    ['某某市投资促进局', '某某县委宣传部']
    >>> t = "某某商会总部经济大楼"
    >>> [t[c.start : c.end] for c in without_internal_units(t, [Candidate(0, 6, "ORG", "head_words", 0.65)])]
    ['某某商会总部']
    """
    simple = simplified_aligned(text)
    out = []
    for c in candidates:
        title = _title_at(simple, c.end) if c.label == "ORG" else None
        if title is not None:
            body = body_of_unit(simple[c.start : title])
            if body is not None:
                # the post's body is this one (``unit_end``: where its title starts, for
                # kg/nlp/relations/positions.py, the unit's text between them)
                attrs = {**c.attrs, "unit_end": title}
                c = Candidate(c.start, c.start + len(body), c.label, c.source, c.score, attrs)
        out.append(c)
    return out
