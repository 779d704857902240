"""Step 4 of resolution split by record, so that no process holds the whole corpus (``--sharded --dask``).

:func:`kg.resolve.finish` needs every document's result in one process. Here the same
entities and facts come out of tasks that each see one *part* of the documents or one
*bucket* of the records, so that a cluster can run them with the documents' results left
where the analysis made them. :mod:`kg.shards_cluster` chains them as Dask tasks:

1. :func:`map_part` (per part of the documents): the documents' keys and their merge
   (steps 1 and 2 of :func:`kg.resolve.resolve`), joined over all parts
   (:func:`~kg.resolve.join_roots`; on a cluster by rounds between the parts and buckets of
   names, :mod:`kg.resolve.flat_roots`, so that no task holds every name);
2. :func:`split_part` and :func:`reduce_part`: the units of each block root, shuffled to
   ``P`` buckets by :func:`~kg.resolve.partition_of`, and step 3 per block;
3. :func:`group_tables`: what the groups tell each part (a unit's group), each entity
   bucket (the groups' joins and full names) and each link bucket (the groups by name);
4. :func:`links_part`: the possible-same links of the names of a link bucket
   (:func:`~kg.resolve.corpus.links_of_base`);
5. :func:`document_part`: what each part's documents tell the entity buckets (mentions,
   local joins, meeting dates and places) and the relation buckets (every fact as read);
6. :func:`entity_part` and :func:`relation_part`: the entities and the facts of a bucket,
   as :func:`~kg.resolve.facts.build_entities`, :func:`~kg.resolve.facts.meeting_dates`
   and :func:`~kg.resolve.facts.relations_of` make them. A group's mentions (a fact's
   evidence) come from each part as a sorted run, and what the entity takes of them (names,
   spellings, the first administrative code; the fact's first value, its best confidence
   and rule) already folded per part, so that an entity of many mentions or a fact of much
   evidence is made from runs that stay on disk on a cluster (:mod:`kg.resolve.flat_mentions`).

An entity's or fact's bucket is a range of the hash in its id (:func:`id_bucket`), so the
buckets' records, each sorted, are all records sorted by id when concatenated in bucket
order. The facts derived from the administrative hierarchy need only the entities with an
administrative code (at most one per division of the gazetteer): the client makes them
(:func:`admin_relations`).

The user's decisions (``--resolutions``) are read per part too (:mod:`kg.resolve.flat_decisions`).

>>> id_bucket("person-000000000000", 4), id_bucket("org-ffffffffffff", 4)
(0, 3)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Entity, Evidence, Relation
from kg.resolve.corpus import Group, link_bases, links_of_base, merge_keys, partition_of, reduce_block
from kg.resolve.document import DocumentKeys, Unit, document_keys
from kg.resolve.facts import _value_sig, admin_hierarchy, division_short_name, explain_records, label_of
from kg.resolve.flat_decisions import decisions_of, join_decided, match_part, routes
from kg.resolve.flat_mentions import Evidences, merged, spill_runs
from kg.resolve.keys import resolution_patterns, stable_id
from kg.resolve.review import Decision, load_decisions

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


def id_bucket(record_id: str, buckets: int) -> int:
    """The bucket of an entity or fact id (``type-<12 hex digits>``): a range of its hash."""
    return int(record_id.rsplit("-", 1)[1][:8], 16) * buckets >> 32


def key_id(key: str) -> str:
    """The entity id of a group key (as :func:`~kg.resolve.facts.build_entities` names it)."""
    return stable_id(key.split("|", 1)[0], key)


def _results(outcomes: Iterable[Sequence[tuple]]) -> list[DocumentResult]:
    """The results of analysis tasks' outcomes (``(result, seconds, error, …)`` lists)."""
    return [o[0] for lst in outcomes for o in lst if o[0] is not None]


def map_part(*outcomes: Sequence[tuple]) -> tuple[list[DocumentKeys], dict[str, str]]:
    """Steps 1 and 2 for a part: its documents' keys and their merge."""
    docs = [document_keys(r) for r in _results(outcomes)]
    return docs, merge_keys(docs)


def merge_of(mapped: tuple[list[DocumentKeys], dict[str, str]]) -> dict[str, str]:
    return mapped[1]


def split_part(
    part: int, mapped: tuple, roots: dict[str, str], buckets: int, route: Mapping[str, int] | None = None
) -> list[dict[str, list]]:
    """The shuffle's send side: ``(part, unit)`` by reduce bucket, then by block root
    (``route``: the bucket of the blocks that ``same`` decisions join, see :func:`routes`)."""
    route = route or {}
    out: list[dict[str, list]] = [defaultdict(list) for _ in range(buckets)]
    for dk in mapped[0]:
        for u in dk.units:
            root = roots[u.root]
            bucket = route[root] if root in route else partition_of(root, buckets)
            out[bucket][root].append((part, u))
    return [dict(b) for b in out]


def reduce_part(bucket: int, *splits: list[dict[str, list]], decided: tuple | None = None) -> tuple[dict, dict]:
    """Step 3 for a bucket: ``({root: groups}, {(doc, unit root): part})``; ``decided``:
    ``(cannot, same)`` of :func:`decisions_of`, or None."""
    cannot, same = decided or ({}, [])
    units: dict[str, list[Unit]] = defaultdict(list)
    origin: dict[tuple[str, str], int] = {}
    for split in splits:
        for root, tagged in split[bucket].items():
            for part, u in tagged:
                units[root].append(u)
                origin[(u.doc, u.root)] = part
    groups = {root: reduce_block(root, us, cannot) for root, us in units.items()}
    return (join_decided(groups, same, cannot) if same else groups), origin


def group_tables(reduced: tuple[dict[str, list[Group]], dict], parts: int, buckets: int) -> dict[str, list]:
    """What the groups of a reduce bucket tell the others: ``units`` per part (``(doc, unit
    root) -> (group key, position of the unit in its group)``), ``groups`` per entity bucket
    (``key -> (joins, full names)``), ``bases`` per link bucket (``name -> [(order, group)]``)."""
    groups_of, origin = reduced
    units: list[dict] = [{} for _ in range(parts)]
    infos: list[dict] = [{} for _ in range(buckets)]
    bases: list[dict] = [defaultdict(list) for _ in range(buckets)]
    for root in sorted(groups_of):
        for j, g in enumerate(groups_of[root]):
            for p, u in enumerate(g.units):
                units[origin[(u.doc, u.root)]][(u.doc, u.root)] = (g.key, p)
            infos[id_bucket(key_id(g.key), buckets)][g.key] = (
                g.joins,
                sorted({n for u in g.units for n in u.full_names}),
            )
            for base in link_bases(g):
                bases[partition_of(base, buckets)][base].append(((root, j), g))
    return {"units": units, "groups": infos, "bases": [dict(b) for b in bases]}


def pick(value: Any, *path: Any) -> Any:
    """``value[path[0]][path[1]]…``: one bucket's share of a task's result."""
    for p in path:
        value = value[p]
    return value


def links_part(buckets: int, *shares: dict[str, list], decided: tuple | None = None) -> list[dict[str, list]]:
    """Step 4 for a link bucket: per entity bucket, ``group key -> [(name, links)]`` (no link
    between units declared different: ``decided`` as for :func:`reduce_part`)."""
    cannot = decided[0] if decided else None
    by_base: dict[str, list] = defaultdict(list)
    for share in shares:
        for base, groups in share.items():
            by_base[base].extend(groups)
    out: list[dict[str, list]] = [defaultdict(list) for _ in range(buckets)]
    for base in sorted(by_base):
        groups = [g for _, g in sorted(by_base[base], key=lambda x: x[0])]
        for key, links in links_of_base(base, groups, cannot).items():
            if links:
                out[id_bucket(key_id(key), buckets)][key].append((base, links))
    return [dict(b) for b in out]


def document_part(buckets: int, mapped: tuple, unit_maps: Sequence[dict], *outcomes: Sequence[tuple]) -> dict:
    """Step 5 for a part: ``entities`` per entity bucket (``group key -> {"m": mentions,
    "log": local joins, "meet": meeting dates and places}``), ``relations`` per relation
    bucket (``fact id -> {"sig": signature, "first": (place, value), "best": (confidence,
    place, rule), "ev": evidence}``: a place is ``(doc, n)``, the fact's place in the corpus's
    document order; the evidence a sorted run of ``(doc, n, *evidence)``)."""
    unit_of: dict[tuple[str, str], tuple[str, int]] = {}
    for m in unit_maps:
        unit_of.update(m)
    results = {r.doc: r for r in _results(outcomes)}
    ents: list[dict[str, dict]] = [{} for _ in range(buckets)]
    rels: list[dict[str, dict]] = [{} for _ in range(buckets)]

    def entry(key: str) -> dict:
        share = ents[id_bucket(key_id(key), buckets)]
        if key not in share:
            share[key] = {"m": [], "names": set(), "texts": set(), "admin": {}, "log": [], "meet": []}
        return share[key]

    for dk in mapped[0]:
        r, doc = results[dk.doc], dk.doc
        final = [unit_of[(doc, k)][0] for k in dk.keys]
        for u in dk.units:
            key, p = unit_of[(doc, u.root)]
            e = entry(key)
            for k, i in enumerate(u.mentions):
                m = r.mentions[i]
                # What the entity takes of its mentions, kept per group (not per mention):
                # each attribute from its first mention in the group's order, as (order, value).
                # A division's code names a place; a person named like one ("副主席高平以及")
                # keeps the name written, not the division's full name.
                admin = [
                    (a, v) for a, v in m.attrs.items() if a in ("admin_code", "admin_level") and m.label != "PERSON"
                ]
                for j, (a, v) in enumerate(admin):
                    if a not in e["admin"] or ((p, k), j) < e["admin"][a][0]:
                        e["admin"][a] = (((p, k), j), v)
                e["names"].update(n for n in (m.attrs.get(a) for a in ("without_place", "also_called", "country")) if n)
                e["names"].add(m.norm)
                e["texts"].add(m.text)
                e["m"].append((doc, m.start, m.end, m.text))
        unit_of_key = {k: u.root for u in dk.units for k in u.keys}
        for n, log in enumerate(dk.log):
            root = unit_of_key.get(log[0])
            if root is not None:
                key, p = unit_of[(doc, root)]
                entry(key)["log"].append(((p, n), log))
        for i, m in enumerate(r.mentions):
            if m.label != "MEETING":
                continue
            date = (True, r.article_dates[m.article]) if m.article in r.article_dates else (False, None)
            place = m.attrs.get("place")
            place_id = key_id(final[place]) if isinstance(place, int) else None
            if date[0] or place_id is not None:
                entry(final[i])["meet"].append(((doc, i), date, place_id))
        for j, rel in enumerate(r.relations):
            head = key_id(final[rel.head])
            tail = key_id(final[rel.tail]) if rel.tail is not None else None
            value = dict(rel.value) if rel.value else None
            if value and isinstance(value.get("org"), int):
                value["org"] = key_id(final[value["org"]])
            if tail == head:
                continue
            sig = (rel.type, head, tail, _value_sig(rel.type, value))
            rid = stable_id("rel", "|".join(str(x) for x in sig))
            # What the fact takes of its readings, folded per part as relation_part folds
            # the parts: the value of the first, the rule of the first of best confidence.
            at, share, best = (doc, j), rels[id_bucket(rid, buckets)], (rel.confidence, (doc, j), rel.rule)
            f = share.setdefault(rid, {"sig": sig, "first": (at, value), "best": best, "ev": []})
            f["first"] = min(f["first"], (at, value), key=lambda x: x[0])
            f["best"] = _better(f["best"], best)
            ev = rel.evidence
            f["ev"].append((doc, j, ev.doc, ev.text, ev.start, ev.end))
    for share in ents:
        for d in share.values():
            d["m"] = sorted(set(d["m"]))  # a sorted run (kg.resolve.flat_mentions)
    for rshare in rels:
        for f in rshare.values():
            f["ev"].sort()  # a run in document order ((doc, n) is unique)
    return {"entities": ents, "relations": rels}


def _better(a: tuple, b: tuple) -> tuple:
    """Of two ``(confidence, place, rule)``, the higher confidence, else the first read (as
    :func:`~kg.resolve.facts.relations_of` takes a later reading's rule only if higher)."""
    return a if (-a[0], a[1]) <= (-b[0], b[1]) else b


def entity_part(
    infos: Sequence[dict], links: Sequence[dict[str, list]], shares: Sequence[dict[str, dict]]
) -> tuple[list[Entity], list[tuple[str, str, str]]]:
    """Step 6 for an entity bucket: its entities sorted by id, and ``(group key, admin code,
    id)`` of those with an administrative code."""
    cap = resolution_patterns()["explain"]["possible_same"]
    group_info: dict[str, tuple] = {}
    for i in infos:
        group_info.update(i)
    group_links: dict[str, list] = defaultdict(list)
    for share in links:
        for key, per_base in share.items():
            group_links[key].extend(per_base)
    data: dict[str, dict] = defaultdict(
        lambda: {"m": [], "names": set(), "texts": set(), "admin": {}, "log": [], "meet": []}
    )
    for share in shares:
        for key, d in share.items():
            into = data[key]
            into["m"].append(d["m"])  # a run: a sorted list, or a file's (flat_mentions)
            for field in ("names", "texts"):
                into[field] |= d[field]
            for a, first in d["admin"].items():
                if a not in into["admin"] or first[0] < into["admin"][a][0]:
                    into["admin"][a] = first
            for field in ("log", "meet"):
                into[field].extend(d[field])
    entities, admin = [], []
    for key in sorted(group_info):
        joins, full_names = group_info[key]
        d = data[key]
        names = sorted(d["names"] | set(full_names))
        # The attributes in the order their first mentions come (as setdefault over them).
        attrs: dict = {a: v for a, (_, v) in sorted(d["admin"].items(), key=lambda x: x[1][0])}
        label = label_of(names, attrs)
        aliases = sorted((set(names) | d["texts"] | division_short_name(attrs)) - {label})
        local = [log for _, log in sorted(d["log"], key=lambda x: x[0])]
        if joins or local:
            attrs["resolution"] = explain_records(joins, local)
        linked = [link for _, ls in sorted(group_links.get(key, ()), key=lambda x: x[0]) for link in ls][:cap]
        if linked:
            attrs["possible_same"] = [{"id": key_id(k), "reason": why} for k, why in linked]
        _meeting(attrs, d["meet"])
        eid = key_id(key)
        mentions = merged([r for r in d["m"] if len(r)])
        entities.append(Entity(eid, key.split("|", 1)[0], label, aliases, mentions, attrs))
        if attrs.get("admin_code"):
            admin.append((key, attrs["admin_code"], eid))
    return sorted(entities, key=lambda e: e.id), admin


def _meeting(attrs: dict, found: list) -> None:
    """A meeting's date and place: those of its first mention (in document order) that has one,
    set in the order :func:`~kg.resolve.facts.meeting_dates` sets them."""
    dated = min(((at, date) for at, (has, date), _ in found if has), default=None, key=lambda x: x[0])
    placed = min(((at, place) for at, _, place in found if place is not None), default=None, key=lambda x: x[0])
    todo = [(dated[0], 0, "date", dated[1])] if dated else []
    todo += [(placed[0], 1, "place", placed[1])] if placed else []
    for _, _, name, value in sorted(todo, key=lambda x: (x[0], x[1])):
        attrs.setdefault(name, value)


def relation_part(*shares: dict[str, dict]) -> list[Relation]:
    """Step 6 for a relation bucket: one fact per signature, with all its evidence in
    document order (merged from the parts' runs, which may be in files: :class:`Evidences`)
    and the rule of its best evidence (as :func:`~kg.resolve.facts.relations_of`)."""
    facts: dict[str, dict] = {}
    for share in shares:
        for rid, f in share.items():
            if rid not in facts:
                facts[rid] = {"sig": f["sig"], "first": f["first"], "best": f["best"], "ev": []}
            into = facts[rid]
            into["first"] = min(into["first"], f["first"], key=lambda x: x[0])
            into["best"] = _better(into["best"], f["best"])
            into["ev"].append(f["ev"])  # a run: a sorted list, or a file's (flat_mentions)
    out = []
    for rid in sorted(facts):
        f = facts[rid]
        sig, (confidence, _, rule) = f["sig"], f["best"]
        evidence = merged([r for r in f["ev"] if len(r)], Evidences)
        out.append(Relation(rid, sig[0], sig[1], sig[2], f["first"][1], evidence, confidence, rule))
    return out


def stated_pairs(relations: Sequence[Relation], admin_ids: set[str]) -> list[tuple[str, str]]:
    """The ``located_in`` pairs read in the texts between entities of ``admin_ids``."""
    return [
        (r.head, r.tail)
        for r in relations
        if r.type == "located_in" and not r.inferred and r.head in admin_ids and r.tail in admin_ids
    ]


def admin_relations(admin: Iterable[tuple[str, str, str]], stated: Iterable[tuple[str, str]]) -> list[Relation]:
    """:func:`~kg.resolve.facts.admin_hierarchy` from the entities with a code, ``(group key,
    code, id)``, and the pairs :func:`stated_pairs` found."""
    by_key = sorted(admin)
    entities = {eid: Entity(eid, "PLACE", "", attributes={"admin_code": code}) for _, code, eid in by_key}
    read = [Relation("", "located_in", h, t, evidence=[Evidence("", "", 0, 0)]) for h, t in stated]
    return admin_hierarchy(entities, read)


def resolve_flat(
    parts: Sequence[Sequence[DocumentResult]],
    buckets: int,
    decisions: Sequence[Decision] | str | Path | None = None,
    runs: str | Path | None = None,
) -> tuple[list[Entity], list[Relation]]:
    """The steps of this module in one process, on documents in ``parts``: what
    :func:`kg.resolve.resolve` returns with the same ``decisions`` (:mod:`kg.shards_cluster`
    runs the same steps as tasks). ``runs``: a folder where the long runs of mentions and
    evidence go, as on a cluster (:func:`~kg.resolve.flat_mentions.spill_runs`; the entities'
    mentions and the facts' evidence are then merged from them when iterated).

    >>> from kg.nlp.document import DocumentResult, MentionRecord
    >>> m = [MentionRecord(0, 0, 2, "張強", "张强", "PERSON", "statistical", 0.6)]
    >>> ents, rels = resolve_flat([[DocumentResult("d.txt", m, [], 1)], []], buckets=3)
    >>> ents[0].label, ents[0].aliases
    ('张强', ['張強'])
    """
    from kg.resolve.corpus import join_roots

    outcomes = [[[(r,)] for r in part] for part in parts]  # as analysis tasks hand them over
    mapped = [map_part(*o) for o in outcomes]
    roots = join_roots(merge_of(m) for m in mapped)
    decided, route = None, None
    if isinstance(decisions, (str, Path)):
        decisions = load_decisions(decisions)
    if decisions:
        refs = sorted({r for d in decisions for r in (*d.a, *d.b)})
        decided = decisions_of(decisions, [match_part(refs, m, *o) for m, o in zip(mapped, outcomes, strict=True)])
        route = routes(decided[1], roots, buckets)
    splits = [split_part(i, m, roots, buckets, route) for i, m in enumerate(mapped)]
    tables = [group_tables(reduce_part(b, *splits, decided=decided), len(parts), buckets) for b in range(buckets)]
    links = [links_part(buckets, *[t["bases"][c] for t in tables], decided=decided) for c in range(buckets)]
    docs = [document_part(buckets, m, [t["units"][i] for t in tables], *outcomes[i]) for i, m in enumerate(mapped)]
    for i, d in enumerate(docs if runs is not None else ()):
        for e, share in enumerate(d["entities"]):
            spill_runs(share, f"{runs}/mentions-{i}-{e}.runs")
        for r, rshare in enumerate(d["relations"]):
            spill_runs(rshare, f"{runs}/evidence-{i}-{r}.runs", field="ev")
    made = [
        entity_part([t["groups"][e] for t in tables], [ls[e] for ls in links], [d["entities"][e] for d in docs])
        for e in range(buckets)
    ]
    rels = [relation_part(*[d["relations"][r] for d in docs]) for r in range(buckets)]
    admin = [a for m in made for a in m[1]]
    ids = {eid for _, _, eid in admin}
    derived = admin_relations(admin, [p for r in rels for p in stated_pairs(r, ids)])
    entities = sorted((e for m in made for e in m[0]), key=lambda e: e.id)
    return entities, [r for part in rels for r in part] + derived
