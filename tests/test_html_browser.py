"""graph.html in headless Chromium, used as a person would: offline, searchable, inert.

Needs the Debian package ``chromium`` (``.ci/debian-packages.txt``) and the ``playwright``
Python package (the ``dev`` extra); Playwright drives the system browser, so no
``playwright install`` is needed. Every request other than the page file itself is blocked
and recorded.

Run as a script to redraw the screenshot in the docs::

    .venv/bin/python tests/test_html_browser.py docs/graph.png
"""

from __future__ import annotations

import math
import random
import sys
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


def open_page(browser, path: Path, *, bypass_csp: bool = False, stable_timeout: float = 60.0) -> Opened:
    """Load ``path`` from a file URL with every other request blocked; wait for the layout."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    opened = Opened(page, path.resolve().as_uri())

    def route(r):
        opened.requests.append(r.request.url)
        if r.request.url == opened.url:
            r.continue_()
        else:
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("console", lambda m: opened.problems.append(f"console.{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: opened.problems.append(f"pageerror: {e}"))
    page.goto(opened.url)
    page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=stable_timeout * 1000)
    return opened


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
    o.wait("""id => { const p = kgNetwork.getPositions([id])[id], v = kgNetwork.getViewPosition();
                      return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""", node_id)
    xy = o.js("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node_id)
    box = o.page.locator("#kg-graph").bounding_box()
    o.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


def test_gold_graph_is_drawn_offline_and_settles(browser, opened_pages, gold_graph, tmp_path):
    o = load(browser, opened_pages, gold_graph, tmp_path)
    assert set(o.requests) == {o.url}
    assert o.problems == []
    entities = entity_nodes(gold_graph)
    assert o.js(DRAWN, "entity") == len(entities)
    assert o.js(DRAWN, "value") == gold_graph.number_of_nodes() - len(entities)
    assert o.js(VISIBLE_EDGES) == gold_graph.number_of_edges()
    assert sorted(o.js("() => kgNodes.get({filter: n => n.kind === 'entity'}).map(n => n.label)")) == sorted(
        d["label"] for _, d in entities)
    assert o.js("() => kgNetwork.physics.options.enabled") is False
    assert o.page.locator("#kg-stats").text_content() == (
        f"{len(entities)} entities · {gold_graph.number_of_edges()} relations · 5 documents")


def test_search_by_alias_selects_and_focuses_the_entity(browser, opened_pages, gold_graph, tmp_path):
    # An alias that is no other entity's name, of an entity with evidence to show.
    names: dict[str, set[str]] = {}
    for key, d in entity_nodes(gold_graph):
        for name in [d["label"], *d["aliases"]]:
            names.setdefault(name, set()).add(key)
    key, alias = next(
        (k, a) for k, d in entity_nodes(gold_graph) for a in d["aliases"]
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
    people = sum(1 for _, d in entity_nodes(gold_graph) if d["type"] == "PERSON")
    types = dict(gold_graph.nodes(data="type"))
    touching_people = sum(1 for u, v in gold_graph.edges() if "PERSON" in (types[u], types[v]))
    entities = len(entity_nodes(gold_graph))

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
        Entity("p1", "PERSON", f"张强{PWNED_IMG}", [PWNED_SCRIPT], [Mention(doc, 0, 2, "张强")],
               {"note": PWNED_IMG}),
        Entity("m1", "MEETING", f"调度会{PWNED_SCRIPT}", [], [], {}),
    ]
    relations = [
        Relation("r1", "chaired", "p1", "m1", evidence=[Evidence(doc, evidence, 0, len(evidence))],
                 rule=PWNED_IMG),
        Relation("r2", "holds_position", "p1", value={"position": PWNED_IMG},
                 evidence=[Evidence(doc, f"市长{PWNED_SCRIPT}", 0, 4)]),
    ]
    docs = [DocumentInfo(doc, title=f"报{PWNED_IMG}", url="javascript:window.__pwned=1")]
    return to_graph(entities, relations, docs), evidence


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
    o.wait("""s => [...document.querySelectorAll('.vis-tooltip')].some(
                t => t.style.visibility !== 'hidden' && t.textContent.includes(s))""", PWNED_IMG)
    panel = o.page.locator("#kg-panel").text_content()
    assert f"张强{PWNED_IMG}" in panel and PWNED_SCRIPT in panel and evidence in panel
    assert f"报{PWNED_IMG}" in panel

    planted = "img, svg, #kg-panel script, #kg-results script, a[href^=javascript]"
    assert o.js("sel => document.querySelectorAll(sel).length", planted) == 0
    assert o.js("() => document.scripts.length") == 3
    assert set(o.requests) == {o.url}  # an <img src=x> would have asked for file:///.../x
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
        "located_in": ("ORG", "PLACE"), "chaired": ("PERSON", "MEETING"), "attended": ("PERSON", "MEETING"),
        "invests_in": ("ORG", "PROJECT"), "works_for": ("PERSON", "ORG"),
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
            relations.append(Relation(f"r{i:05d}", rtype, rng.choice(by_type[h]), rng.choice(by_type[t]),
                                      evidence=ev))
    return to_graph(entities, relations, [DocumentInfo("gen.txt", title="generated")])


def test_two_thousand_nodes_settle_and_stop(browser, opened_pages, tmp_path):
    G = generated_graph()
    o = load(browser, opened_pages, G, tmp_path, stable_timeout=300)
    assert set(o.requests) == {o.url}
    assert o.problems == []
    assert o.js(DRAWN, "entity") == 2000
    assert o.js(VISIBLE_EDGES) == G.number_of_edges()
    assert o.js("() => kgNetwork.physics.options.enabled") is False
    # Physics is off: the drawing holds still instead of simulating forever.
    before = o.js("() => kgNetwork.getPositions()")
    o.page.wait_for_timeout(500)
    assert o.js("() => kgNetwork.getPositions()") == before
    assert all(math.isfinite(p["x"]) and math.isfinite(p["y"]) for p in before.values())
    # Search still answers on the large graph.
    search(o, "别名1234")
    ids = {n["key"]: n["id"] for n in page_data(G)["nodes"]}
    assert o.js("() => kgNetwork.getSelectedNodes()") == [ids["x01234"]]


def test_built_page_draws_one_node_per_line_of_entities_jsonl(browser, opened_pages, tmp_path):
    """What a user gets from ``kg build seeds``: graph.html and entities.jsonl agree."""
    from kg.cli import main

    out = tmp_path / "out"
    assert main(["build", str(Path(__file__).resolve().parent.parent / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    lines = (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    o = open_page(browser, out / "graph.html")
    opened_pages.append(o)
    assert set(o.requests) == {o.url}
    assert o.problems == []
    assert o.js(DRAWN, "entity") == len(lines) > 0


def test_empty_graph_opens_without_errors(browser, opened_pages, tmp_path):
    o = load(browser, opened_pages, to_graph([], []), tmp_path)
    assert o.page.locator("#kg-stats").text_content() == "0 entities · 0 relations · 0 documents"
    assert set(o.requests) == {o.url}
    assert o.problems == []


def screenshot(out: Path) -> None:
    """Draw the gold graph of the five seeds, focused on one city, into ``out``."""
    import tempfile

    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from conftest import gold_records

    G = to_graph(*gold_records())
    ids = {n["key"]: n["id"] for n in page_data(G)["nodes"]}
    hub = max((k for k, _ in entity_nodes(G)), key=lambda k: (G.degree(k), k))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        o = open_page(b, write_html(G, Path(tmp))[0])
        search(o, G.nodes[hub]["label"])
        click_focused(o, ids[hub])
        o.js("id => kgNetwork.moveTo({position: kgNetwork.getPositions([id])[id], scale: 0.8})", ids[hub])
        o.page.screenshot(path=str(out))
        b.close()


if __name__ == "__main__":
    screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/graph.png"))
