"""The user's decisions (``--resolutions``) in the resolve by parts of :mod:`kg.resolve.flat`.

:func:`match_part` finds the units each reference of the decisions names in a part's
documents, the client joins the matches (:func:`decisions_of`: the units declared
different, the clusters declared the same, as :func:`kg.resolve.decide` reads them), and
:func:`routes` sends the blocks that a ``same`` decision joins to one reduce bucket, where
:func:`~kg.resolve.flat.reduce_part` joins their groups (:func:`join_decided`) as
:func:`kg.resolve.finish` does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from kg.resolve.corpus import Group, partition_of, uid
from kg.resolve.keys import UnionFind
from kg.resolve.review import _MENTION_ID, Decision, apply_decisions


def join_decided(groups: dict[str, list[Group]], same: Sequence, cannot: dict) -> dict[str, list[Group]]:
    """The groups of a bucket after the ``same`` decisions whose units are all here (the
    blocks they join were routed here), joined as :func:`kg.resolve.finish` joins them: a
    joined group in the place of its first group."""
    from kg.resolve import _join_same

    here = {uid(u) for gs in groups.values() for g in gs for u in g.units}
    mine = [(units, where) for units, where in same if units <= here]
    if not mine:
        return groups
    root_of = {g.key: root for root, gs in groups.items() for g in gs}
    out: dict[str, list[Group]] = defaultdict(list)
    for g in _join_same([g for root in sorted(groups) for g in groups[root]], mine, cannot):
        out[root_of[g.key]].append(g)
    return dict(out)


def match_part(refs: Sequence[str], mapped: tuple, *outcomes: Sequence[tuple]) -> dict[str, tuple[bool, set]]:
    """The units of a part's documents that each reference of the decisions names:
    ``ref -> (by its mention id?, unit ids)`` (as :class:`~kg.resolve.review.UnitIndex` finds them)."""
    from kg.resolve import unit_index
    from kg.resolve.flat import _results

    index = unit_index(_results(outcomes), mapped[0])
    out = {}
    for ref in refs:
        m = _MENTION_ID.match(ref)
        span = bool(m) and (m["doc"], int(m["start"]), int(m["end"])) in index.by_span
        found = index.match(ref)
        if found:
            out[ref] = (span, found)
    return out


class _Matched:
    def __init__(self, found: dict[str, set]) -> None:
        self.found = found

    def match(self, ref: str) -> set:
        return self.found.get(ref, set())


def decisions_of(decisions: Sequence[Decision], matches: Iterable[dict[str, tuple[bool, set]]]) -> tuple[dict, list]:
    """``(cannot, same)`` of the decisions from the :func:`match_part` of every part: what
    :func:`kg.resolve.decide` reads from all units at once (a mention id names the one unit
    of the part that has it; a name, the units of every part)."""
    spans: dict[str, set] = defaultdict(set)
    names: dict[str, set] = defaultdict(set)
    for part in matches:
        for ref, (span, found) in part.items():
            (spans if span else names)[ref] |= found
    found = {ref: spans[ref] if ref in spans else names[ref] for ref in set(spans) | set(names)}
    cannot, same = apply_decisions(decisions, _Matched(found))
    return dict(cannot), same


def routes(same: Sequence, roots: Mapping[str, str], buckets: int) -> dict[str, int]:
    """The reduce bucket of the blocks that ``same`` decisions join: the blocks of a decision
    (and of decisions that share a block) go together, to the bucket of their smallest root.

    >>> roots = {"PERSON|甲": "PERSON|甲", "PERSON|乙": "PERSON|乙"}
    >>> routes([({("a.txt", "PERSON|甲"), ("b.txt", "PERSON|乙")}, "d.csv:2")], roots, 7)
    {'PERSON|乙': 3, 'PERSON|甲': 3}
    """
    uf = UnionFind()
    for units, _ in same:
        rs = sorted({roots[r] for _, r in units})
        for r in rs[1:]:
            uf.union(rs[0], r)
    comps: dict[str, list[str]] = defaultdict(list)
    for r in list(uf.parent):
        comps[uf.find(r)].append(r)
    return {r: partition_of(min(rs), buckets) for rs in comps.values() if len(rs) > 1 for r in sorted(rs)}
