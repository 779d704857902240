"""The files ``graph.html`` inlines, and how: vis-network's script and stylesheet (from the
pyvis package, read as data), the explorer's own script and page template (``kg/templates``),
each made safe to inline, and the hashes the page's Content-Security-Policy allows.

The HTML explorer (:mod:`kg.export.html`) and the notebook view (:mod:`kg.notebook`) take
the same inlined text from here.

>>> vis_js, vis_css, app_js = inlined_assets()
>>> "</script" in vis_js.lower() or "</script" in app_js.lower()
False
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path
from typing import Any

STYLE_FILE = "graph-style.json"
TEMPLATE_FILE = "graph.html"
APP_JS_FILE = "graph.js"


def template(name: str) -> str:
    """A file of ``kg/templates`` (package data), as text with LF line ends."""
    res = files("kg").joinpath("templates", name)
    try:
        text = res.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{res}: template missing from the kg package (reinstall kg)") from exc
    return lf(text)


def lf(text: str) -> str:
    # The HTML parser turns CR LF into LF inside <script>; the CSP hash must see the same text.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as pyvis ships them (newest vis version it has)."""
    lib = pyvis_dir() / "lib"

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.name))

    dirs = sorted((d for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file()), key=version)
    if not dirs:
        raise FileNotFoundError(
            f"{lib}: no vis-*/vis-network.min.js in the pyvis package; graph.html needs it (reinstall pyvis>=0.3.2)"
        )
    js_path, css_path = dirs[-1] / "vis-network.min.js", dirs[-1] / "vis-network.css"
    if not css_path.is_file():
        raise FileNotFoundError(f"{css_path}: missing from the pyvis package (reinstall pyvis>=0.3.2)")
    return lf(js_path.read_text(encoding="utf-8")), lf(css_path.read_text(encoding="utf-8"))


def pyvis_dir() -> Path:
    """The pyvis package's directory, found without importing pyvis (whose ``__init__``
    imports Jinja2 and IPython: ~0.2 CPU-seconds a build for files read as data).

    >>> (pyvis_dir() / "__init__.py").is_file()
    True
    """
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the pyvis package is not installed; graph.html needs it (pip install pyvis>=0.3.2)")
    return Path(spec.submodule_search_locations[0])


def load_style() -> dict[str, Any]:
    """Colours, shapes and display names of entity, value and relation types.

    >>> load_style()["entity_types"]["PERSON"]["shape"]
    'dot'
    """
    style = json.loads(template(STYLE_FILE))
    style.pop("_comment", None)
    return style


def script_json(obj: Any) -> str:
    """``obj`` as JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` become ``\\u003c`` ... so no ``</script>`` or ``<!--`` can end the
    element; U+2028/U+2029 are escaped because older JavaScript parsers end lines there.

    >>> script_json({"x": "</script>"})
    '{"x":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    for raw, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, esc)
    return text


def inline_js(js: str) -> str:
    """Script text that cannot end its ``<script>`` element early; source-map hints dropped.

    A source map comment would make an open DevTools fetch a file that is not there.
    """
    js = re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "", js)
    # "</script" or "<!--" inside a JS string would end or change the element; "<\/" is the
    # same string to JavaScript.
    return re.sub(r"<(?=/script|!--)", r"<\\", js, flags=re.IGNORECASE)


def inline_css(css: str) -> str:
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    if re.search(r"</style", css, flags=re.IGNORECASE):
        raise ValueError("vis-network.css contains '</style' and cannot be inlined")
    return css


def csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inlined_assets() -> tuple[str, str, str]:
    """vis-network's script and stylesheet and the explorer's script, as a page inlines them."""
    vis_js, vis_css = vis_assets()
    return inline_js(vis_js), inline_css(vis_css), inline_js(template(APP_JS_FILE))
