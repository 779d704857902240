"""Finding entities by name and the parts of a graph around them: :meth:`~kg.api.KnowledgeGraph.find`,
:meth:`~kg.api.KnowledgeGraph.neighbourhood`, and the ready answers of :mod:`kg.analysis`
(``within``, ``people``, ``timeline``, ``investments``).

:class:`Navigation` is a part of :class:`kg.api.KnowledgeGraph`; the methods here use its
DataFrames and its ``networkx`` graph (``self._graph``).
"""

from __future__ import annotations

import unicodedata
from collections import deque
from typing import TYPE_CHECKING

import pandas as pd

from kg import analysis
from kg.graph import documents_of, entity_nodes, from_graph, to_graph
from kg.model import Entity, Relation

if TYPE_CHECKING:
    import networkx as nx

    from kg.api import KnowledgeGraph


class EntityNotFoundError(LookupError):
    """No entity has the name (label, alias or id) asked for."""


class AmbiguousNameError(ValueError):
    """Several entities have the name asked for; the message lists them with their ids."""


def _norm(name: str) -> str:
    # The pipeline reads traditional characters and full-width forms as their simplified,
    # NFKC form; a name typed by a user is compared the same way.
    from kg.normalize import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", name)).strip()


class Navigation:
    """The name-finding and sub-graph methods of :class:`kg.api.KnowledgeGraph`."""

    _graph: nx.MultiDiGraph
    entities: pd.DataFrame

    def find(self, name: str, type: str | None = None) -> pd.DataFrame:
        """The entities called ``name``: rows of :attr:`entities` whose label matches, else whose aliases match.

        ``name`` may be written in traditional characters or full-width forms (張強 finds
        张强); an entity id matches too. ``type`` (PERSON, ORG …) narrows the search. A label
        match wins over an alias match, so 大同市 is found as itself even if another
        entity has it as an alias. Returns an empty DataFrame when nothing matches.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> from kg.api import KnowledgeGraph
        >>> G = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强", aliases=["張強"])], []))
        >>> G.find("張強").id.tolist()
        ['p1']
        """
        df = self.entities
        if type is not None:
            df = df[df.type == type]
        if name in set(df.id):
            return df[df.id == name]
        key = _norm(name)
        by_label = df[df.label.map(lambda label: _norm(label) == key)]
        if len(by_label):
            return by_label
        return df[df.aliases.map(lambda aliases: any(_norm(a) == key for a in aliases))]

    def _resolve(self, name: str, type: str | None) -> str:
        found = self.find(name, type)
        if len(found) == 1:
            return str(found.id.iloc[0])
        what = f"{name!r}" + (f" of type {type}" if type else "")
        if len(found) == 0:
            key = _norm(name)
            near = [label for label in self.entities.label if key and key in _norm(label)][:10]
            hint = f"; names containing it: {', '.join(near)}" if near else ""
            raise EntityNotFoundError(f"no entity is called {what}{hint}")
        listing = ", ".join(f"{i} ({t} {lab})" for i, t, lab in found[["id", "type", "label"]].itertuples(index=False))
        raise AmbiguousNameError(
            f"{len(found)} entities are called {what}: {listing}; pass type=... or one of these ids"
        )

    def neighbourhood(self, name: str, hops: int = 1, type: str | None = None) -> KnowledgeGraph:
        """The entities within ``hops`` facts of the entity called ``name``, and the facts among them.

        ``name`` is found as by :meth:`find` (label, then alias, simplified or traditional, or
        an entity id). An unknown name raises :class:`EntityNotFoundError`; a name that
        several entities share raises :class:`AmbiguousNameError` listing their ids: pass
        ``type=`` or an id then. Facts are followed in both directions. Values (amounts,
        posts) come along with the facts of the entities kept, but are not stepped through:
        two people who both hold "市长" in different cities are not neighbours. The
        organisation a kept post belongs to is kept too. Documents are those the kept
        entities are mentioned in.

        >>> from kg.model import Entity, Relation
        >>> from kg.graph import to_graph
        >>> from kg.api import KnowledgeGraph
        >>> G = KnowledgeGraph(to_graph(
        ...     [Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "调度会"), Entity("p2", "PERSON", "任希杰")],
        ...     [Relation("r1", "chaired", "p1", "m1"), Relation("r2", "attended", "p2", "m1")]))
        >>> sorted(G.neighbourhood("张强").entities.label), len(G.neighbourhood("张强", hops=2).entities)
        (['张强', '调度会'], 3)
        """
        if hops < 0:
            raise ValueError(f"hops must be 0 or more, not {hops}")
        G = self._graph
        centre = self._resolve(name, type)
        is_entity = {n for n, _ in entity_nodes(G)}
        seen = {centre}
        frontier = deque([(centre, 0)])
        while frontier:
            node, depth = frontier.popleft()
            if depth == hops:
                continue
            for other in (*G.successors(node), *G.predecessors(node)):
                if other in is_entity and other not in seen:
                    seen.add(other)
                    frontier.append((other, depth + 1))
        entities, relations = from_graph(G)
        kept_relations: list[Relation] = []
        for r in relations:
            if r.head not in seen:
                continue
            if r.tail is not None and r.tail not in seen:
                continue
            kept_relations.append(r)
        # A post names its organisation by id; keep that organisation so the post stays whole.
        for r in kept_relations:
            org = (r.value or {}).get("org")
            if org in is_entity:
                seen.add(org)
        kept_entities: list[Entity] = [e for e in entities if e.id in seen]
        docs = {m.doc for e in kept_entities for m in e.mentions}
        docs |= {ev.doc for r in kept_relations for ev in r.evidence}
        documents = [d for d in documents_of(G) if d.id in docs]
        from kg.api import KnowledgeGraph

        return KnowledgeGraph(to_graph(kept_entities, kept_relations, documents))

    def within(self, place: str, type: str | None = None) -> pd.DataFrame:
        """Entities located in ``place`` (a name or id) through any number of ``located_in`` facts.

        Rows of :attr:`entities` plus ``hops`` and ``via``; ``type`` keeps a type (``ORG``) or
        a class (``Company``). See :func:`kg.analysis.within`.
        """
        return analysis.within(self, place, type)

    def people(self, at: str | None = None) -> pd.DataFrame:
        """Posts and employers of people, one row per fact; ``at`` (name or id) keeps one organisation's."""
        return analysis.people(self, at)

    def timeline(self) -> pd.DataFrame:
        """Dated facts, oldest first: meetings, posts with a date, documents (see :func:`kg.analysis.timeline`)."""
        return analysis.timeline(self)

    def investments(self, by: str | None = None) -> pd.DataFrame:
        """Investments with their project's county and city; ``by="county"`` (``"city"``, ``"project"``) sums them."""
        return analysis.investments(self, by)
