"""The spaCy pipeline: a ``Language`` for Chinese whose steps are registered components.

    tokenizer (segmenter: lac | pkuseg)
    -> kg_statistical -> kg_gazetteer -> kg_head_words -> kg_titles -> kg_bylines   (candidates)
    -> kg_learned          (the trained taggers' PROJECT / MEETING and PLACE: added, fixed, vetoed)
    -> kg_select                                                                (mentions)
    -> kg_relations                                                             (facts)

Each component reads and writes ``Doc`` extensions: ``doc._.article`` (the ingest
:class:`~kg.ingest.Article`), ``doc._.context`` (names seen in the whole document),
``doc._.candidates``, ``doc._.mentions`` and ``doc._.relations``. Mentions are also
``doc.spans["kg_mentions"]`` (tokens are split where a mention boundary falls inside a
word), so the usual spaCy tools (displaCy, ``Span.label_``) work on them.

>>> nlp = make_pipeline()
>>> nlp.pipe_names[:2]
['kg_statistical', 'kg_gazetteer']
"""

from __future__ import annotations

from typing import Any

import numpy

from kg.ingest import Article
from kg.learn.org_model import org_settings
from kg.learn.pair_model import apply_models
from kg.nlp import entities as ent
from kg.nlp.entities import learned as learned_source
from kg.nlp.entities.post_runs import post_run_persons
from kg.nlp.relations import ArticleView, extract_relations
from kg.nlp.segmenters import Segmenter, make_segmenter
from kg.nlp.spacy_import import import_spacy
from kg.nlp.words import Word, words_from

# spaCy without its command line, which a build never uses (see kg.nlp.spacy_import).
spacy = import_spacy()
Language = spacy.language.Language
Doc = spacy.tokens.Doc
TAG = spacy.attrs.TAG

PIPELINE: tuple[str, ...] = (
    "kg_statistical",
    "kg_gazetteer",
    "kg_head_words",
    "kg_titles",
    "kg_bylines",
    "kg_learned",
    "kg_select",
    "kg_relations",
)

for _name, _default in (
    ("article", None),
    ("context", frozenset()),
    ("home_city", None),
    ("candidates", None),
    ("mentions", None),
    ("relations", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class SegmenterTokenizer:
    """A spaCy tokenizer backed by a :mod:`~kg.nlp.segmenters` segmenter; tags kept on tokens."""

    def __init__(self, vocab, segmenter: Segmenter) -> None:
        self.vocab = vocab
        self.segmenter = segmenter
        self._tag_ids: dict[str, int] = {}  # tag -> its id in vocab.strings

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        tags: list[str] = []
        # Segment line by line: the statistical model works on bounded inputs, and no
        # word can cross a line of the article.
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\n")
            for w, t in self.segmenter.segment(body) if body else []:
                words.append(w)
                tags.append(t or "x")
            if line.endswith("\n"):
                words.append("\n")
                tags.append("w")
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        # The tags as one array of string ids: Doc(tags=...) sets them token by token, which
        # cost as much as making the Doc.
        strings, ids = self.vocab.strings, self._tag_ids
        hashes = [ids[t] if t in ids else ids.setdefault(t, strings.add(t)) for t in tags]
        doc.from_array([TAG], numpy.array(hashes, dtype=numpy.uint64)[:, None])
        # What the components read (see _words and _text), made from the words rather than
        # read back token by token.
        doc.user_data["kg_words"] = words_from(words, tags)
        doc.user_data["kg_text"] = "".join(words)
        return doc

    def prepare(self, texts: list[str]) -> None:
        """Let the segmenter compute ahead what it needs for ``texts`` (the lines this tokenizer
        will give it), when it can (``prepare`` of :class:`~kg.nlp.segmenters.LacSegmenter`:
        batched model runs); the words are the same either way."""
        prepare = getattr(self.segmenter, "prepare", None)
        if prepare is not None:
            prepare([line.rstrip("\n") for text in texts for line in text.splitlines(keepends=True)])


def _words(doc: Doc) -> list[Word]:
    # Every component reads the words and the text; the tokens never change after the
    # tokenizer, and Doc.text joins them anew on each call. SegmenterTokenizer stores both;
    # a Doc from another tokenizer has them computed once here.
    words = doc.user_data.get("kg_words")
    if words is None:
        words = doc.user_data["kg_words"] = [Word(t.idx, t.idx + len(t.text), t.text, t.tag_) for t in doc]
    return words


def _text(doc: Doc) -> str:
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _add(doc: Doc, cands: list[ent.Candidate]) -> Doc:
    if doc._.candidates is None:
        doc._.candidates = []
    doc._.candidates.extend(cands)
    return doc


@Language.component("kg_statistical")
def statistical(doc: Doc) -> Doc:
    """Candidates from the segmenter's own entity tags (LAC: PER/LOC/ORG)."""
    return _add(doc, ent.statistical_candidates(_words(doc), doc._.context))


@Language.component("kg_gazetteer")
def gazetteer(doc: Doc) -> Doc:
    """Places from China's administrative divisions."""
    return _add(doc, ent.gazetteer_candidates(_text(doc), _words(doc), doc._.context))


@Language.component("kg_head_words")
def head_words(doc: Doc) -> Doc:
    """Organisations, projects, meetings and places by their head words."""
    return _add(doc, ent.head_word_candidates(_text(doc), _words(doc), doc._.context))


@Language.component("kg_titles")
def titles(doc: Doc) -> Doc:
    """Persons after job titles, with coordinated lists, and before 同志; names joined by a dot."""
    text, words = _text(doc), _words(doc)
    titled = ent.title_person_candidates(text, words)
    return _add(
        doc,
        titled
        + ent.addressed_person_candidates(text, words)
        + ent.honorific_person_candidates(text, words)
        + ent.dotted_person_candidates(text, words)
        + post_run_persons(text, words)
        + ent.listed_person_candidates(text, words, titled),
    )


@Language.component("kg_bylines")
def bylines(doc: Doc) -> Doc:
    """Persons in bylines and photo credits."""
    return _add(doc, ent.byline_candidates(_text(doc), _words(doc)))


@Language.component("kg_learned")
def learned(doc: Doc) -> Doc:
    """PROJECT and MEETING spans of the trained tagger, then PLACE spans of the place tagger and
    ORG spans of the organisation tagger, combined with the rule candidates as ``ontology/patterns/spans.toml`` says
    (:mod:`kg.nlp.entities.learned`)."""
    if learned_source.settings().enabled:
        doc._.candidates = learned_source.combine(_text(doc), _words(doc), doc._.candidates or [])
    places = learned_source.place_settings()
    if places.enabled:
        doc._.candidates = learned_source.combine(_text(doc), _words(doc), doc._.candidates or [], s=places)
    orgs = org_settings()
    if orgs.enabled:  # (the ORG tagger, kg.learn.org_model)
        doc._.candidates = learned_source.combine(_text(doc), _words(doc), doc._.candidates or [], s=orgs)
    return doc


@Language.component("kg_select")
def select(doc: Doc) -> Doc:
    """Choose the mentions among the candidates; keep place/org prefixes as nested mentions."""
    chosen = ent.recognise_from(_text(doc), _words(doc), doc._.candidates or [])
    doc._.mentions = chosen
    spans = []
    for c in chosen:
        span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["kg_mentions"] = spans
    return doc


@Language.component("kg_relations")
def relations(doc: Doc) -> Doc:
    """Facts between the mentions of the article (rules of :mod:`kg.nlp.relations`)."""
    article: Article | None = doc._.article
    if article is None:
        doc._.relations = []
        return doc
    if doc._.mentions is None:
        doc._.mentions = []
    # The view shares the mention list: a rule that resolves a reference the entity stage
    # left alone ("我市") adds it there, so the document keeps it with the others.
    ends = frozenset(end for _, end, _, _ in _words(doc))
    view = ArticleView(article, doc._.mentions, home_city=doc._.home_city, word_ends=ends)
    found = extract_relations(view)
    # What the pair models read and their training (kg.learn.train_pairs) needs: the view and
    # the rules' facts before any model decided on them.
    doc.user_data["kg_view"], doc.user_data["kg_rule_relations"] = view, list(found)
    doc._.relations = apply_models(view, found)
    return doc


def make_pipeline(segmenter: str = "lac", **segmenter_options: Any) -> Language:
    """A blank Chinese ``Language`` with the segmenter as tokenizer and the kg components."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = SegmenterTokenizer(nlp.vocab, make_segmenter(segmenter, **segmenter_options))
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def analyse_article(
    nlp: Language, article: Article, context: frozenset[str] = frozenset(), home_city: str | None = None
) -> Doc:
    """Run the pipeline on one article (its normalised text); ``home_city`` is the city the
    paper calls 我市 (full name, e.g. "大同市"), when the document shows it."""
    doc = nlp.make_doc(article.text)
    doc._.article = article
    doc._.context = context
    doc._.home_city = home_city
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
