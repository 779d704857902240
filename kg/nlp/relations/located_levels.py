"""``located_in`` at the innermost level of a written chain of places.

A name or clause that opens with a chain of places ("古蔺县|二郎镇|郎酒庄园项目", "浦东|老港镇|人民
政府", "位于北京市顺义区后沙峪镇…") places its head in the innermost place, and that place in the
one before it; the head is not placed in the outer levels too (GUIDE and the general golds: a
head lies in the innermost place only, the outer level follows from the chain; s26-locfp counted
204 heads placed in the inner place only against 26 also in the outer one). Several rules place
a head in every level they read (``place_prefix``'s chain branches, ``located_trigger``,
``located_back_reference``, ``place_in_name``); this pass, run once after every rule, keeps the
innermost.
"""

from __future__ import annotations

from collections import defaultdict

from kg.nlp.relations.places import within
from kg.nlp.relations.view import ArticleView, RawRelation


def _holds(view: ArticleView, placed: set[tuple[str, str]], inner: int, outer: int) -> bool:
    """The article places ``inner`` in ``outer`` (a fact of some rule between their names), or
    the gazetteer nests the two divisions (distinct ones)."""
    a, b = view.text(inner), view.text(outer)
    if a == b:
        return False
    if (a, b) in placed:
        return True
    d_in, d_out = view.division(inner), view.division(outer)
    return d_in is not None and d_out is not None and d_in.code != d_out.code and within(d_in, d_out)


def innermost_levels(view: ArticleView, facts: list[RawRelation]) -> list[RawRelation]:
    """``facts`` without a ``located_in`` of a head in a place that holds another place the same
    sentence places that head in ("某项目 -> 古蔺县" goes where "某项目 -> 二郎镇" and "二郎镇 ->
    古蔺县" are read)."""
    located = [f for f in facts if f.type == "located_in" and f.tail is not None]
    placed = {(view.text(f.head), view.text(f.tail)) for f in located}
    tails: dict[tuple[int, str], list[int]] = defaultdict(list)
    for f in located:
        tails[(f.sentence, view.text(f.head))].append(f.tail)

    def outer_level(f: RawRelation) -> bool:
        if f.type != "located_in" or f.tail is None:
            return False
        others = tails[(f.sentence, view.text(f.head))]
        return any(_holds(view, placed, t, f.tail) for t in others if t != f.tail)

    return [f for f in facts if not outer_level(f)]
