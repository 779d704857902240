"""Places whose first characters the tagger glued to the word before (session 36, s36-placefp2).

The tagger sometimes joins a place name's first character (or two) to the word before it and
reads the rest as the place: "对于/p|田县/LOC" for 于田县, "抓/v|射/LOC|阳港/LOC" for 射阳港, "出工/v|布江/LOC"
for 工布江达, "将军/n|澳工业邨/LOC" for 将军澳工业邨, "腾/v|鳌经济开发区/LOC" for 腾鳌经济开发区. The
rest is no place of its own; the article shows it by reading the same characters with the ones
before them as one place elsewhere (a tagger's place word or a place candidate opening there).

The shape: a place candidate that opens a tagger word, where the last one or two characters of
the word before (``place.glued_starts.max_glued``; not a whole two-character word the tagger calls
a place: "衡阳|台湾工业园" is a chain) and the name, at another occurrence in the article, open one
tagger word the tagger calls a place or one place candidate (``place.glued_starts.reading_tags``,
``reading_labels``; a body's name is no evidence: "驻香港部队" says nothing of "进驻|香港"). Where
the article reads exactly that longer string as a place elsewhere (a gazetteer or head-word
candidate), the candidate takes it ("对于|田县" gives 于田县); otherwise it is dropped (the longer
name is found where the article writes it whole).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def _readings(words: list[Word], candidates: list[Candidate]) -> list[tuple[int, int, bool]]:
    """Spans that read characters as one place: the tagger's words of ``reading_tags`` and the
    candidates of ``reading_labels``, each with whether it reads a place by more than the
    tagger's span (a candidate of ``place_sources``: the gazetteer, or a head word; the tagger's
    own place spans are the slips this module mends, "在|工布江/LOC|达" for 工布江达). (A body's
    name is no evidence: "驻香港部队" says nothing of "进驻|香港".)"""
    conf = lexicon().patterns["place"]["glued_starts"]
    tags, labels, sure = tuple(conf["reading_tags"]), tuple(conf["reading_labels"]), tuple(conf["place_sources"])
    spans = [(w.start, w.end, False) for w in words if w.end - w.start > 1 and w.tag in tags]
    return spans + [(c.start, c.end, c.source in sure) for c in candidates if c.label in labels]


def _read_elsewhere(text: str, at: int, longer: str, readings: list[tuple[int, int, bool]]) -> tuple[bool, bool]:
    """Whether ``longer`` (written at ``at``) opens one name at another of its occurrences, and
    whether exactly ``longer`` is read as a place there. (Opens, not only lies inside: "西桂林"
    inside "广西桂林市" says nothing of "在广西|桂林".)"""
    covered = exact = False
    p = text.find(longer)
    while p >= 0:
        if p != at:
            q = p + len(longer)
            for a, b, place in readings:
                if a == p and q <= b:
                    covered = True
                    exact = exact or (place and b == q)
        p = text.find(longer, p + 1)
    return covered, exact


def without_glued_starts(text: str, words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with each place whose first character the tagger glued to the word before
    taken back to that character, where the article reads the longer string as a place elsewhere,
    or dropped, where it reads it only inside a longer name.

    >>> from kg.nlp.words import Word
    >>> text = "这对于田县很重要。于田县位于新疆。"
    >>> ws = [Word(0, 1, "这", "r"), Word(1, 3, "对于", "p"), Word(3, 5, "田县", "LOC"), Word(5, 8, "很重要", "a")]
    >>> ws += [Word(8, 9, "。", "w"), Word(9, 12, "于田县", "LOC"), Word(12, 14, "位于", "v")]
    >>> cands = [Candidate(3, 5, "PLACE", "statistical", 0.6), Candidate(9, 12, "PLACE", "gazetteer", 0.9)]
    >>> [(text[c.start:c.end], c.source) for c in without_glued_starts(text, ws, cands)]
    [('于田县', 'statistical'), ('于田县', 'gazetteer')]
    >>> text = "要抓射阳港获批机遇。射阳港区开工。"
    >>> ws = [Word(0, 1, "要", "v"), Word(1, 2, "抓", "v"), Word(2, 3, "射", "LOC"), Word(3, 5, "阳港", "LOC"),
    ...       Word(5, 7, "获批", "v"), Word(10, 14, "射阳港区", "LOC"), Word(14, 16, "开工", "v")]
    >>> without_glued_starts(text, ws, [Candidate(3, 5, "PLACE", "statistical", 0.6)])
    []
    >>> text = "到北京开会。北京很大。"
    >>> ws = [Word(0, 1, "到", "v"), Word(1, 3, "北京", "LOC"), Word(6, 8, "北京", "LOC")]
    >>> len(without_glued_starts(text, ws, [Candidate(1, 3, "PLACE", "statistical", 0.6)]))
    1
    """
    conf = lexicon().patterns["place"]["glued_starts"]
    least = conf["min_chars"]
    readings: list[tuple[int, int, bool]] | None = None
    out = []
    for c in candidates:
        if c.label != "PLACE" or c.start == 0 or c.end - c.start < least:
            out.append(c)
            continue
        wi = word_at(words, c.start)
        before = word_at(words, c.start - 1)
        if wi is None or before is None or words[wi].start != c.start:
            out.append(c)  # (a name cut inside the tagger's word: not this slip)
            continue
        if readings is None:
            readings = _readings(words, candidates)
        # (the glued characters: the end of the word before, one or two of them: "对于|田县" for
        # 于田县, "将军|澳工业邨" for 将军澳工业邨)
        # (not a whole word the tagger reads as a place of its own: "衡阳|台湾工业园" is a chain)
        whole = c.start - words[before].start
        own = words[before].tag == "LOC" and whole > 1
        glued = [k for k in range(1, conf["max_glued"] + 1) if k < whole or (k == whole and not own)]
        longer = [(k, text[c.start - k : c.end]) for k in glued]
        seen = [(k, *_read_elsewhere(text, c.start - k, s, readings)) for k, s in longer if ALL_CJK.match(s)]
        taken = next((k for k, _, exact in seen if exact), 0)
        if taken:
            out.append(Candidate(c.start - taken, c.end, c.label, c.source, c.score, dict(c.attrs)))
        elif not any(covered for _, covered, _ in seen):
            out.append(c)
    return out
