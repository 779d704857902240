"""A park or industrial area opened by the page's own division written as its bare level word:
"调研|县|生态工业园区", "县盐化工业园/n|的某某公司" (real-pages-33 u06, -34 v11).

Kinds of area such as 工业园区 name one place only when a place opens them (``place.area_heads``:
"葡萄酒产区", "老工业园区" alone are no one area). A county's own page writes its county by the
level word alone ("县委", "县经开区"), and the golds name "县工业园区", "县经济开发区", "县盐化工业园"
as places; the level word is such an opening when it starts a tagger's word and follows no pronoun
or word that counts or ranks ("我县产业集聚区", "各县工业园区" stay classes). The words are
``place.level_openers`` and ``place.level_not_after`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def level_opening(text: str, words: list[Word], start: int) -> int | None:
    """Where the page's division by its bare level word opens a park's name that otherwise starts
    at ``start``: ``start`` itself ("县盐化工业园/n"), or the one-character word right before it
    ("县/n|生态工业园区/n"); None when no such level word opens it.

    >>> ws = [Word(0, 2, "调研", "v"), Word(2, 3, "县", "n"), Word(3, 9, "生态工业园区", "n")]
    >>> level_opening("调研县生态工业园区", ws, 3)
    2
    >>> level_opening("调研县生态工业园区", ws[:1] + [Word(2, 9, "县生态工业园区", "n")], 2)
    2
    >>> level_opening("调研县生态工业园区", [Word(0, 3, "调研县", "n"), Word(3, 9, "生态工业园区", "n")], 3) is None
    True
    """
    if level_opens(text, words, start):
        return start
    i = word_at(words, start - 1) if start > 0 else None
    if i is not None and words[i].end == start and len(words[i].text) == 1 and level_opens(text, words, start - 1):
        return start - 1
    return None


def level_opens(text: str, words: list[Word], start: int) -> bool:
    """Whether the bare level word at ``start`` opens a park's name as the page's own division.

    >>> ws = [Word(0, 2, "调研", "v"), Word(2, 3, "县", "n"), Word(3, 9, "生态工业园区", "n")]
    >>> level_opens("调研县生态工业园区", ws, 2)
    True
    >>> ws = [Word(0, 1, "我", "r"), Word(1, 2, "县", "n"), Word(2, 8, "产业集聚园区", "n")]
    >>> level_opens("我县产业集聚园区", ws, 1)
    False
    >>> level_opens("某某县工业园", [Word(0, 3, "某某县", "LOC"), Word(3, 6, "工业园", "n")], 2)
    False
    """
    p = lexicon().patterns["place"]
    if text[start : start + 1] not in p["level_openers"]:
        return False
    i = word_at(words, start)
    if i is None or words[i].start != start:
        return False  # "某某县|工业园": the level word ends a division's name
    return text[max(0, start - 1) : start] not in p["level_not_after"]
