"""Ingest: from a document's original text to the articles and sentences the NLP reads.

A newspaper page holds several articles, cut into lines by the layout, with bylines,
captions and page furniture between them. Ingest

1. normalises a copy of the text (NFKC width folding, traditional -> simplified) while
   keeping, for every character of the copy, its offset in the original;
2. classifies each line (heading, byline, caption, furniture, lead, body) and
3. rejoins lines the layout cut in the middle of a sentence (both in :mod:`kg.layout`);
4. splits the page into articles, so that no relation can cross two articles;
5. splits each article into sentences.

Offsets anywhere downstream are offsets into ``Article.text``; ``Article.origin`` maps
them back to the original document, which is what mentions and evidence report.

Example
-------
>>> arts = segment_document("d.txt", "张强主持召开会议\\n\\n本报讯(记者 韩云峰)6月21日，市长张强主持召开调度会。")
>>> [a.title for a in arts]
['张强主持召开会议']
>>> arts[0].sentences[-1].text
'本报讯(记者 韩云峰)6月21日,市长张强主持召开调度会。'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.layout import BODY, BYLINE, CAPTION, FURNITURE, HEADING, LEAD, Line, layout_patterns, page_lines
from kg.normalize import normalize, to_simplified  # noqa: F401 - kg.ingest's names since the start


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: ``[start, end)`` in ``Article.text``."""

    start: int
    end: int
    text: str
    kind: str = BODY


@dataclass
class Article:
    """One article of a page: normalised text, offset map, headings and sentences."""

    doc: str
    index: int
    text: str
    origin: list[int]
    headings: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dateline: str | None = None

    @property
    def title(self) -> str:
        return self.headings[0] if self.headings else ""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original document of ``[start, end)`` in ``self.text``."""
        if end <= start:
            o = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1


# --------------------------------------------------------------------------- articles


def segment_document(doc: str, text: str) -> list[Article]:
    """Split one document into articles with sentences (see the module docstring).

    Article boundaries: a lead ("本报讯…", "新华社…电") after text; a byline after text
    closes its article; a caption is an article of its own; a run of headings after text
    opens a new article when a lead, byline or caption follows it, when it names a county
    section, or when the text before it was closed by a byline. Other headings between
    paragraphs are subheadings and stay in their article.
    """
    lines = [piece for ln in page_lines(text) if ln.kind != FURNITURE for piece in _bounded(ln)]
    section = layout_patterns().section_heading
    groups: list[list[Line]] = []
    current: list[Line] = []
    aside: list[list[Line]] = []  # captions met inside a report, each an article of its own

    def has_body(group: list[Line]) -> bool:
        return any(ln.kind in (BODY, LEAD) for ln in group)

    def close() -> None:
        nonlocal current
        if current:
            groups.append(current)
        groups.extend(aside)  # captions set aside inside the report come after it
        aside.clear()
        current = []

    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind == HEADING:
            j = i
            while j < len(lines) and lines[j].kind == HEADING:
                j += 1
            after = lines[j].kind if j < len(lines) else None
            closed_by_byline = bool(current) and current[-1].kind in (BYLINE, CAPTION)
            if closed_by_byline or (has_body(current) and (after != BODY or section.match(ln.text))):
                close()
            current.extend(lines[i:j])
            i = j
            continue
        if ln.kind == LEAD:
            if has_body(current):
                close()
            current.append(ln)
        elif ln.kind == CAPTION:
            # A photo caption is a small article of its own (with its headings, if any).
            j = i + 1
            while j < len(lines) and lines[j].kind in (CAPTION, BYLINE):
                j += 1
            if has_body(current) and j < len(lines) and lines[j].kind == BODY:
                # a photo between two paragraphs of one report ("…推介会在某市举办。|图为推介会
                # 现场 摄影:某某|推介会上,副市长A表示…"): the captions stand aside as articles of
                # their own and the body after them goes on with the report
                aside.extend([ln] for ln in lines[i:j])
                i = j
                continue
            if has_body(current) or (current and current[-1].kind != HEADING):
                close()
            current.append(ln)
            if i + 1 < len(lines) and lines[i + 1].kind == BYLINE:
                current.append(lines[i + 1])
                i += 1
            close()
        elif ln.kind == BYLINE:
            current.append(ln)
            if has_body(current):
                close()  # a byline after the text closes the article
        else:
            current.append(ln)
        i += 1
    close()
    groups = [part for g in groups for part in _bounded_group(g)]
    return [_make_article(doc, i, g) for i, g in enumerate(groups)]


#: The longest line of an article: the segmenter reads one line at a time, and LAC's memory
#: grows with the line (about 4 KB a character) while its time per character is flat from
#: 100 characters on; a longer line (text without line breaks or sentence punctuation) is
#: cut, at a comma or a space near the limit when there is one.
MAX_LINE = 2000
#: The longest article, in characters: a longer one (a page that is one block of text) is
#: cut at line ends into articles of at most this size, well below spaCy's limit of a
#: million characters per text.
MAX_ARTICLE = 100_000
_SOFT_CUT = re.compile(r"[,;:、\s。!?]")


def _bounded(line: Line) -> list[Line]:
    """``line``, or for one longer than :data:`MAX_LINE`, its pieces of at most that length.

    >>> [len(x.text) for x in _bounded(Line("字" * 4500, list(range(4500)), BODY))]
    [2000, 2000, 500]
    """
    if len(line.text) <= MAX_LINE:
        return [line]
    out: list[Line] = []
    start = 0
    text = line.text
    while len(text) - start > MAX_LINE:
        end = start + MAX_LINE
        # The last soft break in the last quarter of the window, if any.
        window = text[end - MAX_LINE // 4 : end]
        soft = [m.end() for m in _SOFT_CUT.finditer(window)]
        if soft:
            end = end - MAX_LINE // 4 + soft[-1]
        out.append(Line(text[start:end], line.origin[start:end], line.kind))
        start = end
    out.append(Line(text[start:], line.origin[start:], line.kind))
    return [piece for piece in out if piece.text.strip()]


def _bounded_group(group: list[Line]) -> list[list[Line]]:
    """An article's lines, or for an article longer than :data:`MAX_ARTICLE`, parts of it."""
    if sum(len(ln.text) + 1 for ln in group) <= MAX_ARTICLE:
        return [group]
    parts: list[list[Line]] = [[]]
    size = 0
    for ln in group:
        if parts[-1] and size + len(ln.text) + 1 > MAX_ARTICLE:
            parts.append([])
            size = 0
        parts[-1].append(ln)
        size += len(ln.text) + 1
    return parts


def _make_article(doc: str, index: int, group: list[Line]) -> Article:
    text_parts: list[str] = []
    origin: list[int] = []
    headings: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0  # where the next line starts in the article's text
    for ln in group:
        if text_parts:
            # A line break separates lines in the analysed text; it maps to the position
            # just after the previous line in the original.
            text_parts.append("\n")
            origin.append(origin[-1] + 1)
            offset += 1
        text_parts.append(ln.text)
        origin.extend(ln.origin)
        if ln.kind == HEADING:
            headings.append(ln.text)
        spans.append((offset, offset + len(ln.text), ln.kind))
        offset += len(ln.text)
    text = "".join(text_parts)
    sentences: list[Sentence] = []
    split = layout_patterns().sentence_split
    for start, end, kind in spans:
        last = start
        for m in split.finditer(text, start, end):
            if m.end() > last:
                sentences.append(_sentence(text, last, m.end(), kind))
                last = m.end()
        if last < end:
            sentences.append(_sentence(text, last, end, kind))
    dateline = None
    for s in sentences[:6]:
        m = layout_patterns().dateline.search(s.text)
        if m:
            dateline = m.group(0)
            break
    return Article(doc, index, text, origin, headings, [s for s in sentences if s.text.strip()], dateline)


def _sentence(text: str, start: int, end: int, kind: str) -> Sentence:
    # Trim surrounding white space so sentence offsets point at text.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end], kind)
