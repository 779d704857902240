"""graph.html in headless Chromium, used as a person would: offline, searchable, inert.

Needs the Debian package ``chromium`` (``.ci/debian-packages.txt``) and the ``playwright``
Python package (the ``dev`` extra); Playwright drives the system browser, so no
``playwright install`` is needed. Every request other than the page file itself is blocked
and recorded.

The README picture is drawn by ``benchmarks/screenshot.py`` from a real build of ``seeds/``.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.export.html import page_data, write_html
from kg.graph import entity_nodes, to_graph
from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PWNED_IMG = "<img src=x onerror=window.__pwned=1>"
PWNED_SCRIPT = "<script>window.__pwned=1</script>"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} not found: install the Debian package 'chromium'"
)


@dataclass
class Opened:
    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def wait(self, expression: str, arg=None, timeout: float = 30.0):
        """Poll ``expression`` until it is truthy (the page's CSP forbids Playwright's own waiter)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression, arg)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout}s: {expression}")
            self.page.wait_for_timeout(50)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


def open_page(
    browser,
    path: Path,
    *,
    bypass_csp: bool = False,
    stable_timeout: float = 60.0,
    viewport: dict | None = None,
    touch: bool = False,
    hash: str = "",
) -> Opened:
    """Load ``path`` from a file URL with every other request blocked; wait for the first paint."""
    context = browser.new_context(
        viewport=viewport or DESKTOP, bypass_csp=bypass_csp, has_touch=touch, accept_downloads=True
    )
    page = context.new_page()
    opened = Opened(page, path.resolve().as_uri())

    def route(r):
        opened.requests.append(r.request.url)
        if r.request.url.split("#")[0] == opened.url:
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on(
        "console",
        lambda m: opened.problems.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None,
    )
    page.on("pageerror", lambda e: opened.problems.append(f"pageerror: {e}"))
    page.goto(opened.url + hash)
    page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=stable_timeout * 1000)
    return opened


def network_requests(o: Opened) -> set[str]:
    """Every URL the page asked for, fragments cut; the page file itself is the only one allowed."""
    return {u.split("#")[0] for u in o.requests}


@pytest.fixture
def opened_pages(browser) -> Iterator[list[Opened]]:
    pages: list[Opened] = []
    yield pages
    for o in pages:
        o.page.context.close()


def load(browser, opened_pages, G, tmp_path: Path, **kw) -> Opened:
    [path] = write_html(G, tmp_path)
    o = open_page(browser, path, **kw)
    opened_pages.append(o)
    return o


DRAWN = """kind => {
  const pos = kgNetwork.getPositions();
  return kgNodes.get({filter: n => n.kind === kind && !n.hidden && n.id in pos})
    .filter(n => Number.isFinite(pos[n.id].x) && Number.isFinite(pos[n.id].y)).length;
}"""
VISIBLE_EDGES = "() => kgEdges.get({filter: e => !e.hidden}).length"


def search(o: Opened, name: str) -> None:
    box = o.page.locator("#kg-search")
    box.fill("")
    box.press_sequentially(name)
    box.press("Enter")


def click_focused(o: Opened, node_id: str) -> None:
    """Wait until the view has centred on the node, then click it where it is drawn."""
    o.wait(
        """id => { const p = kgNetwork.getPositions([id])[id], v = kgNetwork.getViewPosition();
                      return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""",
        node_id,
    )
    xy = o.js("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node_id)
    box = o.page.locator("#kg-graph").bounding_box()
    o.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


def connected(G) -> list[tuple[str, dict]]:
    return [(k, d) for k, d in entity_nodes(G) if G.degree(k)]


RENDERED_LABELS = """ids => ids.map(id => {
  const n = kgNetwork.body.nodes[id];
  return [n.options.label, n.labelModule.fontOptions.size * kgNetwork.getScale(), n.labelModule.visible()];
})"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366x768", "390x844"])
def test_gold_graph_first_view_is_labelled(browser, opened_pages, gold_graph, tmp_path, viewport):
    o = load(browser, opened_pages, gold_graph, tmp_path, viewport=viewport, touch=viewport is PHONE)
    assert network_requests(o) == {o.url}
    assert o.problems == []
    # The graph has room at both widths.
    box = o.page.locator("#kg-graph").bounding_box()
    assert box["width"] >= viewport["width"] * (0.99 if viewport is PHONE else 0.5) and box["height"] > 300
    # Entities with relations are drawn where the export put them; the others are listed apart.
    entities = entity_nodes(gold_graph)
    drawn = connected(gold_graph)
    assert o.js(DRAWN, "entity") == len(drawn) < len(entities)
    assert o.js(DRAWN, "value") == gold_graph.number_of_nodes() - len(entities)
    assert o.js(VISIBLE_EDGES) == gold_graph.number_of_edges()
    assert o.page.locator("#kg-loose summary").text_content().startswith(f"{len(entities) - len(drawn)} entities")
    assert o.page.locator("#kg-loose li button").count() == len(entities) - len(drawn)
    assert o.js("() => kgNetwork.physics.options.enabled") is False
    assert o.page.locator("#kg-stats").text_content() == (
        f"{len(entities)} entities · {gold_graph.number_of_edges()} relations · 5 documents"
    )
    # The best connected entities are labelled legibly at the first paint, read from vis itself.
    ids = {n["key"]: n["id"] for n in page_data(gold_graph)["nodes"]}
    top = sorted(drawn, key=lambda kd: -gold_graph.degree(kd[0]))[:5]
    rendered = o.js(RENDERED_LABELS, [ids[k] for k, _ in top])
    for (_, d), (label, size, visible) in zip(top, rendered, strict=True):
        assert label == d["label"] and visible and size >= 12, (label, size)
    # ... and the least connected are not, until one zooms in.
    low = [ids[k] for k, _ in sorted(drawn, key=lambda kd: gold_graph.degree(kd[0]))[:5]]
    assert not any(v for *_, v in o.js(RENDERED_LABELS, low))
    o.js("id => kgNetwork.moveTo({position: kgNetwork.getPositions([id])[id], scale: 1.2})", low[0])
    assert o.js(RENDERED_LABELS, low[:1])[0][2] is True


def test_search_by_alias_selects_and_focuses_the_entity(browser, opened_pages, gold_graph, tmp_path):
    # An alias that is no other entity's name, of an entity with evidence to show.
    names: dict[str, set[str]] = {}
    for key, d in entity_nodes(gold_graph):
        for name in [d["label"], *d["aliases"]]:
            names.setdefault(name, set()).add(key)
    key, alias = next(
        (k, a)
        for k, d in entity_nodes(gold_graph)
        for a in d["aliases"]
        if names[a] == {k} and gold_graph.out_degree(k) and len(a) > 1
    )
    ids = {n["key"]: n["id"] for n in page_data(gold_graph)["nodes"]}
    o = load(browser, opened_pages, gold_graph, tmp_path)

    search(o, alias)
    assert o.js("() => kgNetwork.getSelectedNodes()") == [ids[key]]
    label = gold_graph.nodes[key]["label"]
    assert o.page.locator("#kg-panel h2").text_content() == label
    assert alias in o.page.locator("#kg-panel ul").first.text_content()

    # Clicking the focused node shows its relations with their evidence and documents.
    o.js("() => document.getElementById('kg-panel').replaceChildren()")
    click_focused(o, ids[key])
    assert o.page.locator("#kg-panel h2").text_content() == label
    panel = o.page.locator("#kg-panel").text_content()
    for _, _, d in gold_graph.out_edges(key, data=True):
        assert d["type"] in panel
        for ev in d["evidence"]:
            assert ev.text in panel and ev.doc in panel
    assert o.problems == []


def test_filters_hide_entity_and_relation_types(browser, opened_pages, gold_graph, tmp_path):
    o = load(browser, opened_pages, gold_graph, tmp_path)
    people = sum(1 for _, d in connected(gold_graph) if d["type"] == "PERSON")
    types = dict(gold_graph.nodes(data="type"))
    touching_people = sum(1 for u, v in gold_graph.edges() if "PERSON" in (types[u], types[v]))
    entities = len(connected(gold_graph))

    o.page.locator("#kg-entity-filters input[data-type=PERSON]").uncheck()
    assert o.js(DRAWN, "entity") == entities - people
    assert o.js(VISIBLE_EDGES) == gold_graph.number_of_edges() - touching_people

    o.page.locator("#kg-entity-filters input[data-type=PERSON]").check()
    located = sum(1 for *_, t in gold_graph.edges(data="type") if t == "located_in")
    o.page.locator("#kg-relation-filters input[data-type=located_in]").uncheck()
    assert o.js(DRAWN, "entity") == entities
    assert o.js(VISIBLE_EDGES) == gold_graph.number_of_edges() - located
    assert o.js("() => kgEdges.get({filter: e => !e.hidden && e.type === 'located_in'}).length") == 0
    assert o.problems == []


def hostile_graph():
    doc = "evil.txt"
    evidence = f"张强{PWNED_IMG}主持召开{PWNED_SCRIPT}调度会"
    entities = [
        Entity("p1", "PERSON", f"张强{PWNED_IMG}", [PWNED_SCRIPT], [Mention(doc, 0, 2, "张强")], {"note": PWNED_IMG}),
        Entity("m1", "MEETING", f"调度会{PWNED_SCRIPT}", [], [], {}),
    ]
    relations = [
        Relation("r1", "chaired", "p1", "m1", evidence=[Evidence(doc, evidence, 0, len(evidence))], rule=PWNED_IMG),
        Relation(
            "r2",
            "holds_position",
            "p1",
            value={"position": PWNED_IMG},
            evidence=[Evidence(doc, f"市长{PWNED_SCRIPT}", 0, 4)],
        ),
    ]
    docs = [DocumentInfo(doc, title=f"报{PWNED_IMG}", url="javascript:window.__pwned=1", path=PWNED_SCRIPT)]
    G = to_graph(entities, relations, docs)
    G.graph["texts"] = {doc: f"张强{PWNED_SCRIPT}说{PWNED_IMG}。" + evidence}
    return G, evidence


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-disabled"])
def test_planted_markup_stays_text(browser, opened_pages, tmp_path, bypass_csp):
    # With the page's CSP disabled too: the DOM code alone must keep the text inert.
    G, evidence = hostile_graph()
    ids = {n["key"]: n["id"] for n in page_data(G)["nodes"]}
    o = load(browser, opened_pages, G, tmp_path, bypass_csp=bypass_csp)

    o.page.locator("#kg-search").press_sequentially("<img")
    assert PWNED_IMG in o.page.locator("#kg-results").text_content()  # the suggestion list
    o.page.locator("#kg-search").press("Enter")
    click_focused(o, ids["p1"])
    # The hover tooltip shows the name too (vis sets string titles with innerText).
    o.page.mouse.move(3, 3)
    xy = o.js("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", ids["p1"])
    box = o.page.locator("#kg-graph").bounding_box()
    o.page.mouse.move(box["x"] + xy["x"] + 2, box["y"] + xy["y"] + 2, steps=3)
    o.wait(
        """s => [...document.querySelectorAll('.vis-tooltip')].some(
                t => t.style.visibility !== 'hidden' && t.textContent.includes(s))""",
        PWNED_IMG,
    )
    panel = o.page.locator("#kg-panel").text_content()
    assert f"张强{PWNED_IMG}" in panel and PWNED_SCRIPT in panel and evidence in panel
    assert f"报{PWNED_IMG}" in panel

    # The document view: the article as text, its mention a button, nothing planted parsed.
    o.page.locator("#kg-panel button", has_text="open document").first.click()
    assert o.page.locator("#kg-panel .kg-doc").text_content() == G.graph["texts"]["evil.txt"]
    assert o.page.locator("#kg-panel .kg-doc .kg-mention").first.text_content() == "张强"
    # Search over evidence and documents lists the planted text as text.
    o.page.locator("#kg-search").fill("")
    o.page.locator("#kg-search").press_sequentially("主持召开<sc")
    assert PWNED_SCRIPT[:8] in o.page.locator("#kg-results").text_content()
    planted = "img, svg, #kg-panel script, #kg-results script, a[href^=javascript]"
    assert o.js("sel => document.querySelectorAll(sel).length", planted) == 0
    assert o.js("() => document.scripts.length") == 3
    assert network_requests(o) == {o.url}  # an <img src=x> would have asked for file:///.../x
    assert o.problems == []
    assert o.js("() => window.__pwned") is None


def generated_graph(n: int = 2000, seed: int = 2000):
    """``n`` entities and about 1.3 relations each, of every type, with value nodes."""
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "PLACE", "PROJECT", "MEETING"]
    surnames, given = "王李张刘陈杨赵黄周吴", "伟芳娜敏静丽强磊军洋"
    entities = []
    for i in range(n):
        t = types[i % 5]
        label = {
            "PERSON": rng.choice(surnames) + rng.choice(given) + rng.choice(given),
            "ORG": f"第{i}有限公司",
            "PLACE": f"第{i}区",
            "PROJECT": f"第{i}号项目",
            "MEETING": f"第{i}次调度会",
        }[t]
        mention = Mention("gen.txt", i, i + 2, label[:2])
        entities.append(Entity(f"x{i:05d}", t, label, [f"别名{i}"], [mention]))
    by_type = {t: [e.id for e in entities if e.type == t] for t in types}
    shape = {
        "located_in": ("ORG", "PLACE"),
        "chaired": ("PERSON", "MEETING"),
        "attended": ("PERSON", "MEETING"),
        "invests_in": ("ORG", "PROJECT"),
        "works_for": ("PERSON", "ORG"),
    }
    relations = []
    for i in range(int(n * 1.3)):
        rtype = rng.choice([*shape, "invested_amount", "holds_position"])
        ev = [Evidence("gen.txt", f"第{i}句。", i, i + 4)]
        if rtype == "invested_amount":
            head = rng.choice(by_type["PROJECT"])
            value = {"amount": rng.randrange(1, 50) * 10**8, "currency": "CNY", "qualifier": "exact"}
            relations.append(Relation(f"r{i:05d}", rtype, head, value=value, evidence=ev))
        elif rtype == "holds_position":
            value = {"position": rng.choice(["市长", "书记", "董事长"]), "org": rng.choice(by_type["ORG"])}
            head = rng.choice(by_type["PERSON"])
            relations.append(Relation(f"r{i:05d}", rtype, head, value=value, evidence=ev))
        else:
            h, t = shape[rtype]
            relations.append(Relation(f"r{i:05d}", rtype, rng.choice(by_type[h]), rng.choice(by_type[t]), evidence=ev))
    return to_graph(entities, relations, [DocumentInfo("gen.txt", title="generated")])


def test_two_thousand_nodes_settle_and_stop(browser, opened_pages, tmp_path):
    G = generated_graph()
    o = load(browser, opened_pages, G, tmp_path, stable_timeout=300)
    assert network_requests(o) == {o.url}
    assert o.problems == []
    assert o.js(DRAWN, "entity") == len(connected(G))
    assert o.js(VISIBLE_EDGES) == G.number_of_edges()
    assert o.js("() => kgNetwork.physics.options.enabled") is False
    # Physics is off: the drawing holds still instead of simulating forever.
    before = o.js("() => kgNetwork.getPositions()")
    o.page.wait_for_timeout(500)
    assert o.js("() => kgNetwork.getPositions()") == before
    assert all(math.isfinite(p["x"]) and math.isfinite(p["y"]) for p in before.values())
    # Search still answers on the large graph.
    ids = {n["key"]: n["id"] for n in page_data(G)["nodes"]}
    drawn = next(k for k, _ in connected(G) if k >= "x01234")
    search(o, "别名" + str(int(drawn[1:])))
    assert o.js("() => kgNetwork.getSelectedNodes()") == [ids[drawn]]
    # An entity without relations is found too: its details open, nothing is selected on the canvas.
    alone = next(k for k, _ in entity_nodes(G) if not G.degree(k))
    search(o, "别名" + str(int(alone[1:])))
    assert o.page.locator("#kg-panel h2").text_content() == G.nodes[alone]["label"]
    assert o.js("() => kgNetwork.getSelectedNodes()") == []


def test_built_page_draws_one_node_per_line_of_entities_jsonl(browser, opened_pages, tmp_path):
    """What a user gets from ``kg build seeds``: graph.html and entities.jsonl agree, no false links."""
    from kg.cli import main

    out = tmp_path / "out"
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["build", str(seeds), "--out", str(out), "--jobs", "1"]) == 0
    lines = [json.loads(x) for x in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    o = open_page(browser, out / "graph.html")
    opened_pages.append(o)
    assert network_requests(o) == {o.url}
    assert o.problems == []
    drawn = o.js(DRAWN, "entity")
    listed = o.page.locator("#kg-loose li button").count()
    assert drawn + listed == len(lines) and drawn > 0
    # No value box joins two projects, or two holders of a post without an organisation.
    data = o.js("() => JSON.parse(document.getElementById('kg-data').textContent)")
    heads: dict[str, set[str]] = {}
    for e in data["edges"]:
        heads.setdefault(e["to"], set()).add(e["from"])
    values = [n for n in data["nodes"] if n["kind"] == "value"]
    assert values
    for n in values:
        if len(heads[n["id"]]) > 1:
            assert n["type"] == "POSITION" and "org" in [k for k, *_ in n["value"]], n["label"]
    # The document view of a built page shows the article with its mentions, clickable.
    doc = sorted(data["documents"])[0]
    o.js("d => kgShowDocument(d)", doc)
    body = o.page.locator("#kg-panel .kg-doc")
    assert body.text_content() == (seeds / doc).read_text(encoding="utf-8")
    mention = o.page.locator("#kg-panel .kg-mention").first
    node_id = mention.get_attribute("data-node")
    mention.click()
    assert o.page.locator("#kg-panel h2").text_content() == o.js("id => kgData(id).label", node_id)
    # Paths are relative to the input given on the command line, in every output.
    for name in ("graph.html", "graph.ttl", "documents.jsonl"):
        assert str(seeds.parent) not in (out / name).read_text(encoding="utf-8"), name
    assert {d["path"] for d in data["documents"].values()} == {f"seeds/{d}" for d in data["documents"]}


def test_empty_graph_opens_without_errors(browser, opened_pages, tmp_path):
    o = load(browser, opened_pages, to_graph([], []), tmp_path)
    assert o.page.locator("#kg-stats").text_content() == "0 entities · 0 relations · 0 documents"
    assert network_requests(o) == {o.url}
    assert o.problems == []


def hub_of(G) -> str:
    return max((k for k, _ in connected(G)), key=lambda k: (G.degree(k), k))


def two_hops(G, key: str) -> tuple[set[str], set[str]]:
    U = G.to_undirected(as_view=True)
    one = set(U.neighbors(key)) | {key}
    two = one | {w for v in one for w in U.neighbors(v)}
    return one, two


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366x768", "390x844"])
def test_click_focuses_and_dims_all_but_the_neighbourhood(browser, opened_pages, gold_graph, tmp_path, viewport):
    phone = viewport is PHONE
    o = load(browser, opened_pages, gold_graph, tmp_path, viewport=viewport, touch=phone)
    ids = {n["key"]: n["id"] for n in page_data(gold_graph)["nodes"]}
    keys = {v: k for k, v in ids.items()}
    hub = hub_of(gold_graph)
    # Not on the hub at first: go there, then click (or tap) it where it is drawn.
    o.js("id => kgNetwork.moveTo({position: kgNetwork.getPositions([id])[id], scale: 1})", ids[hub])
    xy = o.js("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", ids[hub])
    box = o.page.locator("#kg-graph").bounding_box()
    if phone:
        o.page.touchscreen.tap(box["x"] + xy["x"], box["y"] + xy["y"])
    else:
        o.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    o.wait("id => kgNetwork.getSelectedNodes()[0] === id", ids[hub])
    assert o.page.locator("#kg-panel h2").text_content() == gold_graph.nodes[hub]["label"]
    assert o.page.locator("#kg-panel").is_visible()
    one, two = two_hops(gold_graph, hub)
    opacity = dict(o.js("() => kgNodes.get().map(n => [n.id, n.opacity])"))
    assert {keys[i] for i, a in opacity.items() if a == 1} == one
    assert {keys[i] for i, a in opacity.items() if a >= 0.5} == two
    assert all(a < 0.5 for i, a in opacity.items() if keys[i] not in two)
    assert len(two) < len(opacity)
    # The view centres on the entity; the URL names it.
    click_focused(o, ids[hub])
    assert o.js("() => decodeURIComponent(location.hash.slice(1))") == hub
    # Relations are grouped by type and direction, with counts that add up.
    counts = o.page.locator("#kg-panel details.kg-group summary .kg-count").all_text_contents()
    assert sum(int(c.strip("()")) for c in counts) == gold_graph.degree(hub)
    assert len(counts) == len({(d["type"], u == hub) for u, v, d in gold_graph.edges(data=True) if hub in (u, v)})
    # A click on the background clears the focus.
    empty = o.js(
        """([w, h]) => { for (let y = 4; y < h; y += 7) for (let x = 4; x < w; x += 7) {
        const p = {x: x, y: y};
        if (kgNetwork.getNodeAt(p) === undefined && kgNetwork.getEdgeAt(p) === undefined) return p; } }""",
        [box["width"], box["height"]],
    )
    o.page.mouse.click(box["x"] + empty["x"], box["y"] + empty["y"])
    o.wait("() => kgNodes.get().every(n => n.opacity === 1)")
    assert o.problems == []


def test_url_hash_opens_the_page_on_an_entity(browser, opened_pages, gold_graph, tmp_path):
    [path] = write_html(gold_graph, tmp_path)
    ids = {n["key"]: n["id"] for n in page_data(gold_graph)["nodes"]}
    key = sorted(connected(gold_graph), key=lambda kd: gold_graph.degree(kd[0]))[len(connected(gold_graph)) // 2][0]
    o = open_page(browser, path, hash="#" + key)
    opened_pages.append(o)
    o.wait("id => kgNetwork.getSelectedNodes()[0] === id", ids[key])
    assert o.page.locator("#kg-panel h2").text_content() == gold_graph.nodes[key]["label"]
    assert o.js("() => (kgDimmed || []).length") > 0
    # A name works too, and a later change of the hash moves the page.
    label = gold_graph.nodes[hub_of(gold_graph)]["label"]
    o.js("name => { location.hash = encodeURIComponent(name); }", label)
    o.wait("id => kgNetwork.getSelectedNodes()[0] === id", ids[hub_of(gold_graph)])
    assert network_requests(o) == {o.url}
    assert o.problems == []


def test_png_export_writes_an_image(browser, opened_pages, gold_graph, tmp_path):
    o = load(browser, opened_pages, gold_graph, tmp_path)
    with o.page.expect_download() as info:
        o.page.locator("#kg-png").click()
    target = tmp_path / "view.png"
    info.value.save_as(target)
    data = target.read_bytes()
    assert info.value.suggested_filename == "graph.png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    box = o.page.locator("#kg-graph").bounding_box()
    assert (width, height) == (round(box["width"]), round(box["height"]))
    assert {u for u in network_requests(o) if not u.startswith("blob:")} == {o.url}
    assert o.problems == []


def test_evidence_sentences_mark_head_and_tail(browser, opened_pages, gold_graph, tmp_path):
    o = load(browser, opened_pages, gold_graph, tmp_path)
    data = page_data(gold_graph)
    # An entity-to-entity fact whose head and tail are both named in its sentence.
    e = next(
        e
        for e in data["edges"]
        if e["type"] == "chaired" and {r for *_, r in e["evidence"][0]["spans"]} == {"head", "tail"}
    )
    o.js("id => kgSelect(id)", e["from"])
    head = gold_graph.nodes[next(n["key"] for n in data["nodes"] if n["id"] == e["from"])]
    tail = gold_graph.nodes[next(n["key"] for n in data["nodes"] if n["id"] == e["to"])]
    quote = o.page.locator("#kg-panel blockquote.kg-ev", has_text=e["evidence"][0]["text"]).first
    assert quote.locator("mark.kg-head").first.text_content() in [head["label"], *head["aliases"]]
    assert quote.locator("mark.kg-tail").first.text_content() in [tail["label"], *tail["aliases"]]
    assert quote.locator("mark.kg-head").first.get_attribute("data-role") == "head"
    # The sentence reads the same with its marks.
    assert quote.locator("span").first.text_content() == e["evidence"][0]["text"]
    # The search also finds amounts (digits as written or grouped), documents and evidence words.
    amount = next(n for n in data["nodes"] if n["type"] == "AMOUNT")
    digits = str(dict((k, v) for k, v, _ in amount["value"])["amount"])
    for query in (digits, f"{int(digits):,}"):
        assert o.js("([q, id]) => kgSearch(q).some(h => h.node && h.node.id === id)", [query, amount["id"]])
    doc = sorted(data["documents"])[0]
    assert o.js("q => kgSearch(q).some(h => h.doc === q)", doc)
    assert o.js("q => kgSearch(q).some(h => h.ev && h.ev.text.includes(q))", e["evidence"][0]["text"][2:8])
    # "open document": the whole article, the sentence marked, every mention a button.
    quote.locator("button", has_text="open document").click()
    assert o.page.locator("#kg-panel .kg-doc mark.kg-sentence").count() > 0
    assert o.page.locator("#kg-panel .kg-doc .kg-mention").count() > 10
    assert o.problems == []


def dated_graph():
    entities = [
        Entity("p1", "PERSON", "张强"),
        Entity("m1", "MEETING", "一月调度会", attributes={"date": "2024-01-10"}),
        Entity("m2", "MEETING", "六月调度会", attributes={"date": "2024-06-10"}),
        Entity(
            "o1",
            "ORG",
            "大同市人民政府",
            attributes={"resolution": "merged 大同市政府 and 市政府 (same document, same head)"},
        ),
        Entity("x1", "PROJECT", "长" * 100_000),
    ]
    relations = [
        Relation("r1", "chaired", "p1", "m1"),
        Relation("r2", "attended", "p1", "m2"),
        Relation("r3", "works_for", "p1", "o1"),
        Relation("r4", "invests_in", "o1", "x1"),
    ]
    return to_graph(entities, relations)


def test_date_slider_long_labels_and_attributes(browser, opened_pages, tmp_path):
    G = dated_graph()
    ids = {n["key"]: n["id"] for n in page_data(G)["nodes"]}
    o = load(browser, opened_pages, G, tmp_path)
    assert o.page.locator("#kg-date-box").is_visible()
    o.page.locator("#kg-date-to").fill("0")  # up to the first date only
    hidden = set(o.js("() => kgNodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {ids["m2"]}
    assert o.js("() => kgEdges.get({filter: e => e.hidden}).length") == 1
    o.page.locator("#kg-date-to").fill("1")
    assert o.js("() => kgNodes.get({filter: n => n.hidden}).length") == 0
    # A 100,000-character name is cut on the canvas and shown whole in the details.
    assert len(o.js("id => kgNodes.get(id).label", ids["x1"])) <= 40
    o.js("id => kgSelect(id)", ids["x1"])
    assert len(o.page.locator("#kg-panel h2").text_content()) == 100_000
    # Any attribute an entity carries is shown, such as how resolution merged it.
    o.js("id => kgSelect(id)", ids["o1"])
    assert "merged 大同市政府 and 市政府" in o.page.locator("#kg-panel dl").text_content()
    assert o.problems == []


def test_the_edge_under_the_pointer_is_the_one_described(browser, opened_pages, tmp_path):
    # Three facts between the same two entities, one of them the other way round.
    entities = [Entity("p1", "PERSON", "张强"), Entity("o1", "ORG", "大同市人民政府")]
    relations = [
        Relation("r1", "works_for", "p1", "o1"),
        Relation("r2", "attended", "p1", "o1"),
        Relation("r3", "invests_in", "o1", "p1"),
    ]
    G = to_graph(entities, relations)
    o = load(browser, opened_pages, G, tmp_path)
    box = o.page.locator("#kg-graph").bounding_box()
    for e in page_data(G)["edges"]:
        xy = o.js("id => kgNetwork.canvasToDOM(kgNetwork.body.edges[id].edgeType.getPoint(0.5))", e["id"])
        o.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"], steps=2)
        o.wait("t => document.getElementById('kg-status').textContent.includes(' ' + t + ' ')", e["type"])
        o.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        assert o.page.locator("#kg-panel h2").text_content() == e["type"]
    assert o.problems == []
