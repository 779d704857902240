"""Titles of honour written before a name (``person.honorific_titles``): Malaysia's federal and
state titles as Chinese-language papers spell them ("拿督", "丹斯里", "拿督斯里").

They are no post (no ``holds_position``) and no name: the tagger reads "丹斯里" as a person,
runs it into the name after it ("丹斯里某某某/PER") or cuts the name after it apart
("拿/v|督某/v|某某/n"), so the person behind the title is lost or doubled.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate, longest_first_pattern, word_at
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
    """The person named right after a title of honour (:func:`name_after_honorific`).

    >>> from kg.nlp.words import words_of
    >>> text = "会长拿督陈某全、首相拿督斯里华益及副首相出席"
    >>> ws = words_of([("会长", "n"), ("拿", "v"), ("督陈", "n"), ("某", "n"), ("全", "a"), ("、", "w"),
    ...                ("首相", "n"), ("拿督斯里", "v"), ("华益", "ORG"), ("及", "c"), ("副首相", "n"),
    ...                ("出席", "v")])
    >>> [text[c.start:c.end] for c in honorific_person_candidates(text, ws)]
    ['陈某全', '华益']
    """
    out = []
    for m in longest_first_pattern(honorific_titles()).finditer(text):
        end = name_after_honorific(text, words, m.end())
        if end is not None:
            out.append(Candidate(m.end(), end, "PERSON", "titles", 0.8, {"honorific": m.group(0)}))
    return out


def name_after_honorific(text: str, words: list[Word], pos: int) -> int | None:
    """Where the name that starts at ``pos``, right after a title of honour, ends: a Chinese
    name (surname and one or two characters, ending where the tagger ends a word, never in a
    function word: "华益/ORG|及"), three characters before two, however the tagger cut it
    ("拿/v|督某/v|某某/n", "某友/PER|成/v|周一"); else the tagger's name word right there
    ("拿督斯里|华益/ORG": a Malay name without a Chinese surname). None when no name follows.

    >>> from kg.nlp.words import words_of
    >>> text = "拿督斯里祝某成周一说,拿督王某说"
    >>> ws = words_of([("拿督斯里", "PER"), ("祝某", "PER"), ("成", "v"), ("周一", "TIME"), ("说", "v"),
    ...                (",", "w"), ("拿督", "v"), ("王某", "PER"), ("说", "v")])
    >>> text[4:name_after_honorific(text, ws, 4)], text[13:name_after_honorific(text, ws, 13)]
    ('祝某成', '王某')
    """
    lex = lexicon()
    person = lex.patterns["person"]
    stops = tuple(person["right_boundaries"])
    # Where the tagger ends a word, and with what word.
    ends = {w.end: w for w in words}
    surname = 2 if text[pos : pos + 2] in lex.double_surnames else 1 if text[pos : pos + 1] in lex.surnames else 0
    for given in (2, 1) if surname else ():
        end = pos + surname + given
        last = ends.get(end)
        if last is None or last.tag in _FUNCTION_TAGS or not ALL_CJK.match(text[pos:end]):
            continue
        read = ends.get(end - 1)
        if given == 2 and read is not None and read.tag == "PER" and read.start == pos and text[end - 1] in stops:
            continue  # "拿督|王某/PER|说": the tagger's two-character name, then a word that ends names
        if text[pos:end] not in lex.not_names:
            return end
    wi = word_at(words, pos)
    if wi is not None and words[wi].start == pos and words[wi].tag in ("PER", "ORG", "nz"):
        w = words[wi].text
        if 2 <= len(w) <= 4 and ALL_CJK.match(w) and not w.startswith(lex.titles) and w not in lex.not_names:
            return words[wi].end  # the tagger's own name word
    return None
