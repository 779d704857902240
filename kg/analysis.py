"""Questions analysts ask of every graph, as tables: :meth:`~kg.api.KnowledgeGraph.within`,
:meth:`~kg.api.KnowledgeGraph.people`, :meth:`~kg.api.KnowledgeGraph.timeline`,
:meth:`~kg.api.KnowledgeGraph.investments`.

They read the DataFrames of :mod:`kg.tables` only, so they answer what the graph says:
``located_in`` is followed any number of steps (a company in a zone in a county is in the
county), read and inferred facts alike.

>>> from kg.model import Entity, Relation
>>> from kg.graph import to_graph
>>> from kg.api import KnowledgeGraph
>>> G = KnowledgeGraph(to_graph(
...     [Entity("c", "PLACE", "广灵县"), Entity("z", "PLACE", "广灵经济技术开发区"), Entity("o", "ORG", "御鑫隆公司")],
...     [Relation("r1", "located_in", "z", "c"), Relation("r2", "located_in", "o", "z")]))
>>> G.within("广灵县")[["label", "hops", "via"]].values.tolist()
[['广灵经济技术开发区', 1, 'c'], ['御鑫隆公司', 2, 'z']]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from kg.model import ENTITY_TYPES

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

TIMELINE_COLUMNS: tuple[str, ...] = ("date", "kind", "id", "label", "detail", "doc")
PEOPLE_COLUMNS: tuple[str, ...] = (
    "person_id", "person", "relation", "position", "org_id", "org", "date", "since", "sentence", "doc",
)  # fmt: skip
INVESTMENT_COLUMNS: tuple[str, ...] = (
    "project_id", "project", "amount", "currency", "qualifier", "county_id", "county", "city_id", "city",
    "sentence", "doc",
)  # fmt: skip
#: What :meth:`KnowledgeGraph.investments` can group by.
INVESTMENT_GROUPS: tuple[str, ...] = ("project", "county", "city")


def within(G: KnowledgeGraph, place: str, type: str | None = None) -> pd.DataFrame:
    """Rows of ``G.entities`` located in ``place`` directly or through other places, nearest first.

    Two columns are added: ``hops`` (1: located in ``place`` itself) and ``via`` (the id of
    the place it is directly in). ``type`` keeps one entity type (``ORG``) or one class
    (``Company``).
    """
    centre = G._resolve(place, None)
    rels = G.relations
    located = rels[rels.type == "located_in"]
    children = located.groupby("tail_id").head_id.apply(list).to_dict()
    hops: dict[str, int] = {}
    via: dict[str, str] = {}
    frontier = [centre]
    depth = 0
    while frontier:
        depth += 1
        nxt = []
        for parent in frontier:
            for child in children.get(parent, []):
                if child != centre and child not in hops:
                    hops[child], via[child] = depth, parent
                    nxt.append(child)
        frontier = nxt
    ents = G.entities
    df = ents[ents.id.isin(hops)].copy()
    df["hops"] = df.id.map(hops).astype("int64")
    df["via"] = df.id.map(via)
    if type is not None:
        df = df[df.type == type] if type in ENTITY_TYPES else df[df.kg_class == type]
    return df.sort_values(["hops", "id"], kind="stable").reset_index(drop=True)


def people(G: KnowledgeGraph, at: str | None = None) -> pd.DataFrame:
    """Who holds which post where, and who works for whom: one row per fact.

    ``at`` (a name or id) keeps the facts at that organisation (its posts and its staff).
    """
    rels = G.relations
    posts = rels[(rels.type == "holds_position") & (rels.head_type == "PERSON")]
    staff = rels[(rels.type == "works_for") & (rels.head_type == "PERSON")]
    rows = pd.concat(
        [
            posts.assign(relation="holds_position"),
            staff.assign(relation="works_for", org_id=staff.tail_id, org=staff.tail_label),
        ],
        ignore_index=True,
    )
    rows = rows.rename(columns={"head_id": "person_id", "head_label": "person"})[list(PEOPLE_COLUMNS)]
    if at is not None:
        org = G._resolve(at, None)
        rows = rows[rows.org_id == org]
    return rows.sort_values(["person", "relation", "position"], kind="stable", na_position="last").reset_index(
        drop=True
    )


def timeline(G: KnowledgeGraph) -> pd.DataFrame:
    """Dated facts, oldest first: meetings (chair and place), posts with a date, documents.

    Columns ``date`` (``datetime64``), ``kind`` (``meeting``, ``holds_position``,
    ``document``), ``id``, ``label``, ``detail``, ``doc``.
    """
    ents, rels = G.entities, G.relations
    chairs = rels[rels.type == "chaired"].groupby("tail_id").head_label.apply(lambda s: "、".join(sorted(set(s))))
    rows = []
    for m in ents[(ents.type == "MEETING") & ents.date.notna()].itertuples():
        detail = [f"{chairs[m.id]}主持" if m.id in chairs else "", f"@{m.place}" if isinstance(m.place, str) else ""]
        rows.append((m.date, "meeting", m.id, m.label, " ".join(d for d in detail if d), (m.documents or [None])[0]))
    posts = rels[(rels.type == "holds_position") & (rels.date.notna() | rels.since.notna())]
    for r in posts.itertuples():
        at = f" @{r.org}" if isinstance(r.org, str) else ""
        since = " (since)" if pd.isna(r.date) else ""
        rows.append((r.date if pd.notna(r.date) else r.since, "holds_position", r.id, r.head_label,
                     f"{r.position}{at}{since}", r.doc))  # fmt: skip
    docs = G.documents
    for d in docs[docs.date.notna()].itertuples():
        rows.append((d.date, "document", d.id, d.title or d.id, d.path or "", d.id))
    df = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    df["date"] = df.date.astype("datetime64[ns]")
    return df.sort_values(["date", "kind", "id"], kind="stable").reset_index(drop=True)


def _places_above(G: KnowledgeGraph) -> dict[str, dict[str, tuple[str, str]]]:
    """Entity id -> ``{"County": (id, label), "City": (id, label)}``: the nearest of each above it."""
    ents, rels = G.entities, G.relations
    up = rels[rels.type == "located_in"].groupby("head_id").tail_id.apply(list).to_dict()
    cls = ents.set_index("id").kg_class.to_dict()
    label = ents.set_index("id").label.to_dict()
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for start in up:
        found: dict[str, tuple[str, str]] = {}
        seen, frontier = {start}, [start]
        while frontier:
            nxt = []
            for e in frontier:
                for place in up.get(e, []):
                    if place in seen:
                        continue
                    seen.add(place)
                    kind = cls.get(place)
                    if kind in ("County", "City") and kind not in found:
                        found[kind] = (place, label[place])
                    nxt.append(place)
            frontier = nxt
        out[start] = found
    return out


def investments(G: KnowledgeGraph, by: str | None = None) -> pd.DataFrame:
    """Announced investments (``invested_amount``), one row each, with the county and city of the project.

    The county (the city) is the nearest county-level (prefecture-level) place above the
    project along ``located_in``; missing when the text does not place it. ``by=`` one of
    ``"project"``, ``"county"``, ``"city"`` sums the amounts per group and currency
    (``amount``, and ``projects``: how many), largest first; unplaced projects form a group
    whose id and name are missing.
    """
    rels = G.relations
    inv = rels[rels.type == "invested_amount"]
    above = _places_above(G)
    rows = []
    for r in inv.itertuples():
        places = above.get(r.head_id, {})
        county, city = places.get("County", (None, None)), places.get("City", (None, None))
        rows.append((r.head_id, r.head_label, r.amount, r.currency, r.qualifier, *county, *city, r.sentence, r.doc))
    df = pd.DataFrame(rows, columns=list(INVESTMENT_COLUMNS))
    df["amount"] = df.amount.astype("Int64")
    df = df.sort_values(["amount", "project"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if by is None:
        return df
    if by not in INVESTMENT_GROUPS:
        raise ValueError(f"investments(by={by!r}): group by one of {', '.join(INVESTMENT_GROUPS)}, or None")
    keys = [f"{by}_id", by, "currency"]
    grouped = df.groupby(keys, dropna=False, sort=False)
    grouped = grouped.agg(amount=("amount", "sum"), projects=("project_id", "nunique"))
    grouped = grouped.reset_index().sort_values(["amount", by], ascending=[False, True], kind="stable")
    return grouped.reset_index(drop=True)
