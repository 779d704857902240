"""Layout: the lines of a page, each classified, and the lines the layout cut rejoined.

A newspaper page is cut into lines by its layout: headings, bylines, captions, page
furniture, leads and body text, and body lines cut in the middle of a sentence. This module
reads those lines (the patterns are ``ontology/patterns/layout.toml``); :mod:`kg.ingest`
groups them into articles and sentences.

Example
-------
>>> page = "张强主持召开会议\\n6月21日上午，市长张强在市政府主持召开全市重点\\n工程项目调度会。"
>>> [(ln.text, ln.kind) for ln in page_lines(page)]
[('张强主持召开会议', 'heading'), ('6月21日上午,市长张强在市政府主持召开全市重点工程项目调度会。', 'body')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.normalize import normalize
from kg.patterns import pattern_file

#: Line kinds.
HEADING, BYLINE, CAPTION, FURNITURE, LEAD, BODY = "heading", "byline", "caption", "furniture", "lead", "body"


@dataclass(frozen=True)
class LayoutPatterns:
    byline: re.Pattern[str]
    article_lead: re.Pattern[str]
    caption: re.Pattern[str]
    furniture: re.Pattern[str]
    sentence_end: re.Pattern[str]
    open_end: re.Pattern[str]
    clause_open: re.Pattern[str]
    cut_number: re.Pattern[str]
    sentence_split: re.Pattern[str]
    dateline: re.Pattern[str]
    section_heading: re.Pattern[str]
    reading_aid: re.Pattern[str]
    metadata: re.Pattern[str]
    metadata_not: re.Pattern[str]
    paragraph_start: re.Pattern[str]
    #: Lines running on across a blank line that make a page double-spaced (a count, not a regex).
    wrapped_page_run_ons: int


@lru_cache(maxsize=1)
def layout_patterns() -> LayoutPatterns:
    """The layout patterns of ``ontology/patterns/layout.toml``, compiled (its one count as is)."""
    raw = pattern_file("layout")
    fields = LayoutPatterns.__dataclass_fields__
    return LayoutPatterns(
        **{name: raw[name] if isinstance(raw[name], int) else re.compile(raw[name]) for name in fields}
    )


# --------------------------------------------------------------------------- lines


@dataclass
class Line:
    """One line of a page: its normalised, stripped text, the original offset of each of its
    characters, and its kind."""

    text: str  # normalised, stripped
    origin: list[int]
    kind: str
    #: A blank line stands between this line and the previous one in the original.
    after_blank: bool = False


def classify_line(text: str) -> str:
    """The kind of one normalised, stripped line of a page."""
    p = layout_patterns()
    # Page furniture is short ("扫一扫在手机上查看"); a long run of text that holds such words
    # (an article that lost its punctuation) is text, never dropped.
    if len(text) <= LONG_LINE and p.furniture.search(text):
        return FURNITURE
    if p.byline.match(text):
        return BYLINE
    if p.article_lead.match(text):
        return LEAD
    if p.caption.search(text):
        return CAPTION
    if _looks_like_heading(text):
        return HEADING
    return BODY


def _looks_like_heading(text: str) -> bool:
    # Headings are short, end without sentence punctuation and hold no clause commas;
    # a subtitle opens with a dash ("——访…").
    if len(text) > 40 or layout_patterns().sentence_end.search(text):
        return False
    if text.startswith("——") or text.startswith("--"):
        return True
    return not re.search(r"[,;。:]", text)


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    blank = False
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            blank = True
        else:
            lead = len(body) - len(body.lstrip())
            norm, origin = _without_reading_aids(*normalize(stripped, base=pos + lead))
            for start, end in _pieces(norm):
                piece = norm[start:end].strip()
                if piece:
                    s = start + (len(norm[start:end]) - len(norm[start:end].lstrip()))
                    lines.append(Line(piece, origin[s : s + len(piece)], classify_line(piece), blank))
                    blank = False
        pos += len(raw)
    return lines


def _without_reading_aids(norm: str, origin: list[int]) -> tuple[str, list[int]]:
    """The line without the pinyin a mirror site prints after characters ("項(xiàng)目" reads
    "项目"), with the original offsets of the characters kept.

    >>> _without_reading_aids("方扬(yáng)烨", list(range(9)))
    ('方扬烨', [0, 1, 8])
    """
    aids = list(layout_patterns().reading_aid.finditer(norm))
    if not aids:
        return norm, origin
    keep = [True] * len(norm)
    for m in aids:
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    return "".join(c for c, k in zip(norm, keep, strict=True) if k), [o for o, k in zip(origin, keep, strict=True) if k]


#: A line longer than this is a page that lost its line breaks, not one paragraph.
LONG_LINE = 1000


def _pieces(line: str) -> list[tuple[int, int]]:
    """The line, or for a very long line its sentences, so that page furniture or a caption
    inside it ("…扫一扫在手机上查看…") drops that sentence only, never the whole page."""
    if len(line) <= LONG_LINE:
        return [(0, len(line))]
    cuts = [m.end() for m in layout_patterns().sentence_split.finditer(line)]
    bounds = [0, *[c for c in cuts if 0 < c < len(line)], len(line)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _is_cut(line: Line, previous: Line | None = None) -> bool:
    """A body line that the layout cut: it cannot end a paragraph.

    A long heading-like line right after body text is such a cut line too: the layout cut
    the first line of a paragraph before its first comma.
    """
    p = layout_patterns()
    if p.sentence_end.search(line.text) or is_metadata(line.text):
        return False
    if line.kind == HEADING:
        return previous is not None and previous.kind == BODY and len(line.text) >= 24
    if line.kind not in (BODY, LEAD):
        return False
    return bool(p.open_end.search(line.text)) or len(line.text) >= 24


def is_metadata(text: str) -> bool:
    """A page's metadata line ("来源:某某日报", "加入时间:2012-12-15 15:29:23", a date with a
    clock time): never a cut line of a paragraph, nor the rest of one.

    >>> is_metadata("2025年01月22日13:01  来源:某某日报"), is_metadata("会议于9:30开始,各单位参加")
    (True, False)
    """
    p = layout_patterns()
    return bool(p.metadata.search(text)) and not p.metadata_not.search(text)


def _rejoin(lines: list[Line]) -> list[Line]:
    """Glue lines the layout cut mid-sentence; headings set between the halves move before them.

    A blank line ends a paragraph (see :func:`_paragraph_break`) unless the page double-spaces
    its wrapped lines (:func:`_wraps_across_blanks`).
    """
    wraps = _wraps_across_blanks(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        cur = lines[i]
        i += 1
        while _is_cut(cur, out[-1] if out else None) and i < len(lines):
            j = i
            # A cut paragraph may continue after a county section heading that the layout
            # set between its halves (with that section's title); look past those only.
            if lines[j].kind == HEADING and layout_patterns().section_heading.match(lines[j].text):
                while j < len(lines) and j - i < 3 and lines[j].kind == HEADING:
                    j += 1
            nxt_line = lines[j] if j < len(lines) else None
            if (
                nxt_line is not None
                and nxt_line.kind == BODY
                and not _starts_new_paragraph(nxt_line.text)
                and not is_metadata(nxt_line.text)
                and (wraps or not _paragraph_break(cur, lines[i : j + 1]))
            ):
                # Headings found between the halves belong before the paragraph run.
                run_start = len(out)
                while run_start > 0 and out[run_start - 1].kind == BODY:
                    run_start -= 1
                out[run_start:run_start] = lines[i:j]
                nxt = lines[j]
                kind = BODY if cur.kind == HEADING else cur.kind
                cur = Line(cur.text + nxt.text, cur.origin + nxt.origin, kind, cur.after_blank)
                i = j + 1
            else:
                break
        out.append(cur)
    return out


def _paragraph_break(cur: Line, between: list[Line]) -> bool:
    """Whether a blank line between ``cur`` and the line it would be joined to ends ``cur``'s
    paragraph.

    A page that sets its paragraphs apart with blank lines leaves lines without a full stop
    before a blank line that are no wrapped text: a title or teaser ("某某市长主持召开参事座谈会,
    23位市政府参事建言献策"), a photo credit ("記者某某某/攝影"), a field label ("浏览:"), a
    teaser cut at its last word ("…出席开工仪式。某省"). Joined to the next paragraph, their words
    made one name with its first words ("摄影某某县某某产业园区", "某省开工仪式"). Only a line
    that stops inside a clause (a comma or enumeration mark) or inside a number runs on.
    """
    if not any(ln.after_blank for ln in between):
        return False
    p = layout_patterns()
    if p.clause_open.search(cur.text):
        return False
    return not (p.cut_number.search(cur.text) and between[-1].text[:1].isdigit())


def _wraps_across_blanks(lines: list[Line]) -> bool:
    """Whether the page double-spaces its wrapped lines (a blank line after every line, as a
    text taken from a PDF has it). Either some body line stops inside a clause ("市人大代表、")
    and the body line after it follows a blank line, or many lines run on across blank lines.
    On such a page a blank line is no paragraph break.
    """
    run_ons = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.kind in (BODY, LEAD) and b.kind == BODY and b.after_blank and _is_cut(a):
            if layout_patterns().clause_open.search(a.text):
                return True
            run_ons += not _starts_new_paragraph(b.text)
    return run_ons >= layout_patterns().wrapped_page_run_ons


def _starts_new_paragraph(text: str) -> bool:
    return bool(layout_patterns().paragraph_start.match(text))


def page_lines(text: str) -> list[Line]:
    """The lines of a page (a long line without breaks: its sentences), classified, with the
    lines the layout cut mid-sentence glued back together."""
    return _rejoin(_split_lines(text))
