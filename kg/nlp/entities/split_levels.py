"""A level's bare body the tagger does not tag as a body: "州委、州|政府|、州政协" (州/n 政府/n), "由|州|农委|、…"
(州/ORG 农委/n), " 旗委/n|、政府": the tagger's own 县政府/ORG, 州政协/ORG, 省委/ORG are bodies of
the statistical source, but where it writes the level word and the body's word apart, or the level's
committee as a common noun, no source proposed the body (session 37, s37-orgmiss3: real-pages-17 i12,
-46 bh05, -50 bl08, -51 bm03; 4 sites). Data: ``[org.split_levels]`` of ontology/patterns/entities.toml.

The body is read only where it stands alone: no name of the tagger before the level word (a place's
"大同/LOC|市|政府" or a person's glued place are other rules'), and no committee of the body after it
("旗|政府|党组": that committee is the body named).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified

# As trusted as the head words' bodies: the same level and body words, read off the tagger's words.
_SCORE = 0.65


def split_level_bodies(words: list[Word]) -> list[Candidate]:
    """Bodies of a bare level word and the body's word the tagger wrote apart, or of a level
    committee the tagger tagged as a noun where it stands alone in a list.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("州委", "ORG"), ("、", "w"), ("州", "n"), ("政府", "n"), ("要求", "n")])
    >>> [(c.start, c.end) for c in split_level_bodies(ws)]
    [(3, 6)]
    >>> ws = words_of([("由", "p"), ("州", "ORG"), ("农委", "n"), ("、", "w")])
    >>> [(c.start, c.end) for c in split_level_bodies(ws)]
    [(1, 4)]
    >>> split_level_bodies(words_of([("某某", "LOC"), ("市", "n"), ("政府", "n")]))
    []
    >>> split_level_bodies(words_of([("第1次", "m"), ("旗", "n"), ("政府", "n"), ("党组", "n"), ("会议", "n")]))
    []
    >>> split_level_bodies(words_of([("县", "n"), ("常委", "n")]))
    []
    >>> ws = words_of([("表示", "v"), ("旗委", "n"), ("、", "w"), ("政府", "n")])
    >>> [(c.start, c.end) for c in split_level_bodies(ws)]
    [(2, 4)]
    >>> split_level_bodies(words_of([("十五届", "m"), ("县委", "n"), ("常委会", "n")]))
    []
    """
    lex = lexicon()
    p = lex.patterns["org"]["split_levels"]
    levels = set(p["levels"])
    openers = set(lex.patterns["org"]["glued_levels"]["openers"])
    tail, not_tail = p["commission_tail"], set(lex.titles)
    name_tags, level_not = set(p["name_tags"]), set(p["level_not_tags"])
    committees = set(lex.patterns["tagger"]["level_committees"])
    after = set(p["alone_after"])
    follow = set(p["body_committees"])
    out = []
    for i, w in enumerate(words):
        if i and words[i - 1].tag in name_tags:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        word, nword = to_simplified(w.text), to_simplified(nxt.text) if nxt else ""
        if word in levels and w.tag not in level_not and nxt is not None and nxt.tag not in name_tags:
            # "州|政府", "州|农委": the body's word or a two-character commission (no title: 常委, 主委)
            body = nword in openers or (len(nword) == 2 and nword.endswith(tail) and nword not in not_tail)
            then = to_simplified(words[i + 2].text) if i + 2 < len(words) else ""
            if body and then not in follow:
                out.append(Candidate(w.start, nxt.end, "ORG", "head_words", _SCORE))
        elif word in committees and w.tag != "ORG" and (nxt is None or nword in after or nword in openers):
            out.append(Candidate(w.start, w.end, "ORG", "head_words", _SCORE))
    return out
