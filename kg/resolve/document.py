"""Step 1 of resolution, one document at a time: keys, merges within the document (their rules:
:mod:`kg.resolve.document_merges`), units.

:func:`document_keys` needs nothing but the document: it gives every mention a key, joins
the short and full forms the document uses for one thing (each join logged with its rule),
scopes names that only hold in one place, and returns the document's *units* (one per
thing it names) with the context cross-document resolution compares: the document's
city, a person's employers, posts and dates.

>>> from kg.nlp.document import DocumentResult, MentionRecord
>>> ms = [MentionRecord(0, 0, 4, "平城区委", "平城区委", "ORG", "head_words", 0.7),
...       MentionRecord(0, 9, 11, "区委", "区委", "ORG", "head_words", 0.7)]
>>> dk = document_keys(DocumentResult("d.txt", ms, [], 1))
>>> dk.keys, dk.log[0][2]
(['ORG|区委@d.txt', 'ORG|区委@d.txt'], 'org.level_word_short_form')
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.document_merges import (
    merge_orgs_in_document,
    merge_projects_in_document,
    merge_short_forms_in_document,
)
from kg.resolve.document_place import DocumentPlace, document_place
from kg.resolve.event_merges import merge_event_editions
from kg.resolve.keys import (
    UnionFind,
    clean,
    company_suffix,
    key_name,
    mention_key,
    name_city,
    resolution_patterns,
    scoped,
    scoped_key,
    split_scope,
    type_votes,
)
from kg.resolve.park_projects import merge_park_projects, park_votes
from kg.resolve.place_short_forms import rekey_short_forms
from kg.resolve.place_tail_forms import rekey_place_tail_forms
from kg.resolve.project_contractions import merge_contracted_projects
from kg.resolve.project_forms import merge_firm_forms_in_document, merge_plain_forms_in_document
from kg.resolve.zones import merge_zone_forms_in_document

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult


@dataclass
class Unit:
    """One thing a document names: its mentions, keys and the context around them."""

    doc: str
    root: str  # the unit's key (the smallest of its keys)
    keys: list[str]
    mentions: list[int]  # indices into the document's mentions
    names: list[str]  # the normalised names of its mentions
    city: str | None = None
    employers: list[str] = field(default_factory=list)  # keys of the bodies a person works for
    posts: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    full_names: list[str] = field(default_factory=list)  # what a relative name stands for (县委 -> 肥西县委)

    @property
    def type(self) -> str:
        return self.root.split("|", 1)[0]


@dataclass
class DocumentKeys:
    """What step 1 hands on: per mention its unit's key; the units; the joins and why."""

    doc: str
    keys: list[str]
    units: list[Unit]
    log: list[tuple[str, str, str, str]]
    place: DocumentPlace


def document_keys(r: DocumentResult) -> DocumentKeys:
    """Keys, within-document merges and units of one document (step 1; independent per document)."""
    place = document_place(r)
    votes = {**type_votes(r), **park_votes(r)}
    uf = UnionFind()
    ks = [mention_key(r, m, votes.get(clean(m.norm))) for m in r.mentions]
    ks = [scoped(r, k, place) if k.startswith("ORG|") else k for k in ks]
    ks = rekey_short_forms(r, ks)
    ks = rekey_place_tail_forms(r, ks)  # "大湾区" after "粤港澳大湾区", "某某新城" after "某某国际新城"
    for k in ks:
        uf.find(k)
    merge_park_projects(r, ks, votes, uf)
    merge_orgs_in_document(r, ks, uf, place)
    merge_projects_in_document(r, uf)
    merge_event_editions(r, ks, uf)
    merge_short_forms_in_document(r, ks, uf)
    merge_contracted_projects(r, ks, uf)
    merge_zone_forms_in_document(r, ks, uf)
    merge_firm_forms_in_document(r, uf)
    merge_plain_forms_in_document(r, uf)
    local = _local_scoper(r, place)
    members: dict[str, set[str]] = defaultdict(set)
    for k in list(uf.parent):
        members[uf.find(k)].add(local(k))
    root_of = {root: min(keys) for root, keys in members.items()}
    units: dict[str, Unit] = {}
    final = []
    for i, (m, k) in enumerate(zip(r.mentions, ks, strict=True)):
        root = uf.find(k)
        key = root_of[root]
        u = units.get(key)
        if u is None:
            u = units[key] = Unit(r.doc, key, sorted(members[root]), [], [])
        u.mentions.append(i)
        if clean(m.norm) not in u.names:
            u.names.append(clean(m.norm))
        date = r.article_dates.get(m.article)
        if date and date not in u.dates:
            u.dates.append(date)
        final.append(key)
    for u in units.values():
        if u.type == "ORG":
            # "县委" read as "肥西县委": the full name is a name of the unit (and its label)
            # (not where the unit names that body in full already, another division's: the bare
            # "县委" joined to "某县委" is not also the page's own "某某县委")
            scoped_names = {(n, scoped(r, f"ORG|{n}", place)) for n in u.names}
            u.full_names = sorted(
                {
                    key_name(k)
                    for n, k in scoped_names
                    if not split_scope(k)[1]
                    and not any(o != n and o.endswith(n[1:]) for o in u.names if o != key_name(k))
                }
                - set(u.names)
            )
            u.names += u.full_names
    _person_context(r, final, units, place)
    log = [(local(a), local(b), why, where) for a, b, why, where in uf.log]
    return DocumentKeys(r.doc, final, [units[k] for k in sorted(units)], log, place)


def _local_scoper(r: DocumentResult, place: DocumentPlace):
    """Names that only a city tells apart get the document's city (or the document) as
    scope: "人民医院", "全市招商推进会", a village, unless they open with a division's name."""
    conf = resolution_patterns()
    place_heads = tuple(conf["place"]["local_heads"])
    org_heads = tuple(conf["org"]["local_heads"])
    national = tuple(conf["org"]["national_openers"])
    scopes = tuple(conf["meeting"]["relative_scopes"])
    branch_heads = tuple(conf["org"]["branches"]["heads"])
    scope = place.city or r.doc

    def local(key: str) -> str:
        if split_scope(key)[1]:
            return key
        kind, _, name = key.partition("|")
        local_name = (
            (kind == "PLACE" and not name.startswith("code:") and name.endswith(place_heads))
            or (kind == "ORG" and name.endswith(org_heads) and not (company_suffix(name) or name.startswith(national)))
            or (kind == "MEETING" and name.startswith(scopes))
        )
        if kind == "ORG" and _division_branch(name, branch_heads):
            return scoped_key(key, r.doc)
        if not local_name or _opens_with_division(name):
            return key
        return scoped_key(key, scope)

    return local


def _division_branch(name: str, heads: tuple[str, ...]) -> bool:
    """Whether a name is only a division and a branch word ("安徽省分行", "大同市支行"): the
    branch of whichever bank its article named, no name of one body across articles."""
    head = next((h for h in heads if name.endswith(h)), None)
    if head is None:
        return False
    rest = name[: -len(head)]
    gaz = load_gazetteer()
    return len(rest) >= 2 and any(d.name == rest for d in gaz.lookup(rest))


@lru_cache(maxsize=65536)
def _opens_with_division(name: str) -> bool:
    """Whether a name opens with a division's full name ("大同市第一人民医院")."""
    gaz = load_gazetteer()
    return any(any(d.name == name[:n] for d in gaz.lookup(name[:n])) for n in range(2, min(len(name), 9)))


def _person_context(r: DocumentResult, keys: list[str], units: dict[str, Unit], place: DocumentPlace) -> None:
    """A person's employers (works_for, the body of a post), posts, and city: the one city
    their employers name, else the document's."""
    for rel in r.relations:
        head = units[keys[rel.head]]
        if head.type != "PERSON":
            continue
        org = rel.tail if rel.type == "works_for" else (rel.value or {}).get("org")
        if isinstance(org, int) and keys[org] not in head.employers:
            head.employers.append(keys[org])
        post = (rel.value or {}).get("position") if rel.type == "holds_position" else None
        if post and post not in head.posts:
            head.posts.append(post)
    for u in units.values():
        if u.type == "PERSON":
            cities = {c for c in (name_city(key_name(e)) for e in u.employers) if c}
            u.city = next(iter(cities)) if len(cities) == 1 else place.city
            u.employers.sort()
            u.posts.sort()
            u.dates.sort()
