"""Companies whose registered name holds the place of their branch in brackets: "某某(南京)科技
有限公司", "某某智能装备(广东)有限公司", "某某投资(上海)有限公司". The tagger cuts such a name at the
bracket ("某某/ORG|(南京)科技有限公司/w", "某某|(|南京)动力科技有限公司/ORG"), so the head-word walk,
which takes a bracket only after a word it can read as a name, keeps a fragment or nothing.

The company heads that close the name after the bracket, the longest part after it and the
tags of the words before it are ``org.bracketed_firm_*`` of ``ontology/patterns/entities.toml``;
the bracket must hold a place: a division of the gazetteer (simplified or traditional), a
country's full name, or a word the tagger read as a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.nlp.entities.candidate import Candidate, word_at
from kg.nlp.entities.lexicon_data import gazetteer_regex, lexicon
from kg.nlp.words import Word
from kg.normalize import to_simplified

_BRACKET = re.compile(r"[(（](?P<place>[\u4e00-\u9fff]{2,4})[)）]")
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]+$")


@cache
def _conf() -> dict:
    return lexicon().patterns["org"]


@cache
def _rest() -> re.Pattern[str]:
    conf = _conf()
    heads = "|".join(map(re.escape, sorted(conf["bracketed_firm_heads"], key=len, reverse=True)))
    longest = int(conf["bracketed_firm_max_rest"])
    return re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0," + str(longest) + r"}?(?:" + heads + ")")


def bracketed_firms(text: str, words: list[Word]) -> list[Candidate]:
    """Company names that hold a bracketed place, from the name words before the bracket to the
    first company head after it.

    >>> from kg.nlp.words import words_of
    >>> text = "其中,青禾(南京)动力科技有限公司新能源项目"
    >>> ws = words_of([("其中", "f"), (",", "w"), ("青禾", "n"), ("(", "w"),
    ...                ("南京)动力科技有限公司", "ORG"), ("新能源", "n"), ("项目", "n")])
    >>> [text[c.start : c.end] for c in bracketed_firms(text, ws)]
    ['青禾(南京)动力科技有限公司']
    """
    return [
        Candidate(start, end, "ORG", "head_words", 0.8, {"head": "bracketed_firm"})
        for start, end in bracketed_names(text, words, _rest())
    ]


def bracketed_names(text: str, words: list[Word], rest: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of the names around each bracket that holds a place: from the name words
    before it (:func:`name_start`) to the end of ``rest`` matched right after it (the part
    that closes a company's or a park's name)."""
    for m in _BRACKET.finditer(text):
        if not bracketed_place(m.group("place"), words, m.start("place"), m.end("place")):
            continue
        after = rest.match(text, m.end())
        start = name_start(text, words, m.start())
        if after is not None and start is not None:
            yield start, after.end()


def bracketed_place(place: str, words: list[Word], start: int, end: int) -> bool:
    """A division of the gazetteer, a country, or the tagger's place word filling the bracket."""
    simple = to_simplified(place)
    if gazetteer_regex().fullmatch(simple) or simple in {full for _short, full in lexicon().country_names}:
        return True
    wi = word_at(words, start)
    return wi is not None and words[wi].tag == "LOC" and (words[wi].start, words[wi].end) == (start, end)


def name_start(text: str, words: list[Word], bracket: int) -> int | None:
    """Where the name before the bracket at ``bracket`` starts: the name words (``org.
    bracketed_firm_left_tags``) right before it, back to a word of another tag or a mark, at
    most ``bracketed_firm_max_left`` characters; None when there are fewer than two. A word of
    ``bracketed_firm_whole_tags`` opens the name alone (the tagger's own name, or a name it read
    as a person's: "普某英/PER|(重庆)…")."""
    conf = _conf()
    whole = frozenset(conf["bracketed_firm_whole_tags"])
    tags = frozenset(conf["bracketed_firm_left_tags"]) | whole
    wi = word_at(words, bracket)
    if wi is None:
        return None
    if words[wi].start == bracket:
        wi -= 1  # "某某|(": the bracket opens a word of its own, or the tagger's "(南京)…" word
    elif not (words[wi].tag in tags and words[wi].start < bracket):
        return None
    start = bracket
    while wi >= 0:
        w = words[wi]
        piece = text[w.start : min(w.end, bracket)]
        if w.tag not in tags or not _NAME_CHARS.match(piece) or bracket - w.start > conf["bracketed_firm_max_left"]:
            break
        start = w.start
        if w.tag in whole:
            break  # the tagger's own name opens the company's: "某某科技/ORG|(…)", "某某/PER|(…)"
        wi -= 1
    return start if bracket - start >= 2 else None
