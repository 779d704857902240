"""Titles of honour written before a name (``person.honorific_titles``): Malaysia's federal and
state titles as Chinese-language papers spell them ("拿督", "丹斯里", "拿督斯里").

They are no post (no ``holds_position``) and no name: the tagger reads "丹斯里" as a person,
runs it into the name after it ("丹斯里某某某/PER") or cuts the name after it apart
("拿/v|督某/v|某某/n"), so the person behind the title is lost or doubled.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import _CJK, Candidate, longest_first_pattern, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word

# Tags of words a name does not end in (LAC: conjunction, preposition, particle, adverb, mark).
_FUNCTION_TAGS = frozenset(("c", "p", "u", "d", "w", "xc"))


def honorific_titles() -> tuple[str, ...]:
    """The titles of honour, longest first ("拿督斯里" before "拿督")."""
    return tuple(sorted(lexicon().patterns["person"]["honorific_titles"], key=len, reverse=True))


def honorific_cut(word: str) -> int | None:
    """How much of a tagger's person word is a title of honour: all of it ("丹斯里"), its
    opening ("丹斯里某某某": 3), or None.

    >>> honorific_cut("丹斯里"), honorific_cut("丹斯里林某强"), honorific_cut("林某强")
    (3, 3, None)
    """
    for h in honorific_titles():
        if word == h or (word.startswith(h) and len(word) - len(h) >= 2):
            return len(h)
    return None


def honorific_person_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """The person named right after a title of honour: a Chinese name (surname and one or two
    characters, ending where the tagger ends a word, three characters before two) however the
    tagger cut it, else the tagger's name word right after the title ("拿督斯里|安华/ORG": a
    Malay name without a Chinese surname).

    >>> from kg.nlp.words import words_of
    >>> text = "会长拿督陈某全、首相拿督斯里安华出席"
    >>> ws = words_of([("会长", "n"), ("拿", "v"), ("督陈", "n"), ("某", "n"), ("全", "a"), ("、", "w"),
    ...                ("首相", "n"), ("拿督斯里", "v"), ("安华", "ORG"), ("出席", "v")])
    >>> [text[c.start:c.end] for c in honorific_person_candidates(text, ws)]
    ['陈某全', '安华']
    """
    lex = lexicon()
    out = []
    # Where the tagger ends a word, and with what word: a name never ends in a function word
    # ("安华/ORG|及": the conjunction is no part of the name).
    ends = {w.end: w.tag for w in words}
    for m in longest_first_pattern(honorific_titles()).finditer(text):
        pos = m.end()
        name = None
        wi = word_at(words, pos)
        if wi is not None and words[wi].start == pos and words[wi].tag in ("PER", "ORG", "nz"):
            w = words[wi].text
            if 2 <= len(w) <= 4 and _CJK.match(w) and not w.startswith(lex.titles):
                name = (pos, words[wi].end)  # the tagger's own name word
        surname = 2 if text[pos : pos + 2] in lex.double_surnames else 1 if text[pos : pos + 1] in lex.surnames else 0
        for given in (2, 1) if surname and name is None else ():
            end = pos + surname + given
            if ends.get(end, "c") not in _FUNCTION_TAGS and _CJK.match(text[pos:end]):
                name = (pos, end)
                break
        if name is not None and text[name[0] : name[1]] not in lex.not_names:
            out.append(Candidate(name[0], name[1], "PERSON", "titles", 0.8, {"honorific": m.group(0)}))
    return out
