"""Words in quotation marks that the tagger reads as a person's name (session 31, s31-person).

A short phrase in “…” on one line is a product, a brand, a nickname or a slogan the page names
("某地夏布" in “某地猪、某地陶、某地夏布”, “夏黑”, “王炸”, “南方林海”, “小屯妹·大昌叔”, “葫芦丝之乡·康养新某县”):
over the readable tuning texts, every person the tagger or the dotted-name reading found inside
such quotes is no gold person (10 of 10 on 8 pages of 8 sites). A person named in quotes is
vouched for otherwise (a title or a word of address before it, a list of persons), and the caller
keeps those.
"""

from __future__ import annotations

from kg.nlp.entities.reduplicated import reduplicated_state
from kg.nlp.entities.region_pairs import region_pair
from kg.nlp.words import Word

# How far the quotes may stand from the name on either side (characters): a short quoted phrase.
_REACH = 20


def quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside one pair of “ ” on one line, each mark at most
    ``_REACH`` characters away.

    >>> quoted("涉及“某地猪、某地夏布”特色产业", 9, 11), quoted("“开门红”,张三出席", 7, 9)
    (True, False)
    """
    left = text[max(0, start - _REACH) : start]
    right = text[end : end + _REACH]
    opened = left.rfind("“")
    if opened < 0 or "”" in left[opened:] or "\n" in left[opened:]:
        return False
    closed = right.find("”")
    return closed >= 0 and "“" not in right[:closed] and "\n" not in right[:closed]


def quoted_word(words: list[Word], i: int) -> bool:
    """Whether the tagger's word ``i`` stands inside a short quoted phrase (:func:`quoted`)."""
    lo, hi = i, i + 1
    while lo > 0 and words[i].start - words[lo - 1].start <= _REACH:
        lo -= 1
    while hi < len(words) and words[hi].end - words[i].end <= _REACH:
        hi += 1
    base = words[lo].start
    text = "".join(" " * (w.start - words[k - 1].end if k > lo else 0) + w.text for k, w in enumerate(words[lo:hi], lo))
    return quoted(text, words[i].start - base, words[i].end - base)


def no_person_word(words: list[Word], i: int) -> bool:
    """The tagger's person that is no one: a reduplicated word of sound or state ("隆隆|轰鸣"),
    two provinces' one-character forms ("苏陕|扶贫"), or a word in a short quoted phrase (“夏黑”)."""
    return reduplicated_state(words, i) or region_pair(words, i) or quoted_word(words, i)
