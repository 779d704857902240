"""Persons' names the tagger cut before their last character, mended with the lexicon's data.

The checks are :func:`kg.nlp.tagger_evidence.cut_given_name` (one mention: what closes the lone
character) and, across the article, a name mended at one mention that the tagger cut at another
("…、某更须、…" and "县长|某更/PER|须/v|做了"): the article names the person whole, so every cut
mention followed by the missing character is that person. The word lists are
``entities.toml [person]`` ``cut_name_*``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.tagger_evidence import cut_given_name, ran_over_name
from kg.nlp.words import Word


def _follow() -> frozenset[str]:
    lex = lexicon()
    person = lex.patterns["person"]
    return (
        frozenset(person["cut_name_follow"])
        | frozenset(person["cut_name_degrees"])
        | frozenset(person["honorifics"])
        | frozenset(lex.titles)
    )


def cut_name(words: list[Word], i: int) -> str | None:
    """The whole name where the tagger's PER word ``i`` was cut before a lone last character."""
    lex = lexicon()
    person = lex.patterns["person"]
    marks = frozenset(person["cut_name_verb_marks"])
    cut = cut_given_name(words, i, lex.double_surnames, marks)
    if cut:
        return cut
    particles, fused = frozenset(person["cut_name_particles"]), frozenset(person["cut_name_fused"])
    cut = cut_given_name(words, i, lex.double_surnames, marks, _follow(), particles, fused)
    if cut and _opens_title(words, i):
        return None  # "某恬/PER|副/a|秘书长": 副 opens the title written after the name (副秘书长)
    if cut and _stands_apart(words, words[i].text, cut[-1]):
        return None  # "高某/PER|大/n|校长" where the article writes "高某|董事长", "高某|副院长": a word of its own
    return cut or final_char_name(words, i)


def _opens_title(words: list[Word], i: int) -> bool:
    """Whether the lone character after the PER word ``i`` and the word after it make a title
    ("副|秘书长", "副|特派员"): the character is the title's, not the name's last."""
    if i + 2 >= len(words):
        return False
    nxt, after = words[i + 1], words[i + 2]
    return after.start == nxt.end and nxt.text + after.text in lexicon().titles


def final_char_name(words: list[Word], i: int) -> str | None:
    """The whole name where the tagger cut a name of one surname before a last character that is
    also an adverb, an auxiliary or a verb (``person.final_chars.chars``: "主任|某发/PER|刚/d|主持",
    "、|某军/PER|才/d|出席会议", "县长|某拴/PER|会/v|陪同", "副县长|某林/PER|发/v|,"), when a mark or an
    act of a report follows it (``final_chars.follow``), or a copula and a job title
    (``final_chars.copulas``: "市长|某金/PER|会/v|为|团长"). Such an adverb does not stand
    between a name and a report's act ("某某刚主持" is no report's phrase; "某某也出席" is, and 也
    is no such character). A name the article writes elsewhere before another word is a name of
    two characters ("某发|强调").

    >>> from kg.nlp.words import words_of
    >>> final_char_name(words_of([("江明", "PER"), ("刚", "d"), ("主持", "v"), ("。", "w")]), 0)
    '江明刚'
    >>> final_char_name(words_of([("江明", "PER"), ("也", "d"), ("主持", "v"), ("。", "w")]), 0) is None
    True
    """
    lex = lexicon()
    rule = lex.patterns["person"]["final_chars"]
    w = words[i]
    if len(w.text) != 2 or w.text[0] not in lex.surnames or i + 2 >= len(words):
        return None
    nxt, after = words[i + 1], words[i + 2]
    if nxt.start != w.end or nxt.text not in rule["chars"] or after.start != nxt.end:
        return None
    closes = after.text in rule["marks"] or after.text in rule["follow"]
    if not closes and after.text in rule["copulas"] and i + 3 < len(words):
        closes = words[i + 3].start == after.end and words[i + 3].text in lex.titles
    if not closes or _stands_apart(words, w.text, nxt.text):
        return None
    return w.text + nxt.text


def _stands_apart(words: list[Word], name: str, last: str) -> bool:
    """The article writes the cut word elsewhere before another word than the lone character."""
    return any(
        w.text == name and k + 1 < len(words) and not words[k + 1].text.startswith(last) for k, w in enumerate(words)
    )


def mended_names(words: list[Word]) -> set[str]:
    """The names :func:`cut_name` mends anywhere in the article's words."""
    return {m for i, w in enumerate(words) if w.tag == "PER" and (m := cut_name(words, i))}


def cut_whole_elsewhere(words: list[Word], i: int, mended: set[str]) -> str | None:
    """The name the article mends elsewhere where PER word ``i`` runs on into its last character
    ("某更/PER|须/v|做" beside a mended "某更须"): the one person, cut here."""
    if i + 1 >= len(words) or words[i + 1].start != words[i].end:
        return None
    whole = words[i].text + words[i + 1].text[:1]
    return whole if whole in mended else None


def opens_firm_name(words: list[Word], i: int) -> bool:
    """The tagger's PER word ``i`` runs straight into a business word of a firm's name
    ("某飞/PER|数码", "某田/PER|制作|所"): it is the firm's brand, not a person
    (``person.firm_tails`` and ``org.brand_tails``)."""
    lex = lexicon()
    tails = tuple(lex.patterns["person"]["firm_tails"]) + tuple(lex.patterns["org"]["brand_tails"])
    rest, end = "", words[i].end
    for w in words[i + 1 : i + 4]:
        if w.start != end:
            break
        rest, end = rest + w.text, w.end
    return rest.startswith(tails)


def run_over(words: list[Word], i: int, persons: set[str]) -> str | None:
    """The name where the tagger's PER word ``i`` ran on past it: into a character the article
    does not name with it (:func:`~kg.nlp.tagger_evidence.ran_over_name`), or into a verb that
    opens the clause after the name (:func:`verb_run_on`)."""
    lex = lexicon()
    return ran_over_name(words[i].text, persons, lex.surnames, lex.double_surnames) or verb_run_on(words, i)


def verb_run_on(words: list[Word], i: int) -> str | None:
    """The name of two or three characters where the tagger's PER word ``i`` of three or four ran
    on into a verb's first character (``person.run_on_verbs``) and a verb follows the word: "县长|
    王君作/PER|汇报", "发言人|赵波作主/PER|发布", "副书记|张彦莅鼎/PER|开展" (作 of 作汇报, 作主, 作报告;
    莅 of 莅临, 莅某地). A name seldom ends in these characters before a verb; a longer name wins.

    >>> from kg.nlp.words import words_of
    >>> verb_run_on(words_of([("王君作", "PER"), ("汇报", "v")]), 0)
    '王君'
    >>> verb_run_on(words_of([("张彦莅鼎", "PER"), ("开展", "v")]), 0)
    '张彦'
    >>> verb_run_on(words_of([("王君作", "PER"), ("。", "w")]), 0) is None
    True
    """
    lex = lexicon()
    w = words[i].text
    if words[i].tag != "PER" or not 3 <= len(w) <= 4 or w[0] not in lex.surnames or w[:2] in lex.double_surnames:
        return None
    if i + 1 >= len(words) or words[i + 1].start != words[i].end or not words[i + 1].tag.startswith("v"):
        return None
    verbs = tuple(lex.patterns["person"]["run_on_verbs"])
    return next((w[:k] for k in (3, 2) if k < len(w) and w[k:].startswith(verbs)), None)
