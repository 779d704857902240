"""Short words in a quoted slogan that the tagger reads as places (session 33, s33-placefp).

A development slogan or motto in “…” is built of short words, and the tagger reads some of them
as places: "五城" in “两翼齐飞、五城共建”, "北园" in “一轴、两带、北园、南城”, "六园" in “两城三区六园一带”,
a word of a four-character motto in “千年古县、人文之都、…”. GUIDE.md does not annotate slogans.
Over every readable tuning text (session 33) the rule drops 13 words: 9 no gold place on 9 pages of
9 sites, 2 more on a set that does not score places and no place either, one optional gold region
(in “百亿某某粮仓”), one unclear (a river in a quoted event's name); it drops no scored gold place.

The shape: a tagged place of at most ``place.quoted_words.max_chars`` characters that is no
division of the gazetteer, no country and no named region (``place.regions``,
``place.joined_forms.regional_names``), every occurrence of which in the text stands inside one
short pair of “ ” (:func:`kg.nlp.entities.quoted_words.quoted`) that holds more than the word
itself (“津城” alone in quotes is the city's nickname the page names, and stays).
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import country_names, lexicon
from kg.nlp.entities.quoted_words import quoted
from kg.nlp.gazetteer import load_gazetteer
from kg.normalize import simplified_aligned


def named_place(name: str) -> bool:
    """A division, a country or a named region: a place by name wherever it is written."""
    p = lexicon().patterns["place"]
    if name in country_names() or name in p["regions"]["names"] or name in p["joined_forms"]["regional_names"]:
        return True
    gaz = load_gazetteer()
    return bool(gaz.lookup(name) or gaz.homonyms(name))


def _whole_quote(text: str, start: int, end: int) -> bool:
    """The quotes hold the word alone (“津城”)."""
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def slogan_word(text: str, name: str) -> bool:
    """Whether every occurrence of the place ``name`` in ``text`` is a word of a quoted slogan.

    >>> slogan_word("聚焦“两翼齐飞、五城共建”,建设强县", "五城")
    True
    >>> slogan_word("聚焦“两翼齐飞、五城共建”,五城各有分工", "五城")
    False
    >>> slogan_word("融入“津城”“滨城”双城发展格局", "津城")
    False
    """
    found = [m.span() for m in re.finditer(re.escape(name), text)]
    return bool(found) and all(quoted(text, a, b) and not _whole_quote(text, a, b) for a, b in found)


def without_slogan_words(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the short places that are words of a quoted slogan
    (:func:`slogan_word`), unless the name is a division, a country or a region."""
    simple = simplified_aligned(text)
    most = lexicon().patterns["place"]["quoted_words"]["max_chars"]
    dropped: dict[str, bool] = {}

    def drop(c: Candidate) -> bool:
        name = simple[c.start : c.end]
        if c.label != "PLACE" or len(name) > most:
            return False
        if name not in dropped:
            dropped[name] = not named_place(name) and slogan_word(simple, name)
        return dropped[name]

    return [c for c in candidates if not drop(c)]
