"""graph.html without a browser: offline, escaped, deterministic, opaque ids.

The browser tests (``test_html_browser.py``) check the same page as a person uses it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.export import get_exporter, html_assets
from kg.export import html as html_export
from kg.export.html import page_data, render_html
from kg.export.html_assets import script_json
from kg.graph import entity_nodes, from_graph, to_graph
from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation

TEMPLATES = Path(html_export.__file__).resolve().parent.parent / "templates"
IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=1</script>"


class Page(HTMLParser):
    """The elements, attributes and script texts of a page, as a browser's tokenizer sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_data(self, data):
        if self._open and self._open[0] == "script":
            self.scripts.append((self._open[1], data))
        elif self._open and self._open[0] == "style":
            self.styles.append(data)
        self._open = None

    def handle_endtag(self, tag):
        if self._open and self._open[0] == tag == "script":
            self.scripts.append((self._open[1], ""))
        self._open = None

    def data(self) -> dict:
        [text] = [t for a, t in self.scripts if a.get("type") == "application/json"]
        return json.loads(text)

    def csp(self) -> str:
        [meta] = [a for t, a in self.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        return meta["content"] or ""


def hostile_graph():
    """A graph whose every text field tries to become HTML or script."""
    doc = "evil.txt"
    entities = [
        Entity(
            "p1",
            "PERSON",
            f"张{IMG}强",
            [SCRIPT, "老张\u2028</script>"],
            [Mention(doc, 0, 3, "张强")],
            {"note": "<b>&amp;</b>", "place": "m1"},
        ),
        Entity("m1", "MEETING", f"调度会{SCRIPT}", ["<!--"], [], {"date": "2024-06-01"}),
        Entity("o1", "ORG", "]]></script><svg onload=window.__pwned=1>", [], [], {}),
    ]
    relations = [
        Relation(
            "r1",
            "chaired",
            "p1",
            "m1",
            evidence=[Evidence(doc, f"张强{IMG}主持召开{SCRIPT}", 0, 20)],
            rule="<i>rule</i>",
        ),
        Relation(
            "r2",
            "holds_position",
            "p1",
            value={"position": f"市长{IMG}", "org": "o1"},
            evidence=[Evidence(doc, "市长\u2029张强", 0, 4)],
        ),
    ]
    docs = [DocumentInfo(doc, path="<evil>.txt", title=f"报{SCRIPT}", url="javascript:window.__pwned=1")]
    return to_graph(entities, relations, docs)


def test_exporter_is_registered_and_writes_graph_html(gold_graph, tmp_path):
    written = get_exporter("html")(gold_graph, tmp_path)
    assert written == [tmp_path / "graph.html"]
    assert written[0].read_text(encoding="utf-8") == render_html(gold_graph)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]  # no temporary file left


def test_same_graph_gives_the_same_bytes(gold_graph):
    entities, relations = from_graph(gold_graph)
    random.Random(3).shuffle(entities)
    random.Random(4).shuffle(relations)
    documents = [DocumentInfo(**d) for d in gold_graph.graph["documents"].values()]
    assert render_html(to_graph(entities, relations, documents)) == render_html(gold_graph)


def test_page_needs_no_network(gold_graph):
    page = Page(render_html(gold_graph))
    # Nothing is loaded from elsewhere: no src/href on any element, no <link>, no CSS import.
    fetching = [
        (t, a)
        for t, a in page.tags
        if t in ("link", "img", "iframe", "object", "embed", "base") or "src" in a or "href" in a
    ]
    assert fetching == []
    css = "".join(page.styles)
    assert "@import" not in css
    urls = re.findall(r"url\(\s*['\"]?([^)'\"]*)", css)
    assert {u.split(",")[0] for u in urls} <= {"data:image/png;base64"}
    # vis-network itself is inlined (the same bundle pyvis ships), without its source-map hint.
    runnable = [t for a, t in page.scripts if "type" not in a]
    assert len(runnable) == 2
    assert "vis-network" in runnable[0] and "sourceMappingURL" not in runnable[0]
    csp = page.csp()
    assert "default-src 'none'" in csp and "connect-src" not in csp
    [script_src] = [d for d in csp.split(";") if d.strip().startswith("script-src")]
    assert "unsafe" not in script_src


def test_csp_admits_exactly_the_page_scripts(gold_graph):
    page = Page(render_html(gold_graph))
    allowed = set(re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", page.csp()))
    runnable = [t for a, t in page.scripts if "type" not in a]
    hashes = {base64.b64encode(hashlib.sha256(t.encode("utf-8")).digest()).decode() for t in runnable}
    assert hashes == allowed


def test_hostile_text_is_data_not_markup():
    G = hostile_graph()
    text = render_html(G)
    page = Page(text)
    # The tokenizer sees only our elements: one data script and two code scripts, no planted tag.
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", None, None]
    assert not [t for t, _ in page.tags if t in ("img", "svg", "i", "b")]
    assert not [a for _, a in page.tags if "onerror" in a or "onload" in a]
    assert "\u2028" not in text and "\u2029" not in text
    # ... and the data comes back exactly as it went in.
    data = page.data()
    by_key = {n["key"]: n for n in data["nodes"]}
    assert by_key["p1"]["label"] == f"张{IMG}强"
    assert by_key["p1"]["aliases"] == [SCRIPT, "老张\u2028</script>"]
    assert by_key["o1"]["label"] == "]]></script><svg onload=window.__pwned=1>"
    evidence = {e["key"]: e["evidence"][0]["text"] for e in data["edges"]}
    assert evidence == {"r1": f"张强{IMG}主持召开{SCRIPT}", "r2": "市长\u2029张强"}
    assert data["documents"]["evil.txt"]["title"] == f"报{SCRIPT}"


def test_script_json_escapes_every_breakout_character():
    raw = "</script><!--&\u2028\u2029>"
    out = script_json({"s": raw})
    assert not set("<>&\u2028\u2029") & set(out)
    assert json.loads(out) == {"s": raw}


def test_ids_in_the_page_are_opaque_and_ordered(gold_graph):
    data = page_data(gold_graph)
    assert [n["id"] for n in data["nodes"]] == [f"n{i}" for i in range(gold_graph.number_of_nodes())]
    assert [n["key"] for n in data["nodes"]] == sorted(gold_graph.nodes)
    assert [e["id"] for e in data["edges"]] == [f"e{i}" for i in range(gold_graph.number_of_edges())]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_page_data_keeps_names_evidence_and_values(gold_graph):
    data = page_data(gold_graph)
    nodes = {n["key"]: n for n in data["nodes"]}
    # Every entity with its label, aliases and type.
    for key, d in entity_nodes(gold_graph):
        assert (nodes[key]["label"], nodes[key]["aliases"], nodes[key]["type"]) == (d["label"], d["aliases"], d["type"])
    # A position held at an organisation names it on the value node, and links it by page id.
    positions = [
        n for n in data["nodes"] if n["type"] == "POSITION" and "org" in dict((k, v) for k, v, _ in n["value"])
    ]
    assert positions
    for n in positions:
        [(_, org_key, ref)] = [f for f in n["value"] if f[0] == "org"]
        assert ref == nodes[org_key]["id"]
        assert n["label"].endswith("\n@" + nodes[org_key]["label"])
    # Evidence sentences keep their document; the document is known to the page.
    chaired = [e for e in data["edges"] if e["type"] == "chaired"]
    assert chaired and all(e["evidence"][0]["text"] for e in chaired)
    assert all(ev["doc"] in data["documents"] for e in data["edges"] for ev in e["evidence"])


def test_page_script_never_parses_data_as_html():
    js = (TEMPLATES / "graph.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/", "", js, flags=re.S)
    code = re.sub(r"(?m)^\s*//.*$|\s//\s.*$", "", code)
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "Function(",
        "srcdoc",
        "createContextualFragment",
        "DOMParser",
    ):
        assert sink not in code, sink
    # vis draws strings in tooltips with innerText; the page must not hand it elements built from markup.
    assert "multi:" not in code  # vis' HTML-like label markup stays off


def test_style_gives_each_type_its_own_shape_and_a_colour():
    # (that the style names every type is checked with the other vocabulary lists: test_vocabulary.py)
    style = html_export.load_style()
    shapes = {s["shape"] for s in style["entity_types"].values()}
    # Degree-sized shapes for entities; boxes (fixed size, label inside) only for values.
    assert len(shapes) == len(style["entity_types"]) and "box" not in shapes
    assert {s["shape"] for s in style["value_types"].values()} == {"box"}
    assert all(
        re.fullmatch(r"#[0-9a-f]{6}", s["color"])
        for group in ("entity_types", "value_types", "relation_types")
        for s in style[group].values()
    )


def test_missing_vis_bundle_is_a_clear_error(tmp_path, monkeypatch, gold_graph):
    (tmp_path / "lib").mkdir()
    monkeypatch.setattr(html_assets, "pyvis_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match=r"lib: no vis-\*/vis-network.min.js in the pyvis package"):
        render_html(gold_graph)


def test_values_belong_to_their_fact():
    """An amount is its project's, a post without an organisation its holder's (also in to_networkx)."""
    import kg as kg_api

    amount = {"amount": 682000000, "currency": "CNY", "qualifier": "exact"}
    entities = [
        Entity("j1", "PROJECT", "大同某项目"),
        Entity("j2", "PROJECT", "合肥某项目"),
        Entity("p1", "PERSON", "张强"),
        Entity("p2", "PERSON", "李明"),
        Entity("p3", "PERSON", "王伟"),
        Entity("o1", "ORG", "大同市人民政府"),
    ]
    relations = [
        Relation("r1", "invested_amount", "j1", value=dict(amount)),
        Relation("r2", "invested_amount", "j2", value=dict(amount)),
        Relation("r3", "holds_position", "p1", value={"position": "副市长"}),
        Relation("r4", "holds_position", "p2", value={"position": "副市长"}),
        Relation("r5", "holds_position", "p1", value={"position": "市长", "org": "o1"}),
        Relation("r6", "holds_position", "p3", value={"position": "市长", "org": "o1"}),
    ]
    G = to_graph(entities, relations)
    for graph in (G, kg_api.KnowledgeGraph(G).to_networkx()):
        holders = {v: sorted(u for u, _ in graph.in_edges(v)) for v, d in graph.nodes(data="kind") if d == "value"}
        assert sorted(holders.values()) == [["j1"], ["j2"], ["p1"], ["p1", "p3"], ["p2"]]
    # The page too: no value box joins two projects or two holders without a shared organisation.
    data = page_data(G)
    into = {}
    for e in data["edges"]:
        into.setdefault(e["to"], set()).add(e["from"])
    shared = [n for n in data["nodes"] if n["kind"] == "value" and len(into[n["id"]]) > 1]
    assert [dict((k, v) for k, v, _ in n["value"]) for n in shared] == [{"position": "市长", "org": "o1"}]


def test_seed_value_nodes_join_no_unrelated_facts(gold_graph):
    for v, kind in gold_graph.nodes(data="kind"):
        if kind != "value":
            continue
        heads = {u for u, _ in gold_graph.in_edges(v)}
        value = gold_graph.nodes[v]["value"]
        assert len(heads) == 1 or value.get("org"), (gold_graph.nodes[v]["label"], heads)


def test_layout_is_computed_at_export_and_leaves_loose_entities_out(gold_graph):
    data = page_data(gold_graph)
    for n in data["nodes"]:
        if gold_graph.degree(n["key"]):
            assert isinstance(n["xy"][0], int) and isinstance(n["xy"][1], int)
        else:
            assert n["xy"] is None and n["kind"] == "entity"
    # Distinct places: no two drawn nodes on one spot.
    spots = [tuple(n["xy"]) for n in data["nodes"] if n["xy"]]
    assert len(set(spots)) == len(spots)
    # Parallel edges bend apart; a lone edge is straight.
    pairs: dict = {}
    for e in data["edges"]:
        pairs.setdefault(frozenset((e["from"], e["to"])), []).append(e)
    for group in pairs.values():
        directed = [e["bend"] if e["from"] <= e["to"] else -e["bend"] for e in group]
        assert len(set(directed)) == len(group)
        assert directed[0] == 0


def test_large_components_spread_out():
    """The grid layout of a large component spreads its nodes (none collapse onto one spot), deterministically."""
    import networkx as nx

    from kg.export.html_layout import layout

    G = nx.MultiDiGraph(nx.gnm_random_graph(900, 1300, seed=7))
    pos = layout(G)
    placed = [p for p in pos.values() if p is not None]
    assert len(placed) == sum(1 for n in G if G.degree(n))
    assert len(set(placed)) > 0.97 * len(placed)
    assert pos == layout(nx.MultiDiGraph(nx.gnm_random_graph(900, 1300, seed=7)))


def test_evidence_spans_mark_head_and_tail():
    text = "大同市市长张强主持召开全市重点工程项目调度会。"
    doc = "d.txt"
    meeting = "全市重点工程项目调度会"
    people = [
        Entity("p1", "PERSON", "张强", [], [Mention(doc, 10 + 5, 10 + 7, "张强")]),
        Entity("m1", "MEETING", meeting, [], [Mention(doc, 10 + 11, 10 + 22, meeting)]),
    ]
    ev = Evidence(doc, text, 10, 10 + len(text))
    G = to_graph(
        people,
        [
            Relation("r1", "chaired", "p1", "m1", evidence=[ev]),
            Relation("r2", "holds_position", "p1", value={"position": "市长"}, evidence=[ev]),
        ],
    )
    spans = {e["key"]: [(text[s:t], r) for s, t, r in e["evidence"][0]["spans"]] for e in page_data(G)["edges"]}
    assert spans == {
        "r1": [("张强", "head"), ("全市重点工程项目调度会", "tail")],
        "r2": [("市长", "tail"), ("张强", "head")],
    }


def test_long_labels_are_cut_on_the_canvas_only():
    label = "长" * 100_000
    data = page_data(to_graph([Entity("x", "PROJECT", label)], []))
    [node] = data["nodes"]
    assert node["label"] == label and len(node["short"]) == html_export.LABEL_CHARS
    assert node["short"].endswith("…")


def test_document_texts_are_embedded_within_a_budget(monkeypatch):
    G = to_graph(
        [Entity("p1", "PERSON", "张强", [], [Mention("a.txt", 0, 2, "张强")])],
        [],
        [DocumentInfo("a.txt"), DocumentInfo("b.txt")],
    )
    G.graph["texts"] = {"a.txt": "张强说。", "b.txt": "很长的文章。" * 10}
    assert page_data(G)["texts"] == G.graph["texts"]
    assert page_data(G)["docMentions"] == {"a.txt": [[0, 2, "n0"]]}
    monkeypatch.setattr(html_export, "TEXT_BUDGET", 20)
    assert page_data(G)["texts"] == {"a.txt": "张强说。"}


def test_layout_of_a_large_component_ignores_insertion_order():
    """The same graph built in another order is laid out alike, so a build's page has the same
    bytes whatever order its documents came back from the workers (--jobs, --dask)."""
    import networkx as nx

    from kg.export.html_layout import EXACT_LIMIT, layout

    rng = random.Random(7)
    n = EXACT_LIMIT + 100
    edges = [(f"e{i}", f"e{rng.randrange(i)}") for i in range(1, n)] + [
        (f"e{rng.randrange(n)}", f"e{rng.randrange(n)}") for _ in range(n // 2)
    ]
    forward, backward = nx.MultiDiGraph(), nx.MultiDiGraph()
    forward.add_edges_from(edges)
    backward.add_nodes_from(sorted(forward.nodes, reverse=True))
    backward.add_edges_from((v, u) for u, v in reversed(edges))
    assert layout(forward) == layout(backward)
