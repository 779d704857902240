"""Steps 2 and 3 of resolution, across documents: merge keys, then decide per key.

* :func:`merge_keys` (step 2) joins the keys that the units of all documents share: a
  name's short and full forms that one document joined are one thing wherever they occur.
  Person keys are not joined here: a person is a name *and* a context.
* :func:`reduce_block` (step 3) takes the units of one joined key (a *block*: a person's
  name, an organisation and its forms, a division's code) and decides which are one thing.
  Persons of one name join when they share an employer or the city their documents are
  about, and stay apart when their cities or employers differ or they hold a post and its
  deputy post at the same time; without evidence either way they stay apart, linked as
  *possible same* (:func:`possible_same_links`). Decisions of the user come first.

Blocks are independent: the cost is linear in the units, times the groups of one name.

>>> from kg.resolve.document import Unit
>>> a = Unit("a.txt", "PERSON|张强", ["PERSON|张强"], [0], ["张强"], city="大同市", posts=["市长"])
>>> b = Unit("b.txt", "PERSON|张强", ["PERSON|张强"], [0], ["张强"], city="大同市")
>>> c = Unit("c.txt", "PERSON|张强", ["PERSON|张强"], [0], ["张强"], city="合肥市", posts=["副市长"])
>>> [sorted(u.doc for u in g.units) for g in reduce_block("PERSON|张强", [a, b, c])]
[['a.txt', 'b.txt'], ['c.txt']]
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.resolve.document import DocumentKeys, Unit
from kg.resolve.keys import UnionFind, key_name, resolution_patterns, scoped_key, split_scope

UnitId = tuple[str, str]  # (document, unit key)


@dataclass
class Group:
    """The units that resolution made one thing, and why (``joins``: rule, shared context, doc)."""

    key: str
    units: list[Unit] = field(default_factory=list)
    joins: list[tuple[str, str, str]] = field(default_factory=list)
    cities: set[str] = field(default_factory=set)
    employers: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    @property
    def type(self) -> str:
        return self.key.split("|", 1)[0]

    def add(self, u: Unit) -> None:
        self.units.append(u)
        if u.city:
            self.cities.add(u.city)
        self.employers.update(u.employers)
        self.posts.update(u.posts)
        self.dates.update(u.dates)


def uid(u: Unit) -> UnitId:
    return (u.doc, u.root)


def merge_keys(documents: Iterable[DocumentKeys]) -> dict[str, str]:
    """Step 2: every key of a non-person unit -> the root of the keys it shares with others.

    >>> from kg.resolve.document import DocumentKeys, Unit
    >>> from kg.resolve.document_place import DocumentPlace
    >>> u = Unit("a.txt", "ORG|中车大同", ["ORG|中车大同", "ORG|中车大同公司"], [0, 1], [])
    >>> v = Unit("b.txt", "ORG|中车大同公司", ["ORG|中车大同公司"], [0], [])
    >>> docs = [DocumentKeys(d, [], [x], [], DocumentPlace()) for d, x in (("a.txt", u), ("b.txt", v))]
    >>> merge_keys(docs)["ORG|中车大同公司"]
    'ORG|中车大同'
    """
    uf = UnionFind()
    for dk in documents:
        for u in dk.units:
            uf.find(u.root)
            if u.type != "PERSON":
                for k in u.keys:
                    uf.union(u.root, k)
    return {k: uf.find(k) for k in uf.parent}


def join_roots(parts: Iterable[dict[str, str]]) -> dict[str, str]:
    """Step 2 over partitions: the :func:`merge_keys` of several groups of documents joined.

    A key's root is the smallest key of its set, so the result does not depend on how the
    documents were grouped or ordered: it equals :func:`merge_keys` of all of them.

    >>> join_roots([{"ORG|b": "ORG|a", "ORG|a": "ORG|a"}, {"ORG|c": "ORG|b", "ORG|b": "ORG|b"}])["ORG|c"]
    'ORG|a'
    """
    uf = UnionFind()
    for part in parts:
        for key, root in part.items():
            uf.union(root, key)
    return {k: uf.find(k) for k in uf.parent}


def partition_of(root: str, partitions: int) -> int:
    """The reduce partition of a block: a hash of its root that is the same in every process.

    >>> partition_of("PERSON|张强", 4) == partition_of("PERSON|张强", 4) < 4
    True
    """
    return zlib.crc32(root.encode("utf-8")) % partitions


def blocks(documents: Sequence[DocumentKeys], roots: dict[str, str]) -> dict[str, list[Unit]]:
    """The units of every block (key root), in document order: the shuffle of step 3."""
    out: dict[str, list[Unit]] = defaultdict(list)
    for dk in sorted(documents, key=lambda d: d.doc):
        for u in dk.units:
            out[roots[u.root]].append(u)
    return out


def _chief(post: str) -> tuple[str, bool]:
    """A post without its deputy words, and whether it had any ("常务副市长" -> ("市长", True))."""
    for w in resolution_patterns()["person"]["deputy_words"]:
        if w in post:
            return post.replace(w, "", 1), True
    return post, False


def _days_apart(a: Sequence[str], b: Sequence[str]) -> int | None:
    try:
        da = [dt.date.fromisoformat(x) for x in a]
        db = [dt.date.fromisoformat(x) for x in b]
    except ValueError:
        return None
    if not da or not db:
        return None
    return min(abs((x - y).days) for x in da for y in db)


def _posts_conflict(
    posts: Iterable[str], dates: Iterable[str], others: Iterable[str], other_dates: Iterable[str]
) -> str:
    """A post and its deputy post held at the same time: two persons. The times are the
    dates of the articles that name them; where one is unknown, the posts say nothing (a
    deputy is often promoted to the post)."""
    limit = resolution_patterns()["person"]["same_time_days"]
    for p in sorted(posts):
        cp, dp = _chief(p)
        for q in sorted(others):
            cq, dq = _chief(q)
            if cp == cq and dp != dq:
                apart = _days_apart(sorted(dates), sorted(other_dates))
                if apart is not None and apart <= limit:
                    return f"{p} / {q}"
    return ""


def _employers_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two employer sets may be one person's: one body's name ends the other's
    (市委 / 大同市委) for some pair."""
    na, nb = {key_name(k) for k in a}, {key_name(k) for k in b}
    return any(x.endswith(y) or y.endswith(x) for x in na for y in nb)


def person_conflict(u: Unit, g: Group) -> str:
    """Why the person ``u`` cannot be the person of ``g`` ("" if nothing says so)."""
    if u.employers and g.employers and not _employers_compatible(u.employers, g.employers):
        return "different employers"
    shared = _shared_employer(u, g)
    if u.city and g.cities and u.city not in g.cities and not shared:
        return f"different cities ({u.city} / {'、'.join(sorted(g.cities))})"
    posts = _posts_conflict(u.posts, u.dates, g.posts, g.dates)
    if posts:
        return f"incompatible posts at the same time ({posts})"
    return ""


def _shared_employer(u: Unit, g: Group) -> str:
    # A bare body scoped to one document ("县委@a.txt") is no evidence across documents.
    same = sorted(e for e in set(u.employers) & g.employers if split_scope(e)[1] != u.doc)
    return key_name(same[0]) if same else ""


def reduce_block(
    root: str,
    units: Sequence[Unit],
    cannot: dict[UnitId, set[UnitId]] | None = None,
) -> list[Group]:
    """Step 3 for one block: the groups of units that are one thing.

    ``cannot``: units the user declared different (never in one group). The units are taken
    in the order of their documents (and of their keys within one), whatever order they
    come in, so that a block gathered from partitions gives the same groups.
    """
    cannot = cannot or {}
    units = sorted(units, key=uid)
    groups: list[Group] = []
    person = root.startswith("PERSON|")
    by_city: dict[str, list[int]] = defaultdict(list)
    by_employer: dict[str, list[int]] = defaultdict(list)
    for u in units:
        banned = cannot.get(uid(u), set())
        chosen, rule, shared = None, "", ""
        if not person:
            for i, g in enumerate(groups):
                if not banned or not any(uid(v) in banned for v in g.units):
                    chosen, rule = i, "same_name"
                    shared = _shared_key(u, g)
                    break
        else:
            candidates = sorted(
                {i for e in u.employers for i in by_employer.get(e, ())} | set(by_city.get(u.city or "", ()))
            )
            for i in candidates:
                g = groups[i]
                if (banned and any(uid(v) in banned for v in g.units)) or person_conflict(u, g):
                    continue
                employer = _shared_employer(u, g)
                if employer:
                    chosen, rule, shared = i, "person.same_employer", employer
                    break
                if u.city and u.city in g.cities:
                    chosen, rule, shared = i, "person.same_city", u.city
                    break
        if chosen is None:
            key = root if not groups else _new_key(root, u, groups)
            groups.append(Group(key))
            chosen = len(groups) - 1
        else:
            groups[chosen].joins += [(rule, shared, groups[chosen].units[0].doc), (rule, shared, u.doc)]
        groups[chosen].add(u)
        if person:
            if u.city:
                by_city[u.city].append(chosen)
            for e in u.employers:
                by_employer[e].append(chosen)
    return groups


def _shared_key(u: Unit, g: Group) -> str:
    keys = set(u.keys)
    for v in g.units:
        common = keys & set(v.keys)
        if common:
            return min(common).split("|", 1)[1]
    return u.root.split("|", 1)[1]


def _new_key(root: str, u: Unit, groups: list[Group]) -> str:
    taken = {g.key for g in groups}
    key = scoped_key(root, u.city or u.doc)
    if key in taken:
        key = scoped_key(root, u.doc)
    n = 2
    base = key
    while key in taken:
        key, n = f"{base}#{n}", n + 1
    return key


def possible_same_links(
    groups: Sequence[Group], cannot: dict[UnitId, set[UnitId]] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """Groups that may be one thing but lack the evidence: same name (without scope), no
    conflict. ``group key -> [(other group key, reason)]``, at most ``possible_same`` each.

    A scope (``县委@a.txt``) is a document's name when it is the document of the unit that
    holds it (a name scoped to its document, for lack of a known city), else a city.

    >>> a = Group("ORG|县委@a.txt", [Unit("a.txt", "ORG|县委@a.txt", ["ORG|县委@a.txt"], [0], ["县委"])])
    >>> b = Group("ORG|县委@b.txt", [Unit("b.txt", "ORG|县委@b.txt", ["ORG|县委@b.txt"], [0], ["县委"])])
    >>> possible_same_links([a, b])["ORG|县委@a.txt"]
    [('ORG|县委@b.txt', 'same name 县委; no shared context (county or city unknown)')]
    """
    by_base: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        for b in link_bases(g):
            by_base[b].append(i)
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for base, idx in sorted(by_base.items()):
        links_of_base(base, [groups[i] for i in sorted(set(idx))], cannot, out)
    return out


def link_bases(g: Group) -> list[str]:
    """The names (without scope) under which a group may be linked to others, sorted."""
    bases = set()
    for u in g.units:
        for k in u.keys if g.type != "PERSON" else [u.root]:
            base, scope = split_scope(k)
            if scope or g.type == "PERSON":
                bases.add(base)
    return sorted(bases)


def links_of_base(
    base: str,
    groups: Sequence[Group],
    cannot: dict[UnitId, set[UnitId]] | None = None,
    out: dict[str, list[tuple[str, str]]] | None = None,
) -> dict[str, list[tuple[str, str]]]:
    """The links of the groups that share the name ``base`` (in the order of all groups),
    appended to ``out`` (at most ``possible_same`` per group in all). :func:`possible_same_links`
    is this for every base in sorted order; a distributed build runs it per base with a
    fresh ``out`` and joins the lists in base order, cut to ``possible_same``: the same."""
    cap = resolution_patterns()["explain"]["possible_same"]
    out = defaultdict(list) if out is None else out
    if len(groups) < 2:
        return out
    name = base.split("|", 1)[1]
    places = [set(g.cities) if g.type == "PERSON" else _city_scopes(g) for g in groups]
    idx = range(len(groups))
    # Groups of two known places are apart: only groups of no known place, or of a place
    # in common, are candidates (a common name has a group per city).
    nowhere = [i for i in idx if not places[i]]
    at: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        for c in places[i]:
            at[c].append(i)
    for i in idx:
        a = groups[i]
        cands = sorted(set(nowhere) | {j for c in places[i] for j in at[c]}) if places[i] else idx
        for j in cands:
            if len(out[a.key]) >= cap:
                break
            b = groups[j]
            if j == i or (cannot and any(cannot.get(uid(u), set()) & {uid(v) for v in b.units} for u in a.units)):
                continue
            reason = _link_reason(a, b, name)
            if reason:
                out[a.key].append((b.key, reason))
    return out


def _city_scopes(g: Group) -> set[str]:
    """The scopes of a group's keys that are cities, not the document of their unit."""
    return {s for u in g.units for k in u.keys for s in [split_scope(k)[1]] if s and s != u.doc}


def _groups_conflict(a: Group, b: Group) -> bool:
    """Whether two groups of persons cannot be one person (as :func:`person_conflict`)."""
    if a.employers and b.employers and not _employers_compatible(a.employers, b.employers):
        return True
    shared = {e for e in a.employers & b.employers if not split_scope(e)[1]}
    if a.cities and b.cities and not a.cities & b.cities and not shared:
        return True
    return bool(_posts_conflict(a.posts, a.dates, b.posts, b.dates))


def _link_reason(a: Group, b: Group, name: str) -> str:
    if a.type != b.type:
        return ""
    if a.type == "PERSON":
        if _groups_conflict(a, b):
            return ""
        ca = "、".join(sorted(a.cities)) or "unknown"
        cb = "、".join(sorted(b.cities)) or "unknown"
        return f"same name {name}; no shared employer or city (cities: {ca} / {cb})"
    if all(any(not split_scope(k)[1] for u in g.units for k in u.keys) for g in (a, b)):
        return ""  # both named in full somewhere (固始县发改委, 延安市发改委): their full names decide
    sa, sb = _city_scopes(a), _city_scopes(b)
    if sa and sb and not sa & sb:
        return ""  # the name holds in two known, different cities
    return f"same name {name}; no shared context (county or city unknown)"
