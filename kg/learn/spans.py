"""A learned span tagger: a linear-chain CRF (CRFsuite) over the characters of a line, BIO
labels, trained from gold pages; one model for PROJECT and MEETING mentions (:data:`LABELS`),
one for PLACE (:data:`PLACE_LABELS`), with the same features and training.

Features of a character (:func:`line_features`, :data:`FEATURE_VERSION`): the characters and
character pairs around it, the kind of character (digit, Latin, punctuation), LAC's word
around it (its position in the word B/M/E/S, its part-of-speech or entity tag, the tags of
the words before and after) and lexicon flags from ``ontology/`` (inside a project head
word, a meeting head word, a division's name of the gazetteer). kg's own final entities are
NOT a feature: the rules were fitted to the training sets, and a model that copies them
learns nothing that holds on other pages.

Labels come from the gold (:mod:`kg.learn.gold`): every occurrence of a gold name of a type
the set annotates completely. A line of a set that does not annotate PROJECT or MEETING,
and where that type's head word occurs, is left out (its mentions of that type are unknown);
a page of a set that does not annotate a learned type without head words (PLACE) is left out.
For PLACE, a line that holds a place the gold leaves unscored is left out too, as
``[places].train_unknown`` of ``ontology/patterns/spans.toml`` says
(:func:`~kg.learn.unknown_places.unknown_place_spans`):
the gold does not list national and foreign places where the local news names them in
passing, and read as outside they taught the model that a country is no place. CRFsuite has
no partial labels, so an unknown span costs its whole line.

>>> from kg.nlp.words import words_of
>>> ws = words_of([("召开", "v"), ("调度会", "n")])
>>> line_features("召开调度会", ws)[2][:4]
['b', 'c=调', 'c-1=开', 'c+1=度']
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kg.learn.gold import GoldPage, entity_types, find_mentions
from kg.learn.unknown_orgs import unknown_org_spans
from kg.learn.unknown_places import train_unknown, unknown_place_spans
from kg.nlp.words import Word

#: Changes whenever :func:`line_features` changes: a model trained on other features is refused.
FEATURE_VERSION = 1
#: The types the span tagger learns.
LABELS = ("PROJECT", "MEETING")
#: The types the place tagger learns (``kg train places``).
PLACE_LABELS = ("PLACE",)
#: CRFsuite training parameters (L-BFGS with L1 + L2): part of what makes the model file.
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿零两]")
_PUNCT = re.compile(r"[^\w]")


@dataclass(frozen=True)
class LearnedSpan:
    """A span the tagger proposes: ``[start, end)``, its type, and its confidence (the
    smallest marginal probability of its labels)."""

    start: int
    end: int
    label: str
    confidence: float


@lru_cache(maxsize=1)
def _lexicon_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from kg.nlp.entities.candidate import longest_first_pattern
    from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon

    ents = lexicon().patterns
    project = longest_first_pattern(tuple(sorted(ents["project"]["heads"])))
    meeting = longest_first_pattern(tuple(sorted(ents["meeting"]["heads"])))
    return project, meeting, gazetteer_regex()


def _flags(text: str, pattern: re.Pattern[str], name: str, out: list[list[str]]) -> None:
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        for k in range(m.start(), m.end() - 1):
            out[k].append(name + "I")
        out[m.end() - 1].append(name + "E")


@cache
def _kind(ch: str) -> str:
    """The kind of a character: digit, Latin letter, punctuation or other (``d l p h``);
    cached, as a text repeats its characters (two regular expressions a character cost a
    tenth of the features' time)."""
    if _DIGIT.match(ch):
        return "d"
    if ch.isascii() and ch.isalpha():
        return "l"
    if _PUNCT.match(ch):
        return "p"
    return "h"


def line_features(text: str, words: Sequence[Word], offset: int = 0) -> list[list[str]]:
    """The features of every character of ``text`` (one line), whose words are ``words``
    (offsets into the article, the line starting at ``offset``)."""
    n = len(text)
    padded = "^^" + text + "$$"
    wpos = [""] * n
    wtag = [""] * n
    wprev = [""] * n
    wnext = [""] * n
    wtext = [""] * n
    for j, w in enumerate(words):
        a, b = w.start - offset, w.end - offset
        prev = words[j - 1].tag if j else "^"
        nxt = words[j + 1].tag if j + 1 < len(words) else "$"
        for k in range(max(a, 0), min(b, n)):
            wpos[k] = "S" if b - a == 1 else ("B" if k == a else ("E" if k == b - 1 else "M"))
            wtag[k], wprev[k], wnext[k] = w.tag or "x", prev, nxt
            wtext[k] = w.text if b - a <= 4 else ""
    kinds = "p" + "".join(map(_kind, text)) + "p"  # (the padding is punctuation)
    # The characters 2 and 1 before each one, and 1 and 2 after it; the kinds of each one, of the
    # one before and of the one after: columns zipped, so that each character is taken out of the
    # text once and each feature is one f-string (the strings are those of indexing ``padded``
    # a feature at a time; a third faster).
    columns = (padded[:n], padded[1 : n + 1], text, padded[3 : n + 3], padded[4:])
    kind_columns = (kinds[1:-1], kinds[:-2], kinds[2:])
    feats = [
        [
            "b",
            f"c={c}",
            f"c-1={c1}",
            f"c+1={d1}",
            f"c-2={c2}",
            f"c+2={d2}",
            f"c-1c={c1}{c}",
            f"cc+1={c}{d1}",
            f"c-2c-1={c2}{c1}",
            f"c+1c+2={d1}{d2}",
            f"c-1cc+1={c1}{c}{d1}",
            f"k={k}{k1}{k2}",
            f"wb={wb}",
            f"wt={wt}",
            f"wbt={wb}{wt}",
            f"wp={wp}",
            f"wn={wn}",
            f"w={wx}",
        ]
        for c2, c1, c, d1, d2, k, k1, k2, wb, wt, wp, wn, wx in zip(
            *columns, *kind_columns, wpos, wtag, wprev, wnext, wtext, strict=True
        )
    ]
    if n:
        project, meeting, places = _lexicon_patterns()
        _flags(text, project, "ph", feats)
        _flags(text, meeting, "mh", feats)
        _flags(text, places, "gz", feats)
    return feats


def lines_of(text: str, words: Sequence[Word]) -> Iterator[tuple[int, str, list[Word]]]:
    """The lines of an article with their words: ``(offset, line, words)``; whitespace-only
    lines are skipped."""
    start = 0
    j = 0
    for line in text.split("\n"):
        end = start + len(line)
        ws = []
        while j < len(words) and words[j].start < end:
            if words[j].end > start:
                ws.append(words[j])
            j += 1
        if line.strip():
            yield start, line, ws
        start = end + 1
        while j < len(words) and words[j].end <= start:
            j += 1


def bio_labels(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO labels of the characters of ``text`` for ``(start, end, type)`` spans.

    >>> bio_labels("召开调度会", [(2, 5, "MEETING")])
    ['O', 'O', 'B-MEETING', 'I-MEETING', 'I-MEETING']
    """
    labels = ["O"] * len(text)
    for s, e, kind in spans:
        labels[s] = "B-" + kind
        for k in range(s + 1, e):
            labels[k] = "I-" + kind
    return labels


def spans_of(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """The spans of a BIO label sequence (an ``I-`` without its ``B-`` opens a span).

    >>> spans_of(["O", "B-PROJECT", "I-PROJECT", "O", "I-MEETING"])
    [(1, 3, 'PROJECT'), (4, 5, 'MEETING')]
    """
    out = []
    start, kind = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != kind):
            if start >= 0:
                out.append((start, i, kind))
            start, kind = (i, lab[2:]) if lab != "O" else (-1, "")
    return out


# ----------------------------------------------------------------- training data


def _segment_article(nlp, text: str) -> list[Word]:
    return list(nlp.make_doc(text).user_data["kg_words"])


def page_sequences(
    page: GoldPage, nlp, labels: Sequence[str] = LABELS, unknown: Sequence[str] = ()
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """The training sequences of one gold page for the types ``labels``: ``(features, labels)``
    per line of each of its articles (the text the pipeline reads), lines with unknown
    mentions left out (for PLACE, lines with an unscored place of the kinds ``unknown``:
    :func:`~kg.learn.unknown_places.unknown_place_spans`)."""
    from kg.ingest import segment_document

    covered = [t for t in labels if t in page.entity_types]
    uncovered = [t for t in labels if t not in covered]
    if not covered or any(t not in ("PROJECT", "MEETING") for t in uncovered):
        return  # (no head word tells where an unannotated type's mentions may be)
    names: dict[str, str] = {}
    # (the type whose unscored mentions leave their lines out: PLACE or ORG, kg.learn.unknown_*)
    learned = "ORG" if tuple(labels) == ("ORG",) else "PLACE"
    optional: dict[str, bool] = {}  # (the names of the gold's entities of type ``learned`` -> optional)
    for e in page.entities:
        every = [e.get("name", ""), *e.get("aliases", ())]
        if learned in entity_types(e):
            for name in every:
                optional[name] = optional.get(name, True) and bool(e.get("optional", False))
        kinds = [t for t in entity_types(e) if t in covered]
        if not kinds or ("optional" in unknown and e.get("optional", False) and learned in kinds):
            continue
        for name in every:
            names.setdefault(name, kinds[0])
    named = {n for e in page.entities for n in [e.get("name", ""), *e.get("aliases", ())] if n}
    project, meeting, _ = _lexicon_patterns()
    unknown_heads = [project if t == "PROJECT" else meeting for t in uncovered]
    for art in segment_document(page.doc, page.text):
        words = _segment_article(nlp, art.text)
        found = [(s, e, names[n]) for s, e, n in find_mentions(art.text, names)]
        labels = bio_labels(art.text, found)
        unscored = unknown_org_spans if learned == "ORG" else unknown_place_spans
        holes = unscored(art.text, words, optional, named, unknown) if unknown else []
        for offset, line, ws in lines_of(art.text, words):
            if any(p.search(line) for p in unknown_heads):
                continue
            if any(offset <= s and e <= offset + len(line) for s, e in holes):
                continue  # (an unscored place: its labels are unknown)
            yield line_features(line, ws, offset), labels[offset : offset + len(line)]


def training_pages_sequences(
    pages: Iterable[GoldPage], labels: Sequence[str] = LABELS, unknown: Sequence[str] | None = None
) -> list[tuple[list[list[str]], list[str]]]:
    """Every training sequence of ``pages`` for the types ``labels`` (LAC run on each article);
    ``unknown``: the kinds of unscored places whose lines are left out (default: the data's,
    :func:`train_unknown`)."""
    from kg.nlp.pipeline import make_pipeline

    nlp = make_pipeline()
    unknown = train_unknown(labels) if unknown is None else tuple(unknown)
    return [seq for page in pages for seq in page_sequences(page, nlp, labels, unknown)]


def train(
    sequences: Sequence[tuple[list[list[str]], list[str]]],
    out: Path,
    manifest: dict | None = None,
    labels: Sequence[str] = LABELS,
) -> Path:
    """Train the CRF on ``sequences`` (labelled for the types ``labels``) into the file ``out``
    (and ``out`` + ``.json``, its manifest). Same sequences, same bytes."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(TRAIN_PARAMS)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "model"))
        out.write_bytes((Path(tmp) / "model").read_bytes())
    info = dict(manifest or {})
    info.update(
        feature_version=FEATURE_VERSION,
        labels=list(labels),
        sequences=len(sequences),
        characters=sum(len(y) for _, y in sequences),
        params=TRAIN_PARAMS,
    )
    info.setdefault("date", date.today().isoformat())
    manifest_path(out).write_text(json.dumps(info, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return out


def manifest_path(model: Path) -> Path:
    """Where a model's manifest is: beside it, ``.json`` added."""
    return model.with_name(model.name + ".json")


# ----------------------------------------------------------------- tagging


class SpanTagger:
    """A trained model, loaded once: :meth:`spans` of an article's text and words."""

    def __init__(self, model: Path) -> None:
        model = Path(model)
        if not model.is_file():
            raise FileNotFoundError(f"span model {model} is missing (train one: kg train spans --out {model})")
        meta = manifest_path(model)
        info = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
        if info.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"span model {model}: feature version {info.get('feature_version')} (in {meta}), "
                f"this kg extracts version {FEATURE_VERSION}; train it again"
            )
        self.model = model
        self.info = info
        self._local = threading.local()
        self._crf()  # (opened here too, so that a broken file fails at load)

    def _crf(self) -> Any:
        """This thread's CRF tagger. A ``pycrfsuite.Tagger`` holds the line it was last set, so
        threads (Dask's in-process workers, a threaded server) must never share one: two threads
        tagging at once gave one build two outputs."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.model))
            self._local.tagger = tagger
        return tagger

    def spans(self, text: str, words: Sequence[Word], labels: Iterable[str] | None = None) -> list[LearnedSpan]:
        """The spans the model finds in ``text``, with confidences; only those of ``labels``
        when given (the confidence, a marginal per character, is then computed for them alone)."""
        out = []
        tagger = self._crf()
        wanted = None if labels is None else frozenset(labels)
        for offset, line, ws in lines_of(text, words):
            tagger.set(line_features(line, ws, offset))
            tags = tagger.tag()
            for s, e, kind in spans_of(tags):
                if wanted is not None and kind not in wanted:
                    continue
                conf = min(tagger.marginal(tags[k], k) for k in range(s, e))
                out.append(LearnedSpan(offset + s, offset + e, kind, round(conf, 4)))
        return out

    def outside(self, text: str, words: Sequence[Word], start: int, end: int) -> float:
        """The mean probability that the characters ``[start, end)`` of ``text`` are in no span."""
        tagger = self._crf()
        for offset, line, ws in lines_of(text, words):
            if offset <= start and end <= offset + len(line):
                tagger.set(line_features(line, ws, offset))
                probs = [tagger.marginal("O", k - offset) for k in range(start, end)]
                return sum(probs) / len(probs) if probs else 0.0
        return 0.0


@lru_cache(maxsize=4)
def load_tagger(model: str) -> SpanTagger:
    """The tagger of a model file, loaded once per process."""
    return SpanTagger(Path(model))
