"""Redraw ``docs/graph.png``: the real graph.html of a ``kg build seeds``, as a reader sees it.

Builds ``seeds/`` with kg (into a temporary folder), opens ``graph.html`` in headless
Chromium at 1366x768 with the network blocked, clicks the best connected entity (the page
centres on it and dims all but its neighbourhood) and saves the window as a PNG, reduced to
a palette of colours so that the file stays small. Install ``fonts-noto-cjk`` first (it is in
``.ci/debian-packages.txt``) or the Chinese labels are drawn as boxes.

    .venv/bin/python benchmarks/screenshot.py [docs/graph.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def screenshot(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from kg.cli import main as kg_main

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        build = Path(tmp, "out")
        if kg_main(["build", str(ROOT / "seeds"), "--out", str(build), "--jobs", "1"]) != 0:
            raise SystemExit("kg build seeds failed")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        page = context.new_page()
        url = (build / "graph.html").resolve().as_uri()
        context.route("**/*", lambda r: r.continue_() if r.request.url.split("#")[0] == url else r.abort())
        page.goto(url)
        page.wait_for_selector("body[data-kg-stable]", state="attached", timeout=60_000)
        # The best connected entity, clicked where it is drawn.
        hub = page.evaluate("() => kgTopLabels[0]")
        xy = page.evaluate("id => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", hub)
        box = page.locator("#kg-graph").bounding_box()
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        page.wait_for_timeout(800)
        page.mouse.move(box["x"] + 8, box["y"] + box["height"] - 8)  # no tooltip in the picture
        raw = Path(tmp, "raw.png")
        page.screenshot(path=str(raw))
        browser.close()
        _small_png(raw, out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


def _small_png(src: Path, dst: Path) -> None:
    """``src`` with at most 128 colours (matplotlib's Pillow), or as it is without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        dst.write_bytes(src.read_bytes())
        return
    with Image.open(src) as im:
        im.convert("RGB").quantize(colors=128, dither=Image.Dither.NONE).save(dst, optimize=True)


if __name__ == "__main__":
    screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "graph.png"))
