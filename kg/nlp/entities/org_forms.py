"""Organisation names the head words alone do not find: national bodies, declared short forms, bodies
joined by a verb, zones run into a company."""

from __future__ import annotations

import re

from kg.nlp.entities.candidate import Candidate, longest_first_pattern, word_at
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import QUOTES_OPEN, Word


def national_org_candidates(text: str, words: list[Word]) -> list[Candidate]:
    """National bodies, media and platforms of ``lexicon/national_orgs.txt`` where the name
    starts and ends on word boundaries ("新华网", "抖/音" split by the tagger)."""
    starts = {w.start for w in words}
    ends = {w.end for w in words}
    out = []
    for m in longest_first_pattern(lexicon().national_orgs).finditer(text):
        if m.start() in starts and m.end() in ends:
            out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "national"}))
    return out


def _run_on_verb(w: str) -> int:
    """Where a name ends before a verb of joint work the tagger ran into it, else 0.

    >>> _run_on_verb("中北大学合作建设实验室"), _run_on_verb("中北大学")
    (4, 0)
    """
    lex = lexicon()
    for v in lex.patterns["org"]["following_verbs"]:
        k = w.find(v, 2)
        if k > 0 and w[:k].endswith(lex.org_suffixes):
            return k
    return 0


def _joined_body(name: str, verbs: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a verb of joint action joins two bodies in one name ("某中心联合县农业农村局"):
    the end of the first body and the start of the second, else None.

    >>> _joined_body("县电子商务中心联合县农业农村局", ("联合", "会同"))
    (7, 9)
    """
    suffixes = lexicon().org_suffixes
    for v in verbs:
        k = name.find(v, 3)
        if k > 0 and name[:k].endswith(suffixes) and len(name) - k - len(v) >= 3:
            return k, k + len(v)
    return None


def declared_short_forms(text: str) -> list[tuple[int, str]]:
    """Short forms the text declares after a full name, with the offset where the full name
    ends: "太原某某科技有限公司(以下简称“某某科技”)" gives ``[(12, "某某科技")]``.

    >>> declared_short_forms("山西华远新材料有限公司(以下简称“华远新材”)今年")
    [(11, '华远新材')]
    """
    rx = re.compile(lexicon().patterns["org"]["declared_short"])
    return [(m.start(), m.group("short")) for m in rx.finditer(text)]


def _retagged(words: list[Word], names: set[str]) -> list[Word]:
    """Words that are a declared short form are organisations, whatever the tagger says
    ("锐驰新能源/v" once it was declared the short form of a company)."""
    if not names:
        return words
    return [Word(s, e, w, "ORG" if w in names else t) for s, e, w, t in words]


def _declared_candidates(
    text: str, words: list[Word], declared: list[tuple[int, str]], found: list[Candidate]
) -> list[Candidate]:
    """The full name before a declaration keeps its short form (``attrs["short_form"]``); every
    occurrence of the short form that starts a word is that organisation too."""
    out = []
    starts = {w.start for w in words}
    for pos, short in declared:
        full = [c for c in found if c.label == "ORG" and c.end == pos]
        if not full:
            continue
        best = max(full, key=lambda c: c.length)
        best.attrs["short_form"] = short
        for m in re.finditer(re.escape(short), text):
            if m.start() in starts or text[m.start() - 1 : m.start()] in QUOTES_OPEN:
                out.append(Candidate(m.start(), m.end(), "ORG", "head_words", 0.7, {"head": "declared"}))
    return out


def _zone_run_into_name(text: str, words: list[Word]) -> list[Candidate]:
    """A development zone the tagger ran into the company after it, as one word:
    "新荣经开区南京电气电力工程有限公司" is the zone 新荣经开区 and the company after it."""
    lex = lexicon()
    zones = sorted(lex.patterns["place"]["zones"], key=len, reverse=True)
    out = []
    for s, e, w, t in words:
        if t not in ("ORG", "LOC"):
            continue
        for z in zones:
            k = w.find(z)
            if k < 2 or k + len(z) >= len(w):
                continue
            cut = s + k + len(z)
            out.append(Candidate(s, cut, "PLACE", "head_words", 0.75, {"head": z}))
            if w.endswith(lex.org_suffixes) and e - cut >= 4:
                out.append(Candidate(cut, e, "ORG", "head_words", 0.65, {"head": "zone_rest"}))
            break
    return out


def bodies_before_head_titles(text: str, words: list[Word]) -> list[Candidate]:
    """A body written into its head's title ("劳工局长某某", "某市财政局长某某"): the body is
    the title's head character with the name before it ("劳工局"), where the words before it are
    nouns and no generic ones (the titles are ``org.head_titles`` of ``entities.toml``).

    >>> text = "消防局长曾某某、副局长王某出席"
    >>> from kg.nlp.segmenters import make_segmenter
    >>> from kg.nlp.words import words_of
    >>> ws = words_of(make_segmenter("lac").segment(text))
    >>> [text[c.start:c.end] for c in bodies_before_head_titles(text, ws)]
    ['消防局']
    """
    from kg.nlp.entities.names import left_edge
    from kg.nlp.entities.shapes import _is_generic

    lex = lexicon()
    org = lex.patterns["org"]
    generic = frozenset(org["generic"])
    nouns = frozenset(org["head_title_body_tags"])
    out = []
    for m in longest_first_pattern(tuple(org["head_titles"])).finditer(text):
        head_end = m.start() + 1  # "局" of "局长"
        before = word_at(words, m.start() - 1)  # the word that ends at the title or runs into it
        if before is None or text[m.start() - 1 : m.start()] in ("副", text[m.start()]):
            continue  # "副局长", "某某局局长": no body written into the title
        w = words[before]
        if w.end == m.start() and w.tag not in nouns:
            continue  # "新任|局长", "原|局长"
        start = left_edge(text, words, m.start(), max_len=12, label="ORG")
        name = text[start:head_end]
        if len(name) < 3 or _is_generic(name, name[-1], generic):
            continue
        out.append(Candidate(start, head_end, "ORG", "head_words", 0.65, {"head": "head_title"}))
    return out
