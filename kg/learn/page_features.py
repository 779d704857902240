"""Page-level features of the learned PLACE model (session 39, s39-learnplace2).

The character features of :func:`kg.learn.spans.line_features` see one line; whether a word is a
place often shows only on the page: a local site recurs, a false place (a slogan's word, a firm's
short name) is written once; a division named under the page's own county or city is the
page's, one of another province is passed through. Three traits, added to every character of
the word they describe, all from data (LAC's words, the gazetteer), none from names:

- ``pr=1|2|3``: how often the LAC word holding the character (two characters or more) occurs in
  the article (3: three times or more);
- ``gl=<level>``: the level of the gazetteer division a gazetteer match names (province, city,
  county; its first reading);
- ``go=own|up|other``: that division is the page's locality (the county or city the article
  names most often) or lies under it (``own``), holds it (``up``), or neither (``other``).

A model trained with them says so in its manifest (``page_features``); one trained without them
is read without them, so the shipped model keeps its features.

>>> from kg.nlp.words import words_of
>>> ws = words_of([("某某园", "n"), ("和", "c"), ("某某园", "n")])
>>> page_traits("某某园和某某园", ws)[0]
['pr=2']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from kg.nlp.words import Word


def _locality(divisions: list) -> object | None:
    """The county or city the article names most often (None: no such division, or a tie)."""
    local = Counter(d for d in divisions if d.level in ("county", "city")).most_common(2)
    if not local or (len(local) > 1 and local[0][1] == local[1][1]):
        return None
    return local[0][0]


@lru_cache(maxsize=8)
def _traits(text: str, words: tuple[Word, ...]) -> tuple[tuple[str, ...], ...]:
    from kg.nlp.entities.lexicon_data import gazetteer_regex
    from kg.nlp.gazetteer import load_gazetteer

    out: list[list[str]] = [[] for _ in text]
    counts = Counter(w.text for w in words if len(w.text) >= 2)
    for w in words:
        if len(w.text) >= 2:
            n = min(counts[w.text], 3)
            for k in range(max(w.start, 0), min(w.end, len(text))):
                out[k].append(f"pr={n}")
    gaz = load_gazetteer()
    matches = []
    for m in gazetteer_regex().finditer(text):
        found = gaz.lookup(m.group(0)) if m.end() > m.start() else []
        if found:
            matches.append((m.start(), m.end(), found[0]))
    home = _locality([d for _, _, d in matches])
    for s, e, d in matches:
        if home is None:
            where = "other"
        elif d.code == home.code or gaz.holds(home, d):
            where = "own"
        elif gaz.holds(d, home):
            where = "up"
        else:
            where = "other"
        for k in range(s, e):
            out[k].extend((f"gl={d.level}", f"go={where}"))
    return tuple(tuple(x) for x in out)


def page_traits(text: str, words: Sequence[Word]) -> list[list[str]]:
    """The page-level features of every character of an article ``text`` (its words
    ``words``), as :mod:`kg.learn.page_features` says; cached for the last articles (the veto
    asks once per candidate)."""
    return [list(x) for x in _traits(text, tuple(words))]


def with_traits(feats: list[list[str]], traits: list[list[str]] | None, offset: int) -> list[list[str]]:
    """The character features ``feats`` of a line starting at ``offset`` with the page's traits
    of its characters added when given (a model trained with them: ``page_features`` in its
    manifest); ``feats`` itself, extended."""
    if traits is not None:
        for k, f in enumerate(feats):
            f.extend(traits[offset + k])
    return feats
