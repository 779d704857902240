"""A project's name that runs on over an earlier head word: "某某研发基地|示范项目", "某某玻璃装饰工程|
制造项目", "某某片区(一期)棚户区改造项目|安置区工程", "某某公司20万吨工程|结构板材项目".

The walk to a name's left edge stops after a head word of another name, so the later head's name
keeps only the words after it ("示范项目", "制造项目", "安置区工程"), which the generic test then
refuses; the earlier head's name stands alone and is taken for the project. Where the later name is
refused so, no mark stands between the two heads and the earlier head's name stands on its own, the
name is drawn again from the left edge of the earlier head's name, and kept where the whole passes
every test the head words' names pass (a
class, a count, a generic whole stays refused: "某县集中开工项目|情况及全县重点项目", "该项目|土建工程").
The words between the two heads hold none of ``[project] over_head_not_inside`` (an event's join,
a list's mark: "某某招商项目|洽谈会暨项目"). Session 36, benchmarks/audits/s36-proj4.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.head_edges import graded_start, opening
from kg.nlp.entities.head_stands import HeadHit
from kg.nlp.entities.lexicon_data import lexicon


def over_head(
    hit: HeadHit,
    start: int,
    heads: tuple[str, ...],
    score: float,
    stands: Callable[[HeadHit, int, tuple[int | None, int | None]], bool],
) -> list[Candidate]:
    """The project named from the earlier head word's left edge to ``hit``'s head, where the name
    ``hit`` gave (from ``start``) was refused and ``start`` stands right after an earlier head word
    whose own name stands (the run mends a name cut short; it proposes no project where none stood);
    ``stands(h, start, (framed, word_start))`` says whether a name from ``start`` to ``h``'s head stands."""
    if hit.label != "PROJECT":
        return []
    text, words = hit.text, hit.words
    before = next((h for h in sorted(heads, key=len, reverse=True) if text.endswith(h, 0, start)), None)
    if before is None or start - len(before) <= 0:
        return []
    if any(w in text[start : hit.begin] for w in lexicon().patterns["project"]["over_head_not_inside"]):
        return []
    earlier = HeadHit(text, words, "PROJECT", before, start - len(before), start, word_at(words, start - len(before)))
    edge = opening(earlier)
    if edge is None or edge.start >= earlier.begin:
        return []
    graded = graded_start(text, words, edge.start, hit.end)
    if graded is None or graded >= earlier.begin:
        return []
    if not (
        stands(earlier, graded, (edge.framed, edge.word_start)) and stands(hit, graded, (edge.framed, edge.word_start))
    ):
        return []
    return [Candidate(graded, hit.end, "PROJECT", "head_words", score, {"head": hit.head})]
