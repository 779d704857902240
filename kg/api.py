"""The Python API: ``kg.build`` / ``kg.load`` give a :class:`KnowledgeGraph` for notebooks.

A :class:`KnowledgeGraph` wraps the one ``networkx.MultiDiGraph`` of :mod:`kg.graph` and
shows it the ways analysts know: DataFrames with a fixed schema (:mod:`kg.frames`,
:mod:`kg.tables`), the source texts, ready answers and sub-graphs (:mod:`kg.subgraph`, :mod:`kg.analysis`),
SPARQL answers as DataFrames, an rdflib ``Graph``, the networkx graph, and the HTML view
inline in Jupyter (:mod:`kg.notebook`). What :func:`build` accepts: :mod:`kg.intake`.

It adds no model of its own: building is :func:`kg.pipeline.build_graph`, saving the
exporters of ``kg build``, loading :func:`kg.export.jsonl.read_jsonl`, SPARQL
:func:`kg.query.run_query`. So ``kg.load(d)`` after ``G.save(d)`` is ``G`` again, and
saving it again writes the same bytes. A ``KnowledgeGraph`` is not changed after it is
made (methods return new objects), so it keeps its DataFrames and RDF graph once computed.

>>> import kg
>>> G = kg.build(kg.datasets.seeds())                                # doctest: +SKIP
>>> G.entities.type.value_counts()                                   # doctest: +SKIP
>>> G.query("SELECT ?c WHERE { ?c a kg:Company }")                   # doctest: +SKIP
>>> G.neighbourhood("张强").show()                                    # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from kg.export import DEFAULT_EXPORTERS
from kg.frames import Frames
from kg.graph import documents_of, entity_nodes, from_graph
from kg.intake import build
from kg.subgraph import AmbiguousNameError, EntityNotFoundError, Navigation
from kg.tables import Prefixed, rdf_value

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["KnowledgeGraph", "build", "load", "EntityNotFoundError", "AmbiguousNameError"]

PathLike = str | Path


class KnowledgeGraph(Frames, Navigation):
    """A built knowledge graph: DataFrames, SPARQL, networkx, RDF and the HTML view.

    Make one with :func:`kg.build` (from news files or texts) or :func:`kg.load` (from the
    output directory of ``kg build``), or wrap a ``MultiDiGraph`` of :mod:`kg.graph`.

    >>> from kg.model import Entity, Relation
    >>> from kg.graph import to_graph
    >>> G = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
    ...                             [Relation("r1", "chaired", "p1", "m1")]))
    >>> G
    KnowledgeGraph(2 entities, 1 relation, 0 documents)
    >>> G.relations[["head_label", "type", "tail_label"]].values.tolist()
    [['张强', 'chaired', '古城建设专题会']]
    """

    def __init__(self, graph: nx.MultiDiGraph, texts: dict[str, str] | None = None) -> None:
        if not isinstance(graph, nx.MultiDiGraph):
            raise TypeError(f"KnowledgeGraph wraps a networkx.MultiDiGraph of kg.graph, not {type(graph).__name__}")
        self._graph = graph
        self._cache: dict[str, Any] = {}
        # The texts of documents built from memory (kg.build of strings, dicts, a DataFrame).
        self._texts: dict[str, str] = dict(texts or {})
        #: The :class:`kg.pipeline.BuildReport` when the graph was built by :func:`build`.
        self.report = None

    # --- basics ---------------------------------------------------------------------------

    def _graph_counts(self) -> tuple[dict[str, int], dict[str, int]]:
        ents = Counter(d.get("type", "") for _, d in entity_nodes(self._graph))
        rels = Counter(d.get("type", "") for _, _, d in self._graph.edges(data=True))
        return dict(ents), dict(rels)

    def __repr__(self) -> str:
        n_ent = sum(1 for _ in entity_nodes(self._graph))
        n_rel = self._graph.number_of_edges()
        n_doc = len(self._graph.graph.get("documents", {}))
        return (
            f"KnowledgeGraph({n_ent} entit{'y' if n_ent == 1 else 'ies'}, "
            f"{n_rel} relation{'' if n_rel == 1 else 's'}, {n_doc} document{'' if n_doc == 1 else 's'})"
        )

    def _repr_html_(self) -> str:
        """The summary Jupyter shows: documents, and entities and relations by type."""
        from kg.notebook import summary_html

        return summary_html(self)

    def _records(self) -> tuple[list[dict], list[dict], list[dict]]:
        entities, relations = from_graph(self._graph)
        return (
            [e.to_dict() for e in entities],
            [r.to_dict() for r in relations],
            [d.to_dict() for d in documents_of(self._graph)],
        )

    def __eq__(self, other: object) -> bool:
        """Equal when the exporters would write the same content (entities, relations, documents)."""
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return self._records() == other._records()

    __hash__ = None  # type: ignore[assignment]

    # --- source texts ---------------------------------------------------------------------

    def text(self, doc: str) -> str:
        """The text of document ``doc`` that the offsets of mentions and evidence index.

        Kept from the build (texts given in memory, and the texts ``graph.html`` embeds for its
        document view); read again from the file otherwise (an HTML page gives its visible
        text; the path is relative to the build's input, so run from where it was built).
        Raises ``KeyError`` for an unknown document, ``FileNotFoundError`` / ``ValueError``
        when the file is gone or changed.

        >>> from kg.graph import to_graph
        >>> KnowledgeGraph(to_graph([], []), texts={"t": "张强主持会议。"}).text("t")
        '张强主持会议。'
        """
        if doc in self._texts:
            return self._texts[doc]
        # The texts the build read (kept for graph.html's document view, and read back
        # from it by load()), before the file: its path is relative to the build's input.
        kept = (self._graph.graph.get("texts") or {}).get(doc)
        if kept is not None:
            return kept
        info = self._graph.graph.get("documents", {}).get(doc)
        if info is None:
            raise KeyError(f"no document {doc!r} in this graph")
        from kg.intake import read_text

        self._texts[doc] = read_text(info.get("path", ""), doc, info.get("sha256", ""))
        return self._texts[doc]

    def context(self, mention: Any, width: int = 30) -> str:
        """A mention (or evidence) in its text: ``width`` characters each side, the mention in 【】.

        ``mention`` is a row of :attr:`mentions` or :attr:`evidence`, a dict or a
        row of ``itertuples()``, or a :class:`~kg.model.Mention` (anything with ``doc``,
        ``start``, ``end``).

        >>> from kg.graph import to_graph
        >>> G = KnowledgeGraph(to_graph([], []), texts={"t": "市长张强主持会议。"})
        >>> G.context({"doc": "t", "start": 2, "end": 4}, width=2)
        '市长【张强】主持…'
        """

        def get(key: str) -> Any:
            return mention[key] if isinstance(mention, Mapping | pd.Series) else getattr(mention, key)

        doc, start, end = get("doc"), int(get("start")), int(get("end"))
        text = self.text(doc)
        left, right = text[max(0, start - width) : start], text[end : end + width]
        before, after = ("…" if start > width else ""), ("…" if end + width < len(text) else "")
        return f"{before}{left}【{text[start:end]}】{right}{after}"

    # --- networkx -----------------------------------------------------------------------------

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a ``networkx.MultiDiGraph`` with plain attributes, ready for
        ``nx.write_graphml`` / ``nx.write_gexf`` (Gephi, yEd, Cytoscape).

        Entity nodes (key: entity id) have ``kind="entity"``, ``type``, ``kg_class``,
        ``label``, ``aliases`` (joined by ``|``), ``mentions`` (a count) and their attributes;
        amounts and posts are nodes with ``kind="value"``; one edge per fact, keyed by
        relation id, with ``type``, ``confidence``, ``rule``, ``inferred``, the first evidence
        ``sentence`` and the value (``amount``, ``position``). Every value is a str, int, float
        or bool (see :mod:`kg.export.property_graph`). It is a new graph: changing it does not
        change this ``KnowledgeGraph``.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强")], [])).to_networkx().nodes["p1"]["label"]
        '张强'
        """
        from kg.export.property_graph import to_property_graph

        return to_property_graph(self._graph)

    # --- RDF and SPARQL -------------------------------------------------------------------

    def to_rdf(self) -> Graph:
        """The graph as an rdflib ``Graph``: the triples of ``graph.ttl``, prefixes bound.

        A new ``Graph`` on every call, so changing it does not affect :meth:`query`.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> len(KnowledgeGraph(to_graph([Entity("x", "PLACE", "广灵县")], [])).to_rdf()) > 0
        True
        """
        from kg.export.turtle import to_rdf

        return to_rdf(self._graph)

    def query(self, sparql: str, engine: str = "rdflib", iris: bool = False) -> pd.DataFrame | bool:
        """Run SPARQL on the graph: SELECT gives a DataFrame, one column per variable.

        The prefixes of ``kg query`` are predeclared (``kg:``, ``ent:``, ``schema:``,
        ``rdfs:`` …; see ``docs/rdf.md``). Cells hold Python values: entities, facts and
        documents as the ids of the DataFrames (``iris=True``: their full IRIs), other IRIs
        as ``prefix:name`` (``kg:Company``), labels as ``str``, integers as ``int``,
        ``xsd:decimal`` as ``float``, dates as ``datetime.date``, unbound variables as
        ``None``. ASK gives a ``bool``; CONSTRUCT and DESCRIBE a DataFrame of ``subject``,
        ``predicate``, ``object``. ``engine`` is ``"rdflib"`` or ``"oxigraph"`` (faster on
        large graphs; same rows). Raises
        :class:`kg.query.QueryError` for a query that does not parse.

        >>> from kg.model import Entity, Relation
        >>> from kg.graph import to_graph
        >>> G = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
        ...                             [Relation("r1", "chaired", "p1", "m1")]))
        >>> G.query('SELECT ?m WHERE { ?p rdfs:label "张强"@zh ; kg:chaired/rdfs:label ?m }')
                 m
        0  古城建设专题会
        """
        from kg.query import ENGINES, run_query

        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r} (use one of {', '.join(ENGINES)})")
        # The graph does not change, so its RDF (and the oxigraph store) is made once.
        if "rdf" not in self._cache:
            self._cache["rdf"] = self.to_rdf()
        source: Any = self._cache["rdf"]
        if engine == "oxigraph":
            if "store" not in self._cache:
                from kg.query import _to_store

                self._cache["store"] = _to_store(source)
            source = self._cache["store"]
        result = run_query(source, sparql, engine=engine)
        names = None if iris else self._names()
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            rows = [tuple(rdf_value(t, names) for t in triple) for triple in sorted(result.triples)]
            return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
        rows = [tuple(rdf_value(t, names) for t in row) for row in result.rows]
        return pd.DataFrame(rows, columns=result.variables)

    def _names(self) -> dict[str, str]:
        """IRI -> what a query cell shows: entity, fact and document ids; other IRIs as ``prefix:name``."""
        if "names" not in self._cache:
            from kg.namespaces import document_iri, entity_iri, fact_iri
            from kg.query import PREFIXES

            names = {str(entity_iri(n)): n for n, _ in entity_nodes(self._graph)}
            names.update({str(fact_iri(k)): k for _, _, k in self._graph.edges(keys=True)})
            names.update({str(document_iri(d)): d for d in self._graph.graph.get("documents", {})})
            self._cache["names"] = Prefixed(names, PREFIXES)
        return self._cache["names"]

    # --- output -----------------------------------------------------------------------------

    def explain(self, name: str, type: str | None = None) -> dict[str, Any]:
        """Why the entity called ``name`` is one entity: the rules that joined its mentions, with
        the context they share, and the entities it may be but was kept apart from.

        ``name`` is found as by :meth:`find`. Returns ``id``, ``type``, ``label``, ``documents``,
        ``resolution`` (records ``rule``, ``shared`` or ``names``, ``docs``, ``n_docs``) and
        ``possible_same`` (``id``, ``label``, ``reason``). The possible-same pairs of the whole
        graph go to a CSV for review with ``kg.resolve.write_review_csv(G, "review.csv")``.

        >>> from kg.model import Entity, Mention
        >>> from kg.graph import to_graph
        >>> why = [{"rule": "person.same_city", "shared": "大同市", "docs": ["a.txt", "b.txt"], "n_docs": 2}]
        >>> G = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强", [], [Mention("a.txt", 0, 2, "张强")],
        ...                                     {"resolution": why})], []))
        >>> G.explain("张强")["resolution"][0]["shared"]
        '大同市'
        """
        node = self._resolve(name, type)
        d = self._graph.nodes[node]
        links = []
        for link in d.get("possible_same") or []:
            other = self._graph.nodes.get(link.get("id"), {})
            links.append({"id": link.get("id"), "label": other.get("label"), "reason": link.get("reason")})
        return {
            "id": node,
            "type": d.get("type"),
            "label": d.get("label"),
            "documents": sorted({m.doc for m in d.get("mentions") or []}),
            "resolution": list(d.get("resolution") or []),
            "possible_same": links,
        }

    def to_html(self, texts: bool = True) -> str:
        """The interactive explorer page (``graph.html``) as a string; ``texts=False`` leaves
        out the document texts of its document view (evidence sentences are still shown).

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强")], [])).to_html().startswith("<!DOCTYPE html>")
        True
        """
        from kg.export.html import render_html

        return render_html(self._graph, texts)

    def show(self, height: int = 650) -> Path | None:
        """Show the interactive view (the page of ``graph.html``) in Jupyter, filling the cell's width.

        The graph library is sent to the notebook once (with the first ``show()``), each
        view only its own data, so a notebook stays small (see :mod:`kg.notebook`). Outside
        Jupyter the page is written to a file whose path is printed and returned.

        >>> G = kg.load("out")                      # doctest: +SKIP
        >>> G.neighbourhood("张强").show()           # doctest: +SKIP
        """
        from kg.notebook import show

        return show(self, height)

    def save(self, out_dir: PathLike, exporters: Sequence[str] = DEFAULT_EXPORTERS) -> list[Path]:
        """Write the files of ``kg build`` into ``out_dir``; return their paths.

        With the default exporters: ``entities.jsonl``, ``relations.jsonl``,
        ``documents.jsonl``, ``graph.ttl`` and ``graph.html``. :func:`load` reads them back.

        >>> import tempfile
        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> paths = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强")], [])).save(tempfile.mkdtemp())
        >>> sorted(p.name for p in paths)
        ['documents.jsonl', 'entities.jsonl', 'graph.html', 'graph.ttl', 'relations.jsonl']
        """
        from kg.export import export
        from kg.io import write_output_set

        # Staged and locked like ``kg build``: a failed save leaves the previous files whole.
        return write_output_set(Path(out_dir), lambda stage: export(self._graph, stage, tuple(exporters)))


def load(out_dir: PathLike) -> KnowledgeGraph:
    """Load the graph that ``kg build`` (or :meth:`KnowledgeGraph.save`) wrote into ``out_dir``.

    It reads the JSONL files (the other files are made from the same content), so
    ``load(d) == G`` after ``G.save(d)``, and saving it again writes the same bytes. Raises
    ``FileNotFoundError`` when ``out_dir`` has no ``entities.jsonl``.

    >>> import kg
    >>> G = kg.load("out")                      # doctest: +SKIP
    >>> G.relations.type.value_counts()         # doctest: +SKIP
    """
    from kg.export.html import HTML_FILE, page_texts
    from kg.export.jsonl import read_jsonl

    graph = read_jsonl(Path(out_dir))
    # The document texts (graph.html's document view) are kept only in graph.html.
    graph.graph["texts"] = page_texts(Path(out_dir) / HTML_FILE)
    return KnowledgeGraph(graph)
