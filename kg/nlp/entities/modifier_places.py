"""Short words the tagger reads as places where they only qualify the noun after them (session 37,
s37-placefp3).

The tagger calls many two-character words places that a page writes once, as the first half of a
compound noun: "港城|快讯", "民国|村落", "红岩|精神", "临港|产业", "葡萄|文化", "环城|产业带", "东北|高校"
(a firm's name). Such a word is a nickname, a period, a trade or a campaign's word, and GUIDE.md
annotates none; a real place the page speaks of is written again, is a division or region the
gazetteer knows, or is a river ("长江|深水岸线", "沱江|流域": the gold names rivers).

The shape: a statistical PLACE candidate that is exactly one tagger word of ``tags``, of
``place.modifier_words.chars`` characters, written once in the article, with a tagger word of
``next_tags`` (a common noun) right after it; not a division, country or named region, not
ending in a water head (``ends_kept``), and not foreign by its characters (every one of
``transliteration.txt``, or one a country's one-character form of ``country_short_forms.txt``:
"玛雅|故国", "俄国|教堂", "北美|华人" on MSRA, where the country list does not spell them so), no
part of a province by its one-character form and a direction (``sides``: "晋北", "陕南"), and not
before a place's head word (``place.heads``: "某某|园区" is one place).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import country_short_forms, lexicon
from kg.nlp.entities.quoted_places import named_place
from kg.nlp.words import Word
from kg.normalize import to_simplified


def _modifier(text: str, words: list[Word], c: Candidate, conf: dict) -> bool:
    """Whether ``c`` is the tagger's short place word qualifying the common noun after it."""
    name = text[c.start : c.end]
    if c.label != "PLACE" or c.source not in conf["sources"] or len(name) != conf["chars"]:
        return False
    i = word_at(words, c.start)
    if i is None or i + 1 >= len(words) or (words[i].start, words[i].end) != (c.start, c.end):
        return False  # (not the tagger's own word, or nothing after it)
    if words[i].tag not in conf["tags"] or words[i + 1].tag not in conf["next_tags"]:
        return False
    if not ALL_CJK.match(words[i + 1].text):
        return False  # (a compound noun is of Chinese words: "某湾|5G" is a place before a term)
    place = lexicon().patterns["place"]
    if to_simplified(words[i + 1].text) in place["heads"]:
        return False  # ("某某|园区": the word and the head after it name one place)
    simple = to_simplified(name)
    if not ALL_CJK.match(simple) or simple[-1] in conf["ends_kept"] or text.count(name) != 1:
        return False
    return not named_place(simple) and not _foreign(simple) and not _province_part(simple, conf)


def _province_part(name: str, conf: dict) -> bool:
    """A part of a province by its one-character form and a direction ("晋北", "陕南", "闽东")."""
    forms, sides = lexicon().patterns["place"]["joined_forms"]["forms"], conf["sides"]
    return (name[0] in forms and name[1] in sides) or (name[0] in sides and name[1] in forms)


def _foreign(name: str) -> bool:
    """A foreign place by its characters: every one a transliteration character ("玛雅", "麦加"), or
    one a country's or a continent's one-character form ("俄国", "北美", "欧美"): the MSRA benchmark's
    foreign places the country list does not spell so."""
    forms = country_short_forms()
    return all(ch in lexicon().foreign_chars for ch in name) or any(ch in forms for ch in name)


def without_modifier_places(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the short places that only qualify the noun after them (:func:`_modifier`),
    but for a place opening a project's name ("某山|生态修复项目"): GUIDE.md scores the site that
    opens a project's name, and :mod:`kg.nlp.entities.prefixes` nests it there.

    >>> from kg.nlp.words import Word
    >>> text = "甲乙精神代代相传。"
    >>> ws = [Word(0, 2, "甲乙", "LOC"), Word(2, 4, "精神", "n"), Word(4, 8, "代代相传", "v")]
    >>> without_modifier_places(text, ws, [Candidate(0, 2, "PLACE", "statistical", 0.6)])
    []
    >>> text = "甲乙精神代代相传,甲乙人民。"
    >>> len(without_modifier_places(text, ws, [Candidate(0, 2, "PLACE", "statistical", 0.6)]))
    1
    """
    conf = lexicon().patterns["place"]["modifier_words"]
    opening = {x.start for x in candidates if x.label == "PROJECT"}
    return [c for c in candidates if c.start in opening or not _modifier(text, words, c, conf)]
