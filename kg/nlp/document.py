"""One document through ingest and the NLP pipeline: compact, picklable per-document results.

A :class:`DocumentResult` is what a worker process returns and what an incremental build
caches by content hash: mentions with offsets into the original text, and relations
between those mentions with their evidence.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.dates import article_date
from kg.ingest import Article, segment_document
from kg.model import Evidence
from kg.nlp.gazetteer import TAIWAN, load_gazetteer
from kg.nlp.page_county import page_counties
from kg.nlp.pipeline import analyse_article
from kg.normalize import normalize
from kg.patterns import pattern_file

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class MentionRecord:
    """A mention in one document: original offsets and text, normalised text, type, source."""

    article: int
    start: int
    end: int
    text: str  # as in the original document
    norm: str  # normalised (NFKC, simplified)
    label: str
    source: str
    score: float
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class RelationRecord:
    type: str
    head: int  # index into DocumentResult.mentions
    tail: int | None
    value: dict[str, Any] | None
    evidence: Evidence
    rule: str
    confidence: float


@dataclass
class DocumentResult:
    doc: str
    mentions: list[MentionRecord]
    relations: list[RelationRecord]
    articles: int
    home_city: str | None = None  # the city the paper calls 我市 / 本市, when the text shows it
    article_dates: dict[int, str] = field(default_factory=dict)


def _divisions_named(norm: str) -> list[str]:
    """Every division name (full or short) in a normalised text, in order."""
    from kg.nlp.entities import gazetteer_regex

    return [m.group(0) for m in gazetteer_regex().finditer(norm)]


def document_context(text: str, named: list[str] | None = None) -> frozenset[str]:
    """Full names of administrative divisions that the document names (for short forms).

    ``named``: the division names of the normalised text, when the caller has them already.
    """
    if named is None:
        named = _divisions_named(normalize(text)[0])
    gaz = load_gazetteer()
    return frozenset(name for name in named if any(d.name == name for d in gaz.lookup(name)))


#: Characters changed by the traditional -> simplified copy from which a page counts as written
#: in traditional characters (a mainland page may quote a traditional name or two).
TRADITIONAL_MIN = 20


def _taiwan_page(text: str, norm: str) -> bool:
    """The page is Taiwan's or about Taiwan: it names the province (台湾), or is written in
    traditional characters (at least :data:`TRADITIONAL_MIN` of them)."""
    taiwan = load_gazetteer().by_name.get(TAIWAN)
    if taiwan and any(form and form in norm for form in (taiwan[0].name, taiwan[0].short)):
        return True
    if len(text) != len(norm):
        return False  # (NFKC changed the length: compare only one-for-one copies)
    changed = sum(1 for a, b in zip(text, norm, strict=True) if a != b and "\u4e00" <= a <= "\u9fff")
    return changed >= TRADITIONAL_MIN


def document_setting(text: str) -> tuple[str, frozenset[str], str | None]:
    """What every article of a document is analysed with: the normalised text, the full
    names of the divisions it names (:func:`document_context`) and the city the paper calls
    我市 / 本市 when the division names show it (None otherwise).

    >>> _, context, home = document_setting("我市灵丘县……大同市")
    >>> sorted(context), home
    (['大同市', '灵丘县'], '大同市')
    """
    # One normalised copy and one gazetteer scan of the whole text serve both questions.
    norm, _ = normalize(text)
    named = _divisions_named(norm)
    context = document_context(text, named) | page_counties(norm)  # "某某:…", "来源:某某融媒"
    if _taiwan_page(text, norm):
        context |= {TAIWAN}  # Taiwan's townships count as named (gazetteer_candidates)
    return (
        norm,
        context,
        _most_named_city(norm, _levels_named(named, "city"), _levels_named(named, "county")),
    )


def analyse_document(nlp: Language, doc_id: str, text: str, date: str | None = None) -> DocumentResult:
    """Segment ``text`` into articles and run the pipeline on each."""
    return _analyse_articles(nlp, doc_id, text, date, segment_document(doc_id, text))


#: Characters of text whose model runs :func:`analyse_documents` batches together (~0.3 MB
#: of input; its scores take ~24 MB while the batch is analysed).
BATCH_CHARS = 100_000


def analyse_documents(
    nlp: Language, documents: Iterable[tuple[str, str, str | None]]
) -> Iterator[tuple[DocumentResult | None, float, str | None]]:
    """:func:`analyse_document` of each ``(doc_id, text, date)``, in order, as ``(result,
    seconds, None)`` or ``(None, seconds, error)`` when its analysis failed; the same
    results, cheaper: the model runs of about :data:`BATCH_CHARS` characters of documents
    are computed together first (:meth:`~kg.nlp.pipeline.SegmenterTokenizer.prepare`).
    A batch's model time is shared among its documents by their length.

    >>> from kg.nlp.pipeline import make_pipeline
    >>> docs = [("a.txt", "市长张强主持召开调度会。", None), ("b.txt", "副市长李明出席会议。", None)]
    >>> [(r.doc, [m.text for m in r.mentions], err) for r, _, err in analyse_documents(make_pipeline(), docs)]
    [('a.txt', ['张强'], None), ('b.txt', ['李明'], None)]
    """
    batch: list[tuple[str, str, str | None]] = []
    size = 0
    for doc in documents:
        batch.append(doc)
        size += len(doc[1])
        if size >= BATCH_CHARS:
            yield from _analyse_batch(nlp, batch)
            batch, size = [], 0
    if batch:
        yield from _analyse_batch(nlp, batch)


def _analyse_batch(
    nlp: Language, batch: list[tuple[str, str, str | None]]
) -> list[tuple[DocumentResult | None, float, str | None]]:
    start = time.perf_counter()
    split: list[list[Article] | Exception] = []
    for doc_id, text, _ in batch:
        try:
            split.append(segment_document(doc_id, text))
        except Exception as e:  # reported with that document, below
            split.append(e)
    prepare = getattr(nlp.tokenizer, "prepare", None)
    if prepare is not None:
        try:
            prepare([art.text for articles in split if isinstance(articles, list) for art in articles])
        except Exception:  # then each line is run alone, and a failure is that document's
            prepare([])
    share = (time.perf_counter() - start) / max(1, sum(len(text) for _, text, _ in batch))
    out: list[tuple[DocumentResult | None, float, str | None]] = []
    try:
        for (doc_id, text, date), articles in zip(batch, split, strict=True):
            start = time.perf_counter()
            try:
                if isinstance(articles, Exception):
                    raise articles
                result = _analyse_articles(nlp, doc_id, text, date, articles)
            except Exception as e:  # one document must not end a build of thousands
                out.append((None, time.perf_counter() - start + share * len(text), f"{type(e).__name__}: {e}"))
                continue
            out.append((result, time.perf_counter() - start + share * len(text), None))
    finally:
        if prepare is not None:
            prepare([])  # what the batch did not use is dropped
    return out


def _analyse_articles(
    nlp: Language, doc_id: str, text: str, date: str | None, articles: list[Article]
) -> DocumentResult:
    norm, context, home = document_setting(text)
    mentions: list[MentionRecord] = []
    relations: list[RelationRecord] = []
    dates: dict[int, str] = {}
    for art in articles:
        sdoc = analyse_article(nlp, art, context, home)
        base = len(mentions)
        for c in sdoc._.mentions or []:
            o_start, o_end = art.original_span(c.start, c.end)
            attrs = {k: v for k, v in c.attrs.items() if k not in ("place_prefix", "org_prefix", "nested")}
            if isinstance(attrs.get("place"), int):
                attrs["place"] = base + attrs["place"]  # a meeting's place: a mention of the document
            mentions.append(
                MentionRecord(
                    art.index,
                    o_start,
                    o_end,
                    text[o_start:o_end],
                    art.text[c.start : c.end],
                    c.label,
                    c.source,
                    c.score,
                    attrs,
                )
            )
        for r in sdoc._.relations or []:
            sent = art.sentences[r.sentence]
            s_start, s_end = art.original_span(sent.start, sent.end)
            value = dict(r.value) if r.value else None
            if value and isinstance(value.get("org"), int):
                value["org"] = base + value["org"]
            relations.append(
                RelationRecord(
                    r.type,
                    base + r.head,
                    None if r.tail is None else base + r.tail,
                    value,
                    Evidence(doc_id, text[s_start:s_end], s_start, s_end),
                    r.rule,
                    r.confidence,
                )
            )
        iso = article_date(art.text, date)
        if iso:
            dates[art.index] = iso

    # After the analysis, the home city is read again from the mentions (a city the tagger
    # confirmed), which can differ from the first guess on the bare division names.
    def level(lv: str) -> list[str]:
        return [m.attrs["admin_name"] for m in mentions if m.label == "PLACE" and m.attrs.get("admin_level") == lv]

    home = _most_named_city(norm, level("city"), level("county"))
    return DocumentResult(doc_id, mentions, relations, len(articles), home, dates)


def _levels_named(named: list[str], level: str) -> list[str]:
    """The divisions of ``level`` (city, county) among division names, one entry per mention."""
    gaz = load_gazetteer()
    out = []
    for name in named:
        found = [d for d in gaz.lookup(name) if d.level == level]
        if found:
            out.append(found[0].name)
    return out


@cache
def home_city_words() -> re.Pattern[str]:
    """The words by which the paper refers to its own city ("我市", "本市", "全市"): ``home_city``
    of ``[located_in]`` in ``relations.toml``, the list the located_in rules read.

    >>> [m.group(0) for m in home_city_words().finditer("我市各区……全市")]
    ['我市', '全市']
    """
    return re.compile("|".join(map(re.escape, pattern_file("relations")["located_in"]["home_city"])))


def _most_named_city(norm: str, cities: list[str], counties: list[str] = ()) -> str | None:
    """The city the paper calls 我市/本市: the one named most often, if the normalised text
    speaks of 我市/本市/全市 at all. No city when several share the top count (cities a
    delegation visited, "赴成都、东莞、深圳招商", are not the paper's), nor when the only
    city is named once and the counties the page names all lie elsewhere (a city's short
    name inside an ordinary word, or a city passed through, on a page about another
    city's county).

    >>> _most_named_city("我市灵丘县……大同市……大同", ["大同市", "大同市"])
    '大同市'
    >>> _most_named_city("全市……赴成都、东莞招商", ["成都市", "东莞市"]) is None
    True
    """
    if not cities or not home_city_words().search(norm):
        return None
    counts = Counter(cities).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    city, times = counts[0]
    # a county of the city's own name (新乡县 beside 新乡市) is the same word read twice, no witness
    counties = [c for c in counties if c[:-1] != city[:-1]]
    if times == 1 and counties and not any(_county_in(county, city) for county in counties):
        return None
    return city


def _county_in(county: str, city: str) -> bool:
    """Whether a county of this name lies in the city of that name (by the gazetteer's tree)."""
    gaz = load_gazetteer()
    return any(a.name == city for d in gaz.lookup(county) if d.level == "county" for a in gaz.ancestors(d))
