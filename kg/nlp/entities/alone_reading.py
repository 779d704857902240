"""A word the tagger calls a place only in its sentence: read alone, it is an ordinary word.

LAC tags a word by its neighbours as well as by what it learned of the word itself. A
place name it knows (横琴, 沙田, 三墩, 渑池) it still calls a name when the word stands
alone; an adjective, a verb or a noun of its lexicon ("美丽", "繁育", "污水", "造|地") it
calls a place only where the sentence happens to frame it like one ("建设[富美]乡村",
"集中[繁育]小区", "[污水]泵站"). Such a word, with no gazetteer name, no place word at its
end and no verb of place before it, is no place. A word right after a credit word
("编辑: 某某") is a person's or an outlet's name, no place either.
"""

from __future__ import annotations

from functools import lru_cache

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.words import Word


def no_place_alone(w: str, words: list[Word], i: int, placed: bool) -> bool:
    """The tagger's place ``w`` (the word ``words[i]``) is no place: it stands in a credit
    position, or it is an ordinary word when the tagger reads it alone (:func:`ordinary_alone`),
    and nothing else makes it a place (a gazetteer name, a place word at its end, ``placed``).

    >>> ws = [Word(0, 2, "建设", "v"), Word(2, 4, "美丽", "LOC"), Word(4, 6, "乡村", "n")]
    >>> no_place_alone("美丽", ws, 1, False), no_place_alone("美丽", ws, 1, True)
    (True, False)
    >>> no_place_alone("横琴", [Word(0, 2, "横琴", "LOC")], 0, False)
    False
    >>> ws = [Word(0, 2, "编辑", "n"), Word(2, 3, ":", "w"), Word(3, 5, "云洲", "LOC")]
    >>> no_place_alone("云洲", ws, 2, False)
    True
    """
    if placed or load_gazetteer().lookup(w):
        return False
    p = lexicon().patterns
    heads = tuple(p["place"]["heads"]) + tuple(p["place"]["admin_heads"]) + tuple(p["place"]["zones"])
    if w.endswith(heads):
        return False
    return _credited(words, i) or ordinary_alone(w)


def _credited(words: list[Word], i: int) -> bool:
    """The word follows a credit word, across a colon or a blank ("编辑: 某某")."""
    credit = set(lexicon().patterns["tagger"]["credit_words"])
    j = i - 1
    while j >= 0 and i - j <= 3 and not words[j].text.strip(" \u3000:："):
        j -= 1
    return j >= 0 and words[j].text in credit


@lru_cache(maxsize=8192)
def ordinary_alone(w: str) -> bool:
    """The tagger reads ``w`` as no one name in every frame of ``tagger.alone_frames``: it
    splits the word, or tags it as an ordinary word (an adjective, a verb, a noun).

    >>> ordinary_alone("污水"), ordinary_alone("美丽"), ordinary_alone("沙田")
    (True, True, False)
    """
    from kg.nlp.segmenters import load_lac  # imported here: segmenters loads onnxruntime

    t = lexicon().patterns["tagger"]
    names = set(t["name_tags"])
    lac = load_lac(None)
    for frame in t["alone_frames"]:
        read = [x for x in lac.run(frame.format(w)) if x[0] == w]
        if any(tag in names for _, tag in read):
            return False
    return True
