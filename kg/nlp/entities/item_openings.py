"""A listed project's name opens at its item's separator (session 27, s27-projcut).

In a list of projects ("A项目、B项目、C项目") each item is one project's name. The left walk of
:func:`kg.nlp.entities.names.left_edge` stops at words the tagger misread at the item's opening: a
firm's short name ("、华电/ORG|内蒙古…项目", "、华为/ORG|四川大数据中心"), a brand's first
character read as a verb ("、爱/v|硒力沙棘项目", "、品/v|美香品制造项目") or a place's name read as
a preposition ("、将台堡红军/p|长征会师纪念园…项目"). Between the separator and the walk's start
there is then only that short piece, and it belongs to the name.

Session 32 (s32-projspan): the item opens after a list's conjunction (和/及/与) as after "、", its piece
may be a brand's two characters the tagger read as a verb or a person ("和|甲乙/PER|丙丁/v|文明村项目"),
and a name opening a sentence or following 在 takes two misread single characters ("。|新/ad|成/v|新材料…").
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
    sep = _separator(text, words, start)
    if sep < 0 or sep + 1 == start:
        return _clause_opening(text, words, start, end)
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
        # a person's name is no opening, but for a brand the tagger read as one before more of it
        # ("和|甲乙/PER|丙丁/v|文明村项目")
        person_brand = w.tag == "PER" and w.end < start and _brand_word(w, simple, len(piece))
        if (
            simple in generic
            or simple.endswith(levels)
            or (w.tag in ("LOC", "PER", "TIME", "m", "w") and not person_brand)
        ):
            return start
        # a firm's short name, one misread character, a name the tagger read as a preposition,
        # a brand's two characters read as a verb, a word of quality or a person ("、甲乙/v|丙丁制造
        # 项目", "和|甲乙/PER|丙丁/v|文明村项目") where the piece is short and no verb of building
        if not (
            w.tag == "ORG"
            or len(w.text) == 1
            or (w.tag == "p" and len(w.text) >= 3)
            or (_brand_word(w, simple, len(piece)) and end - start >= 4)
        ):
            return start
        i += 1
    return sep + 1


def _clause_opening(text: str, words: list[Word], start: int, end: int) -> int:
    """A project's name that opens a sentence or follows 在 ("。|新/ad|成/v|新材料…项目填补了…",
    "在|甲/d|乙/v|某某电缆…项目"): two single characters the tagger misread (``brand_tags``) stand
    between the opening and the walk's start, and they belong to the name."""
    io = lexicon().patterns["project"]["item_openings"]
    i = word_at(words, start)
    if i is None or i < 3 or end - start < 4:
        return start
    a, b, o = words[i - 2], words[i - 1], words[i - 3]
    if not (len(a.text) == 1 and len(b.text) == 1 and a.tag in io["brand_tags"] and b.tag in io["brand_tags"]):
        return start
    if not (o.text in io["clause_openers"] or text[o.end - 1 : o.end] in io["clause_openers"]):
        return start
    return a.start


def _separator(text: str, words: list[Word], start: int) -> int:
    """Where the item opens: the last "、" within six characters before ``start``, or a
    conjunction of the list (``[project.item_openings] joins``: "某某项目和|甲乙丙丁文明村项目") that
    the tagger reads as a word of its own."""
    low = max(0, start - 6)
    sep = text.rfind("、", low, start)
    joins = lexicon().patterns["project"]["item_openings"]["joins"]
    # the words starting in [low, start): those up to the word holding ``start`` (words are in
    # order), not a walk over the whole article for every candidate
    i = word_at(words, start)
    for j in range(i, -1, -1) if i is not None else range(len(words)):
        w = words[j]
        if i is not None and w.start < low:
            break
        if low <= w.start < start and w.end - w.start == 1 and w.text in joins and w.tag == "c":
            sep = max(sep, w.start)
    return sep


def _brand_word(w: Word, simple: str, piece_len: int) -> bool:
    """A two-character word the tagger misread in a brand's short name (``[project.item_openings]
    brand_tags``), in a piece of at most ``brand_max_chars`` characters, and no verb that builds
    or visits (``not_brand``)."""
    io = lexicon().patterns["project"]["item_openings"]
    return (
        len(w.text) == 2
        and w.tag in io["brand_tags"]
        and piece_len <= io["brand_max_chars"]
        and simple not in io["not_brand"]
    )
