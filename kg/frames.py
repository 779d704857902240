"""The DataFrames of a :class:`kg.api.KnowledgeGraph`: entities, relations, documents,
mentions and evidence, with the fixed schemas of :mod:`kg.tables`.

:class:`Frames` is a part of :class:`kg.api.KnowledgeGraph`; its properties read the
``networkx`` graph (``self._graph``) and keep each frame in ``self._cache`` (a
``KnowledgeGraph`` does not change after it is made), handing out copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from kg import tables

if TYPE_CHECKING:
    import networkx as nx


class Frames:
    """The DataFrame properties of :class:`kg.api.KnowledgeGraph`."""

    _graph: nx.MultiDiGraph
    _cache: dict[str, Any]

    def _entity_classes(self) -> dict[str, str | None]:
        """Entity id -> its most specific ``kg:`` class, as ``graph.ttl`` types it."""
        if "classes" not in self._cache:
            from kg.export.property_graph import entity_classes

            self._cache["classes"] = entity_classes(self._graph)
        return self._cache["classes"]

    def _frame(self, name: str) -> pd.DataFrame:
        if name not in self._cache:
            G = self._graph
            make = {
                "entities": lambda: tables.entities_frame(G, self._entity_classes()),
                "relations": lambda: tables.relations_frame(G),
                "documents": lambda: tables.documents_frame(G),
                "mentions": lambda: tables.mentions_frame(G),
                "evidence": lambda: tables.evidence_frame(G),
            }[name]
            self._cache[name] = make()
        return self._cache[name].copy()

    @property
    def entities(self) -> pd.DataFrame:
        """One row per entity, in id order (the order of ``entities.jsonl``); a copy.

        Columns (:data:`kg.tables.ENTITY_COLUMNS`, always all of them): ``id``, ``type``
        (PERSON, ORG, PLACE, PROJECT, MEETING), ``kg_class`` (the most specific class of
        ``graph.ttl``: ``Company``, ``GovernmentBody``, ``County``, ``City`` …), ``label``,
        ``aliases`` (list), ``n_mentions``, ``documents`` (sorted list), ``mentions`` (list of
        ``{doc, start, end, text}``; :attr:`mentions` has one row each), ``admin_code``,
        ``admin_level``, ``subtype``, ``date`` (``datetime64``: a meeting's date),
        ``place_id`` and ``place`` (a meeting's place), ``resolution`` and ``possible_same``
        (why the mentions are one entity, and who it may also be: see :meth:`explain`); then
        any other attribute found.

        >>> from kg.model import Entity, Mention
        >>> from kg.graph import to_graph
        >>> from kg.api import KnowledgeGraph
        >>> e = Entity("p1", "PERSON", "张强", mentions=[Mention("a.txt", 0, 2, "张强")])
        >>> KnowledgeGraph(to_graph([e], [])).entities[["id", "label", "documents", "n_mentions"]].values.tolist()
        [['p1', '张强', ['a.txt'], 1]]
        """
        return self._frame("entities")

    @property
    def relations(self) -> pd.DataFrame:
        """One row per fact, in relation-id order (the order of ``relations.jsonl``); a copy.

        Columns (:data:`kg.tables.RELATION_COLUMNS`): ``id``, ``type``, ``head_id`` /
        ``head_label`` / ``head_type``, ``tail_id`` / ``tail_label`` / ``tail_type`` (empty
        for facts whose object is a value), ``amount`` (``Int64`` yuan), ``currency``,
        ``qualifier`` (``invested_amount``), ``position``, ``org_id``, ``org``, ``date``,
        ``since`` (``holds_position``), ``confidence``, ``rule``, ``inferred``, the first
        evidence (``sentence``, ``doc``, ``start``, ``end``), ``n_evidence``, ``evidence``
        (list; :attr:`evidence` has one row each) and ``value`` (the value dict).

        >>> from kg.model import Entity, Relation
        >>> from kg.graph import to_graph
        >>> from kg.api import KnowledgeGraph
        >>> G = KnowledgeGraph(to_graph([Entity("x", "PROJECT", "华兴农博园")],
        ...     [Relation("r1", "invested_amount", "x", value={"amount": 2000000000, "currency": "CNY"})]))
        >>> G.relations[["head_label", "amount", "currency"]].values.tolist()
        [['华兴农博园', 2000000000, 'CNY']]
        """
        return self._frame("relations")

    @property
    def documents(self) -> pd.DataFrame:
        """One row per source document: ``id``, ``path``, ``title``, ``date`` (``datetime64``), ``url``,
        ``source``, ``chars``, ``sha256``.

        >>> from kg.graph import to_graph
        >>> from kg.api import KnowledgeGraph
        >>> from kg.model import DocumentInfo
        >>> G = KnowledgeGraph(to_graph([], [], [DocumentInfo("a.txt", chars=10)]))
        >>> G.documents[["id", "chars"]].values.tolist()
        [['a.txt', 10]]
        """
        return self._frame("documents")

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per mention: ``entity_id``, ``entity`` (label), ``type``, ``doc``, ``start``, ``end``, ``text``.

        Offsets index :meth:`text` of the document (the file's text; for HTML, its visible text).
        """
        return self._frame("mentions")

    @property
    def evidence(self) -> pd.DataFrame:
        """One row per evidence sentence of a fact (:data:`kg.tables.EVIDENCE_COLUMNS`).

        ``relation_id``, ``type``, ``head_id`` / ``head_label``, ``tail_id`` / ``tail_label``,
        ``value`` (its label), ``doc``, ``start``, ``end``, ``sentence``, ``confidence``, ``rule``.
        """
        return self._frame("evidence")
