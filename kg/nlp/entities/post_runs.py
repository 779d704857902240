"""Minority names written right after a post and cut by the tagger (session 39, s39-userpages).

Mongolian, Tibetan and Uyghur names are transliterations of four characters or more, and the
tagger cuts them where a piece is also a word: "主任|某日古/PER|楞/v|一行", "主任|乌某/n|毕力格/PER|,",
"旗长|那/r|顺某/q|图/n|参加". The title source then reads the tagger's piece or nothing, and the
page shows a person cut in two or none. Here the characters between a job title and what closes
a name (a list or clause mark, or a report's act of ``person.final_chars.follow``: 参加, 一行,
陪同 …) are one person's name when they are ``post_run.min_chars`` to ``post_run.max_chars``
characters that no single tagger word covers, the tagger read no title, body, place, time or
number among them and no conjunction, preposition or particle (two names joined by 和 stay two),
and ``post_run.min_transliteration`` of them or more are characters of transliteration
(``lexicon/transliteration``: 巴, 图, 尔, 格 …), which a Chinese name of a surname and a given
name seldom has.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, longest_first_pattern
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def _settings() -> tuple[int, int, int, frozenset[str], frozenset[str]]:
    lex = lexicon()
    run = lex.patterns["person"]["post_run"]
    close = lex.patterns["person"]["final_chars"]
    return (
        int(run["min_chars"]),
        int(run["max_chars"]),
        int(run["min_transliteration"]),
        frozenset(run["refused_tags"]),
        frozenset(close["follow"]) | frozenset(close["marks"]),
    )


def post_run_persons(text: str, words: list[Word]) -> list[Candidate]:
    """Persons of transliterated names cut by the tagger right after a job title.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("主任", "n"), ("斯日古", "PER"), ("楞", "v"), ("一行", "m"), ("深入", "v")])
    >>> [("".join(w.text for w in ws)[c.start : c.end]) for c in post_run_persons("".join(w.text for w in ws), ws)]
    ['斯日古楞']
    >>> ws = words_of([("主任", "n"), ("张明", "PER"), ("和", "c"), ("李华", "PER"), ("参加", "v")])
    >>> post_run_persons("".join(w.text for w in ws), ws)
    []
    """
    lex = lexicon()
    low, high, foreign, refused, closing = _settings()
    starts = {w.start: k for k, w in enumerate(words)}
    out = []
    for m in longest_first_pattern(lex.titles).finditer(text):
        k = starts.get(m.end())
        if k is None or (m.start() not in starts and m.start() > 0 and ALL_CJK.match(text[m.start() - 1])):
            continue  # the title must end a word where the run begins, and open one
        j = k
        while j < len(words) and words[j].text not in closing and words[j].end - words[k].start <= high:
            j += 1
        if j == k or j >= len(words) or words[j].text not in closing:
            continue  # no close within reach: no name standing alone after the post
        run = words[k:j]
        name = text[run[0].start : run[-1].end]
        if not (low <= len(name) <= high and len(run) > 1 and ALL_CJK.match(name)):
            continue  # one word: the tagger's own reading stands
        if any(w.tag in refused or w.text in lex.titles for w in run):
            continue  # a body, a place, a second post or "某某和某某": no single name
        if sum(c in lex.foreign_chars for c in name) < foreign:
            continue  # a Chinese name and the word after it ("某某亲自主持") are the title source's
        out.append(Candidate(run[0].start, run[-1].end, "PERSON", "titles", 0.8, {"title": m.group(0)}))
    return out
