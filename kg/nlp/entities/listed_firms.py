"""Companies named by a short name in a list of companies: a brand the tagger read as a name
and a business word, with or without a place before them ("某地|某某|食品、", "某某/LOC|建设/vn、",
"某某/ORG|某利稀土/nz|等"), with no legal suffix (有限公司) to mark them. The tagger leaves the
business word out of the name, takes the brand for a place or a person, or reads the whole
item as a place ("某地某某电子/LOC、"). Read off LAC's words by the ``statistical`` source;
the word lists are ``org.listed_firms`` of ``ontology/patterns/entities.toml``.
"""

from __future__ import annotations

from kg.nlp.entities.candidate import ALL_CJK, Candidate
from kg.nlp.entities.lexicon_data import gaz_full, lexicon
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.list_evidence import whole_item
from kg.nlp.words import Word
from kg.normalize import to_simplified


def _tails() -> tuple[str, ...]:
    pats = lexicon().patterns
    tails = set(pats["org"]["brand_tails"]) | set(pats["person"]["firm_tails"])
    tails |= set(pats["org"]["listed_firms"]["tails"])
    return tuple(sorted(tails, key=len, reverse=True))


def _place(w: str) -> bool:
    """A division the gazetteer knows by this name, full or short ("北京", "东莞")."""
    return bool(load_gazetteer().lookup(to_simplified(w)))


def _tail_of(text: str) -> str:
    simple = to_simplified(text)
    if not simple.endswith(_tails()):
        return ""  # (one C call for the whole tuple first: most words end in no tail)
    return next(t for t in _tails() if simple.endswith(t))


def _opens_with_place(w: str, tail: str) -> bool:
    """A word that opens with a division's name and has a brand between it and its business
    word ("东莞|普航|电子"; "上海|电子" has none)."""
    return any(_place(w[:k]) for k in (2, 3, 4) if len(w) - k - len(tail) >= 2)


def listed_firm_candidates(words: list[Word]) -> list[Candidate]:
    """Items of a "、" list that end in a business word and hold a brand the tagger read as a
    name (``brand_tags``), with the place word before the brand if the gazetteer knows it.

    An item ends in a business word (``org.brand_tails``, ``person.firm_tails`` or
    ``listed_firms.tails``; the last two words may make it: "生态|环境") right before a word of
    ``closers``; going left, up to ``max_words`` words of ``brand_tags`` make its brand and
    place. It is an item of a list where "、" stands right before it or right after it, and
    another item of the clause is an organisation (the tagger's, a whole item, or an item of the
    same kind): "某某电子、某某建设、某某/ORG" is a list of firms, "电子、信息等产业" is none (no
    brand), nor a list that a class of trades closes ("涵盖某某新材料、…等领域": ``sector_classes``).
    A brand that is a place's full name ("某某县|电子") or an item that is a place and a
    business word only ("北京|食品": the city's trade) is no firm.

    >>> from kg.nlp.words import words_of
    >>> ws = words_of([("东莞普航电子", "LOC"), ("、", "w"), ("浙江宏祥", "LOC"), ("建设", "vn"),
    ...                ("、", "w"), ("深圳瑞科光通信", "ORG"), ("共", "d")])
    >>> text = "".join(w.text for w in ws)
    >>> [text[c.start : c.end] for c in listed_firm_candidates(ws)]
    ['东莞普航电子', '浙江宏祥建设']
    """
    conf = lexicon().patterns["org"]["listed_firms"]
    closers = frozenset(conf["closers"])
    clause_marks = frozenset(conf["clause_marks"])
    brand_tags = frozenset(conf["brand_tags"])
    sectors = frozenset(conf["sector_classes"])
    suffixes = lexicon().org_suffixes
    items: list[tuple[int, int]] = []  # word indices [a, b) of each item found
    for j, word in enumerate(words):
        k = j + 1
        if k < len(words) and words[k].text not in closers:
            continue
        tail = _tail_of(word.text)
        joined = to_simplified(words[j - 1].text + word.text) if j > 0 else ""
        pair = j > 0 and words[j - 1].end == word.start and joined in conf["tails"]
        if not tail and not pair:
            continue
        first = j - 1 if pair else j
        a = first  # "某某电子/LOC" (brand and business word in one word) starts at its word too
        while a > 0 and first - a < conf["max_words"] and words[a - 1].tag in brand_tags:
            if words[a - 1].end != words[a].start:
                break
            a -= 1
        # A brand that opens with a numeral character is one word the tagger calls a number
        # ("三某酒业/m", "亿某某电子陶瓷/m"): the whole item, brand and business word, is the firm.
        numeral = a == j and word.tag in conf["numeral_tags"] and len(to_simplified(word.text)) - len(tail) >= 2
        if a == first and not (a == j and word.tag in brand_tags) and not numeral:
            continue  # no brand before the business word
        name = "".join(w.text for w in words[a:k])
        if not all(ALL_CJK.match(ch) for ch in name) or len(name) > conf["max_chars"]:
            continue
        if word.tag == "ORG" and a == j:
            continue  # the tagger's own name: the statistical source has it
        if to_simplified(name).endswith(suffixes) and any(w.tag == "ORG" for w in words[a:k]):
            continue
        brand = [w for w in words[a:first] if not (w.tag == "LOC" and _place(w.text))]
        if numeral:
            pass  # its brand is no place's name: a number word never is
        elif a == j:
            if gaz_full(to_simplified(word.text)) or not _opens_with_place(word.text, tail):
                continue  # "某某县电子": a place's trade; a word no place opens is left to the tagger
        elif not brand or any(gaz_full(to_simplified(w.text)) for w in brand):
            continue  # "北京|食品", "某某县|电子": a place and its trade
        elif len("".join(w.text for w in brand)) < 2:
            continue  # "某某上|某/LOC|电梯": one character is a cut brand, not a name
        before = words[a - 1].text if a > 0 else ""
        after = words[k].text if k < len(words) else ""
        if "、" not in (before, after):
            continue
        items.append((a, k))
    out = []
    for a, k in items:
        lo, hi = a, k
        while lo > 0 and words[lo - 1].text not in clause_marks:
            lo -= 1
        while hi < len(words) and words[hi].text not in clause_marks:
            hi += 1
        if any(w.text in sectors for w in words[k:hi]):
            continue  # "涵盖某某新材料、…等领域": a list of trades
        others = [i for i in range(lo, hi) if words[i].tag == "ORG" and not a <= i < k and whole_item(words, i)]
        if not others and not any(x != (a, k) and lo <= x[0] < hi for x in items):
            continue
        out.append(Candidate(words[a].start, words[k - 1].end, "ORG", "head_words", 0.6, {"head": "listed_firm"}))
    return out
