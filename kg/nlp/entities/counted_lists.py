"""Places named as the items of a list that the text closes with a count of places of one
level: "甲山、乙岭及丙坑等5里", "东圩、西圩、丙口4村", "某某、某某等镇", "A、B、C等15区".
The closing words say what the items are, so an item the tagger left as a common word is a
place too, as long as one item of the list is a place already (a candidate of another
source): a list of topics closed by a count of villages stays a list of topics.

The levels, the separators and the characters that make the level word part of a longer word
("村级", "区域") are ``place.counted_list`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.numerals import read_number


@cache
def _closing() -> re.Pattern[str]:
    """ "等", a count ("5", "十五个", "共15个") or both, then a level word not run on; the
    groups name the 等 and the count."""
    p = lexicon().patterns["place"]["counted_list"]
    levels = "|".join(sorted(map(re.escape, p["levels"]), key=len, reverse=True))
    count = r"(?:(?:共)?(?P<n>[0-9]+|[一二三四五六七八九十两][一二三四五六七八九十两百]*)(?:多|余)?个?)"
    after = "".join(map(re.escape, p["not_after"]))
    return re.compile(rf"(?P<etc>等)?{count}?(?:{levels})(?![{after}])")


def with_counted_lists(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a place for each item of a list closed by a count of places
    (:func:`_closing`), where two or more items of two to four characters stand before the
    closing, each one or two whole words, and one item is a place candidate already; a place
    that runs the last item into the count ("丙口4村") goes.

    >>> from kg.nlp.words import words_of
    >>> text = "县长前往甲山、乙岭及丙坑等3里会勘道路"
    >>> ws = words_of([("县长", "n"), ("前往", "v"), ("甲山", "LOC"), ("、", "w"), ("乙岭", "n"),
    ...                ("及", "c"), ("丙坑", "n"), ("等", "u"), ("3", "m"), ("里", "q"), ("会勘", "v"), ("道路", "n")])
    >>> known = [Candidate(4, 6, "PLACE", "statistical", 0.6)]
    >>> [text[c.start : c.end] for c in with_counted_lists(text, ws, known)]
    ['甲山', '乙岭', '丙坑']
    >>> with_counted_lists(text, ws, []) == []  # no item is a place already
    True
    """
    p = lexicon().patterns["place"]["counted_list"]
    separators = tuple(p["separators"])
    places = {(c.start, c.end) for c in candidates if c.label == "PLACE"}
    added: list[Candidate] = []
    run_on: set[tuple[int, int]] = set()
    heads = tuple(lexicon().patterns["place"]["admin_heads"])
    starts = {w.start for w in words}
    for m in _closing().finditer(text):
        if not (m.group("etc") or m.group("n")):
            continue  # a bare level word
        seen = words
        if m.start() not in starts:
            # "西冲2村/LOC": the tagger wrote the last item and a count in figures as one word;
            # "和|百里荒村": a closing inside a name is none
            k = word_at(words, m.start())
            if (
                k is None
                or not (m.group("n") or "").isdigit()
                or words[k].end != m.end()
                or m.start() - words[k].start < 2
            ):
                continue
            w = words[k]
            cut = m.start() - w.start
            seen = [
                *words[:k],
                Word(w.start, m.start(), w.text[:cut], w.tag),
                Word(m.start(), w.end, w.text[cut:], "m"),
            ]
        items = _items_before(text, seen, m.start(), separators)
        n = read_number(m.group("n") or "")
        if len(items) < 2 or not any(item in places for item in items):
            continue
        if n is not None and (n < len(items) if m.group("etc") else n != len(items)):
            continue  # "某某部门、长株潭三市": the count is not the list's
        if not m.group("etc") and text[: items[-1][1]].endswith(heads):
            continue  # "某某、某某镇十八个社区": the last name owns the places counted
        added += [Candidate(s, e, "PLACE", "counted_list", 0.6) for s, e in items if (s, e) not in places]
        run_on.add((items[-1][0], m.end()))
    if not added and not run_on:
        return candidates
    kept = [c for c in candidates if not (c.label == "PLACE" and (c.start, c.end) in run_on)]
    return kept + added


def _items_before(text: str, words: list[Word], end: int, separators: tuple[str, ...]) -> list[tuple[int, int]]:
    """The items of the list that ends at ``end``, in text order: the words between two
    separator words (each item two to four CJK characters), and before the first separator the
    one word that ends there (what precedes it is the sentence, not the item)."""
    items: list[tuple[int, int]] = []
    k = word_at(words, end - 1)
    while k is not None and k >= 0 and words[k].end == end and words[k].text not in separators:
        j = k
        while j > 0 and words[j - 1].end == words[j].start and words[j - 1].text not in separators:
            if end - words[j - 1].start > 4:
                break
            j -= 1
        opened = j > 0 and words[j - 1].text in separators and words[j - 1].end == words[j].start
        start = words[j].start if opened else words[k].start
        item = text[start:end]
        if not (2 <= len(item) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", item)):
            break
        items.append((start, end))
        if not opened:
            break
        end, k = words[j - 1].start, j - 2
    return items[::-1]
