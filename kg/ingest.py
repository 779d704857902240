"""Ingest: from a document's original text to the articles and sentences the NLP reads.

A newspaper page holds several articles, cut into lines by the layout, with bylines,
captions and page furniture between them. Ingest

1. normalises a copy of the text (NFKC width folding, traditional -> simplified) while
   keeping, for every character of the copy, its offset in the original;
2. classifies each line (heading, byline, caption, furniture, lead, body);
3. rejoins lines the layout cut in the middle of a sentence;
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
from functools import lru_cache

from kg.normalize import normalize, to_simplified  # noqa: F401 - kg.ingest's names since the start
from kg.patterns import pattern_file

#: Line kinds.
HEADING, BYLINE, CAPTION, FURNITURE, LEAD, BODY = "heading", "byline", "caption", "furniture", "lead", "body"


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


@dataclass(frozen=True)
class LayoutPatterns:
    byline: re.Pattern[str]
    article_lead: re.Pattern[str]
    caption: re.Pattern[str]
    furniture: re.Pattern[str]
    sentence_end: re.Pattern[str]
    open_end: re.Pattern[str]
    sentence_split: re.Pattern[str]
    dateline: re.Pattern[str]
    section_heading: re.Pattern[str]
    reading_aid: re.Pattern[str]
    metadata: re.Pattern[str]
    metadata_not: re.Pattern[str]


@lru_cache(maxsize=1)
def layout_patterns() -> LayoutPatterns:
    """The layout patterns of ``ontology/patterns/layout.toml``, compiled."""
    raw = pattern_file("layout")
    return LayoutPatterns(**{name: re.compile(raw[name]) for name in LayoutPatterns.__dataclass_fields__})


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    text: str  # normalised, stripped
    origin: list[int]
    kind: str


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


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            norm, origin = _without_reading_aids(*normalize(stripped, base=pos + lead))
            for start, end in _pieces(norm):
                piece = norm[start:end].strip()
                if piece:
                    s = start + (len(norm[start:end]) - len(norm[start:end].lstrip()))
                    lines.append(_Line(piece, origin[s : s + len(piece)], classify_line(piece)))
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


def _is_cut(line: _Line, previous: _Line | None = None) -> bool:
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


def _rejoin(lines: list[_Line]) -> list[_Line]:
    """Glue lines the layout cut mid-sentence; headings set between the halves move before them."""
    out: list[_Line] = []
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
            ):
                # Headings found between the halves belong before the paragraph run.
                run_start = len(out)
                while run_start > 0 and out[run_start - 1].kind == BODY:
                    run_start -= 1
                out[run_start:run_start] = lines[i:j]
                nxt = lines[j]
                kind = BODY if cur.kind == HEADING else cur.kind
                cur = _Line(cur.text + nxt.text, cur.origin + nxt.origin, kind)
                i = j + 1
            else:
                break
        out.append(cur)
    return out


def _starts_new_paragraph(text: str) -> bool:
    # A continuation starts mid-sentence; a new paragraph starts with a quote, a dash list
    # item, a numbered item ("3.某区:…", "二、…", "(4)…") or a typical opening.
    numbered = r"[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}、|[(（][0-9一二三四五六七八九十]{1,2}[)）]"
    return bool(re.match(r"^(?:——|[“\"「《]|" + numbered + r"|据了解|近年来|目前|今年以来|此外|同时)", text))


# --------------------------------------------------------------------------- articles


def segment_document(doc: str, text: str) -> list[Article]:
    """Split one document into articles with sentences (see the module docstring).

    Article boundaries: a lead ("本报讯…", "新华社…电") after text; a byline after text
    closes its article; a caption is an article of its own; a run of headings after text
    opens a new article when a lead, byline or caption follows it, when it names a county
    section, or when the text before it was closed by a byline. Other headings between
    paragraphs are subheadings and stay in their article.
    """
    lines = [piece for ln in _rejoin(_split_lines(text)) if ln.kind != FURNITURE for piece in _bounded(ln)]
    section = layout_patterns().section_heading
    groups: list[list[_Line]] = []
    current: list[_Line] = []

    def has_body(group: list[_Line]) -> bool:
        return any(ln.kind in (BODY, LEAD) for ln in group)

    def close() -> None:
        nonlocal current
        if current:
            groups.append(current)
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


def _bounded(line: _Line) -> list[_Line]:
    """``line``, or for one longer than :data:`MAX_LINE`, its pieces of at most that length.

    >>> [len(x.text) for x in _bounded(_Line("字" * 4500, list(range(4500)), BODY))]
    [2000, 2000, 500]
    """
    if len(line.text) <= MAX_LINE:
        return [line]
    out: list[_Line] = []
    start = 0
    text = line.text
    while len(text) - start > MAX_LINE:
        end = start + MAX_LINE
        # The last soft break in the last quarter of the window, if any.
        window = text[end - MAX_LINE // 4 : end]
        soft = [m.end() for m in _SOFT_CUT.finditer(window)]
        if soft:
            end = end - MAX_LINE // 4 + soft[-1]
        out.append(_Line(text[start:end], line.origin[start:end], line.kind))
        start = end
    out.append(_Line(text[start:], line.origin[start:], line.kind))
    return [piece for piece in out if piece.text.strip()]


def _bounded_group(group: list[_Line]) -> list[list[_Line]]:
    """An article's lines, or for an article longer than :data:`MAX_ARTICLE`, parts of it."""
    if sum(len(ln.text) + 1 for ln in group) <= MAX_ARTICLE:
        return [group]
    parts: list[list[_Line]] = [[]]
    size = 0
    for ln in group:
        if parts[-1] and size + len(ln.text) + 1 > MAX_ARTICLE:
            parts.append([])
            size = 0
        parts[-1].append(ln)
        size += len(ln.text) + 1
    return parts


def _make_article(doc: str, index: int, group: list[_Line]) -> Article:
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
