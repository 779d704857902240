"""Two provinces' one-character forms written together that the tagger reads as a person's name
("苏陕|扶贫协作", "鲁台|合作"): the pair of regions a cooperation joins, no person."""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def region_pair(words: list[Word], i: int) -> bool:
    """The tagger's person of two characters, each a province's one-character form
    (``person.region_pairs.forms``: 苏 for Jiangsu, 陕 for Shaanxi, 鲁 for Shandong, 台 for
    Taiwan), run straight into what the two do together (``person.region_pairs.next_tags``: a
    noun or a verb, "苏陕|扶贫", "鲁台|合作"). A name of that shape ("鲁某") is followed by a
    word that follows names (``person.right_boundaries``: "说", "主持") or a particle, and stays.

    >>> from kg.nlp.words import words_of
    >>> region_pair(words_of([("苏陕", "PER"), ("扶贫", "v"), ("合作", "vn")]), 0)
    True
    >>> region_pair(words_of([("鲁豫", "PER"), ("主持", "v")]), 0)
    False
    """
    w = words[i].text
    rule = lexicon().patterns["person"]["region_pairs"]
    if len(w) != 2 or w[0] == w[1] or not all(ch in rule["forms"] for ch in w) or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return (
        nxt.start == words[i].end
        and nxt.tag in rule["next_tags"]
        and not nxt.text.startswith(tuple(lexicon().patterns["person"]["right_boundaries"]))
    )
