"""A park or zone named by the place that opens it and its trade: "某某湾|精细|化工|园区",
"某某|科技|工业区", "某某|科学|园区", "某某镇|循环|经济|集中|产业|聚集区".

The tagger reads the place as a word of its own and the trade and the park's kind as common
words. No source joins them: the place heads want a proper name right before 园区
(:func:`~kg.nlp.entities.town_prefix.name_before_area`), the project heads do not end in
工业区 or 园区, and :mod:`kg.nlp.entities.zone_parts` joins a part's stem only after a zone.
The golds name the park whole as a place (GUIDE.md: parks and zones are places; the place that
opens the name is nested in it). The words are ``place.trade_zones`` of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.place_forms import class_of_places, is_zone_kind
from kg.nlp.words import Word
from kg.normalize import simplified_aligned


def trade_zone_candidates(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """A PLACE for each park named by a place candidate, common words of its trade and a park's
    kind right after, that no candidate reads otherwise.

    >>> ws = [Word(0, 3, "甲乙湾", "LOC"), Word(3, 5, "精细", "a"), Word(5, 7, "化工", "n")]
    >>> ws += [Word(7, 9, "园区", "n"), Word(9, 11, "投资", "v")]
    >>> place = Candidate(0, 3, "PLACE", "statistical", 0.6)
    >>> [(c.start, c.end) for c in trade_zone_candidates("甲乙湾精细化工园区投资", ws, [place])]
    [(0, 9)]
    >>> ws[-1] = Word(9, 11, "项目", "n")
    >>> trade_zone_candidates("甲乙湾精细化工园区项目", ws, [place])
    []
    """
    p = lexicon().patterns["place"]
    own = tuple(p["zones"] + p["zone_kinds"] + p["trade_zones"]["heads"])
    simple = simplified_aligned(text)
    out: list[Candidate] = []
    for c in candidates:
        if c.label != "PLACE" or simple[c.start : c.end].endswith(own):
            continue  # a zone or park itself: zone_parts reads the part after it
        end = _park_end(simple, words, c.end)
        if end is None or is_zone_kind(simple[c.end : end]) or class_of_places(simple[c.start : end]):
            continue
        # a candidate that crosses the park's edges or has its span reads the words otherwise
        # ("…园区项目", a firm; "某县新材料产业园" typed by the project heads)
        if any((x.start, x.end) == (c.start, end) or _crosses(x, c.start, end) for x in candidates):
            continue
        out.append(Candidate(c.start, end, "PLACE", "head_words", 0.6, {"head": "trade_zone"}))
    return out


def _crosses(x: Candidate, start: int, end: int) -> bool:
    """``x`` overlaps the span and runs past one of its edges."""
    return x.start < end and x.end > start and (x.start < start or x.end > end)


def _park_end(simple: str, words: list[Word], start: int) -> int | None:
    """Where the park named from ``start`` (right after its place) ends, or None: common words of
    ``stem_tags`` (no class word among them) up to a word end that closes one of ``heads`` (the
    head may close a stem word, "化工园区/n", or span two, "聚集/vn|区/n"), not before a word that
    makes it a project's name (``not_before``) or a noun that runs the name on (``not_before_tags``:
    "某市小微园区|厂房|及配套设施" names the works)."""
    p = lexicon().patterns["place"]["trade_zones"]
    heads = sorted(p["heads"], key=len, reverse=True)
    k = word_at(words, start)
    if k is None or words[k].start != start:
        return None
    while k < len(words) and words[k].start - start < p["stem_max"] + len(heads[0]):
        w = words[k]
        piece = simple[w.start : w.end]
        if w.tag not in p["stem_tags"] and piece not in heads or not ALL_CJK.match(piece):
            return None
        # the longest head with a stem of the right length ("桥头|科学|园区": 园区, not 科学园区)
        head = next(
            (h for h in heads if simple.endswith(h, start, w.end) and _stem_fits(p, w.end - len(h) - start)), None
        )
        if head is not None:
            return _checked(simple, words, start, w.end - len(head), w.end, k)
        if k + 1 < len(words) and words[k + 1].start != w.end:
            return None
        k += 1
    return None


def _stem_fits(p: dict, n: int) -> bool:
    """A stem of ``n`` characters is within ``stem_min`` and ``stem_max``."""
    return bool(p["stem_min"] <= n <= p["stem_max"])


def _checked(simple: str, words: list[Word], start: int, stem_end: int, end: int, k: int) -> int | None:
    """``end`` if no class word is in the stem ``simple[start:stem_end]`` and what follows the
    head ends the name."""
    p = lexicon().patterns["place"]["trade_zones"]
    if any(x in simple[start:stem_end] for x in p["class_words"]):
        return None
    after = words[k + 1] if k + 1 < len(words) and words[k + 1].start == end else None
    if simple.startswith(tuple(p["not_before"]), end) or (after is not None and after.tag in p["not_before_tags"]):
        return None
    return end
