"""Four-character idioms built of two parallel place words: "绿水青山", "金山银山", "一带一路",
"江河湖海", "五湖四海". The tagger and the head-word source (山, 路 …) read them as places; they
are slogans or figures of speech (GUIDE.md: slogans are not annotated), and no place is so named.

The shape: the second and fourth characters are both one-character place heads
(``place.parallel_idioms.heads``), and the first and third are both of one class of
``place.parallel_idioms.pair_classes`` (numbers, colours) or are place heads too. A direction in
third place keeps a street's name ("中山北路", "长江西路": 北 and 西 are no class's pair with 中, 长).
The word lists are ``place.parallel_idioms`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.normalize import simplified_aligned


def parallel_idiom(name: str) -> bool:
    """Whether ``name`` is a four-character idiom of two parallel place words.

    >>> [parallel_idiom(w) for w in ("绿水青山", "一带一路", "江河湖海", "中山北路", "天山南路", "青山湖")]
    [True, True, True, False, False, False]
    """
    if len(name) != 4:
        return False
    p = lexicon().patterns["place"]["parallel_idioms"]
    heads = p["heads"]
    if name[1] not in heads or name[3] not in heads:
        return False
    if name[0] in heads and name[2] in heads:
        return True
    return any(name[0] in cls and name[2] in cls for cls in p["pair_classes"])


def without_parallel_idioms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places that are idioms of two parallel place words
    (:func:`parallel_idiom`: "践行“绿水青山就是金山银山”理念", "参与“一带一路”合作")."""
    simple = simplified_aligned(text)
    return [c for c in candidates if c.label != "PLACE" or not parallel_idiom(simple[c.start : c.end])]
