"""How fast graph.html opens: export time, time to first paint, frame rate while dragging.

Two graphs: the build of ``seeds/`` (``kg build``), and a synthetic graph of 5,000 entities
with about 1.3 relations each (every relation type, amounts and posts). Each page is opened
in headless Chromium (the Debian ``chromium``, driven by Playwright, network blocked) at
1366x768 and 390x844.

* export: seconds to compute the layout and write graph.html (Python);
* first paint: milliseconds from navigation start to the first frame vis draws
  (``window.kgFirstPaint``, set by the page on its first ``afterDrawing``);
* drag fps: frames drawn per second while the mouse drags the view for about a second.

    .venv/bin/python benchmarks/bench_html.py [--nodes 5000] [--skip-seeds]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.export.html import write_html
from kg.graph import to_graph
from kg.model import DocumentInfo, Entity, Evidence, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
VIEWPORTS = {"1366x768": {"width": 1366, "height": 768}, "390x844": {"width": 390, "height": 844}}


def synthetic_graph(n: int, seed: int = 5000):
    """``n`` entities, ``1.3 n`` relations of every type between random ends."""
    rng = random.Random(seed)
    types = ["PERSON", "ORG", "PLACE", "PROJECT", "MEETING"]
    entities = [
        Entity(f"x{i:05d}", types[i % 5], f"实体{i}号", [], [Mention("gen.txt", i, i + 2, "实体")]) for i in range(n)
    ]
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
        rid = f"r{i:05d}"
        if rtype == "invested_amount":
            value = {"amount": rng.randrange(1, 50) * 10**8, "currency": "CNY", "qualifier": "exact"}
            relations.append(Relation(rid, rtype, rng.choice(by_type["PROJECT"]), value=value, evidence=ev))
        elif rtype == "holds_position":
            value = {"position": rng.choice(["市长", "书记"]), "org": rng.choice(by_type["ORG"])}
            relations.append(Relation(rid, rtype, rng.choice(by_type["PERSON"]), value=value, evidence=ev))
        else:
            h, t = shape[rtype]
            relations.append(Relation(rid, rtype, rng.choice(by_type[h]), rng.choice(by_type[t]), evidence=ev))
    return to_graph(entities, relations, [DocumentInfo("gen.txt", title="generated")])


def seeds_graph():
    import kg

    return kg.build(ROOT / "seeds", jobs=1).to_networkx()


def measure(browser, path: Path, viewport: dict) -> dict[str, float]:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    url = path.resolve().as_uri()
    context.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page.goto(url)
    page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=600_000)
    first_paint = page.evaluate("() => kgFirstPaint")
    page.evaluate("() => { window.frames_ = 0; kgNetwork.on('afterDrawing', () => window.frames_++); }")
    box = page.locator("#kg-graph").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    start = time.perf_counter()
    steps = 0
    while time.perf_counter() - start < 1.0:
        steps += 1
        page.mouse.move(x + 120 * ((steps // 10) % 2 * 2 - 1) * (steps % 10) / 10, y + (steps % 7), steps=1)
    page.mouse.up()
    fps = page.evaluate("() => window.frames_") / (time.perf_counter() - start)
    context.close()
    return {"first_paint_ms": first_paint, "drag_fps": fps}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000, help="entities of the synthetic graph (default 5000)")
    ap.add_argument("--skip-seeds", action="store_true", help="only the synthetic graph")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    graphs = [] if args.skip_seeds else [("seeds", seeds_graph)]
    graphs.append((f"synthetic {args.nodes}", lambda: synthetic_graph(args.nodes)))
    header = ("graph", "nodes", "edges", "export s", "viewport", "first paint ms", "drag fps")
    print("{:<16} {:>6} {:>6} {:>9} {:>9} {:>15} {:>9}".format(*header))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for name, make in graphs:
            G = make()
            out = Path(tmp, name.replace(" ", "_"))
            out.mkdir()
            start = time.perf_counter()
            [path] = write_html(G, out)
            export = time.perf_counter() - start
            for vp_name, vp in VIEWPORTS.items():
                m = measure(browser, path, vp)
                print(
                    f"{name:<16} {G.number_of_nodes():>6} {G.number_of_edges():>6} {export:>9.2f} {vp_name:>9} "
                    f"{m['first_paint_ms']:>15.0f} {m['drag_fps']:>9.1f}",
                    flush=True,
                )
        browser.close()


if __name__ == "__main__":
    main()
