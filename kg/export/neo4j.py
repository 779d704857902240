"""``neo4j/``: the property graph as CSV for ``neo4j-admin database import``, and a LOAD CSV script.

Files written into ``OUT/neo4j/``:

* ``nodes_<Label>.csv``, one per node type (Person, Organization, Place, Project, Meeting,
  Amount, Position): ``id:ID``, the properties with typed headers (``mentions:int``,
  ``amount:double`` ...; text has no type) and ``:LABEL`` (``KgNode;Entity;Place;County``:
  every node is a ``KgNode``, an ``Entity`` or a ``Value``, of its type and of its most
  specific kg class);
* ``rels_<TYPE>.csv``, one per relation (LOCATED_IN, CHAIRED, ATTENDED, INVESTED_AMOUNT,
  INVESTS_IN, HOLDS_POSITION, WORKS_FOR): ``:START_ID``, ``:END_ID``, ``:TYPE`` and the
  fact's properties: ``id``, ``confidence:double``, ``rule``, ``inferred:boolean``,
  ``evidence:int``, ``sentence``, ``doc``, and the value of amounts and posts as
  relationship properties (``amount:double``, ``currency``, ``qualifier``, ``position``, ``org``);
* ``import.sh``: the ``neo4j-admin database import full`` command for these files
  (sentences span lines: ``--multiline-fields=true``);
* ``load.cypher``: the same graph with ``LOAD CSV`` for a running server (files in its
  ``import/`` directory).

The property names are those of :func:`kg.export.property_graph.to_property_graph`.

>>> import tempfile
>>> from kg.graph import to_graph
>>> from kg.model import Entity, Relation
>>> G = to_graph([Entity("p1", "PERSON", "张强"), Entity("m1", "MEETING", "古城建设专题会")],
...              [Relation("r1", "chaired", "p1", "m1")])
>>> [p.name for p in write_neo4j(G, Path(tempfile.mkdtemp()))]
['nodes_Meeting.csv', 'nodes_Person.csv', 'rels_CHAIRED.csv', 'import.sh', 'load.cypher']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.export import register_exporter
from kg.export.property_graph import Plain, to_property_graph
from kg.io import atomic_write

NEO4J_DIR = "neo4j"
#: Node type -> Neo4j label.
LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "PLACE": "Place",
    "PROJECT": "Project",
    "MEETING": "Meeting",
    "AMOUNT": "Amount",
    "POSITION": "Position",
}
#: Property columns first in this order; any other property after them, by name.
_NODE_ORDER = ("label", "type", "kg_class", "lookup", "aliases", "mentions", "documents")
_REL_ORDER = ("id", "label", "confidence", "rule", "inferred", "evidence", "sentence", "doc", "date")
_NEO4J_TYPES = {bool: "boolean", int: "int", float: "double"}


def _column_type(values: Iterable[Plain]) -> str:
    kinds = {type(v) for v in values}
    if len(kinds) == 1:
        return _NEO4J_TYPES.get(kinds.pop(), "string")
    if kinds == {int, float}:
        return "double"
    return "string"


def _columns(records: list[dict[str, Plain]], order: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(property, neo4j type)`` of the columns of one file, in a fixed order."""
    names = {k for r in records for k in r}
    ordered = [k for k in order if k in names] + sorted(names - set(order))
    return [(k, _column_type(r[k] for r in records if k in r)) for k in ordered]


def _cell(value: Plain | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def neo4j_labels(data: dict[str, Plain]) -> list[str]:
    """The labels of a node: ``KgNode``, ``Entity`` or ``Value``, its type, its kg class.

    >>> neo4j_labels({"kind": "entity", "type": "PLACE", "kg_class": "County"})
    ['KgNode', 'Entity', 'Place', 'County']
    """
    main = LABELS.get(str(data.get("type")), str(data.get("type")).title())
    labels = ["KgNode", "Entity" if data.get("kind") == "entity" else "Value", main]
    extra = data.get("kg_class")
    if extra and extra not in labels:
        labels.append(str(extra))
    return labels


def neo4j_tables(G: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> CSV text of every node and relationship file (see the module docstring)."""
    P = to_property_graph(G)
    nodes: dict[str, list[tuple[str, dict[str, Plain]]]] = {}
    for n, d in P.nodes(data=True):
        nodes.setdefault(LABELS.get(str(d.get("type")), str(d.get("type")).title()), []).append((n, d))
    files: dict[str, str] = {}
    for label in sorted(nodes):
        records = [{k: v for k, v in d.items() if k != "kind"} for _, d in nodes[label]]
        cols = _columns(records, _NODE_ORDER)
        rows = [["id:ID", *(_header(k, t) for k, t in cols), ":LABEL"]]
        for (n, d), r in zip(nodes[label], records, strict=True):
            rows.append([str(n), *(_cell(r.get(k)) for k, _ in cols), ";".join(neo4j_labels(d))])
        files[f"nodes_{label}.csv"] = _csv(rows)
    rels: dict[str, list[tuple[str, str, str, dict[str, Plain]]]] = {}
    for u, v, key, d in P.edges(keys=True, data=True):
        rels.setdefault(str(d["type"]).upper(), []).append((u, v, key, d))
    for rtype in sorted(rels):
        records = [{"id": key, **{k: x for k, x in d.items() if k != "type"}} for _, _, key, d in rels[rtype]]
        cols = _columns(records, _REL_ORDER)
        rows = [[":START_ID", ":END_ID", ":TYPE", *(_header(k, t) for k, t in cols)]]
        for (u, v, _, _), r in zip(rels[rtype], records, strict=True):
            rows.append([str(u), str(v), rtype, *(_cell(r.get(k)) for k, _ in cols)])
        files[f"rels_{rtype}.csv"] = _csv(rows)
    return files


def import_command(files: Iterable[str], database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line for the CSV files."""
    args = [f"--nodes={f}" if f.startswith("nodes_") else f"--relationships={f}" for f in files]
    return (
        "#!/bin/sh\n# Run in this directory with the Neo4j server stopped (Neo4j 5):\n"
        f"neo4j-admin database import full {database} --overwrite-destination --multiline-fields=true \\\n    "
        + " \\\n    ".join(args)
        + "\n"
    )


_CONVERT = {"int": "toInteger({})", "double": "toFloat({})", "boolean": "toBoolean({})"}


def _cypher_value(column: str, header: str) -> str:
    ref = f"row.`{header}`"
    kind = header.split(":", 1)[1] if ":" in header else "string"
    if kind in _CONVERT:
        return _CONVERT[kind].format(ref)
    # An empty cell sets no property (CASE without ELSE is null).
    return f"CASE WHEN {ref} <> '' THEN {ref} END"


def load_cypher(files: dict[str, str]) -> str:
    """A Cypher script that loads the CSV files with ``LOAD CSV`` (files in the server's import/)."""
    out = [
        "// kg-news graph: LOAD CSV for a running Neo4j (copy the CSV files into its import/ directory).",
        "// Run with: cypher-shell -f load.cypher",
        "CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE;",
    ]
    for name, text in files.items():
        header = next(csv.reader(io.StringIO(text)))
        if name.startswith("nodes_"):
            props = [h for h in header if h not in ("id:ID", ":LABEL")]
            first = next(csv.reader(io.StringIO(text.split("\n", 1)[1])))
            labels = ":".join(first[-1].split(";"))
            classes = {row[-1] for row in list(csv.reader(io.StringIO(text)))[1:]}
            assign = ", ".join(f"`{h.split(':')[0]}`: {_cypher_value(h.split(':')[0], h)}" for h in props)
            out.append(f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row")
            out.append(f"CREATE (n:{':'.join(labels.split(':')[:3])} {{id: row.`id:ID`, {assign}}})")
            # The most specific class is a label of its own when it differs from the type.
            extra = sorted({c.split(";")[3] for c in classes if len(c.split(";")) > 3})
            for cls in extra:
                out.append(f"FOREACH (_ IN CASE WHEN row.kg_class = '{cls}' THEN [1] ELSE [] END | SET n:{cls})")
            out[-1] += ";"
        else:
            props = [h for h in header if not h.startswith(":")]
            rtype = name[len("rels_") : -len(".csv")]
            assign = ", ".join(f"`{h.split(':')[0]}`: {_cypher_value(h.split(':')[0], h)}" for h in props)
            out.append(f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row")
            out.append("MATCH (a:KgNode {id: row.`:START_ID`}), (b:KgNode {id: row.`:END_ID`})")
            out.append(f"CREATE (a)-[:{rtype} {{{assign}}}]->(b);")
    return "\n".join(out) + "\n"


@register_exporter("neo4j")
def write_neo4j(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write the node and relationship CSV files, ``import.sh`` and ``load.cypher`` into ``out_dir/neo4j``."""
    files = neo4j_tables(G)
    target = out_dir / NEO4J_DIR
    written = []
    for name, text in files.items():
        with atomic_write(target / name) as f:
            f.write(text)
        written.append(target / name)
    with atomic_write(target / "import.sh") as f:
        f.write(import_command(files))
    with atomic_write(target / "load.cypher") as f:
        f.write(load_cypher(files))
    return [*written, target / "import.sh", target / "load.cypher"]
