"""The Python API: ``kg.build`` / ``kg.load`` give a :class:`KnowledgeGraph` for notebooks.

A :class:`KnowledgeGraph` wraps the one ``networkx.MultiDiGraph`` of :mod:`kg.graph` and
shows it the ways analysts know: pandas DataFrames (:attr:`~KnowledgeGraph.entities`,
:attr:`~KnowledgeGraph.relations`, :attr:`~KnowledgeGraph.documents`), SPARQL answers as
DataFrames (:meth:`~KnowledgeGraph.query`), an rdflib ``Graph``, the networkx graph, and
the interactive HTML view inline in Jupyter (:meth:`~KnowledgeGraph.show`).

It adds no model of its own: building is :func:`kg.pipeline.build_graph`, saving is the
exporters of ``kg build`` (:data:`kg.export.DEFAULT_EXPORTERS`), loading is
:func:`kg.export.jsonl.read_jsonl`, RDF is :func:`kg.export.turtle.to_rdf` and SPARQL is
:func:`kg.query.run_query`. So ``kg.load(d)`` after ``G.save(d)`` is ``G`` again, and
saving it again writes the same bytes.

A ``KnowledgeGraph`` is not changed after it is made (methods return new objects), which
lets it keep its DataFrames and its RDF graph once computed.

Example
-------
>>> import kg
>>> G = kg.build("seeds")                                            # doctest: +SKIP
>>> G.entities.type.value_counts()                                   # doctest: +SKIP
>>> G.query("SELECT ?n WHERE { ?c a kg:Company ; rdfs:label ?n }")   # doctest: +SKIP
>>> G.neighbourhood("张强").show()                                    # doctest: +SKIP
"""

from __future__ import annotations

import html
import time
import unicodedata
import warnings
from collections import deque
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from kg.export import DEFAULT_EXPORTERS
from kg.graph import documents_of, entity_nodes, from_graph, to_graph
from kg.model import Entity, Relation

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["KnowledgeGraph", "build", "load", "EntityNotFoundError", "AmbiguousNameError"]

PathLike = str | Path

#: Columns of :attr:`KnowledgeGraph.entities` before the attribute columns.
ENTITY_COLUMNS: tuple[str, ...] = ("id", "type", "kg_class", "label", "aliases", "documents", "mentions")
#: Value keys that :attr:`KnowledgeGraph.relations` always has a column for (other keys a
#: value carries get a column too, after these).
VALUE_COLUMNS: tuple[str, ...] = ("amount", "currency", "qualifier", "position", "org")
#: Columns of :attr:`KnowledgeGraph.relations` (value columns go after ``tail_type``).
RELATION_COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "head_id",
    "head_label",
    "head_type",
    "tail_id",
    "tail_label",
    "tail_type",
    "value",
    *VALUE_COLUMNS,
    "confidence",
    "rule",
    "inferred",
    "sentence",
    "doc",
    "evidence",
)
DOCUMENT_COLUMNS: tuple[str, ...] = ("id", "path", "title", "date", "url", "source", "chars", "sha256")


class EntityNotFoundError(LookupError):
    """No entity has the name (label, alias or id) asked for."""


class AmbiguousNameError(ValueError):
    """Several entities have the name asked for; the message lists them with their ids."""


def _norm(name: str) -> str:
    # The pipeline reads traditional characters and full-width forms as their simplified,
    # NFKC form; a name typed by a user is compared the same way.
    from kg.ingest import to_simplified

    return to_simplified(unicodedata.normalize("NFKC", name)).strip()


def _python(term: Any) -> Any:
    """An rdflib term as the plain Python value a DataFrame cell should hold."""
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Literal):  # a language-tagged string, or a datatype rdflib does not map
            return str(value)
        if isinstance(value, Decimal):  # kg:confidence: floats plot and aggregate in pandas
            return float(value)
        return value
    return str(term)


def _int_or_float(values: list[Any]) -> pd.Series | list[Any]:
    # Amounts are whole yuan: keep them integers next to missing values (pandas would turn
    # 100000000000 into 1.000000e+11) unless a fractional one is present.
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.array(values, dtype="Int64")
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return pd.array(values, dtype="Float64")
    return values


class KnowledgeGraph:
    """A built knowledge graph: DataFrames, SPARQL, networkx, RDF and the HTML view.

    Make one with :func:`kg.build` (from news files) or :func:`kg.load` (from the output
    directory of ``kg build``), or wrap a ``MultiDiGraph`` of :mod:`kg.graph`.

    >>> from kg.model import Entity, Relation
    >>> from kg.graph import to_graph
    >>> G = KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
    ...                             [Relation("r1", "chaired", "p1", "m1")]))
    >>> G
    KnowledgeGraph(2 entities, 1 relation, 0 documents)
    >>> G.relations[["head_label", "type", "tail_label"]].values.tolist()
    [['张强', 'chaired', '古城建设专题会']]
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        if not isinstance(graph, nx.MultiDiGraph):
            raise TypeError(f"KnowledgeGraph wraps a networkx.MultiDiGraph of kg.graph, not {type(graph).__name__}")
        self._graph = graph
        self._cache: dict[str, Any] = {}
        #: The :class:`kg.pipeline.BuildReport` when the graph was built by :func:`build`.
        self.report = None

    # --- basics ---------------------------------------------------------------------------

    def __repr__(self) -> str:
        n_ent = sum(1 for _ in entity_nodes(self._graph))
        n_rel = self._graph.number_of_edges()
        n_doc = len(self._graph.graph.get("documents", {}))
        return (
            f"KnowledgeGraph({n_ent} entit{'y' if n_ent == 1 else 'ies'}, "
            f"{n_rel} relation{'' if n_rel == 1 else 's'}, {n_doc} document{'' if n_doc == 1 else 's'})"
        )

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

    def to_networkx(self) -> nx.MultiDiGraph:
        """A copy of the graph as the ``networkx.MultiDiGraph`` that the exporters read.

        Entity nodes have ``kind="entity"``, ``type``, ``label``, ``aliases``, ``mentions`` and
        their attributes; values of ``invested_amount`` / ``holds_position`` are nodes with
        ``kind="value"``; edges are keyed by relation id (see :mod:`kg.graph`). It is a copy:
        changing it does not change this ``KnowledgeGraph``.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强")], [])).to_networkx().nodes["p1"]["label"]
        '张强'
        """
        return self._graph.copy()

    # --- DataFrames -------------------------------------------------------------------------

    def _entity_classes(self) -> dict[str, str]:
        """Entity id -> its most specific ``kg:`` class, as ``graph.ttl`` types it."""
        if "classes" not in self._cache:
            from rdflib.namespace import RDF

            from kg.export.turtle import graph_triples
            from kg.namespaces import KG, entity_iri, vocabulary

            # Only the entity nodes: their classes do not depend on the facts.
            H = nx.MultiDiGraph()
            H.add_nodes_from(entity_nodes(self._graph))
            types: dict[Any, set] = {}
            for s, p, o in graph_triples(H):
                if p == RDF.type and str(o).startswith(str(KG)):
                    types.setdefault(s, set()).add(o)
            vocab = vocabulary()
            out = {}
            for node, _ in entity_nodes(self._graph):
                classes = types.get(entity_iri(node), set())
                # The most specific class is the one with the most superclasses (kg:County
                # under kg:AdministrativeArea under kg:Place).
                best = max(sorted(classes), key=lambda c: len(vocab.types_of(c)), default=None)
                out[node] = str(best)[len(str(KG)) :] if best is not None else None
            self._cache["classes"] = out
        return self._cache["classes"]

    @property
    def entities(self) -> pd.DataFrame:
        """One row per entity, in id order (the order of ``entities.jsonl``).

        Columns: ``id``, ``type`` (PERSON, ORG, PLACE, PROJECT, MEETING), ``kg_class`` (the
        most specific class of ``graph.ttl``: ``Company``, ``GovernmentBody``, ``County``,
        ``City``, ``DevelopmentZone``, ``Person`` …), ``label``, ``aliases`` (list),
        ``documents`` (sorted list of the documents that mention it), ``mentions`` (list of
        ``{doc, start, end, text}``, offsets into the original file: the entity's
        evidence), then one column per attribute (``admin_code``, ``admin_level``, ``date``
        …), empty where an entity has none. Returns a copy: change it freely.

        >>> from kg.model import Entity, Mention
        >>> from kg.graph import to_graph
        >>> e = Entity("p1", "PERSON", "张强", mentions=[Mention("a.txt", 0, 2, "张强")])
        >>> KnowledgeGraph(to_graph([e], [])).entities[["id", "label", "documents"]].values.tolist()
        [['p1', '张强', ['a.txt']]]
        """
        if "entities" not in self._cache:
            entities, _ = from_graph(self._graph)
            classes = self._entity_classes()
            attribute_names = sorted({k for e in entities for k in e.attributes} - set(ENTITY_COLUMNS))
            rows = []
            for e in entities:
                row: dict[str, Any] = {
                    "id": e.id,
                    "type": e.type,
                    "kg_class": classes.get(e.id),
                    "label": e.label,
                    "aliases": list(e.aliases),
                    "documents": sorted({m.doc for m in e.mentions}),
                    "mentions": [m.to_dict() for m in e.mentions],
                }
                row.update({k: e.attributes.get(k) for k in attribute_names})
                rows.append(row)
            self._cache["entities"] = pd.DataFrame(rows, columns=[*ENTITY_COLUMNS, *attribute_names])
        return self._cache["entities"].copy()

    @property
    def relations(self) -> pd.DataFrame:
        """One row per fact, in relation-id order (the order of ``relations.jsonl``).

        Columns: ``id``, ``type``, ``head_id`` / ``head_label`` / ``head_type``, ``tail_id`` /
        ``tail_label`` / ``tail_type`` (``head`` and ``tail`` of ``relations.jsonl``, named so
        that ``df.head_id`` is not the method ``df.head``; the tail is empty for facts whose
        object is a value), ``value``
        (the value dict or ``None``) and its keys as columns (``amount`` in yuan, ``currency``,
        ``qualifier`` for ``invested_amount``; ``position``, ``org`` for ``holds_position``),
        ``confidence``, ``rule``, ``inferred``, and the evidence: ``sentence`` and ``doc`` of
        the first evidence, ``evidence`` the list of all (``{doc, text, start, end}``; use
        ``.explode("evidence")`` for one row per sentence). Inferred facts have no evidence.

        >>> from kg.model import Entity, Relation
        >>> from kg.graph import to_graph
        >>> G = KnowledgeGraph(to_graph([Entity("x", "PROJECT", "华兴农博园")],
        ...     [Relation("r1", "invested_amount", "x", value={"amount": 2000000000, "currency": "CNY"})]))
        >>> G.relations[["head_label", "amount", "currency"]].values.tolist()
        [['华兴农博园', 2000000000, 'CNY']]
        """
        if "relations" not in self._cache:
            _, relations = from_graph(self._graph)
            nodes = self._graph.nodes
            extra = sorted({k for r in relations for k in (r.value or {})} - set(RELATION_COLUMNS))
            rows = []
            for r in relations:
                value = dict(r.value) if r.value is not None else None
                evidence = [ev.to_dict() for ev in r.evidence]
                row: dict[str, Any] = {
                    "id": r.id,
                    "type": r.type,
                    "head_id": r.head,
                    "head_label": nodes[r.head].get("label"),
                    "head_type": nodes[r.head].get("type"),
                    "tail_id": r.tail,
                    "tail_label": nodes[r.tail].get("label") if r.tail is not None else None,
                    "tail_type": nodes[r.tail].get("type") if r.tail is not None else None,
                    "value": value,
                }
                row.update({k: (value or {}).get(k) for k in (*VALUE_COLUMNS, *extra)})
                row.update(
                    {
                        "confidence": r.confidence,
                        "rule": r.rule,
                        "inferred": r.inferred,
                        "sentence": evidence[0]["text"] if evidence else None,
                        "doc": evidence[0]["doc"] if evidence else None,
                        "evidence": evidence,
                    }
                )
                rows.append(row)
            columns = [*RELATION_COLUMNS[: RELATION_COLUMNS.index("confidence")], *extra]
            columns += list(RELATION_COLUMNS[RELATION_COLUMNS.index("confidence") :])
            df = pd.DataFrame(rows, columns=columns)
            # From the rows: the DataFrame has already made the column float.
            df["amount"] = _int_or_float([row["amount"] for row in rows])
            self._cache["relations"] = df
        return self._cache["relations"].copy()

    @property
    def documents(self) -> pd.DataFrame:
        """One row per source document (``documents.jsonl``).

        Columns: ``id``, ``path``, ``title``, ``date``, ``url``, ``source``, ``chars``, ``sha256``.

        >>> from kg.graph import to_graph
        >>> from kg.model import DocumentInfo
        >>> G = KnowledgeGraph(to_graph([], [], [DocumentInfo("a.txt", chars=10)]))
        >>> G.documents[["id", "chars"]].values.tolist()
        [['a.txt', 10]]
        """
        rows = [d.__dict__ for d in documents_of(self._graph)]
        return pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))

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

    def query(self, sparql: str, engine: str = "rdflib") -> pd.DataFrame | bool:
        """Run SPARQL on the graph: SELECT gives a DataFrame, one column per variable.

        The prefixes of ``kg query`` are predeclared (``kg:``, ``ent:``, ``schema:``,
        ``rdfs:`` …; see ``docs/rdf.md``). Cells hold Python values: labels and IRIs as
        ``str``, integers as ``int``, ``xsd:decimal`` as ``float``, dates as
        ``datetime.date``, unbound variables as ``None``. ASK gives a ``bool``; CONSTRUCT
        and DESCRIBE a DataFrame of ``subject``, ``predicate``, ``object``. ``engine`` is
        ``"rdflib"`` or ``"oxigraph"`` (faster on large graphs; same rows). Raises
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
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            rows = [tuple(_python(t) for t in triple) for triple in sorted(result.triples)]
            return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
        rows = [tuple(_python(t) for t in row) for row in result.rows]
        return pd.DataFrame(rows, columns=result.variables)

    # --- sub-graphs -------------------------------------------------------------------------

    def find(self, name: str, type: str | None = None) -> pd.DataFrame:
        """The entities called ``name``: rows of :attr:`entities` whose label matches, else whose aliases match.

        ``name`` may be written in traditional characters or full-width forms (張強 finds
        张强); an entity id matches too. ``type`` (PERSON, ORG …) narrows the search. A label
        match wins over an alias match, so 大同市 is found as itself even if another
        entity has it as an alias. Returns an empty DataFrame when nothing matches.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
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
        return KnowledgeGraph(to_graph(kept_entities, kept_relations, documents))

    # --- output -----------------------------------------------------------------------------

    def to_html(self) -> str:
        """The interactive explorer page (``graph.html``) as a string.

        >>> from kg.model import Entity
        >>> from kg.graph import to_graph
        >>> KnowledgeGraph(to_graph([Entity("p1", "PERSON", "张强")], [])).to_html().startswith("<!DOCTYPE html>")
        True
        """
        from kg.export.html import render_html

        return render_html(self._graph)

    def _iframe(self, height: int) -> str:
        # srcdoc keeps the page self-contained (its scripts are inline); the sandbox gives it
        # an opaque origin, so it cannot reach the notebook's page or cookies.
        page = html.escape(self.to_html(), quote=True)
        # The <div> keeps IPython from warning "Consider using IPython.display.IFrame" (which
        # would need a URL to load the page from).
        return (
            f'<div><iframe srcdoc="{page}" sandbox="allow-scripts" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe></div>'
        )

    def show(self, height: int = 650) -> None:
        """Show the interactive view (the page of ``graph.html``) inline in Jupyter.

        The page sits in a sandboxed ``<iframe srcdoc>``, fully offline. Outside Jupyter,
        use :meth:`save` and open ``graph.html``, or :meth:`to_html`.

        >>> G = kg.load("out")                      # doctest: +SKIP
        >>> G.neighbourhood("张强").show()           # doctest: +SKIP
        """
        try:
            from IPython.display import HTML, display
        except ImportError as exc:  # pragma: no cover - IPython ships with Jupyter
            raise RuntimeError("show() needs IPython (Jupyter); use save() and open graph.html instead") from exc
        display(HTML(self._iframe(height)))

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

        return export(self._graph, Path(out_dir), tuple(exporters))


def build(
    paths: PathLike | Iterable[PathLike], *, jobs: int = 1, strict: bool = False, **options: Any
) -> KnowledgeGraph:
    """Build the knowledge graph of news files: what ``kg build`` does, without writing files.

    ``paths`` is a file or directory, or several. ``jobs`` worker processes (1: in this
    process, the right choice in a notebook for a few pages). Other ``options`` go to
    :func:`kg.pipeline.build_graph` (``segmenter="pkuseg"``, ``model_dir=...``,
    ``progress=print``). Inputs that cannot be read are reported as warnings, or raise
    ``ValueError`` with ``strict=True``; no readable document at all raises
    ``ValueError``. The build's :class:`~kg.pipeline.BuildReport` is ``G.report``.

    >>> import kg
    >>> G = kg.build("seeds")                   # doctest: +SKIP
    >>> G.entities.type.value_counts()          # doctest: +SKIP
    """
    from kg.pipeline import BuildReport, build_graph

    inputs = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    start = time.perf_counter()
    report = BuildReport()
    graph = build_graph(inputs, jobs=jobs, report=report, **options)
    report.seconds = time.perf_counter() - start
    if report.problems and strict:
        raise ValueError(f"{len(report.problems)} input problem(s) and strict=True: " + "; ".join(report.problems))
    for problem in report.problems:
        warnings.warn(f"kg.build: {problem}", stacklevel=2)
    if report.documents == 0:
        raise ValueError(f"no document could be read from {', '.join(map(str, inputs))}")
    G = KnowledgeGraph(graph)
    G.report = report
    return G


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
