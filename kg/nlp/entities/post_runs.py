"""Minority names written right after a post and cut by the tagger (session 39, s39-userpages).

Mongolian, Tibetan and Uyghur names are transliterations of four characters or more, and the
tagger cuts them where a piece is also a word: "主任|某日古/PER|楞/v|一行", "主任|乌某/n|毕力格/PER|,",
"旗长|那/r|顺某/q|图/n|参加". The title source then reads the tagger's piece or nothing, and the
page shows a person cut in two or none. Here the characters between a job title and what closes
a name (a list or clause mark, a report's act of ``person.final_chars.follow``: 参加, 一行,
陪同 …, or a word of ``post_run.closing``: "总经理|某某某某|时") are one person's name when
they are ``post_run.min_chars`` to ``post_run.max_chars`` characters that no single tagger word
covers, the tagger read no title, body, place, time or number among them and no conjunction,
preposition or particle (two names joined by 和 stay two), they open with no civil-service rank
of ``post_run.ranks`` ("主任|科员|某某某"), not all of them acts (``post_run.act_tags``:
"负责人|随行|考察"), and at least one in ``post_run.transliteration_share``
of them are characters of transliteration (``lexicon/transliteration``: 巴, 图, 尔, 格 …),
which a Chinese name and the verb glued to it seldom reach ("某某某委托": two of five); a
tagger's person of four characters or more is a name read whole, and stands, and so does a
tagger's person that opens the run with one of the ``post_run.common_surnames`` most common
Chinese surnames ("会长|潘某某/PER|分别/d|致辞": a name and its act), or two tagger persons (two names).
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, longest_first_pattern
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.name_runs import common_surnames
from kg.nlp.words import Word


def _settings() -> tuple[int, int, int, frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """The run's bounds, the share of transliteration characters (one in ``share`` or more), the
    tags no name's piece carries, what closes a name, the ranks written between a post and a name
    and the tags of acts (a run of acts only is no name)."""
    lex = lexicon()
    run = lex.patterns["person"]["post_run"]
    close = lex.patterns["person"]["final_chars"]
    return (
        int(run["min_chars"]),
        int(run["max_chars"]),
        int(run["transliteration_share"]),
        frozenset(run["refused_tags"]),
        frozenset(close["follow"]) | frozenset(close["marks"]) | frozenset(run["closing"]),
        tuple(run["ranks"]),
        frozenset(run["act_tags"]),
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
    >>> ws = words_of([("副市长", "n"), ("唐某", "PER"), ("随即", "d"), ("主持", "v")])
    >>> post_run_persons("".join(w.text for w in ws), ws)
    []
    """
    lex = lexicon()
    low, high, share, refused, closing, ranks, acts = _settings()
    chinese = common_surnames(int(lex.patterns["person"]["post_run"]["common_surnames"]))
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
        if all(w.tag in acts for w in run):
            continue  # "负责人|随行/d|考察/v|。": what the holders did, no name
        if name.startswith(ranks):
            continue  # "主任|科员|某某某": a civil-service rank between the post and the name
        if any(w.tag == "PER" and len(w.text) > 3 for w in run):
            continue  # the tagger read a long name whole ("某某某某/PER|时"): its reading stands
        if sum(w.tag == "PER" for w in run) > 1 or (run[0].tag == "PER" and run[0].text[0] in chinese):
            # two names ("名誉会长|丹某某/PER|郑某某/PER"), or a Chinese name and its act ("会长|潘某某/PER|分别/d")
            continue
        if sum(c in lex.foreign_chars for c in name) * share < len(name):
            continue  # a Chinese name and the act after it ("某某某|委托", "某某|主持会议") are the title source's
        out.append(Candidate(run[0].start, run[-1].end, "PERSON", "titles", 0.8, {"title": m.group(0)}))
    return out
