"""The tagger's place word right after a post: the holder's name, not a place.

LAC reads a name it does not know as a place when a title stands before it ("副主任|某楞塔/LOC|宣布",
"理事长|某昌/LOC|等"), and when it read the surname apart as another word ("副县长|籍/n|某利/LOC",
"总经理|都/d|某东/LOC|热情接待": the surname as a noun or an adverb). A place does not stand right
after a title word: the holder's name does (a division of the gazetteer there stays a place: it
is checked by the caller). Such a word is no place; it is the holder's name where the name is
whole and closed by the holder's act (``person.word_names.acts``: "副主任|某楞塔|宣布"), or where the
surname the tagger read apart is one of ``surnames.txt`` ("总经理|都|某东": 都某东).
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word

# Tags of a one-character word that is no surname read apart: a mark, a preposition, a
# conjunction, a particle, a verb, a locative, a numeral or a measure ("副县长|在|某地").
_NOT_SURNAME_TAGS = ("w", "p", "c", "u", "v", "f", "m", "q", "r")


def after_post(words: list[Word], i: int) -> tuple[int, bool] | None:
    """Whether word ``i`` (a place to the tagger) follows a title word right away, or a title and
    a one-character word: ``(start, person)`` where the holder's name would start and whether it
    is one (see the module's docstring); None where no title stands before it.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("副主任", "n"), ("甲楞塔", "LOC"), ("宣布", "v")])
    >>> after_post(ws, 1)
    (3, True)
    >>> ws = words_of([("总经理", "n"), ("都", "d"), ("乙东", "LOC"), ("热情", "ad")])
    >>> after_post(ws, 2)
    (3, True)
    >>> ws = words_of([("副县长", "n"), ("籍", "n"), ("丙利", "LOC"), ("，", "w")])
    >>> after_post(ws, 2)
    (3, False)
    >>> after_post(words_of([("外长", "n"), ("就", "d"), ("中日", "LOC"), ("关系", "n")]), 2) is None
    True
    >>> ws = words_of([("副县长", "n"), ("在", "p"), ("丙利", "LOC")]), words_of([("前往", "v"), ("丙利", "LOC")])
    >>> after_post(ws[0], 2), after_post(ws[1], 1)
    (None, None)
    """
    lex = lexicon()
    w = words[i]

    def title_at(k: int) -> bool:
        return k >= 0 and words[k].text in lex.titles and words[k].end == words[k + 1].start

    rest = words[i + 1].text if i + 1 < len(words) and words[i + 1].start == w.end else ""
    if title_at(i - 1):
        acts = tuple(lex.patterns["person"]["word_names"]["acts"])
        return w.start, 2 <= len(w.text) <= 3 and rest.startswith(acts)
    one = words[i - 1] if i >= 1 else None
    surname_apart = (
        one is not None
        and len(one.text) == 1
        and one.tag not in _NOT_SURNAME_TAGS
        # an adverb is a surname read apart only where it is one ("总经理|都/d|某东"), not "外长|就/d|中日"
        and (one.tag != "d" or one.text in lex.surnames or one.text in lex.patterns["person"]["title_surnames"])
    )
    if one is not None and surname_apart and one.end == w.start and title_at(i - 2):
        return one.start, one.text in lex.surnames and len(w.text) == 2
    return None
