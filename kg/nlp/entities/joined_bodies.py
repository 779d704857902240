"""Two organisations joined by a conjunction in one tagged word or one name: "某县人民政府与|某某
有限公司" (a signing), "某某集团和|某某有限公司". The first ends in an organisation's suffix, the
second is a name of four or more characters that ends in one too; a conjunction inside one
body's name ("市文化和旅游局") follows no suffix and is left alone.

The conjunctions are ``org.joining_conjunctions`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.lexicon_data import lexicon
from kg.nlp.words import Word


def joined_bodies(name: str) -> tuple[int, int] | None:
    """Where the first body ends and the second starts, if ``name`` is two bodies joined.

    >>> joined_bodies("某县人民政府与某某建设集团有限公司")
    (6, 7)
    >>> joined_bodies("市文化和旅游局") is None, joined_bodies("某某有限公司") is None
    (True, True)
    """
    lex = lexicon()
    conjunctions = lex.patterns["org"]["joining_conjunctions"]
    for k in range(2, len(name) - 4):
        conj = next((c for c in conjunctions if name.startswith(c, k)), None)
        ends_body = name[:k].endswith(lex.org_suffixes) and name.endswith(lex.org_suffixes)
        if conj and ends_body and len(name) - k - len(conj) >= 4:
            return k, k + len(conj)
    return None


def tagged_joined(text: str, words: list[Word], start: int, end: int) -> tuple[int, int, bool] | None:
    """Two names in the span ``start:end`` that the tagger itself ended at a conjunction:
    "某某一冶与/ORG|远帆|集团" (its name ran onto the conjunction) or "某县/LOC|和/c|某某公司/ORG".
    Returns where the first name ends, where the second starts and whether the first is a body
    (the tagger's ORG; a LOC is a place and stays one). The second is four or more characters
    and ends in an organisation's suffix; a conjunction inside a word the tagger read as a
    common noun ("经济与管理学院/n") or after a level word ("自治区工业/ORG|和|信息化厅": the two
    fields of one department) is inside one body's name.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("青岭一冶与", "ORG"), ("远帆", "vn"), ("集团", "n")])
    >>> tagged_joined("青岭一冶与远帆集团", ws, 0, 9)
    (4, 5, True)
    >>> ws = words_of([("青岭县", "LOC"), ("和", "c"), ("某某科技公司", "ORG")])
    >>> tagged_joined("青岭县和某某科技公司", ws, 0, 10)
    (3, 4, False)
    """
    lex = lexicon()
    conjunctions = tuple(c for c in lex.patterns["org"]["joining_conjunctions"] if len(c) == 1)
    levels = tuple(lex.patterns["org"]["level_prefixes"])
    for i, (s, e, w, t) in enumerate(words):
        if s < start or e >= end:
            continue
        if t == "ORG" and len(w) >= 5 and w.endswith(conjunctions):
            cut, second, body = e - 1, e, True  # the tagger ran its name onto the conjunction
        elif t == "c" and w in conjunctions and i > 0 and words[i - 1].end == s and words[i - 1].start >= start:
            if words[i - 1].tag not in ("ORG", "LOC") or i + 1 >= len(words) or words[i + 1].tag not in ("ORG", "LOC"):
                continue  # the second name opens with the tagger's own name ("…|和|某某公司/ORG")
            cut, second, body = s, e, words[i - 1].tag == "ORG"
        else:
            continue
        if text.startswith(levels, start):
            continue  # "自治区工业/ORG|和|信息化厅": a level body's two fields are one name
        rest = text[second:end]
        if len(rest) >= 4 and rest.endswith(lex.org_suffixes):
            return cut, second, body
    return None


def conjunction_before_body(w: str, following: str) -> int:
    """How many characters of a conjunction the tagger ran onto a name of four or more
    characters that has no suffix ("某某一冶与/ORG"), when the words right after it end a body's
    name of four or more characters ("远帆|集团"): ``following`` is their text. 0 otherwise
    ("北京协和/ORG" keeps its 和: nothing before it is a name of four characters).

    >>> conjunction_before_body("青岭一冶与", "远帆集团"), conjunction_before_body("青岭一冶与", "合作")
    (1, 0)
    """
    lex = lexicon()
    conjunctions = tuple(c for c in lex.patterns["org"]["joining_conjunctions"] if len(c) == 1)
    if len(w) >= 5 and w.endswith(conjunctions) and len(following) >= 4 and following.endswith(lex.org_suffixes):
        return 1
    return 0


def trailing_conjunction(w: str) -> int:
    """How many characters of a conjunction the tagger ran onto an organisation's name
    ("某县人民政府与/ORG"), or 0.

    >>> trailing_conjunction("某县人民政府与"), trailing_conjunction("某某有限公司")
    (1, 0)
    """
    lex = lexicon()
    conj = next((c for c in lex.patterns["org"]["joining_conjunctions"] if w.endswith(c)), None)
    if conj and w[: -len(conj)].endswith(lex.org_suffixes):
        return len(conj)
    return 0


def apposition_cut(w: str) -> int:
    """How many characters of a class noun open a company's name in one tagged word
    ("企业某某能源集团": 2), or 0. A suffix of two or more characters ends the word and a name of
    three or more characters stands between (``org.apposition_nouns``); "某某(上海)|企业咨询有限
    公司" is a company's own trade.

    >>> apposition_cut("企业某某家能源集团"), apposition_cut("企业集团"), apposition_cut("企业咨询有限公司")
    (2, 0, 0)
    """
    lex = lexicon()
    nouns = lex.patterns["org"]["apposition_nouns"]
    if w.startswith(tuple(nouns)):  # most words: one test in C instead of one per noun
        noun = next(x for x in nouns if w.startswith(x))
        return len(noun) if _named_after(w, len(noun)) else 0
    return _marked_class_end(w)


def marked_class_ends(text: str, e: int) -> bool:
    """Whether a class phrase of rank or kind ends at ``e`` ("中国500强企业", "核心企業": a
    mark of ``org.apposition_marks`` right before a noun of ``org.apposition_nouns``).

    >>> marked_class_ends("某某LED核心企業", 9), marked_class_ends("中小企业", 4)
    (True, False)
    """
    org = lexicon().patterns["org"]
    noun = next((n for n in org["apposition_nouns"] if text.endswith(n, 0, e)), None)
    return noun is not None and text.endswith(tuple(org["apposition_marks"]), 0, e - len(noun))


def _named_after(w: str, k: int) -> bool:
    """Whether ``w[k:]`` is a company's own name: three or more characters before a suffix of
    two or more."""
    suffix = next((x for x in lexicon().org_suffixes if len(x) >= 2 and w.endswith(x)), None)
    return suffix is not None and len(w) - k - len(suffix) >= 3


def _marked_class_end(w: str) -> int:
    """Where a class phrase of rank or kind ends inside ``w``, when a company's name follows it
    ("中国500强企业|某某集团有限公司": a mark of ``org.apposition_marks`` right before a noun of
    ``org.apposition_nouns``), else 0. "中国中小企业发展促进中心" has no mark before its noun.

    >>> _marked_class_end("中国500强企业某某家能源集团"), _marked_class_end("中国中小企业发展促进中心")
    (8, 0)
    """
    org = lexicon().patterns["org"]
    for noun in org["apposition_nouns"]:
        k = w.find(noun, 1)
        if k > 0 and w[:k].endswith(tuple(org["apposition_marks"])) and _named_after(w, k + len(noun)):
            return k + len(noun)
    return 0


def apposed_bodies(words: list[Word]) -> list[tuple[int, int]]:
    """Companies the tagger wrote as one word with the class noun before them: "投资|企业某某能源
    集团" is 某某能源集团 (:func:`apposition_cut`).

    >>> apposed_bodies([Word(0, 2, "投资", "vn"), Word(2, 11, "企业某某家能源集团", "n")])
    [(4, 11)]
    >>> apposed_bodies([Word(0, 4, "企业集团", "n")])
    []
    """
    return [(s + cut, e) for s, e, w, t in words if t in ("n", "ORG") and (cut := apposition_cut(w))]


def run_on_tail(w: str) -> int:
    """The length of the body's name when the tagger ran words after it into one organisation
    ("某某县供电公司|共产党员", "某某银行某某分行|政银", "某某市某某医院|系农工党"), else 0.

    The name ends at the last suffix of two or more characters inside the word, when what
    follows holds no suffix of its own and does not end like a body (``org.body_end_chars``: the
    part after "某某大学|附属医院", "某某协会|联谊会" or "某某集团|有限" is part of the name),
    and no name ends a sentence inside the word ("某某中心。|集团").

    >>> run_on_tail("某某县供电公司共产党员"), run_on_tail("某某大学附属医院"), run_on_tail("某某中心。集团")
    (7, 0, 4)
    >>> run_on_tail("某某行业协会沙龙联谊会")
    0
    """
    lex = lexicon()
    stop = next((k for k, ch in enumerate(w) if ch in lex.patterns["org"]["inner_stops"]), None)
    if stop is not None and stop >= 2:
        return stop
    long_suffixes = tuple(x for x in lex.org_suffixes if len(x) >= 2)
    ends = tuple(lex.patterns["org"]["body_end_chars"])
    goes_on = tuple(lex.patterns["org"]["name_continuations"])
    for k in range(len(w) - 1, 3, -1):
        if w[:k].endswith(long_suffixes):
            tail = w[k:]
            if any(x in tail for x in lex.org_suffixes) or tail.endswith(ends) or tail.startswith(goes_on):
                return 0
            return k
    return 0
