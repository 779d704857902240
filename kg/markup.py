"""The metadata of a news file: Markdown front matter and titles, and the visible text and
``<meta>`` fields of an HTML page (dates as news metadata writes them: :func:`kg.dates.iso_date`).

>>> markdown_meta("# 大同新闻")["title"]
'大同新闻'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# ----------------------------------------------------------------------------------
# Metadata: dates (kg.dates.iso_date, the grammar in dates.toml), Markdown, HTML


# Greedy and without a lazy group before optional white space: linear in the line (the
# closing #s and the spaces are taken off in code, see _atx_title).
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*)$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_FRONT_KEY = re.compile(r"^(title|date|url|source)\s*:(.*)$", re.IGNORECASE)


def markdown_meta(text: str) -> dict[str, str]:
    """Title (front matter ``title:``, else the first heading), date, url and source of a Markdown text.

    >>> markdown_meta("---\\ndate: 2025-06-21\\n---\\n\\n大同要闻\\n====\\n\\n正文。")
    {'date': '2025-06-21', 'title': '大同要闻'}
    """
    meta: dict[str, str] = {}
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                for ln in lines[1:i]:
                    m = _FRONT_KEY.match(ln)
                    value = m.group(2).strip() if m else ""
                    if value.strip("\"'"):
                        meta[m.group(1).lower()] = value.strip("\"'")
                start = i + 1
                break
    if "title" in meta:
        return meta
    previous = ""
    for ln in lines[start:]:
        m = _ATX.match(ln)
        title = _atx_title(m.group(1)) if m else ""
        if title.strip():
            meta["title"] = title.strip()
            break
        if previous.strip() and _SETEXT.match(ln):
            meta["title"] = previous.strip()
            break
        previous = ln
    return meta


def _atx_title(rest: str) -> str:
    """The text of an ATX heading after its opening #s: without the closing #s (when a space
    comes before them) and the spaces around.

    >>> [_atx_title(s) for s in ("大同要闻 ##  ", "C# ", "#", "a \t#")]
    ['大同要闻', 'C#', '#', 'a']
    """
    text = rest.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and bare and bare[-1] in " \t":
        text = bare.rstrip(" \t")
    return text


#: Elements whose content is never shown.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"})
#: Elements that start a new line of text.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details"),
        *("dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead"),
        *("tr", "ul"),
    }
)
_META_FIELDS = {
    "article:published_time": "date",
    "og:published_time": "date",
    "pubdate": "date",
    "publishdate": "date",
    "date": "date",
    "og:url": "url",
    "og:site_name": "source",
    "og:title": "og_title",
}
# A line break in the source between two Chinese characters is no space in a browser.
_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\f\r]*\n[ \t\n\r\f]*(?=[{_WIDE}])")
# Only ASCII white space collapses in HTML; a no-break or ideographic space stays.
_SPACE = re.compile(r"[ \t\n\r\f]+")


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self._inline: list[str] = []
        self._pre: list[str] | None = None
        self._pre_depth = 0
        self._hidden: list[str] = []
        self._title: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._hidden:
            self._hidden.clear()  # a <head> that was never closed
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            a = dict(attrs)
            if (a.get("rel") or "").lower() == "canonical" and a.get("href"):
                self.meta.setdefault("url", a["href"].strip())
        if tag == "title" and all(h == "head" for h in self._hidden):  # not an <svg> <title>
            self._title = []
            return
        if tag in _HIDDEN:
            self._hidden.append(tag)
            return
        if tag in _BLOCKS:
            self._break()
        if tag == "pre":
            self._pre_depth += 1
            if self._pre is None:
                self._pre = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN or tag == "title":
            return  # an empty <svg/> hides nothing
        self.handle_starttag(tag, attrs)
        if tag == "pre":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.meta.setdefault("title", _SPACE.sub(" ", "".join(self._title)).strip())
            self._title = None
            return
        if tag in self._hidden:
            while self._hidden and self._hidden.pop() != tag:
                pass
            return
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
            if not self._pre_depth and self._pre is not None:
                for ln in "".join(self._pre).splitlines():
                    if ln.strip():
                        self.lines.append(ln.rstrip())
                self._pre = None
            return
        if tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        elif self._hidden:
            pass
        elif self._pre is not None:
            self._pre.append(data)
        else:
            self._inline.append(data)

    def _meta(self, a: dict[str, str | None]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        field = _META_FIELDS.get(key)
        if field and a.get("content") and a["content"].strip():
            self.meta.setdefault(field, a["content"].strip())

    def _break(self) -> None:
        if not self._inline:
            return
        text = _SPACE.sub(" ", _CJK_BREAK.sub("", "".join(self._inline))).strip()
        self._inline = []
        if text:
            self.lines.append(text)

    def close(self) -> None:
        super().close()
        if self._pre is not None:
            self._pre_depth = 1
            self.handle_endtag("pre")
        self._break()


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The visible text of an HTML page, one line per block, and its metadata.

    Metadata: ``title`` (``<title>``, else ``og:title``), ``date``, ``url`` and ``source``
    from the usual ``<meta>`` tags and ``<link rel=canonical>``.

    >>> text, meta = html_to_text(
    ...     "<html><head><title>大同日报</title><script>var x;</script></head>"
    ...     "<body><h1>张强主持\\n召开会议</h1><p>6月21日，市长 张强<br>主持会议。</p></body></html>")
    >>> print(text)
    张强主持召开会议
    6月21日，市长 张强
    主持会议。
    >>> meta
    {'title': '大同日报'}
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    meta = dict(parser.meta)
    og_title = meta.pop("og_title", "")
    if not meta.get("title") and og_title:
        meta["title"] = og_title
    if not meta.get("title"):
        meta.pop("title", None)
    return "\n".join(parser.lines), meta
