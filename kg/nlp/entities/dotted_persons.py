"""Minority and transliterated persons' names whose parts a dot joins, read whole where the
tagger splits them ("行署专员|巨艾提·/PER|伊明/PER", "县长|某巴克/PER|.|如/v|孜/n"), and such
names written with no dot right after a title (:func:`undotted_name_at`).

Uyghur, Kazakh and other names written in Chinese join a given name and a father's name with a
dot; real pages write it as ·, •, ‧, ・, ．(folded to "." by normalisation) or ".". The
tagger cuts such names at the dot or inside a part, so one person becomes two (the parts) or a
fragment, and a title before the name then holds the fragment. A name is read from each dot
between two Chinese characters outward over the words next to it:

* leftward from the word before the dot, over words spelled in the characters of
  transliterated names (``lexicon/transliteration.txt`` and
  ``person.dotted.name_chars``), never over a title or a boundary word ("专员|…", "书记|…");
* rightward from the word after the dot the same way, taking also a lone character cut before
  a further part ("…阿不/PER|都/d|卡的尔/v|主持") or a particle closing the name before a word
  that follows names ("…吐尔/PER|地/u|一行", ``person.cut_name_particles``).

A span qualifies when the tagger reads a person in it (its evidence that this is a name and no
"中国·某县" or "某某谷·大同"), each part has 1 to ``max_part`` characters, and, for a plain ".",
each part is spelled in those characters (a full stop between two sentences is no joint).
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.quoted_words import quoted
from kg.nlp.words import Word

_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIDDLE_DOTS = "·•‧・"
_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·•‧・.][\u4e00-\u9fff]+)+")
#: A dot joining two parts of a name, as pages write it; resolution folds them all to "·"
#: (:func:`kg.resolve.keys.person_key_name`), so one person written two ways is one.
NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·•‧・.](?=[\u4e00-\u9fff])")


@cache
def _settings() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict]:
    """The name characters, the words a name does not run over, the particles that may close
    a cut name, and ``person.dotted``."""
    lex = lexicon()
    person = lex.patterns["person"]
    conf = person["dotted"]
    chars = lex.foreign_chars | frozenset("".join(conf["name_chars"]))
    stops = frozenset(person["right_boundaries"]) | frozenset(person["cut_name_stops"]) | frozenset(lex.titles)
    return chars, stops, frozenset(person["cut_name_particles"]), conf


def _spelled(word: str, chars: frozenset[str]) -> bool:
    """Whether a word is spelled like part of a transliterated name: one character of the
    table, two both of it, three or more all but one of it."""
    if not word or not all(_HAN.match(ch) for ch in word):
        return False
    odd = sum(ch not in chars for ch in word)
    return odd == 0 if len(word) <= 2 else odd <= 1


def _lone(w: Word, conf: dict) -> bool:
    """A lone Chinese character the tagger cut from a name ("阿不|都|…"), not one joining two
    names or following one ("…|和|…", "…|说|…")."""
    bounds = lexicon().patterns["person"]["right_boundaries"]
    return (
        len(w.text) == 1
        and bool(_HAN.match(w.text))
        and w.text not in conf["joining_words"]
        and w.text not in bounds
        and w.tag != "p"
    )


def _namelike(w: Word, chars: frozenset[str], stops: frozenset[str]) -> bool:
    """A word that continues a part: spelled in the name characters, the tagger's person or not
    ("古丽|巴尔琴·…"; a Chinese name before it is another person: "方某平|艾合买提·…" of a list)."""
    return w.text not in stops and not w.text.endswith(tuple(lexicon().titles)) and _spelled(w.text, chars)


def dotted_person_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """Persons' names joined by a dot that the tagger split (see the module's docstring).

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("行署", "n"), ("专员", "n"), ("阿某提·", "PER"), ("伊明", "PER"), ("陪同", "v"),
    ...                ("，", "w"), ("县长", "n"), ("孜某克", "PER"), (".", "w"), ("如", "v"), ("孜", "n"),
    ...                ("主持", "v")])
    >>> text = "".join(w.text for w in ws)
    >>> [text[c.start:c.end] for c in dotted_person_candidates(text, ws)]
    ['阿某提·伊明', '孜某克.如孜']
    >>> ws = words_of([("中国", "LOC"), ("·", "w"), ("某县", "LOC"), ("旅游节", "n")])
    >>> dotted_person_candidates("中国·某县旅游节", ws)
    []
    """
    if not any(d in text for d in _MIDDLE_DOTS + "."):
        return []
    chars, stops, particles, conf = _settings()
    out: list[Candidate] = []
    taken = 0
    at = {k: i for i, w in enumerate(words) for k in range(w.start, w.end)}
    for m in NAME_DOT.finditer(text):
        dot = m.start()
        if dot < taken:
            continue  # a later dot of a name already read ("格·阿·某某")
        span = _span(text, words, at, dot, (chars, stops, particles, conf))
        if span is None:
            continue
        start, end = span
        ends = {at.get(start), at.get(end - 1)} - {None}
        if quoted(text, start, end) and not any(words[k].tag == "LOC" for k in ends):
            # “葫芦丝之乡·康养新某县”: a quoted slogan, no person. Where the tagger reads a part as a
            # place (“小屯妹/LOC·大昌叔”), the reading still claims the span: else that part stands
            # alone as a false place.
            continue
        out.append(Candidate(start, end, "PERSON", "titles", conf["confidence"], {"dotted_name": True}))
        taken = end
    return out


def _span(text: str, words: list[Word], at: dict[int, int], dot: int, settings: tuple) -> tuple[int, int] | None:
    """The name around the dot at ``dot``: ``(start, end)``, or None (``at``: the word index of
    each character; ``settings``: :func:`_settings`)."""
    chars, stops, particles, conf = settings
    left_i, right_i = at.get(dot - 1), at.get(dot + 1)
    if left_i is None or right_i is None:
        return None
    max_part = conf["max_part"]
    # leftward: the word before the dot (or the one holding it), then name-like words
    i = left_i
    start = words[i].start
    if words[i].text in stops or not all(_HAN.match(ch) for ch in text[start:dot]):
        return None
    while i > 0 and words[i - 1].end == start and dot - words[i - 1].start <= max_part:
        prev = words[i - 1]
        if _namelike(prev, chars, stops):
            i, start = i - 1, prev.start
            continue
        before = words[i - 2] if i > 1 and words[i - 2].end == prev.start else None
        if (
            _lone(prev, conf)
            and before is not None
            and len(before.text) >= 2
            and dot - before.start <= max_part
            and before.text not in stops
            and (_namelike(before, chars, stops) or before.tag == "PER" and _spelled_loosely(before.text, chars))
        ):
            i, start = i - 2, before.start  # "阿不|都|某依提·": a lone character inside the name
            continue
        break
    # rightward: the word after the dot (or the rest of the one holding it), then name-like words,
    # further dots ("格·阿·某某") and a lone character cut from the name
    j = right_i
    end = words[j].end
    if words[j].text in stops or not all(_HAN.match(ch) for ch in text[dot + 1 : end]):
        return None
    part_start = dot + 1
    while j + 1 < len(words) and words[j + 1].start == end:
        nxt = words[j + 1]
        after = words[j + 2] if j + 2 < len(words) and words[j + 2].start == nxt.end else None
        if nxt.text in _MIDDLE_DOTS + "." and after is not None and _HAN.match(after.text[:1]):
            part_start, j, end = after.start, j + 2, after.end  # another part
            continue
        grow = nxt.end - part_start > max_part
        if _namelike(nxt, chars, stops) and not grow:
            j, end = j + 1, nxt.end
            continue
        if (
            not grow
            and after is not None
            and len(after.text) >= 2
            and _namelike(after, chars, stops)
            and _lone(nxt, conf)
        ):
            j, end = j + 2, after.end  # "阿不|都|卡的尔": a lone character inside the name
            continue
        if (
            nxt.text in particles
            and not grow
            and (after is None or after.tag in ("w", "m", "q") or after.text in stops)
        ):
            end = nxt.end  # "吐尔|地|一行", "吐尔|地|一家": a particle cut from the name's end
        break
    name = text[start:end]
    if not _NAME.fullmatch(name):
        return None  # (a line break between the words)
    parts = re.split("[" + _MIDDLE_DOTS + ".]", name)
    if any(not 1 <= len(p) <= max_part for p in parts):
        return None
    if "." in name and not all(_spelled_loosely(p, chars) for p in parts):
        return None
    if not any(w.tag == "PER" and w.start < end and w.end > start for w in words):
        return None  # the tagger reads no person here: "中国·某县", "某某谷·大同"
    return start, end


def _spelled_loosely(part: str, chars: frozenset[str]) -> bool:
    """A part of a name joined by a plain ".": all its characters but one of the table."""
    return sum(ch not in chars for ch in part) <= max(1, len(part) // 3)


def undotted_name_at(text: str, words: list[Word], pos: int) -> str | None:
    """A Mongolian, Tibetan or other transliterated name written with no dot that the tagger cut
    into pieces, starting at ``pos`` right after a title: "部长|某仁/PER|其/r|木格/PER|在",
    "副主席|吉日/n|某拉图/PER|应邀", "副旗长|额/n|登/v|毕/PER|力格/n|主持" (``person.undotted``).

    The pieces are words spelled in the characters of transliterated names or the tagger's
    persons, with one character the table lacks in the whole name at most; the name runs from ``min_chars``
    to ``max_chars`` characters, holds a person the tagger read (its evidence that this is a name)
    but is not that person alone, and the word after it is of ``next_tags`` (a verb, a
    preposition, a mark: "在", "应邀", "主持", "，"). A Chinese name the tagger read whole is one
    word and is left to the caller.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("部长", "n"), ("某仁", "PER"), ("其", "r"), ("木格", "PER"), ("在", "p"), ("会上", "s")])
    >>> undotted_name_at("".join(w.text for w in ws), ws, 2)
    '某仁其木格'
    >>> ws = words_of([("主任", "n"), ("马丽亚", "PER"), ("提出", "v"), ("要求", "n")])
    >>> undotted_name_at("".join(w.text for w in ws), ws, 2) is None
    True
    """
    chars, stops, _, conf = _settings()
    undotted = lexicon().patterns["person"]["undotted"]
    i = word_at(words, pos)
    if i is None or words[i].start != pos:
        return None
    j, odd = i, 0
    while (
        j < len(words)
        and words[j].end - pos <= undotted["max_chars"]
        and (j == i or words[j].start == words[j - 1].end)
    ):
        w = words[j]
        if _namelike(w, chars, stops) or (
            w.tag == "PER" and all(_HAN.match(ch) for ch in w.text) and w.text not in stops
        ):
            odd += sum(ch not in chars for ch in w.text)  # "额尔/PER|毕力格/PER": the tagger's pieces
        elif _lone(w, conf) and w.text not in chars:
            odd += 1  # "额|登|…": one character of the name the table lacks
        else:
            break
        if odd > 1:
            break
        j += 1
    pieces = words[i:j]
    end = pieces[-1].end if pieces else pos
    if len(pieces) < 2 or end - pos < undotted["min_chars"]:
        return None
    if not any(w.tag == "PER" for w in pieces):
        return None  # no person the tagger read: "其|其|格" may be words of the sentence
    after = words[j] if j < len(words) and words[j].start == end else None
    if after is not None and after.tag not in undotted["next_tags"]:
        return None
    return text[pos:end]
