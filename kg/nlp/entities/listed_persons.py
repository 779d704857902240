"""Persons named one after another in a "、" list: "市领导A、B、C、D等出席", "常委A、B、C出席会议".

An official report lists who attended as names joined by "、", most without a title of their
own. The tagger reads most of them as names, but not all: a name it cut ("某社/PER|教/v"), read
as a noun or a place ("某建廷/n", "某岗/LOC"); and a name it did read may lose to a longer
reading of the list (a list that "等…项目" seems to close reads every item as a project, though
the 等 closes a group of leaders: "A、B、C等市领导在全省重点项目…开工仪式…出席").

A list is read as one of persons when every item holds a name at the place a list puts it (the
whole item between two marks; after a title in the first item; before a word that ends a name
in the last) and at least ``person.listed_names.min_known`` of them are names already (the
tagger's person or a person after a title). Then every item's name is a person. The words are
``[person.listed_names]`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.cut_names import mended_names, run_over
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.entities.titles import title_person_candidates
from kg.nlp.words import CJK_CHAR, Word

_RUN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _settings() -> dict:
    return lexicon().patterns["person"]["listed_names"]


def listed_person_candidates(text: str, words: list[Word], titled: list[Candidate] | None = None) -> list[Candidate]:
    """A person for the name of every item of a "、" list of persons (see the module's note).
    ``titled``: the persons after titles (:func:`title_person_candidates`), when the caller has
    read them already.

    >>> from kg.nlp.words import words_of
    >>> text = "市委常委钱伟明、孙志成、周卫东、吴立新出席会议。"
    >>> ws = words_of([("市委", "ORG"), ("常委", "n"), ("钱伟", "PER"), ("明", "v"), ("、", "w"),
    ...                ("孙志成", "PER"), ("、", "w"), ("周卫东", "n"), ("、", "w"), ("吴立", "PER"),
    ...                ("新", "a"), ("出席", "v"), ("会议", "n"), ("。", "w")])
    >>> [text[c.start:c.end] for c in listed_person_candidates(text, ws)]
    ['钱伟明', '孙志成', '周卫东', '吴立新']
    """
    conf = _settings()
    mark = conf["mark"]
    if mark not in text:
        return []
    starts = {w.start for w in words}
    tag_at = {w.start: w for w in words}
    # The tagger's names, each cut back where it ran on into the word after it ("、|某旭平等/PER|出席":
    # 某旭平; :func:`~kg.nlp.entities.cut_names.run_over`), so a list's last item is not read with its 等.
    persons = {w.text for w in words if w.tag == "PER"}
    known = {
        (w.start, w.start + len(short) if (short := run_over(words, k, persons)) else w.end)
        for k, w in enumerate(words)
        if w.tag == "PER"
    }
    if titled is None:
        titled = title_person_candidates(text, words)
    known |= {(c.start, c.end) for c in titled}
    # the names the article gives: known ones, the tagger's names it cut ("某军/PER|才/d|出席"),
    # and those of the lists read before
    seen = {text[a:b] for a, b in known} | mended_names(words)
    by_end: dict[int, list[tuple[int, int]]] = {}  # (known by end, in known's order: an item looks up its end)
    for a, b in known:
        by_end.setdefault(b, []).append((a, b))
    out: list[Candidate] = []
    for items in _lists(text, mark):
        names: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(items):
            name = _name_of(text, starts, tag_at, known, seen, s, e, i, len(items), by_end)
            if name is None and 0 < i < len(items) - 1:
                # "某某及相关乡镇、县直单位负责人": a closing word after the name ends the list there
                name = _name_of(text, starts, tag_at, known, seen, s, e, i, i + 1, by_end)
                if name is not None:
                    names.append(name)
                    break
            if name is None:
                names = []
                break
            names.append(name)
        if not names:
            continue
        if sum(1 for n in names if n in known) < conf["min_known"]:
            continue
        out += [Candidate(a, b, "PERSON", "titles", conf["confidence"], {"listed": True}) for a, b in names]
        seen |= {text[a:b] for a, b in names}
    return out


def _lists(text: str, mark: str) -> list[list[tuple[int, int]]]:
    """The items of each run of Chinese characters joined by ``mark`` (two items or more): the
    first from the start of its run, the last to the end of its run."""
    out: list[list[tuple[int, int]]] = []
    pos = 0
    while True:
        i = text.find(mark, pos)
        if i < 0:
            return out
        runs = list(_RUN.finditer(text, max(0, i - 40), i))
        if not runs or runs[-1].end() != i:
            pos = i + 1
            continue
        items = [(runs[-1].start(), i)]
        j = i
        while j < len(text) and text[j] == mark:
            m = _RUN.match(text, j + 1)
            if not m:
                break
            items.append((m.start(), m.end()))
            j = m.end()
        if len(items) >= 2:
            out.append(items)
        pos = max(j, i + 1)


def _name_of(
    text: str,
    starts: set[int],
    tag_at: dict[int, Word],
    known: set[tuple[int, int]],
    names: set[str],
    s: int,
    e: int,
    i: int,
    n: int,
    by_end: dict[int, list[tuple[int, int]]],
) -> tuple[int, int] | None:
    """The name the ``i``-th of ``n`` items ``[s, e)`` holds where a list puts it, or None: a
    known name ending the item (the first item or an inner one: "县领导|某某、") or opening it
    (the last: "某某|等"); a name of the right shape filling an inner item, ending the first after
    a title, opening the last before a word that ends a name. ``by_end``: ``known`` by end."""
    if i < n - 1:
        name = next(((a, b) for a, b in by_end.get(e, ()) if s <= a), None)
        if name is not None:
            return name
    conf = _settings()
    lo, hi = conf["name_chars"]
    if 0 < i < n - 1:
        return (s, e) if lo <= e - s <= hi and _name_shaped(text, tag_at, s, e) else None
    if i == 0:  # the first item: the name after a title (or a group of leaders: "县级领导|某某"), or the whole item
        titles = (*lexicon().titles, *lexicon().patterns["person"]["word_names"]["listed_groups"])
        for a in range(max(s, e - hi), e - lo + 1):
            if a in starts and (a == s or text.endswith(titles, s, a)) and _name_shaped(text, tag_at, a, e):
                return (a, e)
        return None
    # The last item: a name the article knows, longest first ("某克和|分别就", "某绂曾|等", not the
    # tagger's "某克/PER|和/c", "某绂/PER|曾/d"); else the tagger's name opening it; else the longest
    # name of the right shape that a mark, a closing word or a closing word of two characters or
    # more follows ("某岗|接受/v", never "党建|办/v").
    ends = range(min(e, s + hi), s + lo - 1, -1)
    name = next(((s, b) for b in ends if text[s:b] in names and _closes(text, tag_at, b)), None)
    name = name or next(((a, b) for a, b in known if a == s and b <= e and _closes(text, tag_at, b)), None)
    if name is not None:
        return name
    for b in ends:
        if (b == e or b in starts) and _closes(text, tag_at, b, 2) and _name_shaped(text, tag_at, s, b):
            return (s, b)
    return None


def _closes(text: str, tag_at: dict[int, Word], b: int, min_chars: int = 1) -> bool:
    """Whether what follows offset ``b`` ends a name: a mark or a closing word, or a word of a
    closing tag ("某某|出席/v", "某某|才/d") of ``min_chars`` characters or more."""
    conf = _settings()
    if b >= len(text) or not CJK_CHAR.match(text[b]) or text.startswith(tuple(conf["closing_words"]), b):
        return True
    w = tag_at.get(b)
    return w is not None and w.tag in conf["closing_tags"] and len(w.text) >= min_chars


def _name_shaped(text: str, tag_at: dict[int, Word], a: int, b: int) -> bool:
    """Whether ``[a, b)`` has a name's shape: a surname and one or two characters (two or three
    after a double surname), no word of no name in it, no division's name, no body's ending."""
    lex = lexicon()
    name = text[a:b]
    surname = 2 if name[:2] in lex.double_surnames else 1 if name[:1] in lex.surnames else 0
    if not surname or not 1 <= len(name) - surname <= 2:
        return False
    if name in lex.not_names or name.endswith(lex.org_suffixes) or gazetteer_regex().fullmatch(name):
        return False
    if any(t in name for t in lex.titles) or name.endswith(tuple(_settings()["not_endings"])):
        return False
    w = tag_at.get(a)
    return not (w is not None and w.tag in _settings()["not_tags"])
