"""Merchants named by their place: one or two places' one-character forms and 商 ("港商" the
merchants of Hong Kong, "粤湘商" the Hunan merchants in Guangdong), alone or before words that
end no name of a body ("港商企业", "港商创业创新"). The tagger reads such a word as an organisation;
it is a group of people, no body (session 39, s39-orgfp4: real-pages-31 s06, -53 bo12, -29 e10,
-50 bl10, -23 f06). A body of those merchants ends with its head and keeps its name ("湘商联合会",
"粤商协会", "浙商银行", "浙商(某地)工业园"). The data: ``[org.merchant_groups]`` of
``ontology/patterns/entities.toml``; the forms are ``place.joined_forms.forms`` and the first
characters of the cities and counties the page names in full ("漠商" where it names 漠河市).
"""

from __future__ import annotations

from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.joined_forms import named_division_initials
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import to_simplified


@cache
def _conf() -> tuple[frozenset[str], str, int, tuple[str, ...]]:
    """The divisions' forms, the merchants' mark, the most forms before it, and the heads that
    close a body's (or a park's, an event's) name after it."""
    lex = lexicon()
    conf = lex.patterns["org"]["merchant_groups"]
    heads = (
        *lex.org_suffixes,
        *lex.patterns["org"]["body_end_chars"],
        *lex.patterns["place"]["heads"],
        *lex.patterns["project"]["heads"],
        *lex.patterns["meeting"]["heads"],
    )
    forms = frozenset(lex.patterns["place"]["joined_forms"]["forms"])
    return forms, conf["mark"], int(conf["max_forms"]), tuple(sorted(set(heads), key=len, reverse=True))


def merchant_group(name: str, initials: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` (simplified) is merchants named by their place's forms (each a division's
    form or one of ``initials``), then the mark, then nothing or words that end with no head.

    >>> [merchant_group(n) for n in ("港商", "粤湘商", "港商创业创新", "港商投资企业")]
    [True, True, True, True]
    >>> [merchant_group(n) for n in ("湘商联合会", "粤商协会", "浙商银行", "浙商(某地)工业园", "厂商", "工商联")]
    [False, False, False, False, False, False]
    >>> merchant_group("漠商企业"), merchant_group("漠商企业", frozenset("漠"))
    (False, True)
    """
    forms, mark, most, heads = _conf()
    at = name.find(mark)
    if not 1 <= at <= most:
        return False
    opening = name[:at]
    if len(set(opening)) < len(opening) or not all(ch in forms or ch in initials for ch in opening):
        return False
    rest = name[at + 1 :]
    return not rest.endswith(heads)


def without_merchant_groups(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the organisations that are merchants named by their place
    (:func:`merchant_group`); the cities and counties the page's place candidates name in full
    give the initials.

    >>> text = "漠河市举行签约,漠商企业某某集团投资,港商出资,某商联合会"
    >>> cs = [Candidate(0, 3, "PLACE", "gazetteer", 0.8), Candidate(8, 12, "ORG", "statistical", 0.6),
    ...       Candidate(19, 21, "ORG", "statistical", 0.6), Candidate(24, 29, "ORG", "head_words", 0.65)]
    >>> [text[c.start : c.end] for c in without_merchant_groups(text, cs)]
    ['漠河市', '某商联合会']
    """
    initials = named_division_initials(text, candidates)
    return [
        c for c in candidates if c.label != "ORG" or not merchant_group(to_simplified(text[c.start : c.end]), initials)
    ]
