"""Entity resolution across the corpus: one entity per real thing, with its names.

Rules, in order:

* places with an administrative code are one entity per code (大同 = 大同市; 靈丘 = 灵丘县);
  "我市"/"本市" is an alias of the paper's city where the document shows which it is;
* organisations whose core names (without 有限公司 / 公司 / 集团 …) are prefixes of one
  another in the same document are one entity (中车大同 / 中车大同公司 /
  中车大同电力机车有限公司); "市工信局" and "大同市工信局" are one where 大同市 is the city;
* persons with one name are one entity unless their employers differ (two 王强 working for
  different organisations stay apart);
* other names are one entity per type and normalised name.

The label is the fullest simplified form; aliases are every other form, traditional
forms included. Entity ids are ASCII and stable: a hash of the type and the key.

>>> from kg.nlp.document import DocumentResult, MentionRecord
>>> m = [MentionRecord(0, 0, 2, "張強", "张强", "PERSON", "statistical", 0.6)]
>>> ents, rels = resolve([DocumentResult("d.txt", m, [], 1)])
>>> ents[0].label, ents[0].aliases
('张强', ['張強'])
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from kg.model import Entity, Mention, Relation
from kg.nlp.document import DocumentResult
from kg.nlp.gazetteer import load_gazetteer
from kg.resources import ontology_path

_COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团)$")
_STRIP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》]")


def stable_id(kind: str, key: str) -> str:
    """An ASCII id that depends only on the entity's type and key."""
    return f"{kind.lower()}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def clean(name: str) -> str:
    return _STRIP.sub("", name)


def _org_core(name: str) -> str:
    return _COMPANY_SUFFIX.sub("", name) or name


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic representative: the smaller key.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _mention_key(doc: DocumentResult, m) -> str:
    """The first, pre-merge key of a mention."""
    if m.label == "PLACE":
        if m.attrs.get("admin_code"):
            return f"PLACE|code:{m.attrs['admin_code']}"
        if m.norm in ("我市", "本市") and doc.home_city:
            div = load_gazetteer().lookup(doc.home_city)
            if div:
                return f"PLACE|code:{div[0].code}"
        div = load_gazetteer().lookup(clean(m.norm))
        if div:
            return f"PLACE|code:{div[0].code}"
        return f"PLACE|{_zone_key(clean(m.norm))}"
    return f"{m.label}|{clean(m.norm)}"


@lru_cache(maxsize=1)
def _zone_abbreviations() -> dict[str, str]:
    with open(ontology_path("patterns", "entities.toml"), "rb") as f:
        return tomllib.load(f)["place"]["zone_abbreviations"]


def _zone_key(name: str) -> str:
    """ "云冈经济技术开发区" and "云冈经开区" share a key."""
    for long, short in sorted(_zone_abbreviations().items(), key=lambda x: -len(x[0])):
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


def resolve(results: Iterable[DocumentResult]) -> tuple[list[Entity], list[Relation]]:
    """Merge the mentions of all documents into entities and their relations into facts."""
    results = sorted(results, key=lambda r: r.doc)
    uf = _UnionFind()
    keys: list[list[str]] = []
    for r in results:
        ks = [_mention_key(r, m) for m in r.mentions]
        keys.append(ks)
        for k in ks:
            uf.find(k)
        _merge_orgs_in_document(r, ks, uf)
    person_orgs = _person_employers(results, keys, uf)
    # Persons: split a name into one entity per distinct employer set when they conflict.
    clusters: dict[str, list[tuple[DocumentResult, int]]] = defaultdict(list)
    final_keys: list[list[str]] = []
    for r, ks in zip(results, keys, strict=True):
        fk = []
        for i, k in enumerate(ks):
            root = uf.find(k)
            if root.startswith("PERSON|"):
                root = person_orgs.get((r.doc, root), root)
            fk.append(root)
            clusters[root].append((r, i))
        final_keys.append(fk)

    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for root in sorted(clusters):
        members = clusters[root]
        label_type = root.split("|", 1)[0]
        names = sorted(
            {m.norm for r, i in members for m in [r.mentions[i]]}
            | {m.attrs["without_place"] for r, i in members for m in [r.mentions[i]] if m.attrs.get("without_place")}
        )
        originals = sorted({r.mentions[i].text for r, i in members})
        attrs: dict = {}
        for r, i in members:
            for k, v in r.mentions[i].attrs.items():
                if k in ("admin_code", "admin_level"):
                    attrs.setdefault(k, v)
        label = _label(root, names, attrs)
        aliases = sorted((set(names) | set(originals)) - {label})
        eid = stable_id(label_type, root)
        key_to_id[root] = eid
        mentions = sorted(
            {Mention(r.doc, r.mentions[i].start, r.mentions[i].end, r.mentions[i].text) for r, i in members}
        )
        entities[eid] = Entity(eid, label_type, label, aliases, mentions, attrs)

    relations = _relations(results, final_keys, key_to_id, entities)
    _meeting_dates(results, final_keys, key_to_id, entities)
    relations += _admin_hierarchy(entities)
    return sorted(entities.values(), key=lambda e: e.id), relations


def _label(root: str, names: list[str], attrs: dict) -> str:
    if attrs.get("admin_code"):
        d = load_gazetteer().divisions.get(attrs["admin_code"])
        if d:
            return d.name
    candidates = [n for n in names if n not in ("我市", "本市")] or names
    return max(candidates, key=lambda n: (len(clean(n)), n))


def _merge_orgs_in_document(r: DocumentResult, ks: list[str], uf: _UnionFind) -> None:
    """Short and full forms of one organisation in one document.

    Merged: a name and the same name without its place prefix (广灵县御鑫隆再生资源有限公司 /
    御鑫隆再生资源有限公司); core names that extend one another (中车大同 / 中车大同公司 /
    中车大同电力机车有限公司); a name that ends a longer one of at least three characters
    (历史文化学院 / 中央民族大学历史文化学院); 市X and <city>市X.
    """
    for m, k in zip(r.mentions, ks, strict=True):
        short = m.attrs.get("without_place")
        if short:
            uf.union(k, f"{m.label}|{clean(short)}")
    orgs = sorted({clean(m.norm) for m in r.mentions if m.label == "ORG"}, key=len)
    city = r.home_city
    for i, a in enumerate(orgs):
        ca = _org_core(a)
        for b in orgs[i + 1 :]:
            cb = _org_core(b)
            same = len(ca) >= 3 and cb.startswith(ca) and _COMPANY_SUFFIX.search(b) is not None
            same = same or (len(a) >= 4 and b.endswith(a) and not a.startswith(("市", "县", "省", "区")))
            if city and not same:
                # "市工信局" is "大同市工信局" in the Datong paper.
                same = a.startswith("市") and b == city + a[1:]
            if same:
                uf.union(f"ORG|{a}", f"ORG|{b}")


def _person_employers(results, keys, uf) -> dict[tuple[str, str], str]:
    """Give persons of one name but different employers different keys."""
    employers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r, ks in zip(results, keys, strict=True):
        for rel in r.relations:
            if rel.type == "works_for" and rel.tail is not None:
                person = uf.find(ks[rel.head])
                employers[(r.doc, person)].add(uf.find(ks[rel.tail]))
    by_person: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for (doc, person), orgs in employers.items():
        by_person[person][doc] = orgs
    out: dict[tuple[str, str], str] = {}
    for person, docs in by_person.items():
        groups: list[set[str]] = []
        for doc in sorted(docs):
            orgs = docs[doc]
            group = next((g for g in groups if g & orgs), None)
            if group is None:
                groups.append(set(orgs))
                group = groups[-1]
            else:
                group |= orgs
            idx = groups.index(group)
            if idx:
                out[(doc, person)] = f"{person}|{idx}"
    return out


def _relations(results, final_keys, key_to_id, entities) -> list[Relation]:
    merged: dict[tuple, Relation] = {}
    # Evidence already on each fact: a fact stated in thousands of articles (a county in its
    # city) must not be checked against its whole evidence list every time.
    seen: dict[tuple, set] = {}
    for r, fk in zip(results, final_keys, strict=True):
        for rel in r.relations:
            head = key_to_id[fk[rel.head]]
            tail = key_to_id[fk[rel.tail]] if rel.tail is not None else None
            value = dict(rel.value) if rel.value else None
            if value and isinstance(value.get("org"), int):
                value["org"] = key_to_id[fk[value["org"]]]
            if tail == head:
                continue
            sig = (rel.type, head, tail, _value_sig(rel.type, value))
            if sig in merged:
                existing = merged[sig]
                if rel.evidence not in seen[sig]:
                    seen[sig].add(rel.evidence)
                    existing.evidence.append(rel.evidence)
                existing.confidence = max(existing.confidence, rel.confidence)
                continue
            rid = stable_id("rel", "|".join(str(x) for x in sig))
            merged[sig] = Relation(rid, rel.type, head, tail, value, [rel.evidence], rel.confidence, rel.rule)
            seen[sig] = {rel.evidence}
    return sorted(merged.values(), key=lambda x: x.id)


def _value_sig(rtype: str, value: dict | None) -> str:
    if not value:
        return ""
    if rtype == "holds_position":
        return f"{value.get('position')}|{value.get('org', '')}"
    return f"{value.get('amount')}|{value.get('qualifier')}"


def _meeting_dates(results, final_keys, key_to_id, entities) -> None:
    for r, fk in zip(results, final_keys, strict=True):
        for i, m in enumerate(r.mentions):
            if m.label == "MEETING" and m.article in r.article_dates:
                e = entities[key_to_id[fk[i]]]
                e.attributes.setdefault("date", r.article_dates[m.article])


def _admin_hierarchy(entities: dict[str, Entity]) -> list[Relation]:
    """Derived facts: a county is in its city, a city in its province (``inferred``)."""
    gaz = load_gazetteer()
    by_code = {e.attributes["admin_code"]: e for e in entities.values() if e.attributes.get("admin_code")}
    out = []
    for code, e in sorted(by_code.items()):
        d = gaz.divisions.get(code)
        parent = gaz.parent(d) if d else None
        if parent and parent.code in by_code:
            p = by_code[parent.code]
            rid = stable_id("rel", f"located_in|{e.id}|{p.id}|admin")
            out.append(Relation(rid, "located_in", e.id, p.id, None, [], 1.0, "admin_hierarchy", inferred=True))
    return out
