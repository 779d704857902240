"""The organisations a gold page leaves unscored, for training the ORG tagger (``kg train orgs``).

The local-news gold scores the local bodies a page is about; the national, foreign and other
bodies it names in passing it often leaves unmarked, or marks optional. Read as outside, they
taught the first ORG model (session 38, s38-learnorg) that such a body is no organisation: as a
veto it then failed MSRA and CLUENER ORG. CRFsuite has no partial labels, so, as for places
(:mod:`kg.learn.unknown_places`), :mod:`kg.learn.spans` leaves out every line that holds such an
organisation, of the kinds ``[orgs].train_unknown`` of ``ontology/patterns/spans.toml`` names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.nlp.words import Word


#: What ``[orgs].train_unknown`` may name (:func:`unknown_org_spans`).
UNKNOWN_ORG_KINDS = ("optional", "tagger", "national", "countries")


@lru_cache(maxsize=1)
def _national_pattern() -> re.Pattern[str]:
    from kg.nlp.entities.candidate import longest_first_pattern
    from kg.nlp.entities.lexicon_data import lexicon

    return longest_first_pattern(tuple(sorted(set(lexicon().national_orgs))))


def unknown_org_spans(
    text: str, words: Sequence[Word], gold: dict[str, bool], named: Iterable[str], kinds: Sequence[str]
) -> list[tuple[int, int]]:
    """The organisations of ``text`` (an article) the gold leaves unscored, of the ``kinds``:

    - ``optional``: a mention of a gold organisation marked optional (``gold``: name ->
      optional);
    - ``tagger``: a word LAC tags ORG, ``national``: a national body of
      ``ontology/lexicon/national_orgs.txt``, ``countries``: a country's or a world region's name
      (where foreign bodies are named: 美国国会, 欧盟委员会), each where no character of it is
      in a gold name of any type (``named``: every name and alias of the page's gold).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("国务院", "ORG"), ("和", "c"), ("某某公司", "ORG")])
    >>> unknown_org_spans("国务院和某某公司", ws, {"某某公司": False}, ["某某公司"], ["tagger"])
    [(0, 3)]
    >>> unknown_org_spans("国务院和某某公司", ws, {"某某公司": False}, ["某某公司"], ["national"])
    [(0, 3)]
    >>> unknown_org_spans("国务院和某某公司", ws, {"某某公司": True}, ["某某公司"], ["optional"])
    [(4, 8)]
    >>> unknown_org_spans("国务院和某某公司", ws, {"国务院": False}, ["国务院"], ["tagger", "national"])
    [(4, 8)]
    """
    from kg.learn.unknown_places import country_pattern, unscored_spans

    like: list[tuple[int, int]] = []
    if "tagger" in kinds:
        like += [(w.start, w.end) for w in words if w.tag == "ORG"]
    if "national" in kinds:
        like += [m.span() for m in _national_pattern().finditer(text) if m.end() > m.start()]
    if "countries" in kinds:
        like += [m.span() for m in country_pattern().finditer(text) if m.end() > m.start()]
    return unscored_spans(text, gold if "optional" in kinds else {}, named, like)


def train_clause_stops(labels: Sequence[str]) -> str:
    """``[orgs].train_clauses`` of ``ontology/patterns/spans.toml`` for the ORG tagger (the
    characters that end a clause), empty for the other taggers and when unset: then a line with
    an unscored span is left out whole, as before."""
    if tuple(labels) != ("ORG",):
        return ""
    from kg.patterns import pattern_file

    return str(pattern_file("spans")["orgs"].get("train_clauses", ""))


def kept_pieces(
    offset: int, labels: Sequence[str], holes: Iterable[tuple[int, int]], stops: str, line: str
) -> list[tuple[int, int]]:
    """The pieces of ``line`` (at ``offset`` in its article; ``labels`` its BIO labels) the
    training keeps: ``(start, end)`` into the line. Without ``stops`` the whole line, or nothing
    when a hole (an unscored span, article offsets) is in it. With ``stops`` the line is cut
    after each stop character (never inside a gold mention) and only the clauses that hold a
    hole are left out: CRFsuite has no partial labels, but a clause beside an unscored body
    still teaches the bodies the gold scores (s39-learnorg4: 17 of the 20 gold ORG the veto
    dropped in sample sat on lines left out whole). The features stay those of the whole line.

    >>> kept_pieces(0, list("OOOOOOOO"), [(0, 2)], "", "国务院和某某公司")
    []
    >>> kept_pieces(0, ["O"] * 8, [(0, 2)], "，", "甲乙，丙丁，戊己")
    [(3, 8)]
    >>> kept_pieces(0, ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG"], [(3, 4)], "，", "甲乙，丙，丁")
    [(0, 3)]
    """
    inside = [(s - offset, e - offset) for s, e in holes if offset <= s and e <= offset + len(line)]
    if not inside:
        return [(0, len(line))]
    if not stops:
        return []
    cuts = [0]
    cuts += [i + 1 for i, ch in enumerate(line[:-1]) if ch in stops and not labels[i + 1].startswith("I-")]
    cuts.append(len(line))
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if any(s < b and a < e for s, e in inside):
            continue
        if pieces and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b)  # (neighbouring kept clauses stay one sequence)
        else:
            pieces.append((a, b))
    return pieces
