"""A county's or city's government called by its short form, 县府 / 市府 (Taiwan's news writes
"县府表示", "县府秘书长某某", "县府与乡公所"): the tagger reads it as a common noun (县府/n) and no
head word of ``org_suffixes`` ends it. The forms are data (``org.government_short_forms`` of
``ontology/patterns/entities.toml``)."""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def government_short_forms(words: list[Word]) -> list[Candidate]:
    """ORG candidates for the words that are a government's short form, not where the next word
    makes it a place's name ("市府|路", "市府|广场": ``org.government_short_form_stops``).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("县府", "n"), ("表示", "v"), ("，", "w"), ("市府", "n"), ("广场", "n")])
    >>> [(c.start, c.end) for c in government_short_forms(ws)]
    [(0, 2)]
    """
    org = lexicon().patterns["org"]
    forms = frozenset(org["government_short_forms"])
    stops = tuple(org["government_short_form_stops"])
    out = []
    for k, w in enumerate(words):
        if to_simplified(w.text) not in forms:
            continue
        nxt = to_simplified(words[k + 1].text) if k + 1 < len(words) else ""
        if nxt.startswith(stops):
            continue
        out.append(Candidate(w.start, w.end, "ORG", "head_words", 0.65, {"head": "government_short_form"}))
    return out
