"""Source ``learned``: PROJECT and MEETING spans of the trained tagger (:mod:`kg.learn.spans`),
and PLACE spans of a second model of the same kind, combined with the rule candidates as
``ontology/patterns/spans.toml`` says (``[learned]``, ``[places]``).

Three ways a learned span meets the rules, each with its threshold in the file:

* ``add``: a learned span of at least ``min_confidence`` becomes a candidate where the rule
  candidates of the learned types cover at most ``add_max_overlap`` of its characters;
* ``fix``: a rule candidate of the same type that overlaps a learned span of at least
  ``fix_confidence`` takes the learned span's boundaries;
* ``veto``: a rule candidate of a learned type that no learned span overlaps is dropped
  when the model reads its characters as outside any span with a mean probability of at
  least ``veto_confidence`` (never one of a source of ``veto_kept_sources``).

A learned span that opens with one of ``not_opening`` ("我县", "本市": a reference the rules
resolve to the place it names) is never added nor taken as boundaries. A learned span that is
only a head word with generic words (``bare``: "签约仪式",
"重点项目") is never used when ``skip_bare`` is true: the rules read such a word as a
reference to a longer name, or a class. One that a division closes (a rule place ending in a
level word ends where it ends: "某市某县某乡|某某村") is never used when ``skip_division_closed``
is true: it is an address. A project's span next to a batch's ordinal
(:func:`~kg.nlp.entities.project_checks.class_by_batch`) is never used either. One of a type
of ``skip_broken`` that is ``broken`` (a quotation
mark or bracket without its partner inside it, "某某“某某活动", or a clause break, "某某典礼，典礼")
is never used: it is cut inside a quotation or runs across a clause, no name. With
``fix_extends_only``, ``fix`` only lengthens a rule candidate (the learned span contains it): the
rules' error it mends is a name cut short ("某某-某国企业家交流会" cut at the dash, a compound cut
at 暨); a shorter learned span is a part. ``fix`` never touches a candidate where another rule
candidate of the type already has the learned span's bounds: the rules kept a name nested in a
longer one ("第三届某某大会|筹备工作座谈会").

A candidate's score is the model's confidence (the smallest marginal probability of its
labels). A threshold above 1 turns its way off. ``by_label`` sets a threshold for one type's
spans alone (``MEETING = {min_confidence = 0.99}``): the model is surer of some types than of
others. A type's spans meet only rule candidates of their own type, unless ``add_blocked_by``
names the types whose rule candidates block adding (a place read inside an organisation's
name is the selection's to nest).

>>> settings().model.endswith(".crfsuite")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.learn.spans import LearnedSpan, load_tagger
from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.learned_guards import country_names_kept, kept_in_page, opens_across, runs_over_person
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.project_checks import class_by_batch, listed_class
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
    by_label: dict[str, dict[str, float]] = field(default_factory=dict)
    skip_broken: tuple[str, ...] = ()
    #: fix: only where the learned span holds the rule candidate whole (a name read longer).
    fix_extends_only: bool = False
    #: The types of the rule candidates whose overlap blocks adding a learned span (empty: the
    #: span's own type).
    add_blocked_by: tuple[str, ...] = ()
    #: A learned span opening with one of these is neither added nor taken as boundaries.
    not_opening: tuple[str, ...] = ()
    #: veto: candidates of these sources are never dropped.
    veto_kept_sources: tuple[str, ...] = ()
    #: veto: a candidate that is a country's or a world region's name (ontology/lexicon/countries.txt,
    #: and the one-character forms of country_short_forms.txt) is never dropped.
    veto_kept_countries: bool = False
    #: veto: a candidate of one of these kinds of name is never dropped (``learned_guards.kept_in_page``):
    #: "national", a body of ontology/lexicon/national_orgs.txt; "foreign", a transliterated
    #: name (all its characters but one in transliteration.txt); "country_first", one that opens
    #: with a country's or a territory's name (countries.txt); "latin", one that opens with a
    #: Latin letter (a foreign brand, club or agency: "NASA", "某某" after "ac"); "placed", one
    #: that opens with a place the rules found and ends in an organisation's suffix
    #: (``learned_guards.placed_body``: "某某乡农会").
    veto_kept_names: tuple[str, ...] = ()
    #: fix: a rule candidate that ends in a head word of its type is lengthened past that end
    #: only where one of these follows it (a compound: "某某仪式|暨某某会"); empty: no such check.
    fix_past_head_joiners: tuple[str, ...] = ()
    #: fix: a rule candidate is never lengthened at its start across one of these ("或", "和")…
    fix_start_joiners: tuple[str, ...] = ()
    #: …nor across a word of one of these segmenter tags (a verb: "出席签约仪式|或参加|开工仪式").
    fix_start_verb_tags: tuple[str, ...] = ()
    #: add: a learned span of a type here is never added over a rule candidate of the types it
    #: maps to, nor (PERSON) over a post and a name (learned_guards.runs_over_person).
    add_not_across: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A second model file (empty: none) whose spans only ADD (never fix nor veto), and only
    #: where they overlap no span of the first model: the first model's readings stay as they are.
    second_model: str = ""
    #: The types whose second-model spans are not used when ``broken`` (an unpaired quote).
    second_skip_broken: tuple[str, ...] = ()

    def threshold(self, key: str, label: str) -> float:
        """The threshold ``key`` (``min_confidence``, ``add_max_overlap``, ``fix_confidence``,
        ``veto_confidence``) for spans of ``label``: its ``by_label`` value, else the one of
        every type.

        >>> from dataclasses import replace
        >>> s = replace(settings(), min_confidence=0.97, by_label={"MEETING": {"min_confidence": 0.9}})
        >>> s.threshold("min_confidence", "MEETING"), s.threshold("min_confidence", "PROJECT")
        (0.9, 0.97)
        """
        return float(self.by_label.get(label, {}).get(key, getattr(self, key)))

    def usable(self, x: LearnedSpan) -> bool:
        """Whether the model is sure enough of ``x`` to add it or to fix a rule candidate by it."""
        return x.confidence >= min(self.threshold("min_confidence", x.label), self.threshold("fix_confidence", x.label))


def read_settings(name: str) -> Settings:
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
        by_label={k: {n: float(v) for n, v in d.items()} for k, d in table.get("by_label", {}).items()},
        skip_broken=tuple(table.get("skip_broken", ())),
        fix_extends_only=bool(table.get("fix_extends_only", False)),
        add_blocked_by=tuple(table.get("add_blocked_by", ())),
        not_opening=tuple(table.get("not_opening", ())),
        veto_kept_sources=tuple(table.get("veto_kept_sources", ())),
        veto_kept_countries=bool(table.get("veto_kept_countries", False)),
        veto_kept_names=tuple(table.get("veto_kept_names", ())),
        fix_past_head_joiners=tuple(table.get("fix_past_head_joiners", ())),
        fix_start_joiners=tuple(table.get("fix_start_joiners", ())),
        fix_start_verb_tags=tuple(table.get("fix_start_verb_tags", ())),
        add_not_across={k: tuple(v) for k, v in table.get("add_not_across", {}).items()},
        second_model=str(ontology_path(*table["second_model"].split("/"))) if table.get("second_model") else "",
        second_skip_broken=tuple(table.get("second_skip_broken", ())),
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings of the learned PROJECT/MEETING source, read once."""
    return read_settings("learned")


@lru_cache(maxsize=1)
def place_settings() -> Settings:
    """The settings of the learned PLACE source (``[places]``), read once."""
    return read_settings("places")


@lru_cache(maxsize=4)
def _words_of_type(label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The head words and the generic words of ``label``'s names (``entities.project`` for
    PROJECT, ``entities.meeting`` for the others), each longest first."""
    table = lexicon().patterns["project" if label == "PROJECT" else "meeting"]
    return (
        tuple(sorted(table["heads"], key=len, reverse=True)),
        tuple(sorted(table["generic"], key=len, reverse=True)),
    )


def bare(name: str, label: str) -> bool:
    """Whether a name is only its head word, generic words and figures: a bare event word the
    rules read as a reference to a longer name ("签约仪式"), or a class ("重点项目").

    >>> bare("签约仪式", "MEETING"), bare("3个重点项目", "PROJECT"), bare("滨河湿地修复工程", "PROJECT")
    (True, True, False)
    """
    if name in lexicon().patterns["meeting"]["bare_events"]:
        return True
    heads, generic = _words_of_type(label)
    head = next((h for h in heads if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in generic:
        rest = rest.replace(word, "")
    return len(CJK_CHAR.findall(rest)) < 2


_PAIRS = ("“”", "‘’", "「」", "『』", "《》", "（）", "()", "【】")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?]")


def broken(name: str) -> bool:
    """Whether a quotation mark or bracket of ``name`` has no partner inside it, or a clause
    break is in it: a span cut inside a quotation or run across a clause is no name (no gold
    meeting name of the tuning sets has a clause break).

    >>> broken("辽宁招商引资促进周”活动"), broken("开工典礼,典礼"), broken("“三个一批”项目集中开工活动")
    (True, True, False)
    >>> broken("园区(二期)")
    False
    """
    if _CLAUSE_BREAK.search(name):
        return True
    for left, right in _PAIRS:
        depth = 0
        for ch in name:
            if ch == left:
                depth += 1
            elif ch == right:
                depth -= 1
                if depth < 0:
                    return True
        if depth:
            return True
    return name.count('"') % 2 == 1


def learned_spans(text: str, words: list[Word], s: Settings | None = None) -> list[LearnedSpan]:
    """The spans of the shipped model of ``s`` (default: the span tagger's settings) in an
    article's text (none when it is disabled)."""
    s = s or settings()
    if not s.enabled:
        return []
    return load_tagger(s.model).spans(text, words, s.labels)


def second_spans(text: str, words: list[Word], first: list[LearnedSpan], s: Settings) -> list[LearnedSpan]:
    """The spans of ``s.second_model`` that overlap no span of the first model (``first``) that
    is sure enough to be used (add or fix): where the first model reads a name, its reading stands."""
    if not (s.enabled and s.second_model):
        return []
    used = [y for y in first if s.usable(y)]
    spans = load_tagger(s.second_model).spans(text, words, s.labels)
    return [x for x in spans if not any(y.start < x.end and x.start < y.end for y in used)]


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
    extra: list[LearnedSpan] = []
    if spans is None:
        spans = learned_spans(text, words, s)
        extra = second_spans(text, words, spans, s)
    typed = [c for c in rules if c.label in s.labels]
    out = list(rules)
    closed = _division_ends(text, rules) if s.skip_division_closed else set()
    for x, second in [(x, False) for x in spans] + [(x, True) for x in extra]:
        if second and x.label in s.second_skip_broken and broken(text[x.start : x.end]):
            continue  # "三供一业”改造项目": the second model cut a quotation, the first read no such span
        add_at, fix_at = s.threshold("min_confidence", x.label), s.threshold("fix_confidence", x.label)
        if not s.usable(x) or (s.skip_bare and bare(text[x.start : x.end], x.label)):
            continue
        if x.end in closed:
            continue  # "某市某县某乡|某某村": an address that a division closes, no project
        if x.label == "PROJECT" and class_by_batch(text, x.start, x.end):
            continue  # "第三批|“某某”项目", "某某区建设项目|(第四批)": a programme's batch, as the rules read it
        if x.label == "PROJECT" and listed_class(text[x.start : x.end]):
            continue  # "中央预算内项目", "某某园1个农业产业项目": a class of projects, as the rules read it
        if x.label in s.skip_broken and broken(text[x.start : x.end]):
            continue  # "某某“某某活动", "某某典礼，典礼": cut inside a quotation or across a clause
        if s.not_opening and text.startswith(s.not_opening, x.start):
            continue  # "我县": a reference, resolved by the rules
        # (a type's spans meet its own rule candidates only: a project inside a rule meeting's
        # name, "某某项目签约仪式", is a project still)
        over = [c for c in typed if c.label == x.label and c.start < x.end and x.start < c.end]
        block = (
            [c for c in rules if c.label in s.add_blocked_by and c.start < x.end and x.start < c.end]
            if s.add_blocked_by
            else over
        )
        covered = sum(1 for k in range(x.start, x.end) if any(c.start <= k < c.end for c in block))
        if covered <= s.threshold("add_max_overlap", x.label) * (x.end - x.start):
            if x.confidence >= add_at and not runs_over_person(
                text, words, x.start, x.end, rules, s.add_not_across.get(x.label, ())
            ):  # (not "县政协主席某某等县领导分别参加某某新材料": a clause with a person in it)
                out.append(Candidate(x.start, x.end, x.label, SOURCE, x.confidence, {"learned": x.confidence}))
            continue
        if second:
            continue  # (the second model only adds: the first model's fixes stand as they were)
        if x.confidence >= fix_at and all((c.start, c.end) != (x.start, x.end) for c in over):
            for c in over:
                if s.fix_extends_only and not (x.start <= c.start and c.end <= x.end):
                    continue  # (a learned span inside a rule one: the model cut a name short)
                if opens_across(text, words, x.start, c.start, s.fix_start_joiners, s.fix_start_verb_tags):
                    continue  # "出席签约仪式或参加|开工仪式": two events and a clause, not one name
                if _runs_on_past_head(text, c, x, s.fix_past_head_joiners) and not _second_half(
                    text, c, over, s.fix_past_head_joiners
                ):
                    continue  # "某某座谈会|会议精神", "学习贯彻某某党代会|精神座谈会": a whole name, kept
                if (c.start, c.end) != (x.start, x.end):  # (``over`` holds x's type only)
                    fixed = Candidate(x.start, x.end, c.label, c.source, c.score, dict(c.attrs, learned=x.confidence))
                    out[out.index(c)] = fixed
    if typed and any(s.threshold("veto_confidence", label) <= 1 for label in s.labels):
        out = _vetoed(text, words, out, spans, s)
    return out


def _runs_on_past_head(text: str, c: Candidate, x: LearnedSpan, joiners: tuple[str, ...]) -> bool:
    """Whether the learned span ``x`` goes on past the end of the rule candidate ``c`` although
    ``c`` ends in a head word of its type and no joiner (``joiners``: 暨, 及…) follows it: ``c`` is
    then a whole name, and the longer span another name around it or a run-on.

    >>> party, signing = Candidate(0, 4, "MEETING", "head_words", 0.8), Candidate(0, 4, "MEETING", "head_words", 0.8)
    >>> _runs_on_past_head("市党代会精神座谈会", party, LearnedSpan(0, 9, "MEETING", 0.9), ("暨",))
    True
    >>> _runs_on_past_head("签约仪式暨推介会", signing, LearnedSpan(0, 8, "MEETING", 0.9), ("暨",))
    False
    """
    if not joiners or x.end <= c.end:
        return False
    return text[c.start : c.end].endswith(_words_of_type(c.label)[0]) and not text.startswith(joiners, c.end)


def _second_half(text: str, c: Candidate, over: list[Candidate], joiners: tuple[str, ...]) -> bool:
    """Whether ``c`` opens right after a joiner (暨, 及…) inside a longer rule candidate of ``over``
    (the rule candidates the learned span lengthens): "某某交易会暨|某某旅游节|投资说明会" is the
    second half of a longer name, and lengthened with it the two become one meeting, not a stray
    half kept whole. A name inside a longer one with no joiner before it ("学习贯彻|某某党代会|精神
    座谈会") is another meeting, and the guard keeps it.

    >>> inner, outer = Candidate(6, 12, "MEETING", "head_words", 0.8), Candidate(0, 17, "MEETING", "head_words", 0.8)
    >>> _second_half("某某交易会暨某某旅游节投资说明会", inner, [inner, outer], ("暨",))
    True
    >>> _second_half("学习贯彻某市党代会精神座谈会", Candidate(4, 9, "MEETING", "head_words", 0.8), [outer], ("暨",))
    False
    """
    return text[: c.start].endswith(joiners) and any(o is not c and o.start < c.start and c.end <= o.end for o in over)


def _division_ends(text: str, rules: list[Candidate]) -> set[int]:
    """Where the rules' places that end in a division's level word (``place.admin_heads``:
    "某某村", "某某乡") end: a learned span ending there is an address, not a project's name.

    >>> sorted(_division_ends("丽水市某县某乡某某村", [Candidate(6, 10, "PLACE", "gazetteer", 0.8)]))
    [10]
    """
    heads = tuple(lexicon().patterns["place"]["admin_heads"])
    return {c.end for c in rules if c.label == "PLACE" and text[c.start : c.end].endswith(heads)}


def _vetoed(text: str, words: list[Word], cands: list[Candidate], spans: list[LearnedSpan], s: Settings) -> list:
    """``cands`` less the rule candidates the model reads as outside any span (``veto``).

    The tuning gold leaves national and foreign places unscored where local news names them in
    passing, so a model trained on it is least sure of exactly those: a country's name is kept
    (``veto_kept_countries``), as a division of the gazetteer is (``veto_kept_sources``).
    """
    tagger = load_tagger(s.model)
    countries = country_names_kept() if s.veto_kept_countries else frozenset()
    keep = []
    for c in cands:
        overlapped = any(x.start < c.end and c.start < x.end for x in spans)
        alone = c.label in s.labels and c.source not in (SOURCE, *s.veto_kept_sources) and not overlapped
        alone = alone and text[c.start : c.end] not in countries
        alone = alone and not kept_in_page(text, c, s.veto_kept_names, cands)
        if alone and tagger.outside(text, words, c.start, c.end) >= s.threshold("veto_confidence", c.label):
            continue
        keep.append(c)
    return keep
