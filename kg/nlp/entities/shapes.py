"""Tests on the shape of a word or span that several sources share: surnames, specific parts,
generic words, sectors."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import _grade_pattern, gazetteer_regex, lexicon
from kg.nlp.words import QUOTES_CLOSE, QUOTES_OPEN, Word


def has_surname(name: str) -> bool:
    lex = lexicon()
    return name[:1] in lex.surnames or name[:2] in lex.double_surnames


def _specific(text: str, words: list[Word], start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds something that names one thing: a proper noun the
    tagger found (or a "place word" of four characters or more), a quoted part, Latin letters or
    digits, or a middle dot."""
    if re.search(r"[“”\"「」《》·A-Za-z0-9]", text[start:end]):
        return True
    i = word_at(words, start)
    while i is not None and i < len(words) and words[i].start < end:
        if words[i].tag in ("LOC", "ORG", "PER", "nz", "nw"):
            return True
        if words[i].tag == "s" and words[i].end - words[i].start >= 4:
            return True  # a long "place word" is a name the tagger did not know ("某某药谷某某科技")
        i += 1
    return False


def named_item(text: str, words: list[Word], start: int, end: int) -> bool:
    """Whether a list's item names one thing by more than a place, a body or a person: it holds
    a place, body or person word (or a quoted part, Latin letters, digits) and ends in a common
    word ("某某|风电", "某某商会|创业园"), or it is one place or body word of five characters or
    more that ends in no division ("某某温泉大酒店/LOC", "国际某某交流中心/ORG"; not "上海",
    "某某县"). A word the tagger calls only "other proper noun" (nz) is not enough: it tags
    trades so ("再生/nz|金属")."""
    inside = [w for w in words if start <= w.start and w.end <= end]
    proper = re.search(r"[“”\"「」·A-Za-z0-9]", text[start:end]) or any(w.tag in ("LOC", "ORG", "PER") for w in inside)
    if not inside or not proper:
        return False
    last = inside[-1]
    if last.tag not in ("LOC", "ORG", "PER", "nz", "nw", "TIME", "m"):
        return len(inside) >= 2
    division_ends = tuple(lexicon().patterns["project"]["list"]["short_item_division_ends"])
    return (
        last.tag in ("LOC", "ORG", "nz")
        and last.end - last.start >= 5
        and not text.endswith(division_ends, 0, last.end)
    )


def _name_chars(w: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z·./\-]+", w))


def _strip_quotes(s: str) -> str:
    return s.strip(QUOTES_OPEN + QUOTES_CLOSE + " ")


def _is_generic(name: str, head: str, generic: frozenset[str]) -> bool:
    """A name made only of generic words and its head word is no name."""
    rest = _strip_quotes(name[: len(name) - len(head)])
    if not rest:
        return True
    if name[:1] in QUOTES_OPEN and QUOTES_OPEN.index(name[0]) < 2 and name[1 : 1 + len(rest)] == rest:
        # "“双竞赛”项目": a quoted slogan that opens with a number names a campaign's projects
        proj = lexicon().patterns["project"]
        if re.match(proj["slogan_opening"], rest) and head in proj["heads"]:
            return True
    # Greedy cover of the rest by generic words and counts.
    return _covered(rest, lambda piece: piece in generic or bool(_COUNT.fullmatch(piece)), longest=4)


_COUNT = re.compile(r"[0-9一二三四五六七八九十百千万亿]+[个项家批座条]?")


def _covered(text: str, is_word: Callable[[str], bool], longest: int, shortest: int = 1) -> bool:
    """Whether ``text`` is a run of pieces ``is_word`` accepts, taking at each step the
    longest piece (``longest`` characters down to ``shortest``) that it accepts.

    >>> words = {"重点", "民生"}.__contains__
    >>> _covered("重点民生", words, longest=4), _covered("重点工厂", words, longest=4)
    (True, False)
    """
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), shortest - 1, -1):
            if is_word(text[i : i + n]):
                i += n
                break
        else:
            return False
    return True


def graded(w: str) -> bool:
    """The word opens with a grade ("国家4A级…", "省级…"): a class, not a name.

    >>> graded("国家4A级旅游景区"), graded("省级智能工厂"), graded("级索镇")
    (True, True, False)
    """
    return bool(_grade_pattern().match(w))


def sector_words(w: str) -> bool:
    """The word is an industry, sector or slogan, maybe after a division name: "新能源汽车",
    "大同市文化", "天镇县风能太阳能" (``lexicon/not_names.txt``).

    >>> sector_words("天镇县风能太阳能"), sector_words("新时代"), sector_words("大同经飞")
    (True, True, False)
    """
    m = gazetteer_regex().match(w)
    rest = w[m.end() :] if m and m.end() < len(w) else w
    # Cover the rest with listed words, longest first.
    return _covered(rest, lexicon().not_names.__contains__, longest=6, shortest=2)
