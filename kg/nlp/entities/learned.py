"""Source ``learned``: PROJECT and MEETING spans of the trained tagger (:mod:`kg.learn.spans`),
and PLACE spans of the trained place tagger, combined with the rule candidates as
``ontology/patterns/spans.toml`` says (``[learned]`` and ``[places]``: one model each, the same
ways of meeting the rules).

Three ways a learned span meets the rules, each with its threshold in the file:

* ``add``: a learned span of at least ``min_confidence`` becomes a candidate where the rule
  candidates of the learned types cover at most ``add_max_overlap`` of its characters;
* ``fix``: a rule candidate of the same type that overlaps a learned span of at least
  ``fix_confidence`` takes the learned span's boundaries (with ``fix_grow_only``, only a
  learned span that holds the candidate whole: "某某|经济板块");
* ``veto``: a rule candidate of a learned type that no learned span overlaps is dropped
  when the model reads its characters as outside any span with a mean probability of at
  least ``veto_confidence`` (never one of a source of ``veto_kept_sources``).

A learned span that opens with one of ``not_opening`` ("我县", "本市": a reference the rules
resolve to the place it names) is never added nor taken as boundaries. A learned span that is only a head word with
generic words (``bare``: "签约仪式", "重点项目") is never used when ``skip_bare`` is true: the
rules read such a word as a reference to a longer name, or a class. One that a division closes (a rule place ending in a
level word ends where it ends: "某市某县某乡|某某村") is never used when ``skip_division_closed``
is true: it is an address.

A candidate's score is the model's confidence (the smallest marginal probability of its
labels). A threshold above 1 turns its way off.

>>> settings().model.endswith(".crfsuite")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.learn.spans import LearnedSpan, load_tagger
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import CJK_CHAR, Word
from kg.patterns import pattern_file
from kg.resources import ontology_path

SOURCE = "learned"


@dataclass(frozen=True)
class Settings:
    """``[learned]`` (or ``[places]``) of ``ontology/patterns/spans.toml``."""

    enabled: bool
    model: str
    labels: tuple[str, ...]
    min_confidence: float
    add_max_overlap: float
    fix_confidence: float
    veto_confidence: float
    skip_bare: bool
    skip_division_closed: bool
    #: The types of the rule candidates whose overlap blocks adding a learned span (empty:
    #: ``labels``, as the table says when it has no such key).
    add_blocked_by: tuple[str, ...] = ()
    #: A learned span opening with one of these is neither added nor taken as boundaries.
    not_opening: tuple[str, ...] = ()
    #: fix: only where the learned span holds the rule candidate whole (a name read longer).
    fix_grow_only: bool = False
    #: veto: candidates of these sources are never dropped.
    veto_kept_sources: tuple[str, ...] = ()


def _read(name: str) -> Settings:
    table = pattern_file("spans")[name]
    return Settings(
        enabled=bool(table["enabled"]),
        model=str(ontology_path(*table["model"].split("/"))),
        labels=tuple(table["labels"]),
        min_confidence=float(table["min_confidence"]),
        add_max_overlap=float(table["add_max_overlap"]),
        fix_confidence=float(table["fix_confidence"]),
        veto_confidence=float(table["veto_confidence"]),
        skip_bare=bool(table["skip_bare"]),
        skip_division_closed=bool(table["skip_division_closed"]),
        add_blocked_by=tuple(table.get("add_blocked_by", ())),
        not_opening=tuple(table.get("not_opening", ())),
        fix_grow_only=bool(table.get("fix_grow_only", False)),
        veto_kept_sources=tuple(table.get("veto_kept_sources", ())),
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings of the learned PROJECT/MEETING source, read once."""
    return _read("learned")


@lru_cache(maxsize=1)
def place_settings() -> Settings:
    """The settings of the learned PLACE source (``[places]``), read once."""
    return _read("places")


def bare(name: str, label: str) -> bool:
    """Whether a name is only its head word, generic words and figures: a bare event word the
    rules read as a reference to a longer name ("签约仪式"), or a class ("重点项目").

    >>> bare("签约仪式", "MEETING"), bare("3个重点项目", "PROJECT"), bare("滨河湿地修复工程", "PROJECT")
    (True, True, False)
    """
    ents = lexicon().patterns
    table = ents["project" if label == "PROJECT" else "meeting"]
    if name in ents["meeting"]["bare_events"]:
        return True
    head = next((h for h in sorted(table["heads"], key=len, reverse=True) if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in sorted(table["generic"], key=len, reverse=True):
        rest = rest.replace(word, "")
    return len(CJK_CHAR.findall(rest)) < 2


def learned_spans(text: str, words: list[Word], s: Settings | None = None) -> list[LearnedSpan]:
    """The spans of the shipped model of ``s`` (default: the span tagger's settings) in an
    article's text (none when it is disabled)."""
    s = s or settings()
    if not s.enabled:
        return []
    return load_tagger(s.model).spans(text, words, s.labels)


def combine(
    text: str,
    words: list[Word],
    rules: list[Candidate],
    spans: list[LearnedSpan] | None = None,
    s: Settings | None = None,
) -> list[Candidate]:
    """The rule candidates with the learned ones added, fixed or vetoed (see the module), as
    ``s`` says (default: the span tagger's settings).

    >>> rule = Candidate(2, 5, "MEETING", "head_words", 0.8)
    >>> out = combine("召开调度会议", [], [rule], [LearnedSpan(2, 6, "MEETING", 0.95)])
    >>> [(c.start, c.end, c.source) for c in out]
    [(2, 5, 'head_words')]
    """
    s = s or settings()
    if spans is None:
        spans = learned_spans(text, words, s)
    typed = [c for c in rules if c.label in s.labels]
    blocking = [c for c in rules if c.label in (s.add_blocked_by or s.labels)]
    out = list(rules)
    closed = _division_ends(text, rules) if s.skip_division_closed else set()
    for x in spans:
        if x.confidence < s.min_confidence or (s.skip_bare and bare(text[x.start : x.end], x.label)):
            continue
        if x.end in closed:
            continue  # "某市某县某乡|某某村": an address that a division closes, no project
        over = [c for c in typed if c.start < x.end and x.start < c.end]
        block = [c for c in blocking if c.start < x.end and x.start < c.end]
        covered = sum(1 for k in range(x.start, x.end) if any(c.start <= k < c.end for c in block))
        if covered <= s.add_max_overlap * (x.end - x.start):
            if s.not_opening and text.startswith(s.not_opening, x.start):
                continue  # "我县": a reference, resolved by the rules
            out.append(Candidate(x.start, x.end, x.label, SOURCE, x.confidence, {"learned": x.confidence}))
            continue
        if x.confidence >= s.fix_confidence and not (s.not_opening and text.startswith(s.not_opening, x.start)):
            for c in over:
                if s.fix_grow_only and not (x.start <= c.start and c.end <= x.end):
                    continue  # (a learned span inside a rule one: the model cut a name short)
                if c.label == x.label and (c.start, c.end) != (x.start, x.end):
                    fixed = Candidate(x.start, x.end, c.label, c.source, c.score, dict(c.attrs, learned=x.confidence))
                    out[out.index(c)] = fixed
    if s.veto_confidence <= 1 and typed:
        out = _vetoed(text, words, out, spans, s)
    return out


def _division_ends(text: str, rules: list[Candidate]) -> set[int]:
    """Where the rules' places that end in a division's level word (``place.admin_heads``:
    "某某村", "某某乡") end: a learned span ending there is an address, not a project's name.

    >>> sorted(_division_ends("丽水市某县某乡某某村", [Candidate(6, 10, "PLACE", "gazetteer", 0.8)]))
    [10]
    """
    heads = tuple(lexicon().patterns["place"]["admin_heads"])
    return {c.end for c in rules if c.label == "PLACE" and text[c.start : c.end].endswith(heads)}


def _vetoed(text: str, words: list[Word], cands: list[Candidate], spans: list[LearnedSpan], s: Settings) -> list:
    tagger = load_tagger(s.model)
    keep = []
    for c in cands:
        overlapped = any(x.start < c.end and c.start < x.end for x in spans)
        alone = c.label in s.labels and c.source not in (SOURCE, *s.veto_kept_sources) and not overlapped
        if alone and tagger.outside(text, words, c.start, c.end) >= s.veto_confidence:
            continue
        keep.append(c)
    return keep
