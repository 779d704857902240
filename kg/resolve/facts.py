"""The last step of resolution: entities from the groups, with why they were joined, and facts.

Every entity made of more than one name or document carries ``attributes["resolution"]``:
one record per rule that joined its mentions, ``{"rule", "shared", "names", "docs",
"n_docs"}`` (``shared``: the context the mentions share, such as the city or the employer;
``docs``: the first few documents, ``n_docs`` how many). An entity that may be another but
lacks the evidence carries ``attributes["possible_same"]``: ``[{"id", "reason"}]``.

>>> explain_records([("same_name", "大同市工信局", "b.txt"), ("same_name", "大同市工信局", "c.txt")], [])
[{'rule': 'same_name', 'shared': '大同市工信局', 'docs': ['b.txt', 'c.txt'], 'n_docs': 2}]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.model import Entity, Mention, Relation
from kg.nlp.gazetteer import load_gazetteer
from kg.resolve.keys import clean, key_name, resolution_patterns, stable_id

if TYPE_CHECKING:
    from kg.nlp.document import DocumentResult
    from kg.resolve.corpus import Group


def explain_records(joins: Sequence[tuple[str, str, str]], local: Sequence[tuple[str, str, str, str]]) -> list[dict]:
    """Records of why: cross-document ``joins`` (rule, shared, doc) and the joins ``local`` to
    a document (key a, key b, rule, doc), one record per rule and shared context."""
    limit = resolution_patterns()["explain"]["examples"]
    records: dict[tuple[str, str], dict] = {}
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, rule, doc in local:
        names = sorted({key_name(a), key_name(b)})
        k = (rule, "|".join(names))
        records.setdefault(k, {"rule": rule, "names": names})
        docs[k].add(doc)
    for rule, shared, doc in joins:
        k = (rule, shared)
        records.setdefault(k, {"rule": rule, "shared": shared})
        docs[k].add(doc)
    out = []
    for k in sorted(records, key=lambda k: (k[0].startswith(("same_name", "person.", "decision")), k)):
        rec = records[k]
        rec["docs"] = sorted(docs[k])[:limit]
        rec["n_docs"] = len(docs[k])
        out.append(rec)
    return out


def label_of(names: list[str], attrs: dict) -> str:
    if attrs.get("admin_code"):
        d = load_gazetteer().divisions.get(attrs["admin_code"])
        if d:
            return d.name
    home = resolution_patterns()["place"]["home_city_names"]
    candidates = [n for n in names if n not in home] or names
    return max(candidates, key=lambda n: (len(clean(n)), n))


def division_short_name(attrs: dict) -> set[str]:
    """The short form of the division ``attrs`` name (its gazetteer code), where no other division
    has it: "嘉定区政府" makes the place 嘉定区, which a page (and a gold) also calls 嘉定, and
    "甘肃省委" makes 甘肃省, called 甘肃. A short form two divisions share (昌吉: 昌吉回族自治州 and
    昌吉市; 吉林: the province and the city) names neither for sure, so it is left out.

    >>> sorted(division_short_name({"admin_code": "310114"})), division_short_name({"admin_code": "2202"})
    (['嘉定'], set())
    >>> division_short_name({})
    set()
    """
    gaz = load_gazetteer()
    d = gaz.divisions.get(attrs.get("admin_code", ""))
    if d is None or not d.short or len(gaz.lookup(d.short)) != 1:
        return set()
    return {d.short}


def build_entities(
    results: dict[str, DocumentResult],
    groups: Sequence[Group],
    local_logs: dict[tuple[str, str], list[tuple[str, str, str, str]]],
    links: dict[str, list[tuple[str, str]]],
) -> tuple[dict[str, Entity], dict[str, str]]:
    """One entity per group: label, aliases, mentions, attributes; ``key -> id`` of the groups."""
    key_to_id = {g.key: stable_id(g.type, g.key) for g in groups}
    entities: dict[str, Entity] = {}
    for g in sorted(groups, key=lambda g: g.key):
        ms = [(results[u.doc], results[u.doc].mentions[i]) for u in g.units for i in u.mentions]
        names = sorted(
            {m.norm for _, m in ms}
            | {m.attrs["without_place"] for _, m in ms if m.attrs.get("without_place")}
            | {m.attrs["also_called"] for _, m in ms if m.attrs.get("also_called")}
            | {m.attrs["country"] for _, m in ms if m.attrs.get("country")}
            | {n for u in g.units for n in u.full_names}
        )
        originals = sorted({m.text for _, m in ms})
        attrs: dict = {}
        for _, m in ms:
            for k, v in m.attrs.items():
                # A division's code names a place, not a person named like one ("副主席高平以及").
                if k in ("admin_code", "admin_level") and m.label != "PERSON":
                    attrs.setdefault(k, v)
        label = label_of(names, attrs)
        aliases = sorted((set(names) | set(originals) | division_short_name(attrs)) - {label})
        eid = key_to_id[g.key]
        mentions = sorted({Mention(r.doc, m.start, m.end, m.text) for r, m in ms})
        local = [x for u in g.units for x in local_logs.get((u.doc, u.root), ())]
        if g.joins or local:
            attrs["resolution"] = explain_records(g.joins, local)
        if links.get(g.key):
            attrs["possible_same"] = [{"id": key_to_id[k], "reason": why} for k, why in links[g.key]]
        entities[eid] = Entity(eid, g.type, label, aliases, mentions, attrs)
    return entities, key_to_id


def relations_of(
    results: Sequence[DocumentResult], final: dict[str, list[str]], key_to_id: dict[str, str]
) -> list[Relation]:
    """The facts of all documents between resolved entities, one per fact with all its evidence."""
    merged: dict[tuple, Relation] = {}
    # Evidence already on each fact: a fact stated in thousands of articles (a county in its
    # city) must not be checked against its whole evidence list every time.
    seen: dict[tuple, set] = {}
    for r in results:
        fk = final[r.doc]
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
                # The rule and the confidence come from the same evidence: the best one.
                if rel.confidence > existing.confidence:
                    existing.confidence, existing.rule = rel.confidence, rel.rule
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


def meeting_dates(
    results: Sequence[DocumentResult], final: dict[str, list[str]], key_to_id: dict[str, str], entities: dict
) -> None:
    for r in results:
        fk = final[r.doc]
        for i, m in enumerate(r.mentions):
            if m.label == "MEETING" and m.article in r.article_dates:
                e = entities[key_to_id[fk[i]]]
                e.attributes.setdefault("date", r.article_dates[m.article])
            if m.label == "MEETING" and isinstance(m.attrs.get("place"), int):
                # Where the text says the meeting was held: the entity of that place mention.
                entities[key_to_id[fk[i]]].attributes.setdefault("place", key_to_id[fk[m.attrs["place"]]])


def admin_hierarchy(entities: dict[str, Entity], read: Sequence[Relation] = ()) -> list[Relation]:
    """Derived facts: a county is in its city, a city in its province (``inferred``), unless a
    text states the pair (a ``located_in`` in ``read``), which then stands once, as read.

    >>> admin_hierarchy({})
    []
    """
    gaz = load_gazetteer()
    by_code = {e.attributes["admin_code"]: e for e in entities.values() if e.attributes.get("admin_code")}
    stated = {(r.head, r.tail) for r in read if r.type == "located_in" and not r.inferred}
    out = []
    for code, e in sorted(by_code.items()):
        d = gaz.divisions.get(code)
        parent = gaz.parent(d) if d else None
        if parent and parent.code in by_code:
            p = by_code[parent.code]
            if (e.id, p.id) in stated:
                continue
            rid = stable_id("rel", f"located_in|{e.id}|{p.id}|admin")
            out.append(Relation(rid, "located_in", e.id, p.id, None, [], 1.0, "admin_hierarchy", inferred=True))
    return out
