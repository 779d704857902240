"""Evidence from the lists a word stands in: a "、" list's items, whether it is a list of bodies
or of persons, whether an item is whole or ordinary words. :mod:`kg.nlp.tagger_evidence` and
:mod:`kg.nlp.entities.statistical` read a tagged name against its list with these."""

from __future__ import annotations

import re

from kg.nlp.words import QUOTES_OPEN, Word


def list_items(words: list[Word], i: int, seps: str = "、") -> tuple[int, int]:
    """The first and last index of the "、" list that word ``i`` stands in (``(i, i)`` alone).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("秦淮", "ORG"), ("、", "w"), ("京东", "ORG"), ("等", "u")])
    >>> list_items(ws, 2)
    (0, 2)
    """
    first = i
    while first >= 2 and words[first - 1].text in seps and words[first - 1].start == words[first - 2].end:
        first -= 2
    last = i
    while last + 2 < len(words) and words[last + 1].text in seps and words[last + 1].end == words[last + 2].start:
        last += 2
    return first, last


class ListEnds:
    """The last index of the "、" list each word stands in, as :func:`list_items` gives it,
    worked out for all words in one pass on first use: a caller that asks for every word of a
    list of N names walks the list once, not N times (a page of 800 names asked 1,600 walks).
    The words must not change while it is used.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("秦淮", "ORG"), ("、", "w"), ("京东", "ORG"), ("等", "u")])
    >>> [ListEnds(ws).last(i) for i in range(len(ws))] == [list_items(ws, i)[1] for i in range(len(ws))]
    True
    """

    def __init__(self, words: list[Word], seps: str = "、") -> None:
        self._words, self._seps = words, seps
        self._last: list[int] | None = None

    def last(self, i: int) -> int:
        if self._last is None:
            words, seps = self._words, self._seps
            last = list(range(len(words)))
            # (list_items' forward step from k, taken from the end: k's list ends where k+2's does)
            for k in range(len(words) - 3, -1, -1):
                if words[k + 1].text in seps and words[k + 1].end == words[k + 2].start:
                    last[k] = last[k + 2]
            self._last = last
        return self._last[i]


def list_of_bodies(words: list[Word], i: int, class_nouns: tuple[str, ...], ends: ListEnds | None = None) -> bool:
    """Whether word ``i`` stands in a list that the text calls a list of organisations:
    "秦淮、京东、秦云|等|头部企业", "A、B|等|平台" (``class_nouns`` end the noun after 等; ``ends``:
    the lists of ``words`` worked out once, for a caller that asks of every word).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("秦淮", "PER"), ("、", "w"), ("京东", "ORG"), ("等", "u"),
    ...       ("头部", "n"), ("企业", "n")])
    >>> list_of_bodies(ws, 0, ("企业",)), list_of_bodies(ws[:3], 0, ("企业",))
    (True, False)
    """
    last = ends.last(i) if ends is not None else list_items(words, i)[1]
    k = last + 1
    if k >= len(words) or words[k].text not in ("等", "等等"):
        return False
    after = "".join(w.text for w in words[k + 1 : k + 4])
    return any(after.startswith(n) or after[:4].find(n) >= 0 for n in class_nouns)


def whole_item(words: list[Word], k: int, seps: str = "、") -> bool:
    """Whether word ``k`` is a whole item of a "、" list, nothing else of its item before or
    after it: "秦淮、|京东|、秦云" is; "曾庆红、|国务院|外办主任刘华秋" is not (the item is a
    title that the body only opens).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("秦淮", "LOC"), ("、", "w"), ("京东", "ORG"), ("、", "w"),
    ...       ("国务院", "ORG"), ("外办", "n")])
    >>> whole_item(ws, 2), whole_item(ws, 4)
    (True, False)
    """
    before = words[k - 1] if k > 0 else None
    after = words[k + 1] if k + 1 < len(words) else None
    closed = after is None or after.text in seps or after.text in ("等", "等等") or after.tag == "w"
    opened = before is None or before.text in seps or before.tag in ("w", "v")
    return closed and opened


def listed_persons(words: list[Word], surnames: frozenset[str], double: frozenset[str]) -> list[tuple[int, int]]:
    """Items of a "、" list of persons that the tagger split or missed ("米德成、何开春、时|金发、吴守连"):
    an item of two or three characters that opens with a surname, between two items the
    tagger reads as persons. Returns ``(start, end)`` spans.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("米德成", "PER"), ("、", "w"), ("时", "n"), ("金发", "n"),
    ...       ("、", "w"), ("吴守连", "PER")])
    >>> listed_persons(ws, frozenset("时"), frozenset())
    [(4, 7)]
    """
    seps = [k for k, w in enumerate(words) if w.text == "、"]
    out = []
    for a, b in zip(seps, seps[1:], strict=False):
        item = words[a + 1 : b]
        if not item or any(w.tag == "PER" for w in item):
            continue
        start, end = item[0].start, item[-1].end
        name = "".join(w.text for w in item)
        if len(name) != end - start or not (2 <= len(name) <= 3 and re.fullmatch("[\u4e00-\u9fff]+", name)):
            continue
        if name[0] not in surnames and name[:2] not in double:
            continue
        if a > 0 and words[a - 1].tag == "PER" and b + 1 < len(words) and words[b + 1].tag == "PER":
            out.append((start, end))
    return out


def ordinary_item(words: list[Word], k: int, leftward: bool) -> bool:
    """The list item around word ``k`` is made of ordinary words, no name in it: "教育、|公安|、卫健"
    is, "何平执导|、范冰冰" is not (a person's clause beside a person).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("教育", "n"), ("、", "w"), ("公安", "n"), ("、", "w"), ("卫健", "PER")])
    >>> ordinary_item(ws, 2, True), ordinary_item(words_of([("何平", "PER"), ("执导", "v")]), 1, True)
    (True, False)
    """
    step = -1 if leftward else 1
    if (words[k].tag == "w" and words[k].text[:1] not in QUOTES_OPEN) or words[k].tag in ("u", "p"):
        return False  # "黄永玉的《鸟荷》|、", "…导演的|、": an item that ends in a title or a clause
    while 0 <= k < len(words) and words[k].text != "、" and words[k].tag != "w":
        if words[k].tag in ("PER", "ORG", "LOC", "nw", "m"):
            return False
        k += step
    return True


def in_list_of_persons(words: list[Word], i: int) -> bool:
    """Word ``i`` stands in a "、" list in which another item is a name the tagger reads as a
    person's ("林毓南、|恽代英|介绍", "谢旭/PER 人、钱冠林/n、|李志坚|等"): the list is one of persons.
    The list is the run of words around ``i`` up to punctuation other than "、".

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("林毓南", "PER"), ("、", "w"), ("钱冠林", "n"), ("、", "w"), ("李志坚", "PER")])
    >>> in_list_of_persons(ws, 4), in_list_of_persons(ws[2:], 2)
    (True, False)
    """

    def listed(k: int) -> bool:
        return (k > 0 and words[k - 1].text == "、") or (k + 1 < len(words) and words[k + 1].text == "、")

    if not listed(i):
        return False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(words) and (words[k].tag != "w" or words[k].text == "、"):
            if words[k].tag == "PER" and listed(k):
                return True
            k += step
    return False


def item_names_another(words: list[Word], i: int) -> bool:
    """The "、" list item of word ``i`` holds another name the tagger found: "外交部部长助理|杨洁篪"
    (a body and a title before a person), not "文旅康|养" (one word cut in two).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("外交部", "ORG"), ("部长助理", "n"), ("杨洁篪", "PER"), ("、", "w")])
    >>> item_names_another(ws, 2), item_names_another(words_of([("文旅康", "PER"), ("养", "v")]), 0)
    (True, False)
    """
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(words) and words[k].tag != "w":
            if words[k].tag in ("PER", "ORG", "LOC"):
                return True
            k += step
    return False
