"""Entity resolution across the corpus: one entity per real thing, with its names and why.

:func:`resolve` is four public steps, so that a distributed build (Dask, issue 20) can run
them as map, shuffle and reduce:

1. :func:`~kg.resolve.document.document_keys`, per document (map): every mention's key,
   the short and full forms the document joins (logged with their rule), names that only
   hold in one place scoped to it ("县委" in an article about 肥西县 is ``肥西县委``; a bare
   "县委" of an unknown county holds in its document), and the document's *units* with
   their context (city, a person's employers, posts and dates).
2. :func:`~kg.resolve.corpus.merge_keys` (global, small): the keys units share, joined;
   :func:`~kg.resolve.corpus.join_roots` joins the merges of partitions of the documents
   into the merge of all.
3. :func:`~kg.resolve.corpus.reduce_block`, per joined key (reduce, after grouping the
   units by key with :func:`~kg.resolve.corpus.blocks`): which units are one thing.
   Persons of one name join on a shared employer or city; they stay apart on different
   cities or employers or incompatible posts, and, lacking evidence, are linked as
   possible same (:func:`~kg.resolve.corpus.possible_same_links`).
4. :func:`finish` (:func:`~kg.resolve.facts.build_entities` and
   :func:`~kg.resolve.facts.relations_of`): entities (label, aliases, ``resolution`` and
   ``possible_same`` attributes) and facts.

No step depends on the order of the documents or of the units a block receives:
:mod:`kg.resolve.distributed` runs steps 1 and 3 as Dask tasks, with the blocks shuffled to
reduce partitions by :func:`~kg.resolve.corpus.partition_of`, and gets what :func:`resolve`
returns.

Within a document the rules are those of the README ("Resolution"): places with an
administrative code are one entity per code (大同 = 大同市); "我市" is the paper's city;
organisations whose core names extend one another are one (中车大同 / 中车大同电力机车有限公司);
"市工信局" is "<city>工信局" where the document shows its city. The label is the fullest
simplified form; aliases are every other form. Entity ids are ASCII and stable: a hash of
the type and the key. Importing this package loads no NLP model.

>>> from kg.nlp.document import DocumentResult, MentionRecord
>>> m = [MentionRecord(0, 0, 2, "張強", "张强", "PERSON", "statistical", 0.6)]
>>> ents, rels = resolve([DocumentResult("d.txt", m, [], 1)])
>>> ents[0].label, ents[0].aliases
('张强', ['張強'])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.model import Entity, Relation
from kg.resolve.corpus import (
    Group,
    UnitId,
    blocks,
    join_roots,
    merge_keys,
    partition_of,
    possible_same_links,
    reduce_block,
    uid,
)
from kg.resolve.document import DocumentKeys, Unit, document_keys
from kg.resolve.facts import admin_hierarchy, build_entities, meeting_dates, relations_of
from kg.resolve.keys import UnionFind, clean, stable_id
from kg.resolve.review import Decision, UnitIndex, apply_decisions, load_decisions, log, write_review_csv

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult

__all__ = [
    "Decision",
    "DocumentKeys",
    "Group",
    "Unit",
    "blocks",
    "clean",
    "decide",
    "document_keys",
    "finish",
    "join_roots",
    "load_decisions",
    "merge_keys",
    "partition_of",
    "reduce_block",
    "resolve",
    "stable_id",
    "write_review_csv",
]


def resolve(
    results: Iterable[DocumentResult], decisions: Sequence[Decision] | str | Path | None = None
) -> tuple[list[Entity], list[Relation]]:
    """Merge the mentions of all documents into entities and their relations into facts.

    ``decisions``: the user's same/different decisions (a list, or the path of a decisions
    file, see :mod:`kg.resolve.review`), applied before any rule.
    """
    results = sorted(results, key=lambda r: r.doc)
    docs = [document_keys(r) for r in results]  # step 1 (map)
    roots = merge_keys(docs)  # step 2
    cannot, same = decide(results, docs, decisions)
    reduced = {root: reduce_block(root, units, cannot) for root, units in blocks(docs, roots).items()}  # step 3
    return finish(results, docs, reduced, same, cannot)  # step 4


def decide(
    results: Sequence[DocumentResult],
    docs: Sequence[DocumentKeys],
    decisions: Sequence[Decision] | str | Path | None,
) -> tuple[dict[UnitId, set[UnitId]], list]:
    """The user's decisions read against the units: ``(cannot, same)`` for steps 3 and 4.

    >>> decide([], [], None)
    ({}, [])
    """
    if isinstance(decisions, (str, Path)):
        decisions = load_decisions(decisions)
    return _decided(results, docs, decisions or [])


def finish(
    results: Iterable[DocumentResult],
    docs: Iterable[DocumentKeys],
    reduced: Mapping[str, Sequence[Group]],
    same: Sequence = (),
    cannot: dict[UnitId, set[UnitId]] | None = None,
) -> tuple[list[Entity], list[Relation]]:
    """Step 4: entities and facts from the groups of every block (``reduced``: block root ->
    :func:`reduce_block`'s groups), in any order of documents and blocks."""
    results = sorted(results, key=lambda r: r.doc)
    docs = sorted(docs, key=lambda d: d.doc)
    cannot = cannot or {}
    groups = [g for root in sorted(reduced) for g in reduced[root]]
    groups = _join_same(groups, same, cannot)
    links = possible_same_links(groups, cannot)
    final: dict[str, list[str]] = {}
    key_of_unit = {uid(u): g.key for g in groups for u in g.units}
    local_logs: dict[tuple[str, str], list] = {}
    for dk in docs:
        final[dk.doc] = [key_of_unit[(dk.doc, k)] for k in dk.keys]
        unit_of_key = {k: u.root for u in dk.units for k in u.keys}
        for entry in dk.log:
            root = unit_of_key.get(entry[0])
            if root is not None:
                local_logs.setdefault((dk.doc, root), []).append(entry)
    by_doc = {r.doc: r for r in results}
    entities, key_to_id = build_entities(by_doc, groups, local_logs, links)
    relations = relations_of(results, final, key_to_id)
    meeting_dates(results, final, key_to_id, entities)
    relations += admin_hierarchy(entities, relations)
    return sorted(entities.values(), key=lambda e: e.id), relations


def _decided(results: Sequence[DocumentResult], docs: Sequence[DocumentKeys], decisions: Sequence[Decision]):
    if not decisions:
        return {}, []
    return apply_decisions(decisions, unit_index(results, docs))


def unit_index(results: Sequence[DocumentResult], docs: Sequence[DocumentKeys]) -> UnitIndex:
    """The units of these documents by name and by mention, for the references of decisions.

    >>> unit_index([], []).match("张强")
    set()
    """
    index = UnitIndex()
    by_doc = {r.doc: r for r in results}
    for dk in docs:
        r = by_doc[dk.doc]
        for u in dk.units:
            names = set(u.names) | {clean(r.mentions[i].text) for i in u.mentions}
            index.add(uid(u), u.type, names, u.city or dk.place.city)
            for i in u.mentions:
                index.add_span(dk.doc, r.mentions[i].start, r.mentions[i].end, uid(u))
    return index


def _join_same(groups: list[Group], same, cannot) -> list[Group]:
    """Join the groups the user declared the same (unless declared different too)."""
    if not same:
        return groups
    group_of = {uid(u): i for i, g in enumerate(groups) for u in g.units}
    uf = UnionFind()
    for units, where in same:
        idx = sorted({group_of[x] for x in units})
        members = {uid(u) for i in idx for u in groups[i].units}
        if any(cannot.get(x, set()) & members for x in members):
            log.warning("%s: the units are also declared different; 'same' left out", where)
            continue
        if len({groups[i].type for i in idx}) > 1:
            log.warning("%s: the references name entities of different types; 'same' left out", where)
            continue
        for i in idx[1:]:
            uf.union(str(idx[0]).zfill(9), str(i).zfill(9), where)
        for i in idx:
            groups[i].joins.append(("decision.same", where, groups[i].units[0].doc))
    joined: dict[str, Group] = {}
    for i, g in enumerate(groups):
        root = uf.find(str(i).zfill(9))
        if root not in joined:
            joined[root] = Group(g.key)
        target = joined[root]
        target.joins.extend(g.joins)
        for u in g.units:
            target.add(u)
    return list(joined.values())
