"""A listed project's name opens at its item's separator (session 27, s27-projcut).

In a list of projects ("A项目、B项目、C项目") each item is one project's name. The left walk of
:func:`kg.nlp.entities.names.left_edge` stops at words the tagger misread at the item's opening: a
firm's short name ("、华电/ORG|内蒙古…项目", "、华为/ORG|四川大数据中心"), a brand's first
character read as a verb ("、爱/v|硒力沙棘项目", "、品/v|美香品制造项目") or a place's name read as
a preposition ("、将台堡红军/p|长征会师纪念园…项目"). Between the separator and the walk's start
there is then only that short piece, and it belongs to the name.
"""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified

_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]+")


def item_opening(text: str, words: list[Word], start: int, end: int) -> int:
    """The start of a listed project's name whose walk stopped at ``start`` (the name ends at ``end``).

    >>> item_opening("甲项目、爱硒力项目", [Word(4, 5, "爱", "v"), Word(5, 7, "硒力", "n")], 5, 9)
    4
    >>> item_opening("甲项目、新建硒力项目", [Word(4, 6, "新建", "v"), Word(6, 8, "硒力", "n")], 6, 10)
    6
    """
    sep = text.rfind("、", max(0, start - 6), start)
    if sep < 0 or sep + 1 == start:
        return start
    piece = text[sep + 1 : start]
    if not _NAME_CHARS.fullmatch(piece):
        return start
    proj = lexicon().patterns["project"]
    heads = tuple(proj["heads"])
    generic = frozenset(proj["generic"])
    # a place's level ends a piece that is a division: "、某某镇|某某村…" names the village's works
    levels = tuple(proj["item_openings"]["levels"])
    # the list is one of projects: the item before ends in a head word, or another item follows
    before = to_simplified(text[max(0, sep - 12) : sep])
    if not (before.endswith(heads) or text[end : end + 1] == "、"):
        return start
    i = word_at(words, sep + 1)
    if i is None or words[i].start != sep + 1:
        return start
    while i < len(words) and words[i].start < start:
        w = words[i]
        if w.end > start:
            return start  # the walk cut a word: not an opening the tagger split
        simple = to_simplified(w.text)
        if simple in generic or simple.endswith(levels) or w.tag in ("LOC", "PER", "TIME", "m", "w"):
            return start
        # a firm's short name, one misread character, a name the tagger read as a preposition
        if not (w.tag == "ORG" or len(w.text) == 1 or (w.tag == "p" and len(w.text) >= 3)):
            return start
        i += 1
    return sep + 1
