"""The graph in Jupyter: a summary table (``_repr_html_``) and the explorer view (``show()``).

``show()`` puts the page of ``graph.html`` in a sandboxed ``<iframe>`` that fills the
width of the cell. The page is the page :func:`kg.export.html.render_html` writes, but
the notebook does not carry it whole each time: the scripts every page shares (vis-network,
the graph library, and the explorer's own script) are sent once per kernel, gzipped, in the
first ``show()``'s output, and each view sends only the rest of its page (gzipped: a few
KB for a neighbourhood). The browser unzips them (``DecompressionStream``) and joins them
into the page, so every view still runs with the page's own Content-Security-Policy and no
access to the notebook. vis-network's stylesheet goes without the rules of the parts the
explorer never turns on (configurator, editing toolbar, navigation buttons): 0.5 KB
instead of 220 KB.

Outside Jupyter, ``show()`` writes the page to a file and prints where it is.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import itertools
import json
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

_JS_SLOT = "<!--KG:VIS_JS-->"
_CSS_SLOT = "<!--KG:VIS_CSS-->"
_APP_SLOT = "<!--KG:APP_JS-->"
#: Rules of vis-network.css for what the explorer never shows (its options leave the
#: configurator, the editing toolbar and the navigation buttons off).
_UNUSED_CSS = re.compile(
    r"\.vis-(?:configuration|config|color-picker|manipulation|edit|button|navigation|close|separator|zoom|up|down|"
    r"left|right|back|connect|add|delete|new-color|initial-color)\b"
)
_CSS_RULE = re.compile(r"@[^{]+\{(?:[^{}]*\{[^}]*\})*[^{}]*\}|[^{}]+\{[^}]*\}")
#: In a notebook cell (about 1000 px wide) the graph gets the room the side panels leave.
_CELL_STYLE = (
    "<style>@media (max-width: 1280px) { body { grid-template-columns: 170px 1fr 270px; } }"
    " @media (max-width: 760px) { body { grid-template-columns: 0 1fr 230px; } aside#kg-side { display: none; } }"
    "</style>\n</head>"
)
_library_sent = False
_view_numbers = itertools.count(1)

# Unzips base64 gzip text in the browser; the same small function in every output.
_GUNZIP = (
    "function kgGunzip(b64){var s=atob(b64),a=new Uint8Array(s.length);"
    "for(var i=0;i<s.length;i++)a[i]=s.charCodeAt(i);"
    "return new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream('gzip'))).text();}"
)


def in_notebook() -> bool:
    """Whether this Python runs in a Jupyter kernel (which can show HTML)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and ("IPKernelApp" in shell.config or type(shell).__name__ == "ZMQInteractiveShell")


def _b64gz(text: str) -> str:
    # mtime=0: the same page gives the same bytes, so a re-run notebook does not change.
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def _library() -> tuple[str, str, str]:
    """vis-network's script and CSS and the explorer's script, exactly as the page inlines them."""
    from kg.export.html_assets import inlined_assets

    return inlined_assets()


def cell_css(css: str) -> str:
    """vis-network's stylesheet without the rules of what the explorer never shows.

    >>> cell_css(".vis-network{outline:none}.vis-manipulation{height:28px}")
    '.vis-network{outline:none}'
    """
    return "".join(r for r in _CSS_RULE.findall(css) if not _UNUSED_CSS.search(r.split("{", 1)[0]))


def library_html() -> str:
    """The output that brings the shared scripts to the notebook's page (once per kernel)."""
    js, css, app = _library()
    parts = ",".join(f"kgGunzip({json.dumps(_b64gz(t))})" for t in (js, cell_css(css), app))
    return (
        '<div style="display:none">kg graph library</div><script>(function(){' + _GUNZIP + "\n"
        "if(!window.kgLibrary){window.kgLibrary=Promise.all([" + parts + "]);}})();</script>"
    )


def view_html(page: str, height: int, key: str) -> str:
    """The output of one view: a box, and the script that puts ``page`` in a sandboxed iframe in it."""
    js, css, app = _library()
    if js not in page or css not in page or app not in page:
        raise ValueError("the page does not inline its scripts as kg.export.html does")
    shell = page.replace(js, _JS_SLOT, 1).replace(app, _APP_SLOT, 1).replace(css, _CSS_SLOT, 1)
    shell = shell.replace("</head>", _CELL_STYLE, 1)
    # The iframe is made once its page is ready (filling the srcdoc of an iframe that is
    # still loading a first page can be lost); until then the box says what it waits for.
    waiting = (
        "Drawing the graph… If this stays, the output that carries the graph library (the first "
        "show() of this kernel) is not on the page: run kg.notebook.forget_library() and show() "
        "again, or trust the notebook."
    )
    return (
        f'<div id="{key}" style="width:100%;height:{int(height)}px;border:1px solid #ddd;box-sizing:border-box">'
        f'<p style="font:13px sans-serif;color:#666;margin:8px">{html.escape(waiting)}</p></div>'
        "<script>(function(){" + _GUNZIP + "\n"
        f"var shell={json.dumps(_b64gz(shell))},tries=0;"
        "function go(){var box=document.getElementById(" + json.dumps(key) + ");"
        "if(!box)return;"
        "if(!window.kgLibrary){if(tries++<100)setTimeout(go,100);return;}"
        "Promise.all([window.kgLibrary,kgGunzip(shell)]).then(function(r){"
        "var f=document.createElement('iframe');f.setAttribute('sandbox','allow-scripts');"
        "f.setAttribute('title','kg graph');f.style.cssText='width:100%;height:100%;border:0;display:block';"
        f"f.srcdoc=r[1].replace({json.dumps(_CSS_SLOT)},function(){{return r[0][1];}})"
        f".replace({json.dumps(_JS_SLOT)},function(){{return r[0][0];}})"
        f".replace({json.dumps(_APP_SLOT)},function(){{return r[0][2];}});"
        "box.replaceChildren(f);});}"
        "go();})();</script>"
    )


def forget_library() -> None:
    """Make the next ``show()`` send the graph library again (after clearing its output)."""
    global _library_sent
    _library_sent = False


def show(G: KnowledgeGraph, height: int = 650, library: bool | None = None) -> Path | None:
    """Show ``G``'s explorer in Jupyter, or write it to a file and say where (outside Jupyter)."""
    global _library_sent
    # Without the document texts: a notebook keeps every view it shows (G.text and
    # G.context give a mention in its text there).
    page = G.to_html(texts=False)
    if not in_notebook():
        digest = hashlib.sha256(page.encode("utf-8")).hexdigest()[:12]
        path = Path(tempfile.gettempdir()) / "kg-show" / f"graph-{digest}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
        print(f"kg: not in Jupyter; the graph is in {path} (open it in a browser)")
        return path
    from IPython.display import HTML, display

    send = (not _library_sent) if library is None else library
    # Unique on the notebook's page, and the same when the notebook is run again.
    key = f"kg-view-{hashlib.sha256(page.encode('utf-8')).hexdigest()[:12]}-{next(_view_numbers)}"
    markup = view_html(page, height, key)
    if send:
        markup = library_html() + markup
        _library_sent = True
    display(HTML(markup))
    return None


def summary_html(G: KnowledgeGraph) -> str:
    """The summary table of a ``KnowledgeGraph`` (its ``_repr_html_``)."""
    ents, rels = G._graph_counts()
    docs = len(G._graph.graph.get("documents", {}))

    def rows(counts: dict[str, int]) -> str:
        cell = "<tr><td style='text-align:left'>{}</td><td>{:,}</td></tr>"
        return "".join(cell.format(html.escape(k), v) for k, v in sorted(counts.items()))

    def block(title: str, counts: dict[str, int]) -> str:
        return (
            f"<table style='display:inline-table;vertical-align:top;margin-right:24px'>"
            f"<thead><tr><th style='text-align:left'>{title}</th><th>{sum(counts.values()):,}</th></tr></thead>"
            f"<tbody>{rows(counts)}</tbody></table>"
        )

    return (
        f"<div><b>KnowledgeGraph</b>: {docs:,} document{'' if docs == 1 else 's'}, "
        f"{sum(ents.values()):,} entities, {sum(rels.values()):,} relations<br>"
        + block("entities", ents)
        + block("relations", rels)
        + "</div>"
    )
