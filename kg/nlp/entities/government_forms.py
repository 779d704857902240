"""A county's or city's government called by its short form, 县府 / 市府 (Taiwan's news writes
"县府表示", "县府秘书长某某", "县府与乡公所"): the tagger reads it as a common noun (县府/n) and no
head word of ``org_suffixes`` ends it. The forms are data (``org.government_short_forms`` of
``ontology/patterns/entities.toml``)."""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified


def with_government_short_forms(words: list[Word], candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with an ORG candidate for each word that is a government's short form, not
    where the next word makes it a place's name ("市府|路", "市府|广场":
    ``org.government_short_form_stops``). A candidate that is the short form and its staff
    ("县府|团队": ``org.government_short_form_staff``) gives way to the body.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("县府", "n"), ("表示", "v"), ("，", "w"), ("市府", "n"), ("广场", "n")])
    >>> [(c.start, c.end) for c in with_government_short_forms(ws, [])]
    [(0, 2)]
    >>> ws = words_of([("县府", "n"), ("团队", "n"), ("表示", "v")])
    >>> [(c.start, c.end) for c in with_government_short_forms(ws, [Candidate(0, 4, "ORG", "head_words", 0.7)])]
    [(0, 2)]
    """
    org = lexicon().patterns["org"]
    forms = frozenset(org["government_short_forms"])
    stops = tuple(org["government_short_form_stops"])
    staff = frozenset(org["government_short_form_staff"])
    out, dropped = [], set()
    for k, w in enumerate(words):
        if to_simplified(w.text) not in forms:
            continue
        nxt = to_simplified(words[k + 1].text) if k + 1 < len(words) else ""
        if nxt.startswith(stops):
            continue
        if nxt in staff:
            dropped.add((w.start, words[k + 1].end))  # "县府团队": the government's staff, the body
        out.append(Candidate(w.start, w.end, "ORG", "head_words", 0.65, {"head": "government_short_form"}))
    kept = [c for c in candidates if not (c.label == "ORG" and (c.start, c.end) in dropped)]
    return kept + out
