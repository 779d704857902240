"""Rivers and streams named where the text speaks of them as water: "某某河|流域", "某河|河口",
"某某河|畔", "某某江|沿岸", "提高某某河|的防洪能力". GUIDE.md's PLACE holds named sites and regions, and
the gold names rivers; but the tagger cuts a river's name apart ("某某/n|河/n"), reads it as a
person ("某某江/PER、某某江") or runs it into the word after ("某河流域/LOC", "某某河某江河口/LOC"),
so no other source names it. A word of a river's course or works right after a river's head
makes the stem before the head a river's name.

The word lists are ``place.waters`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import simplified_aligned, to_simplified


def _split_rivers(name: str, heads: tuple[str, ...], longest: int) -> list[tuple[int, int]]:
    """The rivers of a run the tagger read as one word: the run itself when it is short enough,
    else two rivers where a head stands inside with two characters or more on each side
    ("某某河某江": 某某河 and 某江).

    >>> _split_rivers("七星河", ("河", "江"), 4), _split_rivers("七星河乙江", ("河", "江"), 4)
    ([(0, 3)], [(0, 3), (3, 5)])
    >>> _split_rivers("甲乙丙丁戊江", ("河", "江"), 4)
    []
    """
    if len(name) <= longest:
        return [(0, len(name))]
    for i in range(1, len(name) - 2):
        if name[i] in heads and 2 <= i + 1 <= longest and 2 <= len(name) - i - 1 <= longest:
            return [(0, i + 1), (i + 1, len(name))]
    return []


def water_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """PLACE candidates for a river or stream right before a word of ``place.waters.after``.

    >>> ws = [Word(0, 2, "提高", "v"), Word(2, 4, "甲乙", "n"), Word(4, 5, "河", "n"), Word(5, 6, "的", "u"),
    ...       Word(6, 8, "防洪", "vn")]
    >>> [(c.start, c.end) for c in water_candidates("提高甲乙河的防洪", ws)]
    [(2, 5)]
    >>> ws = [Word(0, 4, "丙河流域", "LOC"), Word(4, 6, "治理", "vn")]
    >>> [(c.start, c.end) for c in water_candidates("丙河流域治理", ws)]
    [(0, 2)]
    >>> ws = [Word(0, 2, "甲江", "LOC"), Word(2, 4, "江畔", "n")]
    >>> [(c.start, c.end) for c in water_candidates("甲江江畔", ws)]
    [(0, 2)]
    >>> ws = [Word(0, 1, "在", "p"), Word(1, 2, "河", "n"), Word(2, 4, "上游", "f")]
    >>> water_candidates("在河上游", ws)
    []
    """
    p = lexicon().patterns["place"]["waters"]
    heads = tuple(p["heads"])
    stem_tags = frozenset(p["stem_tags"])
    not_names = frozenset(p["not_names"])
    not_stems = frozenset(p["not_stems"])
    lo, hi = p["min_stem"], p["max_stem"]
    simple = simplified_aligned(text)
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    inside: set[int] = set()  # characters of a longer word of the course after a river found
    for after in sorted(p["after"], key=len, reverse=True):
        k = simple.find(after, 1)
        while k > 0:
            if k in inside:
                k = simple.find(after, k + 1)
                continue  # "某江|江畔": 畔 is part of 江畔, not after a river "某江江"
            h = k - 1  # the head's character, right before the word of the river's course
            j = word_at(words, h) if simple[h] in heads else None
            spans: list[tuple[int, int]] = []
            if j is not None and words[j].start == h and j > 0:
                stem = words[j - 1]  # "某某/n|河/n", "某某/LOC|河畔/n"
                if (
                    stem.end == h
                    and stem.tag in stem_tags
                    and lo <= len(stem.text) <= hi
                    and ALL_CJK.match(stem.text)
                    and stem.text not in not_stems
                ):
                    spans = [(stem.start, h + 1)]
            elif j is not None and words[j].start < h:
                run = simple[words[j].start : h + 1]  # "某某河/PER", "某河流域/LOC", "某某河某江河口/LOC"
                if ALL_CJK.match(run):
                    spans = [(words[j].start + a, words[j].start + b) for a, b in _split_rivers(run, heads, hi + 1)]
            for a, b in spans:
                name = simple[a:b]
                if name in not_names or name[:-1] in not_stems or (a, b) in seen:
                    continue
                seen.add((a, b))
                inside.update(range(k, k + len(after)))
                out.append(Candidate(a, b, "PLACE", "head_words", 0.6, {"head": "water"}))
            k = simple.find(after, k + 1)
    return out


def without_water_locatives(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the places that are a river found by :func:`water_candidates` and a
    locative of ``place.waters.locatives`` run on ("某某河畔/LOC", "某某渠畔"): the river alone is the
    place (the longer span would win the overlap and then be no place).

    >>> river = Candidate(0, 3, "PLACE", "head_words", 0.6, {"head": "water"})
    >>> run_on = Candidate(0, 4, "PLACE", "statistical", 0.6)
    >>> [(c.start, c.end) for c in without_water_locatives("甲乙河畔", [river, run_on])]
    [(0, 3)]
    """
    locatives = frozenset(lexicon().patterns["place"]["waters"]["locatives"])
    rivers = {(c.start, c.end) for c in candidates if c.label == "PLACE" and c.attrs.get("head") == "water"}
    ends = {s: e for s, e in rivers}
    return [
        c
        for c in candidates
        if not (
            c.label == "PLACE"
            and c.start in ends
            and c.end > ends[c.start]
            and to_simplified(text[ends[c.start] : c.end]) in locatives
        )
    ]
