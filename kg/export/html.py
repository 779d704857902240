r"""``graph.html``: an interactive explorer of the graph that works offline, from a file.

The page is one self-contained file: vis-network (the library pyvis wraps, taken from the
pyvis package) and the page's own script are inlined, and a Content-Security-Policy lets
the page fetch nothing and run only those two scripts (by hash). The graph travels as JSON
inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/U+2029
escaped, and the page builds its DOM with ``textContent`` only, so names and evidence from
the news are always shown as text, never parsed as HTML or run as code.

We do not use pyvis's own template: it loads Bootstrap and vis-network from CDNs, writes
headings and select options without escaping, and switches every tooltip to ``innerHTML``
as soon as one title contains ``href``.

What the page shows (see ``docs/html.md``): entity nodes coloured and shaped by type (legend
in ``kg/templates/graph-style.json``), sized by degree, at positions computed here
(:mod:`kg.export.html_layout`), the best connected labelled at first paint; entities without
relations listed beside the graph; value nodes (``AMOUNT`` / ``POSITION``) as dashed boxes;
a search over names, aliases, amounts, documents and evidence; focus on click; filters by
type, relation and date; a side panel with a node's attributes, relations grouped by type and
evidence sentences with head and tail marked; a document view with every mention marked.

Example
-------
>>> from kg.model import Entity, Relation
>>> from kg.graph import to_graph
>>> G = to_graph([Entity("p1", "PERSON", "<b>张强</b>")], [])
>>> page = render_html(G)
>>> "<b>张强</b>" in page, "\\u003cb\\u003e张强" in page
(False, True)
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.export import register_exporter
from kg.export.html_assets import TEMPLATE_FILE, csp_hash, inlined_assets, load_style, script_json, template
from kg.export.html_layout import edge_bends, layout
from kg.graph import value_label
from kg.io import atomic_write

HTML_FILE = "graph.html"
# Node data that the page shows in its own fields rather than as "attributes".
_NODE_KEYS = frozenset({"kind", "type", "label", "aliases", "mentions", "value"})
_SLOT = re.compile(r"<!--KG:([A-Z_]+)-->")
#: Labels longer than this are cut on the canvas (the details panel shows them whole).
LABEL_CHARS = 40
#: Document texts embedded for the document view, in characters (later documents show
#: their evidence sentences only), so that a large corpus does not make a huge page.
TEXT_BUDGET = 4_000_000


def _fields(items: dict[str, Any], ids: dict[str, str]) -> list[list[Any]]:
    """``[[key, value, page id of the node the value names or None], ...]`` in key order."""
    out = []
    for k in sorted(items):
        v = items[k]
        ref = ids.get(v) if isinstance(v, str) else None
        out.append([k, v, ref])
    return out


def _short(label: str) -> str:
    """A label cut to :data:`LABEL_CHARS` characters for the canvas (the panel shows it whole)."""
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _mentions_by_doc(G: nx.MultiDiGraph, node: Any, cache: dict[Any, dict[str, list[Any]]]) -> dict[str, list[Any]]:
    """The mentions of ``node`` grouped by document, in their order; computed once per node."""
    by_doc = cache.get(node)
    if by_doc is None:
        by_doc = cache[node] = {}
        for m in G.nodes[node].get("mentions") or []:
            if hasattr(m, "doc"):
                by_doc.setdefault(m.doc, []).append(m)
    return by_doc


def _spans(
    ev: Any, ends: list[tuple[str, Any]], G: nx.MultiDiGraph, cache: dict[Any, dict[str, list[Any]]] | None = None
) -> list[list[Any]]:
    """``[[start, end, role], ...]`` in the sentence: the mentions of the fact's head and tail.

    Mentions are found by their offsets in the document (the sentence's own offsets come
    with the evidence); a position is found by its text. ``cache`` keeps each node's
    mentions by document between calls (a fact stated in many documents has many
    sentences, its ends many mentions).
    """
    out: list[list[Any]] = []
    length = len(ev.text)
    for role, node in ends:
        if isinstance(node, dict):  # a value: a post is written in the sentence as it is stored
            pos = str(node.get("position") or "")
            i = ev.text.find(pos) if pos else -1
            if i >= 0:
                out.append([i, i + len(pos), role])
            continue
        for m in _mentions_by_doc(G, node, {} if cache is None else cache).get(ev.doc, ()):
            if ev.start <= m.start and m.end <= ev.end:
                s = m.start - ev.start
                if ev.text[s : m.end - ev.start] == m.text:
                    out.append([s, m.end - ev.start, role])
        if not any(r == role for *_, r in out):
            # Offsets that do not match (a rewritten sentence): the first occurrence of a name.
            for name in [G.nodes[node].get("label", ""), *(G.nodes[node].get("aliases") or [])]:
                i = ev.text.find(name) if name else -1
                if i >= 0:
                    out.append([i, i + len(name), role])
                    break
    return sorted(x for x in out if 0 <= x[0] < x[1] <= length)


def page_data(G: nx.MultiDiGraph, texts: bool = True) -> dict[str, Any]:
    """The JSON the page reads: nodes and edges with opaque ids, documents and the style.

    Node ids are ``n0``, ``n1`` ... in sorted key order and edge ids ``e0`` ... in relation-id
    order, so the page never uses a name as an id and the same graph gives the same page.
    Nodes carry their position (``x``, ``y``; ``None`` for an entity without relations,
    listed apart), edges their bend and the head/tail spans of their evidence.

    >>> from kg.model import Entity, Relation
    >>> from kg.graph import to_graph
    >>> G = to_graph([Entity("b", "PLACE", "大同市"), Entity("a", "ORG", "市工信局")],
    ...              [Relation("r1", "located_in", "a", "b")])
    >>> d = page_data(G)
    >>> [(n["id"], n["label"]) for n in d["nodes"]], [(e["from"], e["to"]) for e in d["edges"]]
    ([('n0', '市工信局'), ('n1', '大同市')], [('n0', 'n1')])
    """
    keys = sorted(G.nodes, key=str)
    ids = {k: f"n{i}" for i, k in enumerate(keys)}
    positions = layout(G)
    documents = G.graph.get("documents", {})
    nodes = []
    doc_mentions: dict[str, list[list[Any]]] = {}
    for k in keys:
        d = G.nodes[k]
        kind = d.get("kind", "entity")
        label = str(d.get("label") or k)
        node: dict[str, Any] = {
            "id": ids[k],
            "key": str(k),
            "kind": kind,
            "type": d.get("type", ""),
            "label": label,
            "short": _short(label),
            "aliases": [str(a) for a in d.get("aliases") or []],
            "attrs": _fields({a: v for a, v in d.items() if a not in _NODE_KEYS}, ids),
            "degree": G.degree(k),
            "xy": positions[k],
        }
        per_doc: dict[str, int] = {}
        for m in d.get("mentions") or []:
            doc = m.doc if hasattr(m, "doc") else m.get("doc", "")
            per_doc[doc] = per_doc.get(doc, 0) + 1
            if hasattr(m, "doc"):
                doc_mentions.setdefault(doc, []).append([m.start, m.end, ids[k]])
        node["mentions"] = sorted(per_doc.items())
        if isinstance(d.get("date"), str):
            node["date"] = d["date"][:10]
        if kind == "value":
            value = dict(d.get("value") or {})
            node["value"] = _fields(value, ids)
            org = value.get("org")
            if org in G:
                # Two "统战部长" of two organisations would otherwise look the same.
                node["label"] += "\n@" + str(G.nodes[org].get("label") or org)
                node["short"] = _short(node["label"])
        nodes.append(node)
    edge_list = sorted(G.edges(keys=True, data=True), key=lambda e: str(e[2]))
    bends = edge_bends([(ids[u], ids[v]) for u, v, _, _ in edge_list])
    edges = []
    by_doc: dict[Any, dict[str, list[Any]]] = {}
    for i, (u, v, key, d) in enumerate(edge_list):
        value = d.get("value")
        ends = [("head", u), ("tail", value if value else v)]
        evidence = []
        for ev in d.get("evidence") or []:
            if hasattr(ev, "doc"):
                evidence.append(
                    {
                        "doc": ev.doc,
                        "text": ev.text,
                        "start": ev.start,
                        "end": ev.end,
                        "spans": _spans(ev, ends, G, by_doc),
                    }
                )
            else:
                evidence.append(dict(ev))
        dates = sorted({str(documents.get(ev["doc"], {}).get("date") or "")[:10] for ev in evidence} - {""})
        if not dates:
            # A fact about a dated meeting happened that day.
            dates = sorted(
                {
                    G.nodes[n].get("date")[:10]
                    for n in (u, v)
                    if G.nodes[n].get("type") == "MEETING" and isinstance(G.nodes[n].get("date"), str)
                }
            )
        edges.append(
            {
                "id": f"e{i}",
                "key": str(key),
                "from": ids[u],
                "to": ids[v],
                "type": d.get("type", ""),
                "value": _fields(value, ids) if value else None,
                "valueLabel": value_label(d.get("type", ""), value) if value else None,
                "evidence": evidence,
                "confidence": d.get("confidence"),
                "rule": d.get("rule", ""),
                "inferred": bool(d.get("inferred", False)),
                "bend": bends[i],
                "date": dates[0] if dates else None,
            }
        )
    style = load_style()
    return {
        "style": style,
        # The JSON is written with sorted keys; the legend keeps the style file's order.
        "order": {k: list(style[k]) for k in ("entity_types", "value_types", "relation_types")},
        "nodes": nodes,
        "edges": edges,
        "documents": documents,
        "texts": _texts(G) if texts else {},
        "docMentions": {doc: sorted(ms) for doc, ms in sorted(doc_mentions.items())},
    }


def _texts(G: nx.MultiDiGraph) -> dict[str, str]:
    """Document texts for the document view, in id order, up to :data:`TEXT_BUDGET` characters."""
    out: dict[str, str] = {}
    budget = TEXT_BUDGET
    for doc, text in sorted((G.graph.get("texts") or {}).items()):
        if len(text) > budget:
            break
        out[doc] = text
        budget -= len(text)
    return out


def render_html(G: nx.MultiDiGraph, texts: bool = True) -> str:
    """The whole explorer page for ``G`` as one HTML string (no external resources).

    Write it to a file, or show it inline in Jupyter in an ``<iframe srcdoc=...>`` (see
    ``docs/html.md``). The same graph always gives the same string.

    >>> from kg.model import Entity
    >>> from kg.graph import to_graph
    >>> page = render_html(to_graph([Entity("p1", "PERSON", "张强")], []))
    >>> page.startswith("<!DOCTYPE html>"), "张强" in page, "<script src" in page
    (True, True, False)
    """
    vis_js, vis_css, app_js = inlined_assets()
    scripts = {"VIS_JS": vis_js, "APP_JS": app_js}
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts.values()),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    slots = {
        **scripts,
        "CSP": csp,
        "VIS_CSS": vis_css,
        "DATA": script_json(page_data(G, texts)),
    }
    # One pass: text put into a slot is never scanned for slots again.
    return _SLOT.sub(lambda m: slots[m.group(1)], template(TEMPLATE_FILE))


_DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)


def page_texts(path: Path) -> dict[str, str]:
    """The document texts a ``graph.html`` embeds (``{}`` if there is no such page or none).

    :func:`kg.load` reads them back so that saving a loaded graph writes the same page.

    >>> import tempfile, pathlib
    >>> from kg.graph import to_graph
    >>> G = to_graph([], [])
    >>> G.graph["texts"] = {"a.txt": "张强</script>说。"}
    >>> page_texts(write_html(G, pathlib.Path(tempfile.mkdtemp()))[0])
    {'a.txt': '张强</script>说。'}
    """
    try:
        m = _DATA.search(Path(path).read_text(encoding="utf-8"))
        texts = json.loads(m.group(1)).get("texts") if m else None
    except (OSError, ValueError):
        return {}
    return {str(k): v for k, v in texts.items() if isinstance(v, str)} if isinstance(texts, dict) else {}


@register_exporter("html")
def write_html(G: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write ``graph.html`` (see :func:`render_html`) into ``out_dir``.

    >>> import tempfile, pathlib
    >>> from kg.model import Entity
    >>> from kg.graph import to_graph
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_html(to_graph([Entity("p1", "PERSON", "张强")], []), out)]
    ['graph.html']
    """
    path = out_dir / HTML_FILE
    with atomic_write(path) as f:
        f.write(render_html(G))
    return [path]
