"""Which persons of a sentence open a clause (:func:`clause_openers`), in about linear steps.

Several meeting rules ask it of the same sentence, and a sentence of coordinated names ("市长A、
B、C…出席") made each ask cost its names squared: each name rebuilt the text before it, marking
every earlier name, and matched it whole. Here the sentence is marked once and the text before a
name is cut at the marks (a name stands for one mark, ``\\x00``, which no other part of the run
matches: the run matches a text if and only if it matches each piece between marks), each piece
matched once per sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.entities import lexicon
from kg.nlp.relations.view import ArticleView

_MARK = "\x00"  # an earlier name of the run


@lru_cache(maxsize=4)
def _run(titles: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a clause's start and a name: titles (each after up to 8 other
    characters), "、" and earlier names (marks); made once, not per sentence."""
    alt = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.compile(rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{alt})|、|{_MARK})*")


def clause_openers(view: ArticleView, k: int) -> list[int]:
    """The persons of sentence ``k`` that open a clause: only titles, other persons and "、"
    stand between the clause start and the name ("会上,镇党委副书记A对…作了部署", "A、B2名委员…");
    computed once per sentence and article (``view.memo``, emptied when a mention is filed).
    """
    key = f"clause_openers:{k}"
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = _openers(view, k)
    return list(found)


def _openers(view: ArticleView, k: int) -> list[int]:
    text = view.article.text
    sent = view.article.sentences[k]
    persons = view.of_type(k, "PERSON")
    titles = tuple(lexicon().titles)
    run = _run(titles)
    spans = sorted((view.mentions[p].start, view.mentions[p].end) for p in persons)
    # The marks cut the text only when no name overlaps another (nor is empty) and no title
    # holds a mark; else each name is read the long way, as the rule always did.
    marked = _marked(text, sent.start, sent.end, spans) if _cuttable(spans, titles) else None
    pieces: dict[str, bool] = {}
    out = []
    for p in persons:
        start = view.mentions[p].start
        clause_start = max([sent.start] + [text.rfind(c, sent.start, start) + 1 for c in ",，;；:："])
        if marked is not None and (a := marked[1][clause_start - sent.start]) >= 0:
            b = marked[1][start - sent.start]
            ok = True
            for piece in marked[0][a:b].split(_MARK):
                fits = pieces.get(piece)
                if fits is None:
                    fits = pieces[piece] = run.fullmatch(piece) is not None
                if not fits:
                    ok = False
                    break
        else:
            ok = _opens_slowly(view, persons, run, clause_start, start)
        if ok:
            out.append(p)
    return out


def _cuttable(spans: list[tuple[int, int]], titles: tuple[str, ...]) -> bool:
    if any(s >= e for s, e in spans) or any(_MARK in t for t in titles):
        return False
    return all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def _marked(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The sentence ``text[begin:end]`` with each name of ``spans`` (disjoint) one mark, and the
    offset in it of each offset of the sentence (-1 inside a name)."""
    ends = dict(spans)
    chars: list[str] = []
    at = [-1] * (end - begin + 1)
    x = begin
    while x < end:
        at[x - begin] = len(chars)
        e = ends.get(x)
        if e is not None:
            chars.append(_MARK)
            x = e
        else:
            chars.append(text[x])
            x += 1
    at[end - begin] = len(chars)
    return "".join(chars), at


def _opens_slowly(view: ArticleView, persons: list[int], run: re.Pattern[str], clause_start: int, start: int) -> bool:
    """Whether only the run stands between ``clause_start`` and ``start``, each person wholly
    between them standing for one mark."""
    before = list(view.article.text[clause_start:start])
    for q in persons:
        qs, qe = view.mentions[q].start, view.mentions[q].end
        if clause_start <= qs and qe <= start:
            before[qs - clause_start : qe - clause_start] = [_MARK] + [""] * (qe - qs - 1)
    return run.fullmatch("".join(before)) is not None
