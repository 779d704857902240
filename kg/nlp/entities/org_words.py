"""The organisation in one word the tagger (LAC) read as ORG, as its name stands in the text.

The tagger's ORG words often carry what is no part of the name: a leading verb ("联合|市退役
军人事务管理局"), a verb and its object after it ("某某大学|合作建设实验室"), a second body
("某州政府与某某有限公司"), a class noun before it ("企业|某某能源集团"), words after it
("某某县供电公司|共产党员"), a conjunction ("某县人民政府与"), a trailing verb ("锐驰新能源投资|
建设"), "former" before a post ("某某工商联原|主席") or a news lead's mark ("某某日报讯").
:func:`org_in_word` cuts them off, in that order; the words it reads are ``[org]`` keys of
``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import Candidate
from kg.nlp.entities.joined_bodies import (
    apposition_cut,
    conjunction_before_body,
    joined_bodies,
    run_on_tail,
    trailing_conjunction,
)
from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.entities.org_forms import _joined_body, _run_on_verb
from kg.nlp.entities.run_on_bodies import acting_cut
from kg.nlp.entities.shapes import has_surname
from kg.nlp.words import Word
from kg.normalize import to_simplified


def org_in_word(words: list[Word], i: int, s: int, e: int, w: str) -> tuple[list[Candidate], int, int, str]:
    """The bodies split off the front of ORG word ``i`` (``w``, at ``s:e``: the caller may
    already have moved its ends) and what is left of the word: ``(split_off, s, e, w)``.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("临江州政府与品源投资有限责任公司", "ORG"), ("签约", "v")])
    >>> split_off, s, e, w = org_in_word(ws, 0, 0, 16, ws[0].text)
    >>> [ws[0].text[c.start : c.end] for c in split_off], w
    (['临江州政府'], '品源投资有限责任公司')
    >>> org_in_word(words_of([("某县人民政府与", "ORG")]), 0, 0, 7, "某县人民政府与")[1:]
    (0, 6, '某县人民政府')
    """
    lex = lexicon()
    org = lex.patterns["org"]
    leading = tuple(org["leading_verbs"])
    out: list[Candidate] = []
    if person := _acting_person(w):
        # "某某林代表镇委镇政府/ORG": the person who acts for the body opens the word (the body
        # itself is cut after the verb for every source: run_on_bodies.without_acting_words)
        out.append(Candidate(s, s + person, "PERSON", "statistical", 0.6))
    if w.startswith(leading) and len(w) >= 5 and not w.startswith(tuple(org["leading_verb_names"])):
        # "联合市退役军人事务管理局": the tagger took the verb into the name.
        cut = next(len(v) for v in leading if w.startswith(v))
        s, w = s + cut, w[cut:]
    if run_on := _run_on_verb(w):
        e, w = s + run_on, w[:run_on]  # "某某大学|合作建设实验室/ORG": the name ends before the verb
    if joined := _joined_body(w, leading) or joined_bodies(w):
        # "某某中心联合县农业农村局/ORG", "某州政府与某某有限公司/ORG": two bodies in one word
        out.append(Candidate(s, s + joined[0], "ORG", "statistical", 0.6))
        s, w = s + joined[1], w[joined[1] :]
    if cut := apposition_cut(w):
        s, w = s + cut, w[cut:]  # "企业|某某能源集团/ORG"
    if not w.endswith(lex.titles) and (kept := run_on_tail(w)):
        # "某某县供电公司|共产党员/ORG": words after the name (a title after it is cut by the caller)
        e, w = s + kept, w[:kept]
    if conj := trailing_conjunction(w):
        e, w = e - conj, w[:-conj]  # "某县人民政府与/ORG"
    elif conjunction_before_body(w, _body_after(words, i)):
        e, w = e - 1, w[:-1]  # "某某一冶与/ORG|远帆|集团": two bodies, the first without a suffix
    trailing = next((v for v in org["trailing_verbs"] if w.endswith(v)), None)
    if trailing and len(w) - len(trailing) >= 2 and not w.endswith(lex.org_suffixes):
        e, w = e - len(trailing), w[: -len(trailing)]  # "锐驰新能源投资|建设": the verb is no part of it
    former = next((m for m in org["former_marks"] if w.endswith(m)), None)
    if former and len(w) - len(former) >= 2 and _title_after(words, i):
        e, w = e - len(former), w[: -len(former)]  # "省工商联原/ORG|主席": 原 opens the post (原主席)
    if w.endswith(tuple(org["lead_marks"])) and w[:-1].endswith(tuple(org["outlet_ends"])) and len(w) >= 4:
        e, w = e - 1, w[:-1]  # "某某日报讯/ORG": the lead's mark
    return out, s, e, w


def _acting_person(w: str) -> int:
    """The length of the person's name that opens ORG word ``w`` before the verb of acting for
    the body after it ("某某林代表镇委镇政府": 3), or 0: two or three characters led by a surname.

    >>> _acting_person("柯远帆代表集团公司"), _acting_person("致辞中代表区委"), _acting_person("某县人民代表大会")
    (3, 0, 0)
    """
    simple = to_simplified(w)
    cut = acting_cut(simple)
    if cut is None:
        return 0
    verb = next(v for v in lexicon().patterns["org"]["acting_verbs"] if simple.startswith(v, cut - len(v)))
    name = simple[: cut - len(verb)]
    return len(name) if 2 <= len(name) <= 3 and has_surname(name) else 0


def _title_after(words: list[Word], i: int) -> bool:
    """Whether a title word follows word ``i`` right away ("省工商联原|主席", "|副主席")."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and nxt.start == words[i].end and nxt.text.startswith(lexicon().titles)


def _body_after(words: list[Word], i: int) -> str:
    """The text of up to three nouns right after word ``i`` that end where an organisation's
    suffix ends ("远帆|集团"), or ""."""
    suffixes = lexicon().org_suffixes
    text, end = "", words[i].end
    for s, e, w, t in words[i + 1 : i + 4]:
        if s != end or t not in ("n", "nz", "vn", "ORG", "LOC", "eng"):
            break
        text, end = text + w, e
        if text.endswith(suffixes):
            return text
    return ""
